@testable import Borderline
import Testing

/// `Mention.CandidateList` holds none or one candidate inline and two or more in an array; a
/// mention built from it must read, compare and hash as one built from the `[Int]` it stands for.
@Suite("A mention's candidate list")
struct CandidateListTests {
    static func mention(_ candidates: Mention.CandidateList, mainNames: Mention.MainNames = Mention.MainNames()) -> Mention {
        Mention(documentID: "d", sentenceIndex: 0, sentenceText: "Near Kharkiv.", start: 5, end: 12, line: 1, column: 6,
                surface: "Kharkiv", candidates: candidates, isRegionPhrase: false, kind: .name, mainNames: mainNames)
    }

    @Test("none, one and many read back as the array they were made from", arguments: [[], [7], [3, 9], [1, 4, 8, 20]])
    func readsBack(_ positions: [Int]) {
        let list = Mention.CandidateList(positions)
        #expect(list.count == positions.count && list.isEmpty == positions.isEmpty)
        #expect(Array(list) == positions && list.array == positions)
        var seen: [(Int, Int)] = []
        list.forEachCandidate { seen.append(($0, $1)) }
        #expect(seen.map(\.0) == Array(positions.indices) && seen.map(\.1) == positions)
        for k in positions.indices { #expect(list[k] == positions[k]) }
        #expect(Self.mention(list).candidates == positions)
    }

    @Test("the inline forms equal and hash as the same list made from an array")
    func sameListSameForm() {
        #expect(Mention.CandidateList() == Mention.CandidateList([]))
        #expect(Mention.CandidateList(only: 7) == Mention.CandidateList([7]))
        #expect(Mention.CandidateList(only: 7) != Mention.CandidateList([7, 8]))
        #expect(Mention.CandidateList([7, 8]) != Mention.CandidateList([8, 7]))
        // Hashed as `[Int]` is: the count, then each element.
        for positions in [[], [7], [7, 8], [1, 2, 3]] {
            var a = Hasher(), b = Hasher()
            Mention.CandidateList(positions).hash(into: &a)
            positions.hash(into: &b)
            #expect(a.finalize() == b.finalize())
        }
    }

    @Test("a mention equals and hashes as one whose candidates were set as an array")
    func mentionEquality() {
        for positions in [[], [7], [7, 8, 9]] {
            let made = Self.mention(positions.count == 1 ? Mention.CandidateList(only: positions[0]) : Mention.CandidateList(positions),
                                    mainNames: Mention.MainNames(known: 1))
            var set = Self.mention(Mention.CandidateList([42, 43]))
            set.candidates = positions
            #expect(made == set && made.hashValue == set.hashValue)
        }
    }

    @Test("setting the candidates forgets the main names, even to the same list")
    func settingForgetsMainNames() {
        var mention = Self.mention(Mention.CandidateList(only: 7), mainNames: Mention.MainNames(known: 1))
        #expect(mention.mainNames.contains(0) == true)
        mention.candidates = [7]
        #expect(mention.mainNames.contains(0) == nil)
        #expect(mention.candidates == [7])
        var appended = Self.mention(Mention.CandidateList(only: 7), mainNames: Mention.MainNames(known: 1))
        appended.candidates.append(9)
        #expect(appended.mainNames.contains(0) == nil && appended.candidates == [7, 9])
    }
}
