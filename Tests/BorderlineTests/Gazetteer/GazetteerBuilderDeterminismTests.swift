import Borderline
import Foundation
import Testing

/// The gazetteer build is a pure function of ../shared/data: two builds are identical, and both
/// equal, byte for byte, what is committed under gazetteer/.
@Suite("GazetteerBuilder is deterministic and reproduces the committed gazetteer")
struct GazetteerBuilderDeterminismTests {
    @Test(
        "two builds from shared/data are identical and byte-equal to gazetteer/",
        .enabled(if: TestPaths.sharedDataAvailable, "needs the source data at ../shared/data or $BORDERLINE_SOURCE_DATA"))
    func reproducible() async throws {
        let folder = TestPaths.sharedData
        try #require(
            FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("geonames/places-region.tsv")),
            "the shared source data is expected at \(folder) (../shared/data beside the package)")
        // Both builds read the files afresh, in parallel.
        async let first = Self.build(folder)
        async let second = Self.build(folder)
        let (a, b) = try await (first, second)

        #expect(a.files.map(\.path) == b.files.map(\.path))
        for (x, y) in zip(a.files, b.files) {
            #expect(x.contents == y.contents, "\(x.path) differs between two builds")
        }
        #expect(a.summary.map(\.0) == b.summary.map(\.0) && a.summary.map(\.1) == b.summary.map(\.1))

        let summary = Dictionary(a.summary, uniquingKeysWith: { first, _ in first })
        #expect(summary["places"] == "42305")
        #expect(summary["border vertices"] == "571")
        #expect(summary["border length (km, WGS84 geodesic)"] == "1523.552")

        #expect(a.files.map(\.path) == [
            "MANIFEST.tsv",
            "basemap/coastline.geojson", "basemap/countries.geojson", "basemap/lakes.geojson",
            "basemap/land_boundaries.geojson", "basemap/rivers.geojson", "basemap/towns.geojson",
            "border/crimea_admin_line.geojson", "border/ru_ua_border.geojson",
            "places.tsv",
        ])
        for file in a.files {
            let committed = try Data(contentsOf: URL(fileURLWithPath: (TestPaths.gazetteer as NSString).appendingPathComponent(file.path)))
            let built = Data(file.contents.utf8)
            #expect(built == committed, "gazetteer/\(file.path) (\(committed.count) bytes) differs from a fresh build (\(built.count) bytes): run `borderline gazetteer build`")
        }

        // Every generated data file committed under gazetteer/ is one the build writes (nothing stale).
        let committedFiles = try Self.dataFiles(under: TestPaths.gazetteer)
        #expect(Set(committedFiles).isSubset(of: Set(a.files.map(\.path))), "stale files: \(Set(committedFiles).subtracting(a.files.map(\.path)))")
    }

    static func build(_ folder: String) async throws -> GazetteerBuild {
        try GazetteerBuilder.build(try GazetteerSources.read(from: folder))
    }

    /// Relative paths of the .tsv and .geojson files below `folder`.
    static func dataFiles(under folder: String) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".tsv") || path.hasSuffix(".geojson") { paths.append(path) }
        }
        return paths.sorted()
    }
}
