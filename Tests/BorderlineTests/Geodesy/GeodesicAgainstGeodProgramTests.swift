import Borderline
import Foundation
import Testing

/// Geodesic against PROJ's own `geod` program (package proj-bin), run as a separate process:
/// `geod +ellps=WGS84 -I` reads "lat1 lon1 lat2 lon2" lines and prints forward azimuth, back
/// azimuth and distance.
@Suite("Geodesic agrees with PROJ's geod program")
struct GeodesicAgainstGeodProgramTests {
    /// City pairs (gazetteer coordinates, latitude first): short, medium and long lines.
    static let pairs: [(String, GeoPoint, GeoPoint)] = [
        ("Belgorod → Kharkiv", GeoPoint(latitude: 50.60343, longitude: 36.58091), GeoPoint(latitude: 49.98177, longitude: 36.25475)),
        ("Sudzha → Kursk", GeoPoint(latitude: 51.191, longitude: 35.271), GeoPoint(latitude: 51.72689, longitude: 36.18457)),
        ("Moscow → Kyiv", GeoPoint(latitude: 55.75222, longitude: 37.61556), GeoPoint(latitude: 50.45466, longitude: 30.5238)),
        ("Bryansk → Voronezh", GeoPoint(latitude: 53.27096, longitude: 34.32143), GeoPoint(latitude: 51.66833, longitude: 39.19204)),
        ("Kyiv → Vladivostok", GeoPoint(latitude: 50.45466, longitude: 30.5238), GeoPoint(latitude: 43.10562, longitude: 131.87353)),
    ]

    /// The full path of `geod` on PATH, or nil.
    static func geodPath() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/geod"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    @Test("distances within 1 mm, azimuths within 1e-8°")
    func matchesGeod() throws {
        guard let geod = Self.geodPath() else {
            Issue.record("""
                PROJ's `geod` program is not installed, so Geodesic cannot be compared with it. \
                Install the package proj-bin (apt-get install proj-bin; the README's `make test` installs it).
                """)
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: geod)
        process.arguments = ["+ellps=WGS84", "-I", "-f", "%.9f", "-F", "%.6f"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let lines = Self.pairs.map { "\($0.1.latitude) \($0.1.longitude) \($0.2.latitude) \($0.2.longitude)\n" }
        input.fileHandleForWriting.write(Data(lines.joined().utf8))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "geod failed: \(complaint)")

        let rows = printed.split(separator: "\n").map { $0.split(whereSeparator: { $0 == "\t" || $0 == " " }).compactMap { Double($0) } }
        try #require(rows.count == Self.pairs.count, "geod printed: \(printed)")
        for ((name, from, to), row) in zip(Self.pairs, rows) {
            try #require(row.count == 3, "\(name): geod printed \(row)")
            let result = Geodesic.wgs84.inverse(from: from, to: to)
            let back = result.finalAzimuthDegrees + (result.finalAzimuthDegrees < 0 ? 180 : -180)
            #expect(abs(result.distanceMeters - row[2]) <= 0.001, "\(name): \(result.distanceMeters) m, geod \(row[2]) m")
            #expect(abs(result.initialAzimuthDegrees - row[0]) <= 1e-8, "\(name): azimuth \(result.initialAzimuthDegrees), geod \(row[0])")
            #expect(abs(back - row[1]) <= 1e-8, "\(name): back azimuth \(back), geod \(row[1])")
        }
    }
}
