// swift-tools-version:6.2
import PackageDescription

/// jemalloc replaces glibc's malloc in the two programs that do the work (Linux only; macOS's
/// allocator is kept). Swift allocates a small object for every array, string and class
/// instance. jemalloc runs the same instructions within 2-3%, but keeps blocks of a size together
/// and reuses freed ones while they are in the cache, where glibc's free lists scatter after a few
/// thousand documents: the stages ran 3-40% faster with it (`make bench`, paired runs). The
/// library and the tests do not choose an allocator; the fuzzer keeps AddressSanitizer's.
let fastAllocator: [LinkerSetting] = [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "Borderline",
    platforms: [.macOS(.v26)],
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
            ],
            linkerSettings: fastAllocator
        ),
        // libFuzzer targets (make fuzz); a replay tool when built normally.
        .executableTarget(
            name: "borderline-fuzz",
            dependencies: ["Borderline"]
        ),
        // Throughput, per-query cost and peak memory over a generated corpus (make bench).
        .executableTarget(
            name: "borderline-bench",
            dependencies: ["Borderline"],
            linkerSettings: fastAllocator
        ),
        .testTarget(
            name: "BorderlineTests",
            dependencies: ["Borderline"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
