import Foundation
import Testing
@testable import Borderline

@Suite("Claim writers")
struct ClaimWritersTests {
    static let claims = ClaimTestSupport.check(
        "Belgorod, a city of 69,000 people, is located 25 miles from the border with Ukraine and 50 miles from the city of Kharkiv.",
        id: "doc|1")

    @Test("claims.geojson holds one LineString per claim with a line, with flat properties")
    func layer() {
        let collection = ClaimsLayer.collection(Self.claims)
        #expect(collection.features.count == 2)
        for feature in collection.features {
            guard case let .lineString(points)? = feature.geometry else {
                Issue.record("expected a LineString")
                continue
            }
            #expect(points.count == 2)
            #expect(feature.properties["verdict"]?.stringValue == "consistent")
        }
        let text = GeoJSONText().collection(collection)
        #expect(text == GeoJSONText().collection(ClaimsLayer.collection(Self.claims)))
        #expect(!text.contains("\"crs\""))
        #expect(ClaimsLayer.mapClaims(Self.claims).count == 2)
    }

    @Test("claims.csv quotes by RFC 4180 and has one row per claim")
    func csv() {
        let text = ClaimsCSV.text(Self.claims)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == Self.claims.count + 1)
        #expect(lines[0] == ClaimRecord.columns.joined(separator: ","))
        #expect(ClaimsCSV.field("a, \"b\"") == "\"a, \"\"b\"\"\"")
        #expect(ClaimsCSV.field("plain") == "plain")
    }

    @Test("report.md has a table per article and escapes pipes")
    func report() {
        let document = Document(id: "doc|1", source: "test", text: "")
        let text = ClaimsReport.text(documents: [document], claims: Self.claims)
        #expect(text.contains("## doc\\|1"))
        #expect(text.contains("| # | Kind | Subject |"))
        #expect(text.contains("**inconsistent**"))
        #expect(ClaimsReport.escape("a|b") == "a\\|b")
    }
}
