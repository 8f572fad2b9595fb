@testable import Borderline

/// The rules of RFC 7946 (and of the issue's layer conventions) that a JSON Schema cannot
/// express, checked in pure Swift so `swift test` needs no GDAL or Python for them.
///
/// The rules: no `crs` member in the collection, a feature or a geometry (§4); positions of 2–3
/// numbers, longitude in −180…180 and latitude in −90…90, in that order (§3.1.1), confirmed
/// against `latitude`/`longitude` (or `lat`/`lon`) properties when a Point has them; at most `maxDecimals`
/// decimals; lines of ≥ 2 positions; linear rings closed with ≥ 4 positions, exteriors
/// counter-clockwise and holes clockwise (§3.1.6, signed planar area in lon/lat); a `bbox` of
/// 4 numbers that contains every position (§5); and for Borderline's layers: unique feature
/// ids, flat properties (no arrays or objects), one JSON type per property across features.
struct RFC7946Rules {
    /// Positions must lie inside this [west, south, east, north] box, when given: a lat/lon
    /// swap that stays in range (Belgorod in northern Iran) is otherwise invisible.
    var expectedBox: [Double]?
    var maxDecimals = 6

    /// Every problem found, each naming the feature ("feature 3: …"); empty when the file obeys.
    func problems(in root: JSONValue) -> [String] {
        var problems: [String] = []
        guard root["type"]?.stringValue == "FeatureCollection", case let .array(features)? = root["features"] else {
            return ["top level is not a FeatureCollection with a 'features' array"]
        }
        if root["crs"] != nil { problems.append("top level: 'crs' member (RFC 7946 §4 removed it)") }
        var allPositions: [(Double, Double)] = []
        var ids: Set<String> = []
        var fieldTypes: [String: String] = [:]
        for (index, feature) in features.enumerated() {
            let at = "feature \(index)"
            guard feature["type"]?.stringValue == "Feature" else { problems.append("\(at): not a Feature"); continue }
            if feature["crs"] != nil { problems.append("\(at): 'crs' member") }
            if let id = feature["id"] {
                let key = JSONWriter().string(id)
                if !ids.insert(key).inserted { problems.append("\(at): duplicate id \(key)") }
            } else {
                problems.append("\(at): no id")
            }
            if case let .object(properties)? = feature["properties"] {
                for (name, value) in properties {
                    let type = JSONSchemaValidator.typeName(value)
                    if type == "array" || type == "object" { problems.append("\(at): property '\(name)' is an \(type), not flat") }
                    if type == "null" { continue }
                    if let known = fieldTypes[name], known != type {
                        problems.append("\(at): property '\(name)' is a \(type) here, a \(known) elsewhere")
                    } else {
                        fieldTypes[name] = type
                    }
                }
            }
            guard let geometry = feature["geometry"], geometry != .null else { continue }
            var positions: [(Double, Double)] = []
            problems += check(geometry: geometry, at: at, positions: &positions)
            allPositions += positions
            if geometry["type"]?.stringValue == "Point", positions.count == 1,
               let properties = feature["properties"],
               let latitude = (properties["latitude"] ?? properties["lat"])?.doubleValue,
               let longitude = (properties["longitude"] ?? properties["lon"] ?? properties["lng"])?.doubleValue {
                let (x, y) = positions[0]
                if abs(x - longitude) > 1e-6 || abs(y - latitude) > 1e-6 {
                    problems.append("\(at): position [\(x), \(y)] is not [longitude, latitude] = [\(longitude), \(latitude)]")
                }
            }
        }
        if let box = root["bbox"] {
            problems += check(bbox: box, contains: allPositions, at: "top level")
        }
        return problems
    }

