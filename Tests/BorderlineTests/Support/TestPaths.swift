import Foundation

/// Where the tests find the package's own files and the shared reference data.
enum TestPaths {
    /// The package root, derived from this file's path (Tests/BorderlineTests/Support/TestPaths.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.standardizedFileURL.path
    }()

    /// The committed gazetteer folder, `gazetteer/`.
    static let gazetteer = (packageRoot as NSString).appendingPathComponent("gazetteer")

    /// The committed border line, `gazetteer/border/ru_ua_border.geojson`.
    static let border = (gazetteer as NSString).appendingPathComponent("border/ru_ua_border.geojson")

    /// The committed places table, `gazetteer/places.tsv`.
    static let places = (gazetteer as NSString).appendingPathComponent("places.tsv")

    /// The shared source data the gazetteer is built from: `$BORDERLINE_SOURCE_DATA`, else
    /// `../shared/data` beside the package (where the project's machines and CI keep it).
    static let sharedData: String = {
        if let folder = ProcessInfo.processInfo.environment["BORDERLINE_SOURCE_DATA"], !folder.isEmpty { return folder }
        let url = URL(fileURLWithPath: packageRoot).appendingPathComponent("../shared/data")
        return url.standardizedFileURL.path
    }()

    /// Whether the source data is there; tests that rebuild the gazetteer need it.
    static let sharedDataAvailable = FileManager.default.fileExists(
        atPath: (sharedData as NSString).appendingPathComponent("geonames/places-region.tsv"))

    /// A test fixture copied into the test bundle (Tests/BorderlineTests/Fixtures).
    static func fixture(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw FixtureMissing(name: name)
        }
        return url
    }

    struct FixtureMissing: Error, CustomStringConvertible {
        let name: String
        var description: String { "fixture '\(name)' is not in the test bundle's Fixtures folder" }
    }
}

/// A fresh, empty temporary folder; callers remove it with `remove()` in a `defer`.
struct TemporaryFolder {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("borderline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    /// The absolute path of `relative` inside the folder.
    func file(_ relative: String) -> String {
        (path as NSString).appendingPathComponent(relative)
    }

    /// Writes `bytes` to `relative` and returns the absolute path.
    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let target = file(relative)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Writes UTF-8 `text` to `relative` and returns the absolute path.
    @discardableResult
    func write(_ relative: String, text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
