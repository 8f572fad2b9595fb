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
/// 1. *Pruning.* Positions are mapped to a unit sphere by their geodetic latitude and
///    longitude. Along a curve that stays between latitudes φ₁ and φ₂ that map stretches
///    lengths by no less than the meridional radius of curvature M and no more than the
///    prime-vertical radius N found in that band, so a spherical angle θ brackets the geodesic
///    distance between M_min·θ and N_max·θ (globally a(1−e²)·θ and a/√(1−e²)·θ; within the
///    border region the bracket is 0.4 % wide). The band is the two ends' latitudes widened by
///    1°, far more than a geodesic of a few thousand kilometres bulges. A dot product with each
///    segment's midpoint finds the segment that is surely near; every segment whose lower bound
///    exceeds that segment's upper bound is dropped. These bounds only choose segments; none
///    reaches the answer.
/// 2. *Measuring.* On each remaining segment, nearest first, the foot of the shortest geodesic
///    is found by iteration on PROJ's geodesics: from a guess at distance *s* along the
///    segment, PROJ's inverse problem gives the distance *d* to the query point and the angle
///    *θ* between the segment and the direction to the point; the foot lies near *s + d·cos θ*.
///    The iteration converges to a millimetre in a few steps and is clamped to the segment's
///    ends. A segment whose lower bound exceeds the best distance measured so far is skipped.
public struct NearestPointIndex: Sendable {
    /// The line searched.
    public let polyline: Polyline
    private let geodesic: Geodesic
    private let segments: [GeodesicLine]
    private let unitVectors: [SIMD3<Double>]
    private let normals: [SIMD3<Double>]
    /// Unit vector of each segment's spherical midpoint.
    private let midpoints: [SIMD3<Double>]
    /// The largest angle from a segment's midpoint to its ends (radians).
    private let maxHalfAngle: Double

