import Foundation
import Testing
@testable import Borderline

/// The checker names an admin1 entry as sentences do ("Kursk" as "Kursk region"), deciding by
/// a search of its lower-cased name; ASCII names are searched by their bytes, and the answer
/// must be Foundation's.
@Suite("Region names")
struct RegionNameTests {
    static let words = ["oblast", "region", "krai", "kray", "republic", "city"]

    /// The decision as Foundation's search makes it.
    static func foundationName(_ name: String) -> String {
        let lower = name.lowercased()
        return words.contains { lower.contains($0) } ? name : "\(name) region"
    }

    @Test("every admin1 name of the shipped gazetteer is named as Foundation's search decides")
    func shippedNames() throws {
        let gazetteer = try GazetteerFixture.gazetteer()
        var checked = 0, regional = 0
        for place in gazetteer.places where place.kind == .admin1 {
            let name = ClaimChecker.regionName(place.name)
            #expect(name == Self.foundationName(place.name), "\(place.name)")
            checked += 1
            if name == place.name { regional += 1 }
        }
        #expect(checked > 1_000)
        #expect(regional > 0 && regional < checked)
    }

    @Test("real values, ASCII and not")
    func values() {
        #expect(ClaimChecker.regionName("Kharkiv Oblast") == "Kharkiv Oblast")
        #expect(ClaimChecker.regionName("Kursk") == "Kursk region")
        #expect(ClaimChecker.regionName("Krasnodarskiy Kray") == "Krasnodarskiy Kray")
        #expect(ClaimChecker.regionName("Kyiv City") == "Kyiv City")
        #expect(ClaimChecker.regionName("Respublika Krym") == "Respublika Krym region")
        #expect(ClaimChecker.regionName("Харківська область") == "Харківська область region")
        #expect(ClaimChecker.regionName("Région Île") == Self.foundationName("Région Île"))
        #expect(ClaimChecker.regionName("Oblastʹ") == Self.foundationName("Oblastʹ"))
    }

    @Test("the byte search agrees with Foundation's on ASCII texts")
    func byteSearch() {
        let texts = ["", "o", "oblast", "xoblast", "oblas", "ooblast", "kraykrai", "cit", "the city", "regionregion", "republi"]
        for text in texts {
            for word in Self.words + ["a", "oo"] {
                #expect(ClaimChecker.containsASCII(text, word) == text.contains(word), "\(text) / \(word)")
            }
        }
    }
}
