import Borderline
import Foundation
import Testing

/// Gazetteer.distanceToBorder against the published reference table
/// (Fixtures/ru_ua_border_distances.tsv, computed with pyproj/PROJ; see Fixtures/README.md).
@Suite("Distances to the border match the published reference table")
struct BorderReferenceDistancesTests {
    struct Reference: Sendable, CustomTestStringConvertible {
        var geonameID: Int
        var name: String
        var point: GeoPoint
        var aeqdKm: Double
        var densifiedKm: Double
        var nearest: GeoPoint
        var testDescription: String { "\(name) (GeoNames \(geonameID))" }
    }

    static func references() throws -> [Reference] {
        let url = try TestPaths.fixture("ru_ua_border_distances.tsv")
        let rows = try TabularText.read(path: url.path, expectedFields: 10)
        #expect(rows.first?.fields.prefix(2) == ["geonameid", "name"])
        return try rows.dropFirst().map { row in
            let f = row.fields
            guard let id = Int(f[0]), let lat = Double(f[4]), let lon = Double(f[5]), let aeqd = Double(f[6]),
                  let densified = Double(f[7]), let nearestLon = Double(f[8]), let nearestLat = Double(f[9])
            else { throw TabularTextError.wrongFieldCount(path: url.path, line: row.line, expected: 10, found: f.count) }
            return Reference(
                geonameID: id, name: f[1], point: GeoPoint(latitude: lat, longitude: lon), aeqdKm: aeqd,
                densifiedKm: densified, nearest: GeoPoint(latitude: nearestLat, longitude: nearestLon))
        }
    }

    @Test("the table holds the ten places of the shared data README")
    func table() throws {
        let references = try Self.references()
        #expect(references.map(\.geonameID) == [578072, 538560, 486816, 571476, 472045, 706483, 495112, 692194, 710735, 703448])
        for reference in references {
            #expect(reference.aeqdKm == reference.densifiedKm, "the two published methods agree to the metre")
        }
    }

    @Test("each distance within 5 m and nearest point within 1e-4 degrees")
    func distances() throws {
        let gazetteer = try GazetteerFixture.gazetteer()
        for reference in try Self.references() {
            // The table's coordinates are the gazetteer's, digit for digit.
            let place = try GazetteerFixture.place(reference.geonameID)
            #expect(place.coordinate == reference.point, "\(reference.testDescription)")

            let answer = gazetteer.distanceToBorder(from: reference.point)
            #expect(abs(answer.distanceKm - reference.aeqdKm) <= 0.005,
                    "\(reference.testDescription): \(answer.distanceKm) km, table \(reference.aeqdKm) km")
            #expect(abs(answer.point.longitude - reference.nearest.longitude) <= 1e-4,
                    "\(reference.testDescription): nearest lon \(answer.point.longitude), table \(reference.nearest.longitude)")
            #expect(abs(answer.point.latitude - reference.nearest.latitude) <= 1e-4,
                    "\(reference.testDescription): nearest lat \(answer.point.latitude), table \(reference.nearest.latitude)")
        }
    }
}