    /// WGS84's smallest and largest radii of curvature, a(1−e²) and a/√(1−e²), in metres.
    private static let lowerRadiusMeters = 6_335_439.327
    private static let upperRadiusMeters = 6_399_593.626
    /// Slack for rounding in the bounds, in metres.
    private static let slackMeters = 1.0
    /// WGS84 semi-major axis (m) and first eccentricity squared, for the radii of curvature.
    private static let semiMajorAxisMeters = 6_378_137.0
    private static let eccentricitySquared = (1 / 298.257223563) * (2 - 1 / 298.257223563)
    /// Widening of the latitude band, in degrees.
    private static let bandMarginDegrees = 1.0

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
        var midpoints: [SIMD3<Double>] = []
        var maxHalfAngle = 0.0
        for (a, b) in zip(units, units.dropFirst()) {
            let sum = a + b
            let length = (sum * sum).sum().squareRoot()
            let m = length > 0 ? sum / length : a
            midpoints.append(m)
            maxHalfAngle = max(maxHalfAngle, Self.angle(m, a), Self.angle(m, b))
        }
        self.midpoints = midpoints
        self.maxHalfAngle = maxHalfAngle * (1 + 1e-9) + 1e-12
    }

    /// The nearest point of the line to `point`, with the geodesic distance to it.
    public func nearest(to point: GeoPoint) -> NearestPoint {
        let q = Self.unitVector(point)
        var bestDot = -Double.infinity, nearestMidpoint = 0
        for index in midpoints.indices {
            let d = Self.dot(q, midpoints[index])
            if d > bestDot { bestDot = d; nearestMidpoint = index }
        }
        let upperBound = sphericalDistance(from: q, toSegment: nearestMidpoint)
            * radii(point.latitude, nearestMidpoint).upper + Self.slackMeters
        // A segment can hold a point within `upperBound` only if its midpoint is within this angle.
        let reach = (upperBound + Self.slackMeters) / Self.lowerRadiusMeters + maxHalfAngle
        let threshold = reach >= .pi ? -Double.infinity : cos(reach)
        var candidates: [(lowerBound: Double, index: Int)] = []
        for index in midpoints.indices where Self.dot(q, midpoints[index]) >= threshold {
            let lowerBound = sphericalDistance(from: q, toSegment: index) * radii(point.latitude, index).lower - Self.slackMeters
            if lowerBound <= upperBound { candidates.append((lowerBound, index)) }
        }
        candidates.sort { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.index < $1.index }
        var best: NearestPoint?
        for candidate in candidates {
            if let best, candidate.lowerBound > best.distanceMeters { break }
            let measured = foot(of: point, q: q, onSegment: candidate.index)
            if best == nil || measured.distanceMeters < best!.distanceMeters
                || (measured.distanceMeters == best!.distanceMeters && measured.segmentIndex < best!.segmentIndex) {
                best = measured
            }
        }
        return best!
    }

    /// Whether the line passes within `meters` of `point` (geodesic distance), deciding from the
    /// pruning bounds alone when they suffice, which they do for all but points near the limit.
    public func isWithin(_ meters: Double, of point: GeoPoint) -> Bool {
        let q = Self.unitVector(point)
        var bestDot = -Double.infinity, nearestMidpoint = 0
        for index in midpoints.indices {
            let d = Self.dot(q, midpoints[index])
            if d > bestDot { bestDot = d; nearestMidpoint = index }
        }
        let upperBound = sphericalDistance(from: q, toSegment: nearestMidpoint)
            * radii(point.latitude, nearestMidpoint).upper + Self.slackMeters
        if upperBound <= meters { return true }
        let reach = (meters + Self.slackMeters) / Self.lowerRadiusMeters + maxHalfAngle
        let threshold = reach >= .pi ? -Double.infinity : cos(reach)
        var possible = false
        for index in midpoints.indices where Self.dot(q, midpoints[index]) >= threshold {
            if sphericalDistance(from: q, toSegment: index) * radii(point.latitude, index).lower - Self.slackMeters <= meters {
                possible = true
                break
            }
        }
        return possible && nearest(to: point).distanceMeters <= meters
    }

    /// The shortest geodesic from `point` to segment `index`, found by the iteration described above.
    private func foot(of point: GeoPoint, q: SIMD3<Double>, onSegment index: Int) -> NearestPoint {
        let line = segments[index]
        let length = line.lengthMeters
        var s = 0.0
        if length > 0 {
            // Start from the sphere's foot, as a fraction of the segment.
            let a = unitVectors[index], b = unitVectors[index + 1]
            let ab = Self.angle(a, b)
            if ab > 0 {
                let n = normals[index]
                let p = q - Self.dot(q, n) * n
                let signed = Self.angle(a, p) * (Self.dot(Self.cross(a, p), n) >= 0 ? 1 : -1)
                s = min(max(signed / ab, 0), 1) * length
            }
            for _ in 0..<30 {
                let position = line.position(atMeters: s)
                let toPoint = geodesic.inverse(from: position.point, to: point)
                if toPoint.distanceMeters == 0 { break }
                let theta = (toPoint.initialAzimuthDegrees - position.azimuthDegrees) * .pi / 180
                let next = min(max(s + toPoint.distanceMeters * cos(theta), 0), length)
                let step = abs(next - s)
                s = next
                if step < 0.001 { break }
            }
        }
        let foot = line.position(atMeters: s).point
        let toFoot = geodesic.inverse(from: point, to: foot)
        return NearestPoint(
            distanceMeters: toFoot.distanceMeters, point: foot, segmentIndex: index,
            azimuthDegrees: toFoot.initialAzimuthDegrees)
    }

    /// The smallest meridional and largest prime-vertical radius of curvature (metres) in the
    /// latitude band of the query latitude and segment `index`, widened by `bandMarginDegrees`.
    private func radii(_ latitude: Double, _ index: Int) -> (lower: Double, upper: Double) {
        let a = polyline.vertices[index].latitude, b = polyline.vertices[index + 1].latitude
        let south = min(latitude, a, b) - Self.bandMarginDegrees
        let north = max(latitude, a, b) + Self.bandMarginDegrees
        let minAbs = (south <= 0 && north >= 0) ? 0 : min(abs(south), abs(north))
        let maxAbs = min(max(abs(south), abs(north)), 90)
        func w(_ degrees: Double) -> Double {
            let s = sin(degrees * .pi / 180)
            return 1 - Self.eccentricitySquared * s * s
        }
        let wMin = w(minAbs), wMax = w(maxAbs)
        let meridional = Self.semiMajorAxisMeters * (1 - Self.eccentricitySquared) / (wMin * wMin.squareRoot())
        let primeVertical = Self.semiMajorAxisMeters / wMax.squareRoot()
        return (meridional, primeVertical)
    }

    /// The angle (radians) from `q` to the great-circle arc of segment `index`.
    private func sphericalDistance(from q: SIMD3<Double>, toSegment index: Int) -> Double {
        let a = unitVectors[index], b = unitVectors[index + 1], n = normals[index]
        let p = q - Self.dot(q, n) * n
        if n != .zero && Self.dot(Self.cross(a, p), n) >= 0 && Self.dot(Self.cross(p, b), n) >= 0 {
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
