import Borderline
import Testing

/// The border-distance index against an independent brute force: every segment of the committed
/// border densified to ≤ 10 m along its PROJ geodesic, and the minimum inverse-geodesic distance
/// taken over all ~150,000 points.
///
/// The index finds the exact foot on the geodesic segment, so its distance can only be smaller
/// than the brute force's, and by no more than what a 10 m spacing allows (≤ 5 m on the line,
/// millimetres at kilometres off it).
@Suite("NearestPointIndex agrees with a 10 m brute force over the committed border")
struct NearestPointIndexBruteForceTests {
    /// A point to measure from.
    enum Probe: CustomTestStringConvertible, Sendable {
        /// A gazetteer entry, by GeoNames id, measured from its gazetteer coordinates.
        case gazetteer(String, geonameID: Int)
        /// A fixed position (latitude, longitude in degrees).
        case position(String, latitude: Double, longitude: Double)
        /// Exactly on vertex `index` of the border.
        case vertex(Int)
        /// `meters` off the midpoint of segment `index`, at right angles to it.
        case besideSegment(Int, meters: Double)

        var testDescription: String {
            switch self {
            case let .gazetteer(name, id): return "\(name) (GeoNames \(id))"
            case let .position(name, lat, lon): return "\(name) (\(lat), \(lon))"
            case let .vertex(index): return "border vertex \(index)"
            case let .besideSegment(index, meters): return "\(meters) m beside the middle of segment \(index)"
            }
        }

        func point(on line: Polyline) throws -> GeoPoint {
            switch self {
            case let .gazetteer(_, id): return try GazetteerFixture.place(id).coordinate
            case let .position(_, lat, lon): return GeoPoint(latitude: lat, longitude: lon)
            case let .vertex(index): return line.vertices[index]
            case let .besideSegment(index, meters):
                let segment = Geodesic.wgs84.line(from: line.vertices[index], to: line.vertices[index + 1])
                let middle = segment.position(atMeters: segment.lengthMeters / 2)
                if meters == 0 { return middle.point }
                return Geodesic.wgs84.direct(
                    from: middle.point, azimuthDegrees: middle.azimuthDegrees + 90, distanceMeters: meters
                ).point
            }
        }
    }

    static let probes: [Probe] = [
        .gazetteer("Belgorod", geonameID: 578072),
        .gazetteer("Kursk", geonameID: 538560),
        .gazetteer("Sudzha", geonameID: 486816),
        .gazetteer("Bryansk", geonameID: 571476),
        .gazetteer("Voronezh", geonameID: 472045),
        .gazetteer("Kharkiv", geonameID: 706483),
        .gazetteer("Moscow", geonameID: 524901),
        // Far beyond the south-eastern end (Taganrog Bay): the answer is the line's last vertex.
        .position("Sea of Azov", latitude: 46.3, longitude: 36.8),
        // West of the Belarus tripoint: the answer is the line's first vertex.
        .position("Gomel region, Belarus", latitude: 52.42, longitude: 31.0),
        .vertex(0),
        .vertex(287),
        .besideSegment(123, meters: 0),
        .besideSegment(400, meters: 50),
        .besideSegment(250, meters: 2_000),
    ]

    @Test("distance and nearest point match the brute force", arguments: probes)
    func matchesBruteForce(_ probe: Probe) throws {
        let gazetteer = try GazetteerFixture.gazetteer()
        let line = try BorderFixture.line()
        let point = try probe.point(on: line)

        let answer = gazetteer.distanceToBorder(from: point)
        let brute = BorderFixture.bruteForceNearest(to: point)

        // The index is exact, the brute force samples the line: never worse, and close.
        #expect(answer.distanceMeters <= brute.distanceMeters + 0.001)
        #expect(brute.distanceMeters - answer.distanceMeters < 10, "expected < 1 m away from the line, at most 5 m on it")
        let tolerance = brute.distanceMeters > 100 ? 1.0 : 5.0
        #expect(brute.distanceMeters - answer.distanceMeters < tolerance)

        let between = Geodesic.wgs84.distanceMeters(from: answer.point, to: brute.point)
        #expect(between < 20, "nearest points \(answer.point) and \(brute.point) are \(between) m apart")

        // The reported point is where the reported distance goes, and lies on the reported segment.
        let check = Geodesic.wgs84.inverse(from: point, to: answer.point)
        #expect(abs(check.distanceMeters - answer.distanceMeters) < 1e-6)
        if answer.distanceMeters > 1 {
            #expect(abs(Self.angleDifference(check.initialAzimuthDegrees, answer.azimuthDegrees)) < 1e-6)
        }
        #expect(answer.segmentIndex >= 0 && answer.segmentIndex < line.vertices.count - 1)
        let segment = Geodesic.wgs84.line(
            from: line.vertices[answer.segmentIndex], to: line.vertices[answer.segmentIndex + 1])
        let alongStart = Geodesic.wgs84.distanceMeters(from: segment.start, to: answer.point)
        let onSegment = segment.position(atMeters: min(alongStart, segment.lengthMeters)).point
        #expect(Geodesic.wgs84.distanceMeters(from: onSegment, to: answer.point) < 0.01)

        // The index built directly on the loaded border gives the same answer as the gazetteer's.
        #expect(try BorderFixture.index().nearest(to: point) == answer)
    }

