import Foundation

/// What `ogrinfo -ro -al -so FILE` (GDAL 3.6) says about a vector file: the driver, and per
/// layer its geometry type, feature count, SRS and field types.
///
/// GDAL 3.6 has no `ogrinfo -json` (it came in 3.7), so the text summary is parsed; its
/// layout has been stable since GDAL 2.
struct OGRInfo {
    struct Layer {
        var name: String
        var geometry: String?
        var featureCount: Int?
        var srsWKT: String
        /// (name, OGR type) in order, e.g. ("population", "Integer").
        var fields: [(name: String, type: String)]

        /// Whether the SRS is WGS 84 longitude/latitude (EPSG:4326 or OGC:CRS84).
        var isWGS84: Bool {
            let compact = srsWKT.filter { !$0.isWhitespace }
            return compact.hasPrefix("GEOGCRS[\"WGS84\"")
                && (compact.hasSuffix("ID[\"EPSG\",4326]]") || compact.contains("ID[\"OGC\",\"CRS84\"]"))
        }
    }

    var driver: String?
    var layers: [Layer]

    /// Runs ogrinfo read-only on `path`.
    /// - Throws: when ogrinfo cannot be started or exits non-zero (its stderr in the message).
    static func run(_ executable: String, path: String) throws -> OGRInfo {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-ro", "-al", "-so", path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw OGRInfoError(message: "ogrinfo exited with \(process.terminationStatus) on \(path): \(stderr)")
        }
        return parse(text)
    }

    /// Parses ogrinfo's summary text.
    static func parse(_ text: String) -> OGRInfo {
        var info = OGRInfo(driver: nil, layers: [])
        var inWKT = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let range = line.range(of: "using driver `") {
                info.driver = String(line[range.upperBound...].prefix { $0 != "'" })
            } else if line.hasPrefix("Layer name: ") {
                info.layers.append(Layer(name: String(line.dropFirst(12)), geometry: nil, featureCount: nil, srsWKT: "", fields: []))
            } else if info.layers.isEmpty {
                continue
            } else if line.hasPrefix("Geometry: ") {
                info.layers[info.layers.count - 1].geometry = String(line.dropFirst(10))
            } else if line.hasPrefix("Feature Count: ") {
                info.layers[info.layers.count - 1].featureCount = Int(line.dropFirst(15))
            } else if line.hasPrefix("Layer SRS WKT:") {
                inWKT = true
            } else if line.hasPrefix("Data axis to CRS axis mapping:") {
                inWKT = false
            } else if inWKT {
                info.layers[info.layers.count - 1].srsWKT += line + "\n"
            } else if let field = field(line) {
                info.layers[info.layers.count - 1].fields.append(field)
            }
        }
        return info
    }

    /// A field line, "name: Type (width.precision)" → (name, Type).
    private static func field(_ line: String) -> (name: String, type: String)? {
        guard line.hasSuffix(")"), let open = line.range(of: " (", options: .backwards),
              let colon = line[..<open.lowerBound].range(of: ": ", options: .backwards) else { return nil }
        let name = String(line[..<colon.lowerBound])
        let type = String(line[colon.upperBound..<open.lowerBound])
        guard !name.isEmpty, !type.contains(" "), !["Extent", "Geometry", "Feature Count"].contains(name) else { return nil }
        return (name, type)
    }

    /// The path of `name` on PATH, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

struct OGRInfoError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
