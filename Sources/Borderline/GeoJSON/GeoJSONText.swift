/// Deterministic GeoJSON text: one feature per line (readable diffs, and the same record layout
/// as GeoJSON text sequences), coordinates at a fixed number of decimals, no `crs` member.
public struct GeoJSONText: Sendable {
    /// Decimals kept in coordinates: 6 is about 0.1 m, finer than any source used here.
    public var coordinateDecimals: Int
    /// Whether to write a top-level `bbox` member (RFC 7946 §5).
    public var includeBoundingBox: Bool

    /// Creates a GeoJSON text writer.
    public init(coordinateDecimals: Int = 6, includeBoundingBox: Bool = true) {
        self.coordinateDecimals = coordinateDecimals
        self.includeBoundingBox = includeBoundingBox
    }

    /// The text of a whole FeatureCollection, ending in a newline.
    public func collection(_ collection: FeatureCollection, foreignMembers: [(String, JSONValue)] = []) -> String {
        var output: [UInt8] = []
        write(collection, foreignMembers: foreignMembers, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the text of a whole FeatureCollection, ending in a newline, as UTF-8.
    public func write(_ collection: FeatureCollection, foreignMembers: [(String, JSONValue)] = [], into output: inout [UInt8]) {
        JSONWriter.append("{\"type\":\"FeatureCollection\"", to: &output)
        let writer = JSONWriter(maxDecimals: coordinateDecimals)
        for (key, value) in foreignMembers {
            output.append(0x2C)
            JSONWriter.writeString(key, into: &output)
            output.append(0x3A)
            writer.write(value, into: &output)
        }
        if includeBoundingBox, let box = boundingBox(collection.features.compactMap(\.geometry)) {
            JSONWriter.append(",\"bbox\":[", to: &output)
            for (index, value) in box.enumerated() {
                if index > 0 { output.append(0x2C) }
                coordinate(value, into: &output)
            }
            output.append(0x5D)
        }
        JSONWriter.append(",\"features\":[", to: &output)
        for (index, feature) in collection.features.enumerated() {
            if index > 0 { output.append(0x2C) }
            output.append(0x0A)
            write(feature, into: &output)
        }
        JSONWriter.append("\n]}\n", to: &output)
    }

    /// The text of one Feature, on one line.
    public func feature(_ feature: Feature) -> String {
        var output: [UInt8] = []
        write(feature, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the text of one Feature, on one line, as UTF-8: built as bytes because the
    /// streaming writer formats every feature of a corpus through here.
    public func write(_ feature: Feature, into output: inout [UInt8]) {
        JSONWriter.append("{\"type\":\"Feature\"", to: &output)
        let writer = JSONWriter(maxDecimals: coordinateDecimals)
        if let id = feature.id {
            JSONWriter.append(",\"id\":", to: &output)
            writer.write(id, into: &output)
        }
        writeGeometryMember(feature.geometry, into: &output)
        writer.write(feature.properties, into: &output)
        output.append(0x7D)
    }

    /// Appends a Feature's `,"geometry":…,"properties":`, after its type and id and before its
    /// properties object: shared with `FeatureRecordWriter`, which writes the rest itself. The
    /// streamed layers' points and lines have their fixed text around the coordinates written as
    /// one piece each, the same bytes as `write(_:into:)` between the member names; a point's
    /// whole member is written with one reservation.
    func writeGeometryMember(_ geometry: Geometry?, into output: inout [UInt8]) {
        switch geometry {
        case let .point(point)?:
            let start = ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" as StaticString
            let end = "]},\"properties\":" as StaticString
            let capacity = start.utf8CodeUnitCount + 2 * FixedDecimal.compactCapacity + 1 + end.utf8CodeUnitCount
            output.append(addingCapacity: capacity) { span in
                span.append(start)
                FixedDecimal.appendCompactReportingPoint(point.longitude, maxDecimals: coordinateDecimals, into: &span)
                span.append(0x2C)
                FixedDecimal.appendCompactReportingPoint(point.latitude, maxDecimals: coordinateDecimals, into: &span)
                span.append(end)
            }
        case let .lineString(points)?:
            JSONWriter.append(",\"geometry\":{\"type\":\"LineString\",\"coordinates\":", to: &output)
            line(points, into: &output)
            JSONWriter.append("},\"properties\":", to: &output)
        case let geometry?:
            JSONWriter.append(",\"geometry\":", to: &output)
            write(geometry, into: &output)
            JSONWriter.append(",\"properties\":", to: &output)
        case nil:
            JSONWriter.append(",\"geometry\":null,\"properties\":", to: &output)
        }
    }

    /// The text of a geometry object.
    public func geometry(_ geometry: Geometry) -> String {
        var output: [UInt8] = []
        write(geometry, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the text of a geometry object, as UTF-8.
    public func write(_ geometry: Geometry, into output: inout [UInt8]) {
        JSONWriter.append("{\"type\":\"", to: &output)
        output.append(contentsOf: geometry.typeName.utf8)
        JSONWriter.append("\",\"coordinates\":", to: &output)
        switch geometry {
        case let .point(p): position(p, into: &output)
        case let .multiPoint(ps), let .lineString(ps): line(ps, into: &output)
        case let .multiLineString(lines), let .polygon(lines): lineList(lines, into: &output)
        case let .multiPolygon(polygons):
            output.append(0x5B)
            for (index, polygon) in polygons.enumerated() {
                if index > 0 { output.append(0x2C) }
                lineList(polygon, into: &output)
            }
            output.append(0x5D)
        }
        output.append(0x7D)
    }

    /// [west, south, east, north] of the geometries, rounded as the positions are written, so the
    /// box holds exactly the positions in the file.
    public func boundingBox(_ geometries: [Geometry]) -> [Double]? {
        var west = Double.infinity, south = Double.infinity, east = -Double.infinity, north = -Double.infinity
        for geometry in geometries {
            for p in geometry.allPositions {
                west = min(west, p.longitude); east = max(east, p.longitude)
                south = min(south, p.latitude); north = max(north, p.latitude)
            }
        }
        guard west.isFinite else { return nil }
        // Positions are rounded to `coordinateDecimals` when written, so the box is computed on
        // rounded values too: it then contains exactly what the file holds.
        return [west, south, east, north].map { FixedDecimal.rounded($0, decimals: coordinateDecimals) }
    }

    private func coordinate(_ value: Double, into output: inout [UInt8]) {
        FixedDecimal.appendCompact(value, maxDecimals: coordinateDecimals, into: &output)
    }

    private func position(_ point: GeoPoint, into output: inout [UInt8]) {
        output.append(0x5B)
        coordinate(point.longitude, into: &output)
        output.append(0x2C)
        coordinate(point.latitude, into: &output)
        output.append(0x5D)
    }

    private func line(_ points: [GeoPoint], into output: inout [UInt8]) {
        output.append(0x5B)
        for (index, point) in points.enumerated() {
            if index > 0 { output.append(0x2C) }
            position(point, into: &output)
        }
        output.append(0x5D)
    }

    private func lineList(_ lines: [[GeoPoint]], into output: inout [UInt8]) {
        output.append(0x5B)
        for (index, points) in lines.enumerated() {
            if index > 0 { output.append(0x2C) }
            line(points, into: &output)
        }
        output.append(0x5D)
    }
}
