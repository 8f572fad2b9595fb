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
        var output = "{\"type\":\"FeatureCollection\""
        let writer = JSONWriter(maxDecimals: coordinateDecimals)
        for (key, value) in foreignMembers {
            output += ","
            JSONWriter.writeString(key, into: &output)
            output += ":"
            writer.write(value, into: &output)
        }
        if includeBoundingBox, let box = boundingBox(collection.features.compactMap(\.geometry)) {
            output += ",\"bbox\":[" + box.map { coordinate($0) }.joined(separator: ",") + "]"
        }
        output += ",\"features\":["
        for (index, feature) in collection.features.enumerated() {
            output += index == 0 ? "\n" : ",\n"
            output += self.feature(feature)
        }
        output += "\n]}\n"
        return output
    }

    /// The text of one Feature, on one line.
    public func feature(_ feature: Feature) -> String {
        var output = "{\"type\":\"Feature\""
        let writer = JSONWriter(maxDecimals: coordinateDecimals)
        if let id = feature.id {
            output += ",\"id\":"
            writer.write(id, into: &output)
        }
        output += ",\"geometry\":"
        if let geometry = feature.geometry { output += self.geometry(geometry) } else { output += "null" }
        output += ",\"properties\":"
        writer.write(feature.properties, into: &output)
        output += "}"
        return output
    }

    /// The text of a geometry object.
    public func geometry(_ geometry: Geometry) -> String {
        let coordinates: String
        switch geometry {
        case let .point(p): coordinates = position(p)
        case let .multiPoint(ps), let .lineString(ps): coordinates = line(ps)
        case let .multiLineString(lines), let .polygon(lines): coordinates = "[" + lines.map(line).joined(separator: ",") + "]"
        case let .multiPolygon(polygons):
            coordinates = "[" + polygons.map { "[" + $0.map(line).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        }
        return "{\"type\":\"\(geometry.typeName)\",\"coordinates\":\(coordinates)}"
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
        return [west, south, east, north].map { rounded($0) }
    }

    private func rounded(_ value: Double) -> Double {
        Double(FixedDecimal.format(value, decimals: coordinateDecimals))!
    }

    private func coordinate(_ value: Double) -> String {
        FixedDecimal.compact(value, maxDecimals: coordinateDecimals)
    }

    private func position(_ point: GeoPoint) -> String {
        "[" + coordinate(point.longitude) + "," + coordinate(point.latitude) + "]"
    }

    private func line(_ points: [GeoPoint]) -> String {
        "[" + points.map(position).joined(separator: ",") + "]"
    }
}
