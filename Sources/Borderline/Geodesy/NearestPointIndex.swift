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
/// 1. *Pruning.* Positions are mapped to a unit sphere by conformal latitude
///    (`ConformalSphere`), where a spherical angle θ brackets the geodesic distance between the
///    sphere's smallest and largest metres-per-radian in the latitude band the geodesic can
///    reach (0.03 % apart over the border region). Consecutive segments are grouped in runs
///    with a bounding cap each, so a query looks at a few dozen caps and then only at the
///    segments of the runs that can hold the answer. A first run, the one whose cap centre is
///    nearest, gives an upper bound; every segment whose lower bound exceeds it is dropped.
///    These bounds only choose segments; none reaches the answer.
/// 2. *Measuring.* On each remaining segment, smallest lower bound first, the foot of the
///    shortest geodesic is found on PROJ's geodesics (`SegmentFoot`); a segment whose lower bound
///    exceeds the best distance measured so far is skipped. A vertex measured for one segment is
///    reused for its neighbour.
public struct NearestPointIndex: Sendable {
    /// The line searched.
    public let polyline: Polyline
    let geodesic: Geodesic
    let segments: [GeodesicLine]
    /// Azimuth of travel along each segment at its start and at its end, degrees.
    let startAzimuths: [Double]
    let endAzimuths: [Double]
    /// Unit vectors of the vertices on the conformal sphere.
    let unitVectors: [SIMD3<Double>]
    /// Unit normal of each segment's great circle on the conformal sphere (zero when degenerate).
    let normals: [SIMD3<Double>]
    /// The angle between each segment's ends on the conformal sphere (radians), which
    /// `sphericalFraction` divides by: worked out once, not per measured segment.
    let arcAngles: [Double]
    /// Per segment: a cap holding it (see `SegmentCap`).
    private let caps: [SegmentCap]
    /// Per segment: the southernmost and northernmost latitude it reaches (degrees).
    private let souths: [Double]
    private let norths: [Double]
    /// Runs of consecutive segments, each with a cap holding all of them.
    private let runs: [Run]
    /// The latitude range of the whole line (degrees).
    private let lineSouth: Double
    private let lineNorth: Double
    /// A cap holding the whole line on the conformal sphere (centre, angular radius), or a
    /// radius of π when no cap under a quarter turn holds it: `isWithin` rejects points far
    /// beyond it with one dot product, without a search.
    private let lineCentre: SIMD3<Double>
    private let lineRadius: Double

    /// A run of consecutive segments and a spherical cap that holds them.
    private struct Run: Sendable {
        var centre: SIMD3<Double>
        /// The cap's angular radius (radians) and its cosine and sine.
        var radius: Double
        var cosRadius: Double
        var sinRadius: Double
        var segments: Range<Int>
    }

    /// A cap holding one segment: its spherical midpoint, and the largest angle from it to the
    /// segment's ends with that angle's cosine and sine. Kept together, since the search reads
    /// all four for each segment of a run it cannot rule out (one bounds check and one cache
    /// line, where four arrays took four of each).
    private struct SegmentCap: Sendable {
        var midpoint: SIMD3<Double>
        var halfAngle: Double
        var cosHalfAngle: Double
        var sinHalfAngle: Double
    }

    /// A segment that may hold the nearest point, with a lower bound on its distance (metres).
    private struct Candidate {
        var lowerBound: Double
        var index: Int
    }

    /// Slack for rounding in the bounds, in metres.
    private static let slackMeters = 1.0
    /// Slack for rounding in angles compared through their cosines, in radians.
    private static let slackRadians = 1e-7
    /// Segments per run.
    private static let runLength = 16
    /// Candidates kept on the stack; a query with more falls back to an array.
    private static let stackCandidates = 64

