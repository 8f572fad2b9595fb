import Borderline
import Foundation

/// The committed Russia–Ukraine border and an independent, brute-force view of it, built once and
/// shared by every test that needs them.
enum BorderFixture {
    /// The border as the tool loads it (a failure is reported by the test that asks for it).
    static let loaded = Result { try Gazetteer.loadBorder(path: TestPaths.border) }

    /// The border; throws what `Gazetteer.loadBorder` threw.
    static func line() throws -> Polyline { try loaded.get() }

    /// The index under test.
    static func index() throws -> NearestPointIndex { try indexResult.get() }
    private static let indexResult = loaded.map { NearestPointIndex(polyline: $0) }

    /// Largest spacing, in metres, between consecutive points of `densified`.
    static let maximumSpacingMeters = 10.0

    /// Every segment of the border split into equal steps of at most 10 m along its PROJ geodesic
    /// (`GeodesicLine.position(atMeters:)`), both ends included: about 150,000 points on the
    /// line, each with the segment it lies on.
    static let densified: [(point: GeoPoint, segment: Int)] = {
        guard let vertices = try? loaded.get().vertices else { return [] }
        var points: [(point: GeoPoint, segment: Int)] = []
        points.reserveCapacity(160_000)
        for segment in 0..<(vertices.count - 1) {
            let geodesicLine = Geodesic.wgs84.line(from: vertices[segment], to: vertices[segment + 1])
            let steps = max(1, Int((geodesicLine.lengthMeters / maximumSpacingMeters).rounded(.up)))
            let step = geodesicLine.lengthMeters / Double(steps)
            for k in 0..<steps {
                points.append((geodesicLine.position(atMeters: Double(k) * step).point, segment))
            }
        }
        points.append((vertices[vertices.count - 1], vertices.count - 2))
        return points
    }()

    /// The nearest densified point to `point`: the minimum of PROJ's inverse geodesic distance
    /// over all of them. No pruning and no iteration; nothing is shared with the index but PROJ.
    static func bruteForceNearest(to point: GeoPoint) -> (distanceMeters: Double, point: GeoPoint, segment: Int) {
        var best = (distanceMeters: Double.infinity, point: point, segment: -1)
        for candidate in densified {
            let d = Geodesic.wgs84.distanceMeters(from: point, to: candidate.point)
            if d < best.distanceMeters { best = (d, candidate.point, candidate.segment) }
        }
        return best
    }
}

/// The committed gazetteer (gazetteer/places.tsv and the border), loaded once with `Gazetteer.load`.
enum GazetteerFixture {
    static let loaded = Result { try Gazetteer.load(directory: TestPaths.gazetteer) }

    static func gazetteer() throws -> Gazetteer { try loaded.get() }

    /// The entry with GeoNames id `id`; throws when the gazetteer cannot be loaded or has no such id.
    static func place(_ id: Int) throws -> Place {
        guard let place = try gazetteer().place(geonameID: id) else { throw Missing(geonameID: id) }
        return place
    }

    struct Missing: Error, CustomStringConvertible {
        let geonameID: Int
        var description: String { "GeoNames id \(geonameID) is not in gazetteer/places.tsv" }
    }
}
