/// A longitude/latitude rectangle in WGS84 degrees: a layer's extent as QGIS reports it.
public struct GeoExtent: Sendable, Hashable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double

    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// The extent of a collection's geometries, computed like the file's `bbox` (positions
    /// rounded as written), or nil when no feature has a geometry.
    public init?(_ collection: FeatureCollection, writer: GeoJSONText = GeoJSONText()) {
        guard let box = writer.boundingBox(collection.features.compactMap(\.geometry)) else { return nil }
        self.init(west: box[0], south: box[1], east: box[2], north: box[3])
    }

    /// The smallest extent containing both.
    public func union(_ other: GeoExtent) -> GeoExtent {
        GeoExtent(west: min(west, other.west), south: min(south, other.south),
                  east: max(east, other.east), north: max(north, other.north))
    }

    /// The extent grown by `fraction` of its width and height on every side, so features at
    /// the edge are not cut by the window frame.
    public func padded(by fraction: Double) -> GeoExtent {
        let dx = (east - west) * fraction, dy = (north - south) * fraction
        return GeoExtent(west: west - dx, south: south - dy, east: east + dx, north: north + dy)
    }

    /// Points along the rectangle's edges (`perEdge` per side): a projected rectangle's
    /// edges curve, so its projected extent is the range of these, not of the four corners.
    func boundaryPoints(perEdge: Int = 16) -> [GeoPoint] {
        var points: [GeoPoint] = []
        for step in 0...perEdge {
            let t = Double(step) / Double(perEdge)
            let longitude = west + (east - west) * t, latitude = south + (north - south) * t
            points += [
                GeoPoint(latitude: south, longitude: longitude), GeoPoint(latitude: north, longitude: longitude),
                GeoPoint(latitude: latitude, longitude: west), GeoPoint(latitude: latitude, longitude: east),
            ]
        }
        return points
    }
}
