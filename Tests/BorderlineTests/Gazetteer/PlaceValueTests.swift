import Testing
@testable import Borderline

/// `Place` keeps its text fields in one shared box, so that copies are cheap; it must still
/// behave as a value: equal when its fields are, hashed by them, and a changed copy must leave
/// the original as it was.
@Suite("Place is a value")
struct PlaceValueTests {
    static func sudzha(name: String = "Sudzha") -> Place {
        Place(geonameID: 485660, kind: .place, name: name, coordinate: GeoPoint(latitude: 51.19, longitude: 35.27),
              countryCode: "RU", countryName: "Russia", admin1Code: "41", admin1Name: "Kursk", population: 5_500,
              alternateNames: ["Суджа"])
    }

    @Test("places made apart with the same fields are equal and hash alike; any field tells them apart")
    func equality() {
        let a = Self.sudzha(), b = Self.sudzha()
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
        var changes: [Place] = []
        for change in 0..<9 {
            var other = a
            switch change {
            case 0: other.name = "Sudzha "
            case 1: other.countryCode = "UA"
            case 2: other.countryName = "Ukraine"
            case 3: other.admin1Code = "42"
            case 4: other.admin1Name = "Kursk Oblast"
            case 5: other.pointRule = "centroid"
            case 6: other.alternateNames = []
            case 7: other.population = 5_501
            default: other.geonameID = 1
            }
            changes.append(other)
            #expect(other != a, "change \(change)")
        }
        #expect(Set(changes + [a]).count == 10)
    }

    @Test("a changed copy leaves the original and other copies as they were")
    func independence() {
        let original = Self.sudzha()
        let copy = original
        var changed = original
        changed.name = "Suja"
        changed.alternateNames.append("Sudža")
        #expect(original.name == "Sudzha" && copy.name == "Sudzha" && changed.name == "Suja")
        #expect(original.alternateNames == ["Суджа"] && changed.alternateNames == ["Суджа", "Sudža"])
        #expect(copy == original && changed != original)
        #expect(changed.admin1Key == "RU.41" && changed.countryName == "Russia")
    }
}
