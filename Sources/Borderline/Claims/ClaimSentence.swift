/// One sentence prepared for the claim patterns: its tokens and the place mentions in it, each
/// tied to the tokens it covers.
struct ClaimSentence {
    /// A mention and the tokens it spans (`tokens[first..<end]`).
    struct Located {
        var mention: ResolvedMention
        var first: Int
        var end: Int
    }

    let documentID: String
    let sentence: Sentence
    let scalars: [Unicode.Scalar]
    let tokens: [ClaimToken]
    let mentions: [Located]
    let gazetteer: Gazetteer
    /// Mentions of earlier sentences, nearest sentence last, for "the city" and "it".
    let earlierMentions: [ResolvedMention]

    init(documentID: String, sentence: Sentence, scalars: [Unicode.Scalar], mentions: [ResolvedMention],
         earlierMentions: [ResolvedMention], gazetteer: Gazetteer) {
        self.documentID = documentID
        self.sentence = sentence
        self.scalars = scalars
        self.gazetteer = gazetteer
        self.earlierMentions = earlierMentions
        let tokens = ClaimLexer.tokens(scalars, in: sentence.start..<sentence.end)
        self.tokens = tokens
        self.mentions = mentions.compactMap { mention in
            guard let first = tokens.firstIndex(where: { $0.end > mention.mention.start }),
                  tokens[first].start < mention.mention.end else { return nil }
            var end = first
            while end < tokens.count && tokens[end].start < mention.mention.end { end += 1 }
            return Located(mention: mention, first: first, end: end)
        }
    }

    /// The text of the document between two offsets.
    func text(_ start: Int, _ end: Int) -> String {
        ScalarText.string(scalars[start..<end])
    }

    /// The mention whose first token is `index`.
    func mention(startingAt index: Int) -> Located? {
        mentions.first { $0.first == index }
    }

    /// The gazetteer entry a mention resolved to.
    func place(_ located: Located) -> Place? {
        located.mention.placeIndex.map { gazetteer.places[$0] }
    }

    /// Whether the mention resolved to a country.
    func isCountry(_ located: Located) -> Bool { place(located)?.kind == .country }

    /// Whether `tokens[index...]` begins with the lower-case words `words`.
    func matches(_ words: [String], at index: Int) -> Bool {
        guard index >= 0, index + words.count <= tokens.count else { return false }
        return zip(tokens[index..<(index + words.count)], words).allSatisfy { token, word in
            token.kind == .word ? token.lower == word : token.text == word
        }
    }

    /// Skips "the city of", "the town of", "the village of", "the settlement of", "the
    /// regional capital" and a bare "the" from `index`; returns the index of what follows.
    func skippingPlaceNounPhrase(_ index: Int) -> Int {
        var cursor = index
        if matches(["the"], at: cursor) { cursor += 1 }
        for noun in ClaimWords.placeNouns where matches([noun, "of"], at: cursor) { return cursor + 2 }
        return cursor
    }

    /// Builds a claim with the evidence span `start..<end`.
    func claim(kind: ClaimKind, start: Int, end: Int, subject: ClaimPlace?, reference: ClaimReference?,
               statement: ClaimStatement) -> Claim {
        Claim(
            documentID: documentID, sentenceIndex: sentence.index, sentenceText: sentence.text,
            evidenceStart: start, evidenceEnd: end, evidenceText: text(start, end), kind: kind, subject: subject,
            reference: reference, statement: statement)
    }
}

/// Word lists the claim patterns share.
enum ClaimWords {
    /// Nouns for settlements and regions in "the city of X" and "X, a city of …".
    static let placeNouns = [
        "city", "town", "village", "settlement", "hamlet", "municipality", "community", "region", "oblast",
        "province", "district", "port", "capital",
    ]
    static let placeNounSet = Set(placeNouns)
    /// Words for the border line ("the Ukrainian border", "the frontier").
    static let borderNouns: Set<String> = ["border", "frontier", "boundary", "borders"]
    /// Adjectives that may stand before a border noun.
    static let borderAdjectives: Set<String> = [
        "ukrainian", "russian", "ukraine", "russia", "state", "international", "national", "common", "shared",
        "nearest", "closest",
    ]
    /// Countries the border line separates, by the names and adjectives English uses.
    static let countryWords: [String: (code: String, name: String)] = [
        "ukraine": ("UA", "Ukraine"), "ukrainian": ("UA", "Ukraine"), "russia": ("RU", "Russia"),
        "russian": ("RU", "Russia"), "belarus": ("BY", "Belarus"), "belarusian": ("BY", "Belarus"),
    ]
    /// Words that point back to a place named in an earlier sentence.
    static let anaphora: Set<String> = ["city", "town", "village", "settlement", "it", "its", "which"]
}
