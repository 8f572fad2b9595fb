/// The word a writer puts before a figure to say how exact it is, grouped by what it does to
/// the interval the figure stands for (see Verification/TOLERANCE.md).
public enum Hedge: String, Sendable, Hashable, CaseIterable {
    /// No hedge: "25 miles from the border".
    case none
    /// Emphasis on smallness, still a point figure: "just 5 km", "only 3 km", "a mere 2 km".
    case just
    /// About, around, some, roughly, approximately, an estimated: the figure is rounded loosely.
    case approximate
    /// Nearly, almost, close to: the truth is a little below the figure.
    case nearly
    /// Less than, under, within, up to, no more than: an upper bound.
    case atMost
    /// More than, over, at least, upwards of: a lower bound.
    case atLeast

    /// The phrases that introduce a figure, longest first so "just under" wins over "just".
    static let phrases: [([String], Hedge)] = {
        let list: [([String], Hedge)] = [
            (["no", "more", "than"], .atMost), (["no", "less", "than"], .atLeast), (["in", "excess", "of"], .atLeast),
            (["less", "than"], .atMost), (["fewer", "than"], .atMost), (["up", "to"], .atMost),
            (["just", "under"], .atMost), (["just", "over"], .atLeast), (["just", "within"], .atMost),
            (["only", "about"], .approximate), (["just", "about"], .approximate),
            (["more", "than"], .atLeast), (["at", "least"], .atLeast), (["upwards", "of"], .atLeast),
            (["an", "estimated"], .approximate), (["close", "to"], .nearly), (["a", "mere"], .just),
            (["about"], .approximate), (["around"], .approximate), (["some"], .approximate),
            (["roughly"], .approximate), (["approximately"], .approximate), (["approx"], .approximate),
            (["circa"], .approximate), (["nearly"], .nearly), (["almost"], .nearly), (["just"], .just),
            (["only"], .just), (["barely"], .just), (["merely"], .just), (["less"], .atMost),
            (["under"], .atMost), (["within"], .atMost), (["below"], .atMost), (["over"], .atLeast),
            (["beyond"], .atLeast),
        ]
        return list.sorted { $0.0.count > $1.0.count }
    }()

    /// `phrases` as word codes, in the same order.
    static let codedPhrases: [(words: [ClaimWord], hedge: Hedge)] = phrases.map { words, hedge in
        (words.map(ClaimWord.code), hedge)
    }

    /// `codedPhrases` grouped by the code of their last word, each group in the order of
    /// `codedPhrases`: a figure is preceded by a word that ends no phrase far more often than
    /// by one that does.
    static let phrasesByLastWord = HedgePhraseTable(codedPhrases) { $0[$0.count - 1] }

    /// The hedge phrase that ends right before `tokens[index]`, with the index of its first token.
    static func ending(before index: Int, in tokens: ArraySlice<ClaimToken>) -> (hedge: Hedge, start: Int)? {
        // Every phrase ends in a word; most tokens are in none.
        guard index > 0, index <= tokens.count, tokens[index - 1].kind == .word, let last = tokens[index - 1].word else { return nil }
        for phrase in phrasesByLastWord.phrases(keyedBy: last) where phrase.count <= index {
            let start = index - phrase.count
            if Self.matches(phrase, tokens, from: start) { return (phrase.hedge, start) }
        }
        return nil
    }

    /// `codedPhrases` grouped by the code of their first word, each group in the order of
    /// `codedPhrases`.
    static let phrasesByFirstWord = HedgePhraseTable(codedPhrases) { $0[0] }

    /// The hedge phrase that starts at `tokens[index]`, longest first, with the index one past it.
    /// Only the phrases that start with the token's word are tried (`phrasesByFirstWord`),
    /// in the order of `codedPhrases`: a phrase matches only from its first word, and trying all
    /// of them cost a copy of each phrase's words per figure in brackets.
    static func starting(at index: Int, in tokens: ArraySlice<ClaimToken>) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, let first = tokens[index].word else { return nil }
        for phrase in phrasesByFirstWord.phrases(keyedBy: first) where index + phrase.count <= tokens.count {
            if Self.matches(phrase, tokens, from: index) { return index + phrase.count }
        }
        return nil
    }

    @inline(__always)
    private static func matches(_ phrase: HedgePhraseTable.Phrase, _ tokens: ArraySlice<ClaimToken>, from start: Int) -> Bool {
        for offset in 0..<phrase.count {
            let token = tokens[start + offset]
            guard token.kind == .word, token.word == phrase.words[offset] else { return false }
        }
        return true
    }
}

/// Hedge phrases grouped by one of their words (the first or the last), in storage that is
/// made once and never freed, holding no reference: the patterns look for a hedge at nearly
/// every figure, and a table of word lists (an array of arrays) cost a retain and a release of
/// the group read, and of each phrase's words, at every look.
struct HedgePhraseTable: @unchecked Sendable {
    /// A phrase's words inline (no phrase has more than three) and the hedge it states.
    struct Phrase {
        var words: InlineArray<3, ClaimWord>
        var count: Int
        var hedge: Hedge
    }

    /// The phrases, group after group, each group in the order it was given.
    private let phrases: UnsafeBufferPointer<Phrase>
    /// Where each word code's group starts in `phrases`; the group of code `c` ends where that
    /// of `c + 1` starts (one entry more than there are codes).
    private let starts: UnsafeBufferPointer<Int>

    /// The table of `coded` grouped by the word `key` picks of each phrase's words.
    init(_ coded: [(words: [ClaimWord], hedge: Hedge)], key: ([ClaimWord]) -> ClaimWord) {
        let codes = ClaimWord.allCases.count
        var groups = [[Phrase]](repeating: [], count: codes)
        for (words, hedge) in coded {
            precondition(!words.isEmpty && words.count <= 3, "a hedge phrase of one to three words")
            var inline = InlineArray<3, ClaimWord>(repeating: words[0])
            for offset in words.indices { inline[offset] = words[offset] }
            groups[Int(key(words).rawValue)].append(Phrase(words: inline, count: words.count, hedge: hedge))
        }
        let flat = groups.flatMap { $0 }
        var starts = [0]
        for group in groups { starts.append(starts[starts.count - 1] + group.count) }
        let phraseStorage = UnsafeMutableBufferPointer<Phrase>.allocate(capacity: flat.count)
        _ = phraseStorage.initialize(from: flat)
        let startStorage = UnsafeMutableBufferPointer<Int>.allocate(capacity: starts.count)
        _ = startStorage.initialize(from: starts)
        self.phrases = UnsafeBufferPointer(phraseStorage)
        self.starts = UnsafeBufferPointer(startStorage)
    }

    /// The phrases of the group of `word`, in the order they were given.
    @inline(__always)
    func phrases(keyedBy word: ClaimWord) -> Slice<UnsafeBufferPointer<Phrase>> {
        let code = Int(word.rawValue)
        return phrases[starts[code]..<starts[code + 1]]
    }
}
