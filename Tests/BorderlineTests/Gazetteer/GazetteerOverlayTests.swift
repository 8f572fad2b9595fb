import Borderline
import Foundation
import Testing

/// `--gazetteer` overlays: both formats, errors that name the file and line, and a village the
/// shipped gazetteer lacks becoming resolvable.
@Suite("Gazetteer overlays")
struct GazetteerOverlayTests {
    /// A test-only entry: a village placed 0.1° due south of the gazetteer's Chernihiv (derived
    /// from its coordinate, not typed), with an id far above GeoNames' range.
    static func village(id: Int, name: String) -> (Place, String) {
        let chernihiv = PlaceFixture.gazetteer.place(geonameID: 710735)!
        let place = Place(
            geonameID: id, kind: .place, name: name,
            coordinate: GeoPoint(latitude: chernihiv.coordinate.latitude - 0.1, longitude: chernihiv.coordinate.longitude),
            countryCode: "UA", countryName: "Ukraine", admin1Code: "02", admin1Name: "Chernihiv", population: 0)
        return (place, "\(chernihiv.coordinate.latitude - 0.1)\t\(chernihiv.coordinate.longitude)")
    }

    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("overlay-\(UUID().uuidString).tsv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a places.tsv overlay adds a village and the resolver uses it")
    func placesTable() throws {
        let (_, position) = Self.village(id: 990_000_001, name: "Sloboda")
        let path = try Self.write(PlaceTable.columns.joined(separator: "\t") + "\n"
            + "990000001\tplace\tSloboda\t\(position)\tUA\tUkraine\t02\tChernihiv\t0\t\t\n")
        let base = PlaceFixture.gazetteer
        let contents = try GazetteerOverlay.read(path: path, base: base)
        #expect(contents.format == .placesTable && contents.places.count == 1)
        let gazetteer = try GazetteerOverlay.apply([contents], to: base)
        #expect(gazetteer.places.count == base.places.count + 1)
        let pipeline = MapPipeline(gazetteer: gazetteer)
        let text = "Ukrainian forces retook the village of Sloboda, just south of Chernihiv."
        let result = pipeline.run([Document(id: "t", source: "test", text: text)])
        let sloboda = try #require(result.mentions.first { $0.mention.surface == "Sloboda" })
        let index = try #require(sloboda.placeIndex, "\(sloboda.reason)")
        #expect(gazetteer.places[index].geonameID == 990_000_001)
    }

    @Test("a GeoNames dump row becomes a place; other feature classes are skipped; names are joined")
    func geoNamesDump() throws {
        let (_, position) = Self.village(id: 990_000_002, name: "Testivka")
        let row = ["990000002", "Testivka", "Testivka", "Testiwka,Тестівка", position, "P", "PPL", "UA", "", "02", "", "",
                   "", "0", "", "120", "Europe/Kyiv", "2024-01-01"]
        let river = ["990000003", "Test River", "Test River", "", position, "H", "STM", "UA", "", "02", "", "", "", "0",
                     "", "120", "Europe/Kyiv", "2024-01-01"]
        let path = try Self.write(row.joined(separator: "\t") + "\n" + river.joined(separator: "\t") + "\n")
        let contents = try GazetteerOverlay.read(path: path, base: PlaceFixture.gazetteer)
        #expect(contents.format == .geoNamesDump && contents.skippedRows == 1)
        let place = try #require(contents.places.first)
        #expect(place.admin1Name == "Chernihiv" && place.countryName == "Ukraine" && place.alternateNames.contains("Тестівка"))
    }

    @Test("duplicate ids and malformed rows are errors naming the file and line")
    func errors() throws {
        let header = PlaceTable.columns.joined(separator: "\t") + "\n"
        let row = "990000001\tplace\tSloboda\t51.4\t31.28\tUA\tUkraine\t02\tChernihiv\t0\t\t\n"
        let duplicate = try Self.write(header + row + row)
        #expect(throws: GazetteerError.duplicateID(path: duplicate, line: 3, geonameID: 990_000_001)) {
            try GazetteerOverlay.read(path: duplicate, base: PlaceFixture.gazetteer)
        }
        let wrong = try Self.write("just\tthree\tcolumns\n")
        do {
            _ = try GazetteerOverlay.read(path: wrong, base: PlaceFixture.gazetteer)
            Issue.record("a 3-column file was accepted")
        } catch let error as GazetteerError {
            #expect(error.description.hasPrefix("\(wrong):1: not an overlay"))
        }
    }
}
