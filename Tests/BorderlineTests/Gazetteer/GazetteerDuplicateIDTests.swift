import Borderline
import Foundation
import Testing

/// Two entries with one GeoNames id are rejected, naming the second one's line.
@Suite("Gazetteer rejects duplicate GeoNames ids")
struct GazetteerDuplicateIDTests {
    static let border = Polyline(vertices: [
        GeoPoint(latitude: 52.100568, longitude: 31.764345), GeoPoint(latitude: 52.104056, longitude: 31.82584),
    ])!

    static func place(_ id: Int, _ name: String) -> Place {
        Place(geonameID: id, kind: .place, name: name, coordinate: GeoPoint(latitude: 50, longitude: 36),
              countryCode: "RU", countryName: "Russia", admin1Code: "09", admin1Name: "Belgorod Oblast", population: 1)
    }

    @Test("init throws duplicateID with the table line of the second entry")
    func initThrows() {
        let places = [Self.place(1, "A"), Self.place(2, "B"), Self.place(1, "C")]
        // Entry 3 of the table is on line 4, after the header.
        #expect(throws: GazetteerError.duplicateID(path: "test.tsv", line: 4, geonameID: 1)) {
            _ = try Gazetteer(places: places, border: Self.border, source: "test.tsv")
        }
        #expect(throws: Never.self) {
            _ = try Gazetteer(places: Array(places.prefix(2)), border: Self.border)
        }
    }

    @Test("an id is found by place(geonameID:) whether the ids ascend or not, and an absent one is not")
    func lookUpInEitherOrder() throws {
        // Ascending ids are searched in the sorted places; from the first id out of order, a
        // map of positions is made and read instead. Both must answer alike.
        for ids in [[3, 8, 20, 41, 1_000_000], [20, 3, 41, 8, 1_000_000], [3, 8, 20, 1_000_000, 41]] {
            let gazetteer = try Gazetteer(places: ids.map { Self.place($0, "P\($0)") }, border: Self.border)
            for id in ids { #expect(gazetteer.place(geonameID: id)?.name == "P\(id)", "ids \(ids), id \(id)") }
            for absent in [0, 1, 4, 21, 999_999, 1_000_001, -3] {
                #expect(gazetteer.place(geonameID: absent) == nil, "ids \(ids), absent id \(absent)")
            }
        }
    }

    @Test("a repeat after the ids stop ascending is still caught, naming its line")
    func repeatAfterDisorder() {
        // 7 is taken while the ids ascend (no map yet), 3 breaks the order, and the second 7
        // must be found in the map made at that point.
        let places = [Self.place(5, "A"), Self.place(7, "B"), Self.place(3, "C"), Self.place(9, "D"), Self.place(7, "E")]
        #expect(throws: GazetteerError.duplicateID(path: "test.tsv", line: 6, geonameID: 7)) {
            _ = try Gazetteer(places: places, border: Self.border, source: "test.tsv")
        }
        // And a repeat of the id just before, while they ascend.
        #expect(throws: GazetteerError.duplicateID(path: "test.tsv", line: 3, geonameID: 5)) {
            _ = try Gazetteer(places: [Self.place(5, "A"), Self.place(5, "B")], border: Self.border, source: "test.tsv")
        }
    }

    @Test("Gazetteer.load names places.tsv and the physical line, blank lines included")
    func loadThrows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let header = PlaceTable.columns.joined(separator: "\t")
        let row = { (id: Int, name: String) in "\(id)\tplace\t\(name)\t50.6\t36.5\tRU\tRussia\t09\tBelgorod Oblast\t1\t\t" }
        let places = try folder.write("places.tsv", text: "\(header)\n\(row(1, "A"))\n\n\(row(2, "B"))\n\(row(1, "C"))\n")
        try folder.write("border/ru_ua_border.geojson", text: """
            {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[31.764345,52.100568],[31.82584,52.104056]]},"properties":{}}]}
            """)
        #expect(throws: GazetteerError.duplicateID(path: places, line: 5, geonameID: 1)) {
            _ = try Gazetteer.load(directory: folder.path)
        }
    }
}
