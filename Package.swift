// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Borderline",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Borderline", targets: ["Borderline"]),
        .executable(name: "borderline", targets: ["borderline"]),
        .executable(name: "borderline-fuzz", targets: ["borderline-fuzz"]),
        .executable(name: "borderline-bench", targets: ["borderline-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // PROJ, the C library every distance and projection comes from.
        .systemLibrary(
            name: "CProj",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"]), .brew(["proj"])]
        ),
        .target(
            name: "Borderline",
            dependencies: ["CProj"],
            // Documentation kept beside the code it describes.
            exclude: ["Events/TAXONOMY.md", "Gazetteer/OVERLAY.md", "Verification/TOLERANCE.md"]
        ),
        .executableTarget(
            name: "borderline",
            dependencies: [
                "Borderline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer targets (make fuzz); a replay tool when built normally.
        .executableTarget(
            name: "borderline-fuzz",
            dependencies: ["Borderline"]
        ),
        // Throughput, per-query cost and peak memory over a generated corpus (make bench).
        .executableTarget(
            name: "borderline-bench",
            dependencies: ["Borderline"]
        ),
        .testTarget(
            name: "BorderlineTests",
            dependencies: ["Borderline"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
