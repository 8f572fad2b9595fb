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

    /// `codedPhrases` by the code of their last word, each list in the order of `codedPhrases`:
    /// a figure is preceded by a word that ends no phrase far more often than by one that does.
    static let codedPhrasesByLastWord: [[(words: [ClaimWord], hedge: Hedge)]] = {
        var table = [[(words: [ClaimWord], hedge: Hedge)]](repeating: [], count: ClaimWord.allCases.count)
        for phrase in codedPhrases { table[Int(phrase.words.last!.rawValue)].append(phrase) }
        return table
    }()

    /// The hedge phrase that ends right before `tokens[index]`, with the index of its first token.
    static func ending(before index: Int, in tokens: ArraySlice<ClaimToken>) -> (hedge: Hedge, start: Int)? {
        // Every phrase ends in a word; most tokens are in none.
        guard index > 0, index <= tokens.count, tokens[index - 1].kind == .word, let last = tokens[index - 1].word else { return nil }
        let candidates = codedPhrasesByLastWord[Int(last.rawValue)]
        for candidate in candidates.indices where candidates[candidate].words.count <= index {
            let start = index - candidates[candidate].words.count
            if Self.matches(candidates[candidate].words, tokens, from: start) { return (candidates[candidate].hedge, start) }
        }
        return nil
    }

    /// `codedPhrases` by the code of their first word, each list in the order of `codedPhrases`.
    static let codedPhrasesByFirstWord: [[[ClaimWord]]] = {
        var table = [[[ClaimWord]]](repeating: [], count: ClaimWord.allCases.count)
        for phrase in codedPhrases { table[Int(phrase.words[0].rawValue)].append(phrase.words) }
        return table
    }()

    /// The hedge phrase that starts at `tokens[index]`, longest first, with the index one past it.
    /// Only the phrases that start with the token's word are tried (`codedPhrasesByFirstWord`),
    /// in the order of `codedPhrases`: a phrase matches only from its first word, and trying all
    /// of them cost a copy of each phrase's words per figure in brackets.
    static func starting(at index: Int, in tokens: ArraySlice<ClaimToken>) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, let first = tokens[index].word else { return nil }
        let candidates = codedPhrasesByFirstWord[Int(first.rawValue)]
        for candidate in candidates.indices where index + candidates[candidate].count <= tokens.count {
            if Self.matches(candidates[candidate], tokens, from: index) { return index + candidates[candidate].count }
        }
        return nil
    }

    @inline(__always)
    private static func matches(_ words: [ClaimWord], _ tokens: ArraySlice<ClaimToken>, from start: Int) -> Bool {
        for offset in words.indices {
            let token = tokens[start + offset]
            guard token.kind == .word, token.word == words[offset] else { return false }
        }
        return true
    }
}
