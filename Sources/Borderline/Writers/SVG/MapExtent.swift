import Foundation

/// A longitude/latitude rectangle in degrees (west, south, east, north), as `--bbox` takes it.
public struct GeoBoundingBox: Hashable, Sendable {
    /// Western edge, degrees east (−180…180).
    public var west: Double
    /// Southern edge, degrees north (−90…90).
    public var south: Double
    /// Eastern edge, degrees east; greater than `west` (the box does not cross the antimeridian).
    public var east: Double
    /// Northern edge, degrees north; greater than `south`.
    public var north: Double

    /// Creates a box from its edges in degrees.
    /// - Throws: `SVGMapError.invalidBoundingBox` when an edge is out of range or the box is empty.
    public init(west: Double, south: Double, east: Double, north: Double) throws {
        let values = [west, south, east, north]
        guard values.allSatisfy(\.isFinite), (-180...180).contains(west), (-180...180).contains(east),
            (-90...90).contains(south), (-90...90).contains(north), west < east, south < north
        else {
            throw SVGMapError.invalidBoundingBox(
                "west,south,east,north = \(values.map { FixedDecimal.compact($0, maxDecimals: 6) }.joined(separator: ",")); "
                    + "expected longitudes in −180…180 with west < east and latitudes in −90…90 with south < north")
        }
        self.init(unchecked: west, south, east, north)
    }

    init(unchecked west: Double, _ south: Double, _ east: Double, _ north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// The box around `points`, or nil when there are none.
    public init?(enclosing points: [GeoPoint]) {
        guard let first = points.first else { return nil }
        var box = GeoBoundingBox(unchecked: first.longitude, first.latitude, first.longitude, first.latitude)
        for point in points.dropFirst() {
            box.west = min(box.west, point.longitude)
            box.east = max(box.east, point.longitude)
            box.south = min(box.south, point.latitude)
            box.north = max(box.north, point.latitude)
        }
        self = box
    }

    /// Parses "west,south,east,north" in degrees, the form `--bbox` takes.
    /// - Throws: `SVGMapError.invalidBoundingBox` saying what is wrong with the text.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = parts.compactMap(Double.init)
        guard parts.count == 4, numbers.count == 4 else {
            throw SVGMapError.invalidBoundingBox("'\(text)': expected four numbers west,south,east,north in degrees, e.g. 33,49,40,53")
        }
        try self.init(west: numbers[0], south: numbers[1], east: numbers[2], north: numbers[3])
    }

    public var centre: GeoPoint { GeoPoint(latitude: (south + north) / 2, longitude: (west + east) / 2) }

    /// Whether `point` lies inside or on the edge.
    public func contains(_ point: GeoPoint) -> Bool {
        (west...east).contains(point.longitude) && (south...north).contains(point.latitude)
    }

    /// Whether the two boxes share any area or edge.
    public func intersects(_ other: GeoBoundingBox) -> Bool {
        west <= other.east && other.west <= east && south <= other.north && other.south <= north
    }

    /// Points along the four edges, `perEdge` intervals each, counter-clockwise from the
    /// south-west corner: the outline to project when a straight box becomes curved.
    public func outline(perEdge: Int) -> [GeoPoint] {
        var points: [GeoPoint] = []
        let n = Double(perEdge)
        for i in 0..<perEdge { points.append(GeoPoint(latitude: south, longitude: west + (east - west) * Double(i) / n)) }
        for i in 0..<perEdge { points.append(GeoPoint(latitude: south + (north - south) * Double(i) / n, longitude: east)) }
        for i in 0..<perEdge { points.append(GeoPoint(latitude: north, longitude: east - (east - west) * Double(i) / n)) }
        for i in 0..<perEdge { points.append(GeoPoint(latitude: north - (north - south) * Double(i) / n, longitude: west)) }
        return points
    }

    /// "33.0,49.0,40.0,53.0": the box as `--bbox` takes it.
    public var formatted: String {
        [west, south, east, north].map { FixedDecimal.compact($0, maxDecimals: 4) }.joined(separator: ",")
    }
}

/// How far the map reaches: the default extent fits the data with a margin.
public enum MapExtent {
    /// The region the base map covers (lon 22–50 E, lat 43–60 N); outside it there is no data.
    public static let baseMapRegion = GeoBoundingBox(unchecked: 22, 43, 50, 60)
    /// The smallest span of a default extent, east–west and north–south, in km: a map of one
    /// town should still show the border and the neighbouring towns that give it context.
    public static let minimumSpanKm = 300.0
    /// The margin added around the data on every side, as a fraction of the data's span.
    public static let marginFraction = 0.15

    /// The default extent for `points`: their box, grown by `marginFraction` of its span on
    /// every side and to at least `minimumSpanKm` each way (geodesic, measured across the
    /// middle), then moved or cut to lie inside `region`. With no points it is `fallback`.
    public static func fitting(
        _ points: [GeoPoint], region: GeoBoundingBox = baseMapRegion, fallback: GeoBoundingBox,
        marginFraction: Double = marginFraction
    ) -> GeoBoundingBox {
        guard var box = GeoBoundingBox(enclosing: points.filter(\.isValid)) else { return fallback }
        let lonMargin = max((box.east - box.west) * marginFraction, 0.05)
        let latMargin = max((box.north - box.south) * marginFraction, 0.05)
        box.west -= lonMargin
        box.east += lonMargin
        box.south -= latMargin
        box.north += latMargin
        let geodesic = Geodesic.wgs84
        let middle = box.centre
        let widthKm = geodesic.distanceMeters(
            from: GeoPoint(latitude: middle.latitude, longitude: box.west),
            to: GeoPoint(latitude: middle.latitude, longitude: box.east)) / 1000
        if widthKm < minimumSpanKm {
            let half = (box.east - box.west) * minimumSpanKm / widthKm / 2
            box.west = middle.longitude - half
            box.east = middle.longitude + half
        }
        let heightKm = geodesic.distanceMeters(
            from: GeoPoint(latitude: box.south, longitude: middle.longitude),
            to: GeoPoint(latitude: box.north, longitude: middle.longitude)) / 1000
        if heightKm < minimumSpanKm {
            let half = (box.north - box.south) * minimumSpanKm / heightKm / 2
            box.south = middle.latitude - half
            box.north = middle.latitude + half
        }
        return box.moved(inside: region)
    }

    /// The extent of a map without data: the Russia–Ukraine border with its margin.
    static func fallbackBox(for border: [GeoPoint]) -> GeoBoundingBox {
        fitting(border, fallback: GeoBoundingBox(unchecked: 31, 46.5, 41, 53))
    }
}

extension GeoBoundingBox {
    /// The box moved (without changing its size) to lie inside `region`, and cut where it is
    /// larger than the region.
    func moved(inside region: GeoBoundingBox) -> GeoBoundingBox {
        var box = self
        func shift(_ low: inout Double, _ high: inout Double, _ minimum: Double, _ maximum: Double) {
            if high - low >= maximum - minimum {
                low = minimum
                high = maximum
            } else if low < minimum {
                high += minimum - low
                low = minimum
            } else if high > maximum {
                low -= high - maximum
                high = maximum
            }
        }
        shift(&box.west, &box.east, region.west, region.east)
        shift(&box.south, &box.north, region.south, region.north)
        return box
    }
}
