import Testing
@testable import Borderline

/// `Hedge` reads its phrases from `HedgePhraseTable`s keyed by first and by last word: each
/// group must hold exactly the phrases with that word there, in the order of `codedPhrases`
/// (longest first), which decides which phrase a figure's hedge is.
@Suite("Hedge phrase tables")
struct HedgePhraseTableTests {
    /// A group's phrases as word lists and hedges.
    static func listed(_ group: Slice<UnsafeBufferPointer<HedgePhraseTable.Phrase>>) -> [([ClaimWord], Hedge)] {
        group.map { phrase in ((0..<phrase.count).map { phrase.words[$0] }, phrase.hedge) }
    }

    @Test("every phrase is listed once under its first and under its last word, in order")
    func groups() {
        for word in ClaimWord.allCases {
            let byFirst = Self.listed(Hedge.phrasesByFirstWord.phrases(keyedBy: word))
            let byLast = Self.listed(Hedge.phrasesByLastWord.phrases(keyedBy: word))
            let first = Hedge.codedPhrases.filter { $0.words.first == word }
            let last = Hedge.codedPhrases.filter { $0.words.last == word }
            #expect(byFirst.map(\.0) == first.map(\.words), "\(word)")
            #expect(byFirst.map(\.1) == first.map(\.hedge), "\(word)")
            #expect(byLast.map(\.0) == last.map(\.words), "\(word)")
            #expect(byLast.map(\.1) == last.map(\.hedge), "\(word)")
        }
        // "than" ends five phrases, three words before two; "just" starts four.
        let than = Self.listed(Hedge.phrasesByLastWord.phrases(keyedBy: .than))
        #expect(than.map(\.0) == [[.no, .more, .than], [.no, .less, .than], [.less, .than], [.fewer, .than], [.more, .than]])
        #expect(than.map(\.1) == [.atMost, .atLeast, .atMost, .atMost, .atLeast])
        #expect(Self.listed(Hedge.phrasesByFirstWord.phrases(keyedBy: .just)).map(\.1) == [.atMost, .atLeast, .atMost, .approximate, .just])
        #expect(Hedge.phrasesByLastWord.phrases(keyedBy: .border).isEmpty)
    }

    @Test("the hedge before and after a figure, longest phrase first")
    func reading() {
        func tokens(_ text: String) -> ArraySlice<ClaimToken> {
            let scalars = Array(text.unicodeScalars)
            return ArraySlice(ClaimLexer.tokens(scalars, in: 0..<scalars.count))
        }
        let noMore = tokens("no more than 20 km")
        #expect(Hedge.ending(before: 3, in: noMore).map { [$0.hedge == .atMost, $0.start == 0] } == [true, true])
        let more = tokens("more than 20 km")
        #expect(Hedge.ending(before: 2, in: more).map { [$0.hedge == .atLeast, $0.start == 0] } == [true, true])
        let justUnder = tokens("just under 20 km")
        #expect(Hedge.ending(before: 2, in: justUnder).map { [$0.hedge == .atMost, $0.start == 0] } == [true, true])
        #expect(Hedge.ending(before: 1, in: justUnder).map { [$0.hedge == .just, $0.start == 0] } == [true, true])
        #expect(Hedge.ending(before: 2, in: tokens("the border 20 km")) == nil)
        #expect(Hedge.ending(before: 0, in: more) == nil)
        #expect(Hedge.starting(at: 0, in: tokens("just under 20")) == 2)
        #expect(Hedge.starting(at: 0, in: tokens("no less than 5")) == 3)
        #expect(Hedge.starting(at: 0, in: tokens("no 5")) == nil)
        #expect(Hedge.starting(at: 0, in: tokens("about")) == 1)
    }
}