    /// Prepares the index over `polyline`, computing each segment's geodesic once.
    public init(polyline: Polyline, geodesic: Geodesic = .wgs84) {
        self.polyline = polyline
        self.geodesic = geodesic
        let vertices = polyline.vertices
        let count = vertices.count - 1
        let segments = zip(vertices, vertices.dropFirst()).map { geodesic.line(from: $0.0, to: $0.1) }
        self.segments = segments
        var startAzimuths: [Double] = [], endAzimuths: [Double] = []
        startAzimuths.reserveCapacity(count)
        endAzimuths.reserveCapacity(count)
        for line in segments {
            startAzimuths.append(line.position(atMeters: 0).azimuthDegrees)
            endAzimuths.append(line.position(atMeters: line.lengthMeters).azimuthDegrees)
        }
        self.startAzimuths = startAzimuths
        self.endAzimuths = endAzimuths
        let units = vertices.map(ConformalSphere.unitVector)
        self.unitVectors = units
        self.normals = zip(units, units.dropFirst()).map { pair in
            let n = Self.cross(pair.0, pair.1)
            let length = (n * n).sum().squareRoot()
            return length > 0 ? n / length : .zero
        }
        self.arcAngles = zip(units, units.dropFirst()).map { Self.angle($0.0, $0.1) }
        var caps: [SegmentCap] = []
        caps.reserveCapacity(count)
        var souths: [Double] = [], norths: [Double] = []
        for index in 0..<count {
            let a = units[index], b = units[index + 1]
            let sum = a + b
            let length = (sum * sum).sum().squareRoot()
            let m = length > 0 ? sum / length : a
            let half = max(Self.angle(m, a), Self.angle(m, b)) * (1 + 1e-9) + 1e-12
            caps.append(SegmentCap(midpoint: m, halfAngle: half, cosHalfAngle: cos(half), sinHalfAngle: sin(half)))
            // The arc between the vertices can bulge poleward of both.
            let south = min(vertices[index].latitude, vertices[index + 1].latitude)
            let north = max(vertices[index].latitude, vertices[index + 1].latitude)
            let top = max(abs(south), abs(north))
            if let bulge = ConformalSphere.bulgeMarginDegrees(angle: Self.angle(a, b), topDegrees: top) {
                souths.append(south - bulge)
                norths.append(north + bulge)
            } else {
                souths.append(-90)
                norths.append(90)
            }
        }
        self.caps = caps
        self.souths = souths
        self.norths = norths
        self.lineSouth = souths.min() ?? -90
        self.lineNorth = norths.max() ?? 90
        var runs: [Run] = []
        var first = 0
        while first < count {
            let end = min(first + Self.runLength, count)
            var sum = SIMD3<Double>.zero
            for vertex in first...end { sum += units[vertex] }
            let length = (sum * sum).sum().squareRoot()
            let centre = length > 0 ? sum / length : units[first]
            var radius = 0.0
            for vertex in first...end { radius = max(radius, Self.angle(centre, units[vertex])) }
            // A cap under a quarter turn is convex, so it holds the arcs between its vertices too.
            radius = radius < .pi / 2 * 0.99 ? radius * (1 + 1e-9) + 1e-12 : .pi
            runs.append(Run(centre: centre, radius: radius, cosRadius: cos(radius), sinRadius: sin(radius), segments: first..<end))
            first = end
        }
        self.runs = runs
        (self.lineCentre, self.lineRadius) = Self.cap(holding: units)
    }

    /// A cap holding `units` (their normalised mean as centre, the farthest
    /// vertex as radius), widened for rounding; a radius of π when it is not under a quarter
    /// turn, where a cap is no longer convex and need not hold the arcs between its vertices.
    private static func cap(holding units: [SIMD3<Double>]) -> (centre: SIMD3<Double>, radius: Double) {
        var sum = SIMD3<Double>.zero
        for unit in units { sum += unit }
        let length = (sum * sum).sum().squareRoot()
        guard length > 0 else { return (.zero, .pi) }
        let centre = sum / length
        var radius = 0.0
        for unit in units { radius = max(radius, angle(centre, unit)) }
        return radius < .pi / 2 * 0.99 ? (centre, radius * (1 + 1e-9) + 1e-12) : (centre, .pi)
    }

    /// The nearest point of the line to `point`, with the geodesic distance to it.
    public func nearest(to point: GeoPoint) -> NearestPoint {
        search(point, q: ConformalSphere.unitVector(point), within: nil).nearest!
    }

    /// Whether the line passes within `meters` of `point` (geodesic distance), deciding from the
    /// pruning bounds alone when they suffice, and otherwise measuring only until the answer is
    /// certain either way.
    public func isWithin(_ meters: Double, of point: GeoPoint) -> Bool {
        let q = ConformalSphere.unitVector(point)
        if isBeyondLineCap(q, meters: meters) { return false }
        return search(point, q: q, within: meters).isWithin
    }

    /// `isWithin` by the search alone, without the cap test (for tests that compare the two).
    func isWithinBySearch(_ meters: Double, of point: GeoPoint) -> Bool {
        search(point, q: ConformalSphere.unitVector(point), within: meters).isWithin
    }

