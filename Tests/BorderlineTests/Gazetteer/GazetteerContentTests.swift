import Borderline
import Foundation
import Testing

/// Facts about the committed gazetteer that the shared data README states independently
/// (counts, the border's shape and length, how regions and countries got their points).
/// GazetteerBuilderDeterminismTests shows these files are exactly what the builder writes.
@Suite("The committed gazetteer holds what the shared data says")
struct GazetteerContentTests {
    @Test("places.tsv has one kind=place row per GeoNames place: 42,305")
    func placeCount() throws {
        let places = try GazetteerFixture.gazetteer().places
        #expect(places.filter { $0.kind == .place }.count == 42_305)
        #expect(places.map(\.geonameID) == places.map(\.geonameID).sorted(), "rows are sorted by GeoNames id")
        #expect(Set(places.map(\.geonameID)).count == places.count)
    }

    @Test("Belgorod Oblast (RU.09) sits on Belgorod, the admin-1 capital Natural Earth flags")
    func belgorodOblast() throws {
        let gazetteer = try GazetteerFixture.gazetteer()
        let oblast = try #require(gazetteer.admin1(key: "RU.09"))
        #expect(oblast.kind == .admin1)
        #expect(oblast.name == "Belgorod Oblast")
        #expect(oblast.countryCode == "RU" && oblast.admin1Code == "09")
        #expect(oblast.pointRule == "naturalearth_admin1_capital:578072")
        #expect(oblast.coordinate == GeoPoint(latitude: 50.60343, longitude: 36.58091))
        #expect(oblast.coordinate == gazetteer.place(geonameID: 578072)?.coordinate)
    }

    @Test("Ukraine, Russia and Georgia are countries, placed on their capitals", arguments: [
        ("UA", "Ukraine", 703448), ("RU", "Russia", 524901), ("GE", "Georgia", 611717),
    ])
    func countries(code: String, name: String, capitalID: Int) throws {
        let gazetteer = try GazetteerFixture.gazetteer()
        let country = try #require(gazetteer.country(code: code))
        #expect(country.kind == .country)
        #expect(country.name == name)
        #expect(country.pointRule == "geonames_capital:\(capitalID)")
        let capital = try #require(gazetteer.place(geonameID: capitalID))
        #expect(capital.kind == .place && capital.countryCode == code)
        #expect(country.coordinate == capital.coordinate)
    }

    @Test("the border is one line of 571 vertices, 1523.552 km, from the Belarus tripoint to Taganrog Bay")
    func border() throws {
        let line = try BorderFixture.line()
        #expect(line.vertices.count == 571)
        #expect(line.vertices.first == GeoPoint(latitude: 52.100568, longitude: 31.764345))
        #expect(line.vertices.last == GeoPoint(latitude: 47.103267, longitude: 38.216659))
        // shared/data README: 1,523.552 km by pyproj Geod.geometry_length.
        #expect(abs(line.lengthMeters() / 1000 - 1523.552) < 0.0005)
        let feature = try #require(try FeatureCollection.read(path: TestPaths.border).features.first)
        #expect(feature.properties["vertices"] == .integer(571))
        #expect(feature.properties["length_km"] == .number(1523.552))
        #expect(feature.properties["adm0_a3_l"] == .string("RUS") && feature.properties["adm0_a3_r"] == .string("UKR"))
    }

    @Test("the Crimea administrative line is kept apart: 46 vertices, 146.863 km")
    func crimeaLine() throws {
        let path = (TestPaths.gazetteer as NSString).appendingPathComponent("border/crimea_admin_line.geojson")
        let feature = try #require(try FeatureCollection.read(path: path).features.first)
        guard case let .lineString(points)? = feature.geometry else {
            Issue.record("expected a LineString, found \(feature.geometry?.typeName ?? "none")")
            return
        }
        #expect(points.count == 46)
        #expect(abs(Polyline(vertices: points)!.lengthMeters() / 1000 - 146.863) < 0.0005)
        #expect(feature.properties["used_for_border_distance"] == .bool(false))
    }

    @Test("Kharkiv's alternate names keep Latin and Cyrillic spellings and drop other scripts and codes")
    func kharkivAlternateNames() throws {
        let kharkiv = try GazetteerFixture.place(706483)
        let names = kharkiv.alternateNames
        for kept in ["Kharkov", "Charkiw", "Khar'kov", "Харків", "Харьков", "Харков", "Ĥarkivo"] {
            #expect(names.contains(kept), "\(kept) should be kept")
        }
        // All in the GeoNames row (shared/data/geonames/places-region.tsv), none in the gazetteer:
        // Armenian, Hebrew, Arabic, Burmese, Georgian, Japanese, Chinese and Korean spellings, the
        // IATA code, the main name itself, and a Latin name with a modifier letter (ʻ, U+02BB).
        for dropped in ["Խարկով", "חרקוב", "خاركوف", "ခါရ်ကီဗ်", "ხარკოვი", "ハリコフ", "哈爾科夫", "하르키우", "HRK", "Kharkiv", "Xarkʻov"] {
            #expect(!names.contains(dropped), "\(dropped) should be dropped")
        }
        #expect(Set(names).count == names.count, "no name twice")
    }

    @Test("no alternate name anywhere mixes in a script other than Latin or Cyrillic")
    func scripts() throws {
        var offenders: [String] = []
        for place in try GazetteerFixture.gazetteer().places {
            for name in place.alternateNames where !Self.isLatinOrCyrillic(name) {
                offenders.append("\(place.geonameID): \(name)")
            }
        }
        #expect(offenders.isEmpty, "\(offenders.prefix(10))")
    }

    /// Characters only from printable ASCII, the other Latin blocks (Latin-1 letters, Extended-A/B,
    /// Extended Additional) or the Cyrillic blocks, plus typographic apostrophes and combining marks.
    /// (Admin-1 entries carry GeoNames' ASCII name, e.g. "Baladiyat az Za`ayin", hence all of ASCII.)
    static func isLatinOrCyrillic(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0x2019, 0x2BC: return true
            case 0xC0...0x24F, 0x1E00...0x1EFF: return true
            case 0x300...0x36F, 0x400...0x52F: return true
            default: return false
            }
        }
    }
}
