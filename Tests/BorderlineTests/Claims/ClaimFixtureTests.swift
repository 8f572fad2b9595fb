import Foundation
import Testing
@testable import Borderline

/// The claim-sentence fixture: 81 sentences written for these tests, each with the claims it
/// makes (kind, subject GeoNames id, reference, stated km, verdict) or none. The verdicts
/// follow the tolerance model in TOLERANCE.md applied to the distances in the fixture's
/// comments; extraction must reach 0.95 precision and recall.
@Suite("Claim fixture")
struct ClaimFixtureTests {
    struct Gold: Decodable {
        var kind: String
        var subject: Int?
        var verdict: String
        var reference: Reference?
        var stated_km: Double?
    }

    enum Reference: Decodable, Equatable {
        case id(Int)
        case name(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let id = try? container.decode(Int.self) { self = .id(id) } else { self = .name(try container.decode(String.self)) }
        }
    }

    struct Row: Decodable {
        var id: String
        var text: String
        var claims: [Gold]
    }

    static let rows: [Row] = {
        let url = Bundle.module.url(forResource: "Fixtures/Claims/claim_sentences", withExtension: "jsonl")!
        let text = try! String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").map { try! JSONDecoder().decode(Row.self, from: Data($0.utf8)) }
    }()

    static func matches(_ gold: Gold, _ checked: CheckedClaim) -> Bool {
        guard checked.kind.rawValue == gold.kind, checked.subjectPlace?.geonameID == gold.subject else { return false }
        switch gold.reference {
        case nil: return true
        case let .id(id)?: return checked.referencePlace?.geonameID == id
        case let .name(name)?:
            if name.count == 2, case let .country(code, _)? = checked.claim.reference { return code == name }
            return checked.claim.reference?.kindName == name
        }
    }

    @Test("the fixture has at least 60 sentences, with claims of every kind and sentences without any")
    func fixtureCoverage() {
        #expect(Self.rows.count >= 60)
        let kinds = Set(Self.rows.flatMap { $0.claims.map(\.kind) })
        #expect(kinds == Set(ClaimKind.allCases.map(\.rawValue)))
        #expect(Self.rows.filter { $0.claims.isEmpty }.count >= 10)
    }

    @Test("claim extraction reaches 0.95 precision and recall, and every verdict is as expected")
    func precisionRecallAndVerdicts() {
        var truePositives = 0, extracted = 0, gold = 0
        var verdictMismatches: [String] = []
        for row in Self.rows {
            let checked = ClaimTestSupport.check(row.text, id: row.id)
            extracted += checked.count
            gold += row.claims.count
            var unused = checked
            for expected in row.claims {
                guard let position = unused.firstIndex(where: { Self.matches(expected, $0) }) else {
                    Issue.record("\(row.id): missing \(expected.kind) claim about \(expected.subject.map(String.init) ?? "nothing") in: \(row.text)")
                    continue
                }
                let found = unused.remove(at: position)
                truePositives += 1
                if found.verdict.rawValue != expected.verdict {
                    verdictMismatches.append("\(row.id): expected \(expected.verdict), got \(found.sentence)")
                }
                if let statedKm = expected.stated_km {
                    #expect(abs((found.statedValue ?? -1) - statedKm) < 0.01, "\(row.id): stated km \(found.statedValue ?? -1)")
                }
            }
            for extra in unused {
                print("extra claim \(row.id): \(extra.kind.rawValue) \(extra.sentence)")
            }
        }
        let precision = Double(truePositives) / Double(max(extracted, 1))
        let recall = Double(truePositives) / Double(max(gold, 1))
        print("claim extraction on \(Self.rows.count) sentences: \(gold) gold claims, \(extracted) extracted, "
              + "\(truePositives) matched; precision \(FixedDecimal.format(precision, decimals: 3)), recall \(FixedDecimal.format(recall, decimals: 3))")
        #expect(precision >= 0.95)
        #expect(recall >= 0.95)
        #expect(verdictMismatches.isEmpty, "\(verdictMismatches.joined(separator: "\n"))")
    }
}