    /// Whether `q` lies so far beyond the cap holding the whole line that no point of the line
    /// can be within `meters` of it: then `search` answers no as well (it says yes only on a
    /// segment within `meters` by its bounds or by a measured distance), and most places of a
    /// world gazetteer are decided by one dot product and a cosine instead of a search.
    ///
    /// The reach in angle takes the smallest metres-per-radian anywhere (the poles'), less a
    /// millionth, and the angle 10⁻³ rad (6 km) more, far beyond rounding and beyond how far a
    /// geodesic segment strays from its great-circle arc on the conformal sphere.
    private func isBeyondLineCap(_ q: SIMD3<Double>, meters: Double) -> Bool {
        let reach = (meters + 2 * Self.slackMeters) / (ConformalSphere.poleRadiusMeters * (1 - 1e-6)) + 1e-3
        let bound = lineRadius + reach
        guard bound < .pi / 2 else { return false }
        return Self.dot(q, lineCentre) < cos(bound)
    }

    /// The nearest point, or, given a `limit`, just whether the line comes within it.
    private func search(_ point: GeoPoint, q: SIMD3<Double>, within limit: Double?) -> (nearest: NearestPoint?, isWithin: Bool) {
        let latitude = point.latitude
        // A first upper bound, from the run whose cap centre is nearest.
        var nearestRun = 0, bestDot = -Double.infinity
        for index in runs.indices {
            let d = Self.dot(q, runs[index].centre)
            if d > bestDot { bestDot = d; nearestRun = index }
        }
        var firstSegment = runs[nearestRun].segments.lowerBound
        bestDot = -Double.infinity
        for index in runs[nearestRun].segments {
            let d = Self.dot(q, caps[index].midpoint)
            if d > bestDot { bestDot = d; firstSegment = index }
        }
        let firstAngle = sphericalDistance(from: q, toSegment: firstSegment)
        // Every candidate lies within this angle, and so does every geodesic that can matter.
        let reachBound = limit.map { ($0 + 2 * Self.slackMeters) / ConformalSphere.poleRadiusMeters }
            ?? (firstAngle * 1.004 + 1e-6)
        let top = max(abs(latitude), abs(lineSouth), abs(lineNorth))
        let margin = ConformalSphere.bulgeMarginDegrees(angle: reachBound, topDegrees: top)
        func radii(_ index: Int) -> (lower: Double, upper: Double) {
            guard let margin else { return ConformalSphere.radii(south: -90, north: 90) }
            return ConformalSphere.radii(south: min(latitude, souths[index]) - margin, north: max(latitude, norths[index]) + margin)
        }
        var upperBound = firstAngle * radii(firstSegment).upper + Self.slackMeters
        if let limit, upperBound <= limit { return (nil, true) }
        let lineLower = margin.map {
            ConformalSphere.radii(south: min(latitude, lineSouth) - $0, north: max(latitude, lineNorth) + $0).lower
        } ?? ConformalSphere.poleRadiusMeters
        let reachMeters = limit ?? upperBound
        let reach = (reachMeters + Self.slackMeters) / (lineLower * (1 - 1e-9)) + Self.slackRadians
        let cosReach = cos(reach), sinReach = sin(reach)

        return withUnsafeTemporaryAllocation(of: Candidate.self, capacity: Self.stackCandidates) { stack in
            var count = 0
            var overflow: [Candidate] = []
            for run in runs {
                if run.radius + reach < .pi && Self.dot(q, run.centre) < cosReach * run.cosRadius - sinReach * run.sinRadius {
                    continue
                }
                for index in run.segments {
                    let cap = caps[index]
                    if cap.halfAngle + reach < .pi
                        && Self.dot(q, cap.midpoint) < cosReach * cap.cosHalfAngle - sinReach * cap.sinHalfAngle {
                        continue
                    }
                    // The first segment's angle is known already (the same function of the same values).
                    let angle = index == firstSegment ? firstAngle : sphericalDistance(from: q, toSegment: index)
                    let bracket = radii(index)
                    let lowerBound = angle * bracket.lower - Self.slackMeters
                    if lowerBound > (limit ?? upperBound) { continue }
                    if limit == nil { upperBound = min(upperBound, angle * bracket.upper + Self.slackMeters) }
                    if let limit, angle * bracket.upper + Self.slackMeters <= limit { return (nil, true) }
                    let candidate = Candidate(lowerBound: lowerBound, index: index)
                    if count < stack.count { stack[count] = candidate } else { overflow.append(candidate) }
                    count += 1
                }
            }
            if count > stack.count {
                overflow.insert(contentsOf: stack, at: 0)
                return overflow.withUnsafeMutableBufferPointer { measure(point, q: q, candidates: $0, limit: limit) }
            }
            return measure(point, q: q, candidates: UnsafeMutableBufferPointer(rebasing: stack[0..<count]), limit: limit)
        }
    }

