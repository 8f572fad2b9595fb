@testable import Borderline
import Testing

/// `Resolver.DocumentCandidates` lays a document's candidates, their bounds by mention and the
/// room to score one mention's out in one allocation; each mention must get back exactly the
/// candidates appended for it, whatever the layout, including mentions with none.
@Suite("A document's candidates in one allocation")
struct DocumentCandidatesTests {
    static func candidate(_ position: Int) -> Resolver.Candidate {
        Resolver.Candidate(position: position, base: Double(position) / 4, unit: SIMD3(Double(position), -1, 0.5))
    }

    @Test("each mention's candidates come back in order, an empty mention's as none")
    func candidatesByMention() {
        // Five mentions: two candidates, none, three, one, none (six in all, room for eight).
        let counts = [2, 0, 3, 1, 0]
        var candidates = Resolver.DocumentCandidates(mentions: counts.count, candidates: 8)
        defer { candidates.deallocate() }
        var next = 100
        for count in counts {
            for _ in 0..<count {
                candidates.append(Self.candidate(next))
                next += 1
            }
            candidates.endMention()
        }
        #expect(candidates.count == 6 && candidates.mentions == 5)
        var expected = 100
        for (mention, count) in counts.enumerated() {
            let got = candidates.candidates(of: mention)
            #expect(got.count == count)
            #expect(candidates.scored(of: mention).count == count)
            for candidate in got {
                #expect(candidate.position == expected && candidate.base == Double(expected) / 4)
                #expect(candidate.unit == SIMD3(Double(expected), -1, 0.5))
                expected += 1
            }
        }
        // The scoring room is shared: written for one mention, it leaves the candidates alone.
        let room = candidates.scored(of: 2)
        for k in room.indices {
            room.baseAddress!.advanced(by: k).initialize(
                to: Resolver.Scored(candidate: k, score: -1, coherence: .none, relation: .breaks, noted: []))
        }
        #expect(candidates.candidates(of: 2).map(\.position) == [102, 103, 104])
        #expect(candidates.candidates(of: 0).map(\.position) == [100, 101])
    }

    @Test("a document without candidates")
    func noCandidates() {
        var candidates = Resolver.DocumentCandidates(mentions: 2, candidates: 0)
        defer { candidates.deallocate() }
        candidates.endMention()
        candidates.endMention()
        #expect(candidates.candidates(of: 0).isEmpty && candidates.candidates(of: 1).isEmpty)
        #expect(candidates.scored(of: 1).isEmpty)
    }
}
