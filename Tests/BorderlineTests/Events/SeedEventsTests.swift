import Foundation
import Testing
@testable import Borderline

/// The events of the four seed articles against the hand-checked gold list
/// (Fixtures/Events/seed_gold.json; coding rules in Fixtures/Events/README.md).
@Suite struct SeedEventsTests {
    @Test func precisionAndRecallOnTheSeeds() throws {
        let documents = try EventFixtures.seedDocuments()
        let found = EventFixtures.events(documents)
        let gold = try EventFixtures.json("seed_gold")
        var unmatchedGold: [String] = []
        var matched = 0
        var remaining = found.map { (event: $0, fields: EventFixtures.fields(of: $0)) }
        for entry in gold {
            let expected = EventFixtures.fields(ofGold: entry)
            let document = entry["document"] as! String
            guard let index = remaining.firstIndex(where: {
                EventFixtures.key($0.fields) == EventFixtures.key(expected) && $0.event.documents.contains(document)
            }) else {
                unmatchedGold.append("\(document) \(EventFixtures.key(expected))")
                continue
            }
            matched += 1
            let actual = remaining.remove(at: index).fields
            for field in EventFixtures.fields {
                #expect(actual[field] == expected[field], "\(document) \(EventFixtures.key(expected)): \(field)")
            }
        }
        let precision = Double(matched) / Double(max(found.count, 1))
        let recall = Double(matched) / Double(max(gold.count, 1))
        print("seed events: \(found.count) found, \(gold.count) gold, \(matched) matched; precision \(FixedDecimal.format(precision, decimals: 3)), recall \(FixedDecimal.format(recall, decimals: 3))")
        for missing in unmatchedGold { print("  missed: \(missing)") }
        for extra in remaining { print("  extra: \(extra.event.documents[0]) \(EventFixtures.key(extra.fields))") }
        #expect(precision >= 0.9)
        #expect(recall >= 0.9)
    }

    @Test func seedOutputIsDeterministicAndIdsAreUnique() throws {
        let documents = try EventFixtures.seedDocuments()
        let first = EventFixtures.events(documents)
        let second = EventFixtures.events(documents)
        #expect(first == second)
        #expect(Set(first.map(\.id)).count == first.count)
        for event in first {
            let evidence = try #require(event.evidence.first)
            #expect(event.id.hasPrefix("event:\(evidence.documentID):\(evidence.start)"))
            let document = try #require(documents.first { $0.id == evidence.documentID })
            let scalars = Array(document.text.unicodeScalars)
            var span = String.UnicodeScalarView()
            span.append(contentsOf: scalars[evidence.start..<evidence.end])
            #expect(evidence.sentence.contains(String(span)), "evidence offsets of \(event.id)")
        }
    }
}
