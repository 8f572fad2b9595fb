/// A line of vertices on the WGS84 ellipsoid, each pair joined by the geodesic between them.
///
/// Natural Earth's border lines are drawn as straight segments between vertices about 2.7 km
/// apart; at that spacing the geodesic between two vertices and the planar segment differ by
/// millimetres, so treating each segment as a geodesic is faithful to the data.
public struct Polyline: Hashable, Sendable {
    /// The vertices in order, at least two.
    public let vertices: [GeoPoint]

    /// Creates a polyline; returns nil when there are fewer than two vertices or any is invalid.
    public init?(vertices: [GeoPoint]) {
        guard vertices.count >= 2, vertices.allSatisfy(\.isValid) else { return nil }
        self.vertices = vertices
    }

    /// Geodesic length in metres (the sum of the segment geodesics).
    public func lengthMeters(on geodesic: Geodesic = .wgs84) -> Double {
        zip(vertices, vertices.dropFirst()).reduce(0) { $0 + geodesic.distanceMeters(from: $1.0, to: $1.1) }
    }
}