    private func check(geometry: JSONValue, at: String, positions: inout [(Double, Double)]) -> [String] {
        if geometry["crs"] != nil { return ["\(at): 'crs' member in the geometry"] }
        guard let type = geometry["type"]?.stringValue, let coordinates = geometry["coordinates"] else {
            if geometry["type"]?.stringValue == "GeometryCollection" {
                return ["\(at): GeometryCollection (QGIS 3.22 reads it as a null geometry; not used by Borderline)"]
            }
            return ["\(at): geometry without type or coordinates"]
        }
        var problems: [String] = []
        func position(_ value: JSONValue) -> (Double, Double)? {
            guard case let .array(numbers) = value, (2...3).contains(numbers.count),
                  let x = numbers[0].doubleValue, let y = numbers[1].doubleValue else {
                problems.append("\(at): a position is not 2 or 3 numbers: \(value)")
                return nil
            }
            if !(-180...180).contains(x) || !(-90...90).contains(y) {
                let hint = (-180...180).contains(y) && (-90...90).contains(x) ? " (fits as [lat, lon]: swapped?)" : ""
                problems.append("\(at): position [\(x), \(y)] is out of range for [longitude, latitude]\(hint)")
            }
            if let box = expectedBox, !(box[0]...box[2]).contains(x) || !(box[1]...box[3]).contains(y) {
                let swapped = (box[0]...box[2]).contains(y) && (box[1]...box[3]).contains(x)
                problems.append("\(at): position [\(x), \(y)] is outside the expected box \(box)\(swapped ? " (inside when swapped)" : "")")
            }
            for number in numbers.prefix(2) {
                if case let .number(value) = number, decimals(value) > maxDecimals {
                    problems.append("\(at): \(value) has more than \(maxDecimals) decimals")
                }
            }
            positions.append((x, y))
            return (x, y)
        }
        func line(_ value: JSONValue, minimum: Int) -> [(Double, Double)] {
            guard case let .array(items) = value else { problems.append("\(at): coordinates are not an array"); return [] }
            if items.count < minimum { problems.append("\(at): \(type) part with \(items.count) positions, fewer than \(minimum)") }
            return items.compactMap(position)
        }
        func rings(_ value: JSONValue) {
            guard case let .array(items) = value else { problems.append("\(at): polygon is not an array of rings"); return }
            for (index, ringValue) in items.enumerated() {
                let ring = line(ringValue, minimum: 4)
                guard ring.count >= 2 else { continue }
                if ring.first! != ring.last! { problems.append("\(at): ring \(index) is not closed (first ≠ last position)") }
                let area = signedArea(ring)
                if index == 0, area < 0 { problems.append("\(at): exterior ring is clockwise (right-hand rule: counter-clockwise)") }
                if index > 0, area > 0 { problems.append("\(at): hole \(index) is counter-clockwise (right-hand rule: clockwise)") }
            }
        }
        func parts(_ value: JSONValue) -> [JSONValue] {
            guard case let .array(items) = value else { problems.append("\(at): coordinates are not an array"); return [] }
            return items
        }
        switch type {
        case "Point": _ = position(coordinates)
        case "MultiPoint": _ = line(coordinates, minimum: 0)
        case "LineString": _ = line(coordinates, minimum: 2)
        case "MultiLineString": for part in parts(coordinates) { _ = line(part, minimum: 2) }
        case "Polygon": rings(coordinates)
        case "MultiPolygon": for part in parts(coordinates) { rings(part) }
        default: problems.append("\(at): unknown geometry type '\(type)'")
        }
        if let box = geometry["bbox"] {
            var own: [(Double, Double)] = []
            _ = check(geometry: .object([("type", .string(type)), ("coordinates", coordinates)]), at: at, positions: &own)
            problems += check(bbox: box, contains: own, at: at)
        }
        return problems
    }

    private func check(bbox: JSONValue, contains positions: [(Double, Double)], at: String) -> [String] {
        guard case let .array(values) = bbox, values.count == 4 || values.count == 6 else {
            return ["\(at): bbox is not 4 or 6 numbers"]
        }
        let numbers = values.compactMap(\.doubleValue)
        guard numbers.count == values.count else { return ["\(at): bbox holds a non-number"] }
        let (west, south) = (numbers[0], numbers[1])
        let (east, north) = values.count == 4 ? (numbers[2], numbers[3]) : (numbers[3], numbers[4])
        let outside = positions.filter { !($0.0 >= west && $0.0 <= east && $0.1 >= south && $0.1 <= north) }
        return outside.isEmpty ? [] : ["\(at): bbox \(numbers) does not contain \(outside.count) position(s), e.g. \(outside[0])"]
    }

    /// Twice the signed area of a ring in the lon/lat plane (shoelace): positive when
    /// counter-clockwise, as check_geojson and RFC 7946 §3.1.6 measure it.
    func signedArea(_ ring: [(Double, Double)]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0) { $0 + ($1.0.0 * $1.1.1 - $1.1.0 * $1.0.1) }
    }

    /// Decimals of the shortest text that round-trips `value` (what a writer would print).
    private func decimals(_ value: Double) -> Int {
        let text = "\(value)"
        if text.contains("e") { return 99 }
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: dot)...]
        return fraction == "0" ? 0 : fraction.count
    }
}
