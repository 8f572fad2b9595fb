@testable import Borderline
import Foundation
import Testing

/// `PlaceTable.parse(_:path:)` reads a valid table in place from its bytes; it must give exactly
/// the places of the row-by-row reading (`TabularText` rows, then `PlaceTable.place(_:path:)`).
@Suite("PlaceTable reads places in place, as the row-by-row path does")
struct PlaceTableInPlaceTests {
    static let header = PlaceTable.columns.joined(separator: "\t")

    static func rowByRow(_ data: Data) throws -> [Place] {
        try PlaceTable.parse(TabularText.parse(data, path: "t.tsv"), path: "t.tsv")
    }

    @Test("the shipped places.tsv: every place equal, coordinates to the bit")
    func shippedTable() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.places))
        let inPlace = try PlaceTable.parse(data, path: "t.tsv")
        let rows = try Self.rowByRow(data)
        #expect(inPlace.count == rows.count && inPlace.count > 40_000)
        #expect(inPlace == rows)
        #expect(inPlace.map(\.coordinate.latitude.bitPattern) == rows.map(\.coordinate.latitude.bitPattern))
        #expect(inPlace.map(\.coordinate.longitude.bitPattern) == rows.map(\.coordinate.longitude.bitPattern))
    }

    @Test("numbers, codes and alternate names the fast reading leaves to the row path")
    func unusualRows() throws {
        func row(_ id: String, lat: String, lon: String, code: String = "RU", population: String = "5", names: String) -> String {
            "\(id)\tplace\tX\(id)\t\(lat)\t\(lon)\t\(code)\tRussia\t09\tBelgorod Oblast\t\(population)\t\t\(names)"
        }
        let rows = [
            row("1", lat: "50.60343", lon: "36.58091", names: "Belgarad,Белгород,,Bielgorod,"),
            // A comma before a combining acute is no Character of its own: the names stay joined.
            row("2", lat: "-0", lon: "5.", names: "Kharkiv,\u{301}Kharkov,Харків"),
            row("3", lat: "050.500", lon: "+36.5", population: "007", names: ",Sumy,Суми,\u{0904}x"),
            row("+4", lat: "1e1", lon: "36.123456789012345678", names: "Ñandú,Ελλάδα,日本,a\u{0600},b"),
            row("5", lat: ".5", lon: "-179.99999999999999", names: "Київ,Kyiv"),
        ]
        let data = Data((([Self.header] + rows).joined(separator: "\n") + "\n").utf8)
        let places = try PlaceTable.parse(data, path: "t.tsv")
        #expect(places == (try Self.rowByRow(data)))
        #expect(places.map(\.geonameID) == [1, 2, 3, 4, 5])
        #expect(places[0].alternateNames == ["Belgarad", "Белгород", "Bielgorod"])
        #expect(places[1].alternateNames == ["Kharkiv,\u{301}Kharkov", "Харків"])
        #expect(places[1].coordinate.latitude.sign == .minus && places[1].coordinate.longitude == 5)
        #expect(places[2].coordinate.latitude == 50.5 && places[2].population == 7)
        #expect(places[2].alternateNames == ["Sumy", "Суми", "\u{0904}x"])
        // U+0600 is a Prepend scalar: the comma after it joins it.
        #expect(places[3].coordinate.latitude == 10 && places[3].alternateNames == ["Ñandú", "Ελλάδα", "日本", "a\u{0600},b"])
        #expect(places[4].coordinate.latitude == 0.5 && places[4].alternateNames == ["Київ", "Kyiv"])
    }

    @Test("a bad row found by the fast reading gives the row path's error")
    func errors() throws {
        let good = "1\tplace\tA\t50.5\t36.5\tRU\tRussia\t09\tBelgorod Oblast\t5\t\t"
        let bad = "2\tplace\tB\t50.5\t36.5\tru\tRussia\t09\tBelgorod Oblast\t5\t\t"
        let data = Data("\(Self.header)\n\(good)\n\n\(bad)\n".utf8)
        #expect(throws: GazetteerError.corruptRow(path: "t.tsv", line: 4, reason: "country_code 'ru' is not an ISO 3166-1 alpha-2 code")) {
            _ = try PlaceTable.parse(data, path: "t.tsv")
        }
        let twice = Data("\(Self.header)\n\(good)\n\(good)\n".utf8)
        #expect(throws: GazetteerError.duplicateID(path: "t.tsv", line: 3, geonameID: 1)) {
            _ = try PlaceTable.parse(twice, path: "t.tsv")
        }
    }
}
