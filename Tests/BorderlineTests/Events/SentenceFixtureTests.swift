import Foundation
import Testing
@testable import Borderline

/// The written sentence fixture (Fixtures/Events/sentences.json): each event type, each date
/// form, the casualty forms, and sentences that look like events and are not.
@Suite struct SentenceFixtureTests {
    static let ids: [String] = ((try? EventFixtures.json("sentences")) ?? []).map { $0["id"] as! String }

    @Test func fixtureIsLargeEnough() throws {
        let cases = try EventFixtures.json("sentences")
        let sentences = cases.reduce(0) { total, entry in
            total + SentenceSplitter.sentences(Array(Document(id: "x", source: "x", text: entry["text"] as! String).text.unicodeScalars)).count
        }
        #expect(sentences >= 40)
        let types = Set(cases.flatMap { ($0["events"] as! [[String: Any]]).map { $0["type"] as! String } })
        #expect(types == Set(EventType.allCases.map(\.rawValue)))
        #expect(cases.filter { ($0["events"] as! [[String: Any]]).isEmpty }.count >= 10)
    }

    @Test(arguments: ids)
    func sentence(_ id: String) throws {
        let entry = try #require(try EventFixtures.json("sentences").first { $0["id"] as? String == id })
        let document = Document(id: id, source: "fixture", text: entry["text"] as! String, published: entry["published"] as? String)
        let found = EventFixtures.events([document]).map(EventFixtures.fields(of:))
        let gold = (entry["events"] as! [[String: Any]]).map(EventFixtures.fields(ofGold:))
        #expect(found.map(EventFixtures.key) == gold.map(EventFixtures.key), "\(id): events")
        for (actual, expected) in zip(found, gold) {
            for field in EventFixtures.fields {
                #expect(actual[field] == expected[field], "\(id): \(field)")
            }
        }
    }

    @Test func precisionAndRecallOnTheFixture() throws {
        var found = 0, gold = 0, matched = 0
        let cases = try EventFixtures.json("sentences")
        for entry in cases {
            let id = entry["id"] as! String
            let document = Document(id: id, source: "fixture", text: entry["text"] as! String, published: entry["published"] as? String)
            var actual = EventFixtures.events([document]).map { EventFixtures.key(EventFixtures.fields(of: $0)) }
            let expected = (entry["events"] as! [[String: Any]]).map { EventFixtures.key(EventFixtures.fields(ofGold: $0)) }
            found += actual.count
            gold += expected.count
            for key in expected { if let index = actual.firstIndex(of: key) { actual.remove(at: index); matched += 1 } }
        }
        let precision = Double(matched) / Double(max(found, 1)), recall = Double(matched) / Double(max(gold, 1))
        print("sentence fixture: \(cases.count) cases, \(found) found, \(gold) gold, \(matched) matched; precision \(FixedDecimal.format(precision, decimals: 3)), recall \(FixedDecimal.format(recall, decimals: 3))")
        #expect(precision >= 0.9 && recall >= 0.9)
    }
}
