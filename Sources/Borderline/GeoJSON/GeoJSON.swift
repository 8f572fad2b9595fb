import Foundation

/// A GeoJSON geometry (RFC 7946 §3.1), positions as [longitude, latitude] in degrees.
public enum Geometry: Hashable, Sendable {
    case point(GeoPoint)
    case multiPoint([GeoPoint])
    case lineString([GeoPoint])
    case multiLineString([[GeoPoint]])
    /// Rings: the exterior first, then holes; each ring closed (first position == last).
    case polygon([[GeoPoint]])
    case multiPolygon([[[GeoPoint]]])

    /// Every position of the geometry, in order.
    public var allPositions: [GeoPoint] {
        switch self {
        case let .point(p): return [p]
        case let .multiPoint(ps), let .lineString(ps): return ps
        case let .multiLineString(lines), let .polygon(lines): return lines.flatMap { $0 }
        case let .multiPolygon(polygons): return polygons.flatMap { $0.flatMap { $0 } }
        }
    }

    /// The RFC 7946 type name.
    public var typeName: String {
        switch self {
        case .point: return "Point"
        case .multiPoint: return "MultiPoint"
        case .lineString: return "LineString"
        case .multiLineString: return "MultiLineString"
        case .polygon: return "Polygon"
        case .multiPolygon: return "MultiPolygon"
        }
    }
}

/// A GeoJSON Feature (RFC 7946 §3.2).
public struct Feature: Hashable, Sendable {
    /// The feature's id, when it has one (a string or a number, as RFC 7946 allows).
    public var id: JSONValue?
    /// Null geometry is allowed by the RFC ("unlocated" features).
    public var geometry: Geometry?
    /// Properties as an ordered object (or `.null`).
    public var properties: JSONValue

    public init(id: JSONValue? = nil, geometry: Geometry?, properties: JSONValue) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
    }
}

/// A GeoJSON FeatureCollection, read from or written to a file.
public struct FeatureCollection: Hashable, Sendable {
    public var features: [Feature]

    public init(features: [Feature]) {
        self.features = features
    }
}

/// Why a GeoJSON file could not be read; each case names the file.
public enum GeoJSONError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalidJSON(path: String, line: Int?, reason: String)
    case notAFeatureCollection(path: String, found: String)
    case invalidGeometry(path: String, feature: Int, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): cannot read the file: \(reason)"
        case let .invalidJSON(path, line, reason):
            return "\(path)\(line.map { ":\($0)" } ?? ""): not valid JSON: \(reason)"
        case let .notAFeatureCollection(path, found):
            return "\(path): expected a GeoJSON FeatureCollection, found \(found)"
        case let .invalidGeometry(path, feature, reason):
            return "\(path): feature \(feature): \(reason)"
        }
    }
}

extension FeatureCollection {
    /// Reads a FeatureCollection from a file, checking every position is a finite, in-range
    /// [longitude, latitude].
    /// - Throws: `GeoJSONError` naming the file (and feature) at fault.
    public static func read(path: String) throws -> FeatureCollection {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw GeoJSONError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try parse(data, path: path)
    }

    /// Parses GeoJSON text; `path` is used in error messages only.
    public static func parse(_ data: Data, path: String) throws -> FeatureCollection {
        let root: JSONValue
        do {
            root = try JSONReader.object(in: data) ?? JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw GeoJSONError.invalidJSON(path: path, line: nil, reason: Self.describe(error))
        }
        guard root["type"]?.stringValue == "FeatureCollection", case let .array(items)? = root["features"] else {
            throw GeoJSONError.notAFeatureCollection(path: path, found: root["type"]?.stringValue.map { "a \($0)" } ?? "no 'type'")
        }
        var features: [Feature] = []
        features.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard item["type"]?.stringValue == "Feature" else {
                throw GeoJSONError.invalidGeometry(path: path, feature: index, reason: "not a Feature")
            }
            let geometry: Geometry?
            switch item["geometry"] {
            case nil, .null?: geometry = nil
            case let value?:
                do {
                    geometry = try Geometry(json: value)
                } catch let reason as GeometryReason {
                    throw GeoJSONError.invalidGeometry(path: path, feature: index, reason: reason.text)
                }
            }
            features.append(Feature(id: item["id"], geometry: geometry, properties: item["properties"] ?? .null))
        }
        return FeatureCollection(features: features)
    }

    private static func describe(_ error: Error) -> String {
        if case let DecodingError.dataCorrupted(context) = error {
            return (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription
        }
        return "\(error)"
    }
}

struct GeometryReason: Error {
    let text: String
}

extension Geometry {
    init(json: JSONValue) throws {
        guard let type = json["type"]?.stringValue else { throw GeometryReason(text: "geometry has no 'type'") }
        guard let coordinates = json["coordinates"] else {
            throw GeometryReason(text: "\(type) has no 'coordinates'")
        }
        switch type {
        case "Point": self = .point(try Self.position(coordinates))
        case "MultiPoint": self = .multiPoint(try Self.positions(coordinates))
        case "LineString":
            let line = try Self.positions(coordinates)
            guard line.count >= 2 else { throw GeometryReason(text: "a LineString needs at least 2 positions") }
            self = .lineString(line)
        case "MultiLineString":
            let lines = try Self.list(coordinates).map(Self.positions)
            guard lines.allSatisfy({ $0.count >= 2 }) else {
                throw GeometryReason(text: "each line of a MultiLineString needs at least 2 positions")
            }
            self = .multiLineString(lines)
        case "Polygon": self = .polygon(try Self.list(coordinates).map(Self.positions))
        case "MultiPolygon": self = .multiPolygon(try Self.list(coordinates).map { try Self.list($0).map(Self.positions) })
        default: throw GeometryReason(text: "unsupported geometry type '\(type)'")
        }
    }

    private static func list(_ json: JSONValue) throws -> [JSONValue] {
        guard case let .array(items) = json else { throw GeometryReason(text: "coordinates are not an array") }
        return items
    }

    private static func positions(_ json: JSONValue) throws -> [GeoPoint] {
        try list(json).map(position)
    }

    /// Every member is checked to be a number before their count, in place, not copied into
    /// an array of numbers first (an allocation per position).
    private static func position(_ json: JSONValue) throws -> GeoPoint {
        let items = try list(json)
        guard items.allSatisfy({ $0.doubleValue != nil }) else {
            throw GeometryReason(text: "a position holds a non-number")
        }
        guard items.count >= 2, let longitude = items[0].doubleValue, let latitude = items[1].doubleValue else {
            throw GeometryReason(text: "a position needs longitude and latitude")
        }
        let point = GeoPoint(latitude: latitude, longitude: longitude)
        guard point.isValid else {
            throw GeometryReason(text: "position [\(longitude), \(latitude)] is not a longitude in −180…180 and latitude in −90…90")
        }
        return point
    }
}