    @Test("points on the line are at distance zero; a point 50 m beside it is 50 m away")
    func knownDistances() throws {
        let gazetteer = try GazetteerFixture.gazetteer()
        let line = try BorderFixture.line()
        for probe in [Probe.vertex(0), .vertex(287), .vertex(line.vertices.count - 1), .besideSegment(123, meters: 0)] {
            let answer = gazetteer.distanceToBorder(from: try probe.point(on: line))
            #expect(answer.distanceMeters < 0.001, "\(probe.testDescription)")
        }
        let beside = gazetteer.distanceToBorder(from: try Probe.besideSegment(400, meters: 50).point(on: line))
        #expect(abs(beside.distanceMeters - 50) < 0.01)
        #expect(beside.segmentIndex == 400)
    }

    @Test("beyond either end of the line, the nearest point is that end")
    func ends() throws {
        let gazetteer = try GazetteerFixture.gazetteer()
        let line = try BorderFixture.line()
        let azov = gazetteer.distanceToBorder(from: GeoPoint(latitude: 46.3, longitude: 36.8))
        #expect(Geodesic.wgs84.distanceMeters(from: azov.point, to: line.vertices.last!) < 0.01)
        let belarus = gazetteer.distanceToBorder(from: GeoPoint(latitude: 52.42, longitude: 31.0))
        #expect(Geodesic.wgs84.distanceMeters(from: belarus.point, to: line.vertices.first!) < 0.01)
    }

    @Test("the brute force itself is dense: no two consecutive points more than 10 m apart")
    func densification() throws {
        let points = BorderFixture.densified
        #expect(points.count > 150_000)
        var largest = 0.0
        for (a, b) in zip(points, points.dropFirst()) {
            largest = max(largest, Geodesic.wgs84.distanceMeters(from: a.point, to: b.point))
        }
        #expect(largest <= BorderFixture.maximumSpacingMeters + 1e-6)
    }

    static func angleDifference(_ a: Double, _ b: Double) -> Double {
        var d = (a - b).truncatingRemainder(dividingBy: 360)
        if d > 180 { d -= 360 }
        if d < -180 { d += 360 }
        return d
    }
}

/// isWithin must agree exactly with the distance `nearest` reports, on either side of it.
@Suite("NearestPointIndex.isWithin agrees with nearest(to:) at the limit")
struct NearestPointIndexWithinTests {
    @Test("within the measured distance, not within a hair less")
    func agreesAtTheLimit() throws {
        let index = try BorderFixture.index()
        let line = try BorderFixture.line()
        var points: [GeoPoint] = [GeoPoint(latitude: 46.3, longitude: 36.8), GeoPoint(latitude: -33.9, longitude: 151.2)]
        for segment in stride(from: 0, to: line.vertices.count - 1, by: 37) {
            let geodesic = Geodesic.wgs84.line(from: line.vertices[segment], to: line.vertices[segment + 1])
            let middle = geodesic.position(atMeters: geodesic.lengthMeters * 0.4)
            for offset in [0.0, 3, 800, 25_000, -140_000] {
                points.append(Geodesic.wgs84.direct(
                    from: middle.point, azimuthDegrees: middle.azimuthDegrees + 90, distanceMeters: offset).point)
            }
            points.append(line.vertices[segment])
        }
        for point in points {
            let distance = index.nearest(to: point).distanceMeters
            #expect(index.isWithin(distance, of: point), "\(point)")
            if distance > 0 { #expect(!index.isWithin(distance * (1 - 1e-9), of: point), "\(point)") }
            #expect(index.isWithin(50_000, of: point) == (distance <= 50_000), "\(point)")
        }
    }
}
