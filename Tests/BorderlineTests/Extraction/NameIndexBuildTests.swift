@testable import Borderline
import Foundation
import Testing

/// What `NameIndex.init(gazetteer:)` builds from a small gazetteer: the entries, their places
/// and main-name flags, the "St"/"Saint" variants, and the admin1 regions of region phrases.
@Suite("NameIndex build")
struct NameIndexBuildTests {
    static let border = Polyline(vertices: [
        GeoPoint(latitude: 52.100568, longitude: 31.764345), GeoPoint(latitude: 52.104056, longitude: 31.82584),
    ])!

    static func place(
        _ id: Int, _ kind: PlaceKind, _ name: String, admin1: String = "41", pointRule: String = "", _ alternates: [String] = []
    ) -> Place {
        Place(geonameID: id, kind: kind, name: name, coordinate: GeoPoint(latitude: 51.7, longitude: 36.2),
              countryCode: "RU", countryName: "Russia", admin1Code: admin1, admin1Name: "Kursk Oblast",
              population: 400_000, pointRule: pointRule, alternateNames: alternates)
    }

    static let places = [
        place(10, .place, "Saint Petersburg", admin1: "66", ["St Petersburg", "Sankt-Peterburg", "Санкт-Петербург"]),
        place(20, .place, "Kursk", ["Kursk", "Курск"]),
        place(30, .admin1, "Kursk Oblast", pointRule: "naturalearth_admin1_capital:20", ["Kurskaya Oblast'"]),
        place(40, .place, "Kursk", admin1: "09"),
        place(50, .place, "Oboyan", ["Обоянь"]),
    ]

    /// The entry whose words are `words` (folded), when indexed.
    static func entry(_ index: NameIndex, _ words: [String]) -> Int? {
        let ids = words.map { index.vocabulary.id(of: $0.unicodeScalars.map(\.value)) }
        guard let first = ids.first ?? nil, !ids.contains(nil) else { return nil }
        return index.entries(startingWith: first).first { Array(index.tokens(ofEntry: $0)) == ids.map { $0! } }
    }

    @Test("entries, places, main names and St/Saint variants")
    func entries() throws {
        let index = NameIndex(gazetteer: try Gazetteer(places: Self.places, border: Self.border))
        // saint petersburg, st petersburg, sankt peterburg, санкт петербург, kursk, курск,
        // kursk oblast, kurskaya oblast, oboyan, обоянь.
        #expect(index.nameCount == 10)
        let saint = try #require(Self.entry(index, ["saint", "petersburg"]))
        let st = try #require(Self.entry(index, ["st", "petersburg"]))
        #expect(index.places(ofEntry: saint) == [0] && index.places(ofEntry: st) == [0])
        #expect(index.placesAndMainNames(index.placeRef(ofEntry: saint)).mainNames.contains(0) == true)
        #expect(index.placesAndMainNames(index.placeRef(ofEntry: st)).mainNames.contains(0) == false)
        // "Kursk" is the main and an alternate name of place 1: listed once; place 3 shares it.
        let kursk = try #require(Self.entry(index, ["kursk"]))
        #expect(index.places(ofEntry: kursk) == [1, 3])
        #expect(index.placesAndMainNames(index.placeRef(ofEntry: kursk)).mainNames.contains(1) == true)
        #expect(index.places(ofEntry: try #require(Self.entry(index, ["курск"]))) == [1])
        #expect(index.places(ofEntry: try #require(Self.entry(index, ["kurskaya", "oblast"]))) == [2])
        // Longest first within a first word.
        let group = index.entries(startingWith: index.vocabulary.id(of: "kursk".unicodeScalars.map(\.value))!)
        #expect(group.map { index.wordCount(ofEntry: $0) } == [2, 1])
    }

    @Test("region phrases: the core of the region, through its capital's names, and none for others")
    func admin1Regions() throws {
        let index = NameIndex(gazetteer: try Gazetteer(places: Self.places, border: Self.border))
        #expect(index.admin1(forEntry: try #require(Self.entry(index, ["kursk"]))).array == [2])
        #expect(index.admin1(forEntry: try #require(Self.entry(index, ["курск"]))).array == [2])
        #expect(index.admin1(forEntry: try #require(Self.entry(index, ["oboyan"]))).isEmpty)
        #expect(index.admin1(core: ["kursk"]) == [2] && index.admin1(core: ["kurskaya"]) == [2])
    }
}
