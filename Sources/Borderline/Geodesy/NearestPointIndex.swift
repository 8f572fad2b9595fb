import Foundation

/// The nearest point of a line to a place, and how far it is.
public struct NearestPoint: Hashable, Sendable {
    /// Geodesic distance in metres from the query point to `point` (WGS84, by PROJ).
    public var distanceMeters: Double
    /// The nearest point of the line.
    public var point: GeoPoint
    /// Index of the segment (from vertex `segmentIndex` to `segmentIndex + 1`) holding the point.
    public var segmentIndex: Int
    /// Azimuth of the geodesic from the query point towards `point`, degrees clockwise from north.
    public var azimuthDegrees: Double

    /// The distance in kilometres.
    public var distanceKm: Double { distanceMeters / 1000 }
}

/// Answers "how far is this point from the line, and where is the nearest point?" exactly on
/// the WGS84 ellipsoid, fast enough to ask for every place in a large corpus.
///
/// Two stages:
/// 1. *Pruning.* Every segment gets a cheap spherical distance (unit vectors on a sphere of the
///    mean radius). Spherical and ellipsoidal distances differ by less than 0.7 % anywhere on
///    Earth, so with a 1 % margin plus 100 m no segment that could hold the true nearest point is
///    dropped. These numbers only choose which segments to examine; none reaches the answer.
/// 2. *Measuring.* On each remaining segment the foot of the shortest geodesic is found by
///    iteration on PROJ's geodesics: from a guess at distance *s* along the segment, PROJ's inverse
///    problem gives the distance *d* to the query point and the angle *θ* between the segment and
///    the direction to the point; the foot lies near *s + d·cos θ*. The iteration converges to
///    millimetres in a few steps and is clamped to the segment's ends.
public struct NearestPointIndex: Sendable {
    /// The line searched.
    public let polyline: Polyline
    private let geodesic: Geodesic
    private let segments: [GeodesicLine]
    private let unitVectors: [SIMD3<Double>]
    private let normals: [SIMD3<Double>]

    /// Mean Earth radius (IUGG R1), used only to prune segments in stage 1.
    private static let pruningRadiusMeters = 6_371_008.8
    private static let pruningRelativeMargin = 0.01
    private static let pruningAbsoluteMarginMeters = 100.0

    /// Prepares the index over `polyline`, computing each segment's geodesic once.
    public init(polyline: Polyline, geodesic: Geodesic = .wgs84) {
        self.polyline = polyline
        self.geodesic = geodesic
        let vertices = polyline.vertices
        self.segments = zip(vertices, vertices.dropFirst()).map { geodesic.line(from: $0.0, to: $0.1) }
        let units = vertices.map(Self.unitVector)
        self.unitVectors = units
        self.normals = zip(units, units.dropFirst()).map { pair in
            let n = Self.cross(pair.0, pair.1)
            let length = (n * n).sum().squareRoot()
            return length > 0 ? n / length : .zero
        }
    }

    /// The nearest point of the line to `point`, with the geodesic distance to it.
    public func nearest(to point: GeoPoint) -> NearestPoint {
        let q = Self.unitVector(point)
        var sphereDistances = [Double](repeating: 0, count: segments.count)
        var upperBound = Double.infinity
        for index in segments.indices {
            let d = sphericalDistance(from: q, toSegment: index) * Self.pruningRadiusMeters
            sphereDistances[index] = d
            upperBound = min(upperBound, d * (1 + Self.pruningRelativeMargin) + Self.pruningAbsoluteMarginMeters)
        }
        var best: NearestPoint?
        for index in segments.indices {
            let lowerBound = sphereDistances[index] * (1 - Self.pruningRelativeMargin) - Self.pruningAbsoluteMarginMeters
            guard lowerBound <= upperBound else { continue }
            let candidate = foot(of: point, onSegment: index)
            if best == nil || candidate.distanceMeters < best!.distanceMeters {
                best = candidate
            }
        }
        return best!
    }

    /// The shortest geodesic from `point` to segment `index`, found by the iteration described above.
    private func foot(of point: GeoPoint, onSegment index: Int) -> NearestPoint {
        let line = segments[index]
        let length = line.lengthMeters
        var s = 0.0
        if length > 0 {
            // Start from the pruning sphere's foot, as a fraction of the segment.
            let a = unitVectors[index], b = unitVectors[index + 1], q = Self.unitVector(point)
            let ab = Self.angle(a, b)
            if ab > 0 {
                let n = normals[index]
                let p = q - (q * n).sum() * n
                s = min(max(Self.angle(a, p) * (Self.dot(Self.cross(a, p), n) >= 0 ? 1 : -1) / ab, 0), 1) * length
            }
            for _ in 0..<30 {
                let position = line.position(atMeters: s)
                let toPoint = geodesic.inverse(from: position.point, to: point)
                if toPoint.distanceMeters == 0 { break }
                let theta = (toPoint.initialAzimuthDegrees - position.azimuthDegrees) * .pi / 180
                let next = min(max(s + toPoint.distanceMeters * cos(theta), 0), length)
                let step = abs(next - s)
                s = next
                if step < 0.0005 { break }
            }
        }
        let foot = line.position(atMeters: s).point
        let toFoot = geodesic.inverse(from: point, to: foot)
        return NearestPoint(
            distanceMeters: toFoot.distanceMeters, point: foot, segmentIndex: index,
            azimuthDegrees: toFoot.initialAzimuthDegrees)
    }

    private func sphericalDistance(from q: SIMD3<Double>, toSegment index: Int) -> Double {
        let a = unitVectors[index], b = unitVectors[index + 1], n = normals[index]
        let p = q - Self.dot(q, n) * n
        if Self.dot(Self.cross(a, p), n) >= 0 && Self.dot(Self.cross(p, b), n) >= 0 && n != .zero {
            return asin(min(abs(Self.dot(q, n)), 1))
        }
        return min(Self.angle(q, a), Self.angle(q, b))
    }

    private static func unitVector(_ point: GeoPoint) -> SIMD3<Double> {
        let lat = point.latitude * .pi / 180, lon = point.longitude * .pi / 180
        return SIMD3(cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat))
    }

    private static func cross(_ u: SIMD3<Double>, _ v: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3(u.y * v.z - u.z * v.y, u.z * v.x - u.x * v.z, u.x * v.y - u.y * v.x)
    }

    private static func dot(_ u: SIMD3<Double>, _ v: SIMD3<Double>) -> Double { (u * v).sum() }

    private static func angle(_ u: SIMD3<Double>, _ v: SIMD3<Double>) -> Double {
        let c = cross(u, v)
        return atan2((c * c).sum().squareRoot(), dot(u, v))
    }
}