    /// Measures the candidates, smallest lower bound first, until none left can beat the best.
    private func measure(
        _ point: GeoPoint, q: SIMD3<Double>, candidates: UnsafeMutableBufferPointer<Candidate>, limit: Double?
    ) -> (nearest: NearestPoint?, isWithin: Bool) {
        // Insertion sort: there are seldom more than a handful.
        for i in candidates.indices.dropFirst() {
            let item = candidates[i]
            var j = i
            while j > 0 && (candidates[j - 1].lowerBound > item.lowerBound
                || (candidates[j - 1].lowerBound == item.lowerBound && candidates[j - 1].index > item.index)) {
                candidates[j] = candidates[j - 1]
                j -= 1
            }
            candidates[j] = item
        }
        var memo = SegmentFoot.VertexMemo()
        var best: NearestPoint?
        for candidate in candidates {
            if let best, candidate.lowerBound > best.distanceMeters { break }
            if let limit, candidate.lowerBound > limit { break }
            let measured = SegmentFoot.search(index: self, point: point, q: q, segment: candidate.index, limit: limit, memo: &memo)
            if let limit {
                // Measured points lie on the line, so one within the limit decides; otherwise
                // every candidate is measured or bounded beyond it.
                if measured.nearest.distanceMeters <= limit { return (nil, true) }
                continue
            }
            if best == nil || measured.nearest.distanceMeters < best!.distanceMeters
                || (measured.nearest.distanceMeters == best!.distanceMeters && measured.nearest.segmentIndex < best!.segmentIndex) {
                best = measured.nearest
            }
        }
        return (best, false)
    }

    /// Where the sphere puts the foot of `q` on segment `index`, as a fraction of its length.
    func sphericalFraction(of q: SIMD3<Double>, onSegment index: Int) -> Double {
        let a = unitVectors[index]
        let ab = arcAngles[index]
        guard ab > 0 else { return 0 }
        let n = normals[index]
        let p = q - Self.dot(q, n) * n
        let signed = Self.angle(a, p) * (Self.dot(Self.cross(a, p), n) >= 0 ? 1 : -1)
        return min(max(signed / ab, 0), 1)
    }

    /// The angle (radians) from `q` to the great-circle arc of segment `index`.
    ///
    /// Off the arc, the nearer end is chosen by the squared chords |q − a|² and |q − b|² (the
    /// angle grows with the chord, and a difference of nearby unit vectors keeps its relative
    /// precision, unlike 1 − cos), and only its angle is taken: one `atan2` rather than two.
    /// Where the chords are equal to rounding, either end's angle is the smaller to within a
    /// few ulps, far inside the metre of slack every bound drawn from it carries; and it is
    /// always the angle to a point of the segment, so an upper bound drawn from it holds.
    private func sphericalDistance(from q: SIMD3<Double>, toSegment index: Int) -> Double {
        let a = unitVectors[index], b = unitVectors[index + 1], n = normals[index]
        let p = q - Self.dot(q, n) * n
        if n != .zero && Self.dot(Self.cross(a, p), n) >= 0 && Self.dot(Self.cross(p, b), n) >= 0 {
            return asin(min(abs(Self.dot(q, n)), 1))
        }
        let toA = q - a, toB = q - b
        return Self.angle(q, Self.dot(toA, toA) <= Self.dot(toB, toB) ? a : b)
    }

    static func cross(_ u: SIMD3<Double>, _ v: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3(u.y * v.z - u.z * v.y, u.z * v.x - u.x * v.z, u.x * v.y - u.y * v.x)
    }

    static func dot(_ u: SIMD3<Double>, _ v: SIMD3<Double>) -> Double { (u * v).sum() }

    static func angle(_ u: SIMD3<Double>, _ v: SIMD3<Double>) -> Double {
        let c = cross(u, v)
        return atan2((c * c).sum().squareRoot(), dot(u, v))
    }
}
