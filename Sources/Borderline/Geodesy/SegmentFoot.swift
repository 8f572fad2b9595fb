import Foundation

/// The foot of the shortest geodesic from a point to one segment of a `NearestPointIndex`, found
/// on PROJ's geodesics with a rigorous stopping rule.
///
/// Let f(s) be the geodesic distance from the query point P to the point at distance s along the
/// segment. One PROJ inverse from P to that point gives f(s) and, from the azimuths, the slope
/// f′(s) = cos(travel azimuth of P→X at X − azimuth of the segment at X) (the first variation of
/// arc length). Within π·b/2 of P (b the semi-minor axis; 9,985 km) the distance from P is a
/// convex function along any geodesic, because WGS84's Gaussian curvature never exceeds 1/b²;
/// the Hessian comparison theorem then gives f″ ≥ cot(f/b)/b · (1 − f′²). Hence, from one
/// sample (f₀, g₀ = f′(s₀)):
/// - at an end of the segment with the slope pointing into it (s₀ = 0 with g₀ ≥ 0, or s₀ = L
///   with g₀ ≤ 0), that end is the exact minimum;
/// - otherwise, between s₀ and the minimum s*, |f′| ≤ |g₀| and f ≤ f₀, so f″ ≥ h =
///   cot(f₀/b)/b·(1 − g₀²), whence |s* − s₀| ≤ |g₀|/h and f₀ − f(s*) ≤ g₀²/h (also never more
///   than |g₀| times the room left on the segment).
/// The next sample is the step the sphere would take, s₀ + atan(tan(f₀/R)·cos θ)·R with
/// cos θ = −g₀, which the ellipsoid follows closely, so a foot inside the segment takes two or
/// three samples and a foot at a vertex one (shared with the neighbouring segment). The search
/// stops once the foot is certainly within `toleranceMeters` of the sample, which then is also
/// within that of the shortest distance. Beyond the convex reach (a point on the other side of
/// the Earth) the iteration runs until its step is under a millimetre, without a bound.
enum SegmentFoot {
    /// How close (metres, along the segment) the reported foot is certain to be to the true one.
    static let toleranceMeters = 0.000_01
    /// Allowance for PROJ's own error (nanometres) in the samples a lower bound is drawn from.
    static let numericalSlackMeters = 1e-6
    /// WGS84's semi-minor axis b: the curvature is at most 1/b².
    static let semiMinorAxisMeters = 6_356_752.314_245
    /// Distances (metres) up to which the convexity bound is used: under π·b/2 with room to spare.
    static let convexReachMeters = 9_000_000.0
    /// Radius of the sphere that proposes the next sample; it only guides the search.
    static let guideRadiusMeters = 6_371_000.0

    /// What the search found on one segment.
    struct Result {
        /// The sample nearest to the query point.
        var nearest: NearestPoint
        /// A rigorous lower bound on the segment's distance to the point (−∞ when none is known).
        var lowerBound: Double
    }

    /// The last vertices measured for one query, so neighbouring segments share them.
    struct VertexMemo {
        private var first: (vertex: Int, inverse: GeodesicInverse)?
        private var second: (vertex: Int, inverse: GeodesicInverse)?

        init() {}

        mutating func inverse(_ vertex: Int, _ compute: () -> GeodesicInverse) -> GeodesicInverse {
            if let first, first.vertex == vertex { return first.inverse }
            if let second, second.vertex == vertex { return second.inverse }
            let value = compute()
            first = second
            second = (vertex, value)
            return value
        }
    }

    /// One sample along the segment.
    private struct Sample {
        var s: Double
        var point: GeoPoint
        var inverse: GeodesicInverse
        var slope: Double
    }

    /// Searches segment `segment` of `index` for the point nearest to `point` (`q` on the
    /// conformal sphere). With a `limit`,
    /// stops as soon as a sample is within it or the lower bound is beyond it.
    static func search(
        index: NearestPointIndex, point: GeoPoint, q: SIMD3<Double>, segment: Int, limit: Double?, memo: inout VertexMemo
    ) -> Result {
        let line = index.segments[segment]
        let length = line.lengthMeters

        func sample(at s: Double) -> Sample {
            let position: GeoPoint, travel: Double, inverse: GeodesicInverse
            if s <= 0 || length <= 0 {
                position = index.polyline.vertices[segment]
                travel = index.startAzimuths[segment]
                inverse = memo.inverse(segment) { index.geodesic.inverse(from: point, to: position) }
            } else if s >= length {
                position = index.polyline.vertices[segment + 1]
                travel = index.endAzimuths[segment]
                inverse = memo.inverse(segment + 1) { index.geodesic.inverse(from: point, to: position) }
            } else {
                let along = line.position(atMeters: s)
                position = along.point
                travel = along.azimuthDegrees
                inverse = index.geodesic.inverse(from: point, to: position)
            }
            let slope = cos((inverse.finalAzimuthDegrees - travel) * .pi / 180)
            return Sample(s: s, point: position, inverse: inverse, slope: min(max(slope, -1), 1))
        }

        var s = 0.0
        if length > 0 {
            s = index.sphericalFraction(of: q, onSegment: segment) * length
            if s > 0 && s < length {
                // Snap to a vertex within the tolerance, so the vertex is measured once for both segments.
                if s < toleranceMeters { s = 0 } else if length - s < toleranceMeters { s = length }
            }
        }
        var best: Sample?
        var lowerBound = -Double.infinity
        var finalSample = false
        for _ in 0..<30 {
            let current = sample(at: s)
            if best == nil || current.inverse.distanceMeters < best!.inverse.distanceMeters { best = current }
            let f = current.inverse.distanceMeters, g = current.slope
            if f == 0 || length <= 0 { lowerBound = f; break }
            let step = guideRadiusMeters * atan(tan(min(f / guideRadiusMeters, 1.5)) * -g)
            let next = min(max(s + step, 0), length)
            if f + length < convexReachMeters {
                var footBound = 0.0
                if !((s <= 0 && g >= 0) || (s >= length && g <= 0)) {
                    let room = g < 0 ? length - s : s
                    let x = f / semiMinorAxisMeters
                    let curvature = (1 - g * g) * cos(x) / (sin(x) * semiMinorAxisMeters)
                    footBound = curvature > 0 ? min(room, abs(g) / curvature) : room
                }
                lowerBound = max(lowerBound, f - abs(g) * footBound - numericalSlackMeters)
                if let limit, best!.inverse.distanceMeters <= limit || lowerBound > limit { break }
                if footBound <= toleranceMeters || next == s { break }
            } else {
                // Beyond the convex reach, as the iteration always did: until the step is under a
                // millimetre, then one last sample there.
                if finalSample || next == s { break }
                finalSample = abs(next - s) < 0.001
            }
            s = next
        }
        let found = best!
        return Result(
            nearest: NearestPoint(
                distanceMeters: found.inverse.distanceMeters, point: found.point, segmentIndex: segment,
                azimuthDegrees: found.inverse.initialAzimuthDegrees),
            lowerBound: lowerBound)
    }
}
