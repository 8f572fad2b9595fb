/// One sentence prepared for the event rules: its scalars and tokens, offsets relative to the
/// sentence start (add `offset` for document offsets).
struct SentenceText: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Document offset of the sentence's first scalar.
    let offset: Int

    init(_ text: String, offset: Int = 0) {
        self.scalars = Array(text.unicodeScalars)
        self.tokens = Tokenizer.tokens(scalars)
        self.offset = offset
    }

    /// The folded word at `index`, or "" past either end.
    func word(_ index: Int) -> String {
        index >= 0 && index < tokens.count ? tokens[index].folded : ""
    }

    /// The text between two tokens (exclusive of both), e.g. ", " or " - ".
    func gap(_ a: Int, _ b: Int) -> String {
        guard a >= 0, b < tokens.count, a < b else { return "" }
        return text(tokens[a].end, tokens[b].start)
    }

    /// The text of a scalar range (encoded straight into the string's storage).
    func text(_ start: Int, _ end: Int) -> String {
        let lower = max(0, start), upper = min(end, scalars.count)
        guard lower < upper else { return "" }
        return ScalarText.string(scalars[lower..<upper])
    }

    /// Whether only spaces and hyphens stand between tokens `a` and `b` (the `gap`, unbuilt).
    func isSpaceOrHyphenGap(_ a: Int, _ b: Int) -> Bool {
        guard a >= 0, b < tokens.count, a < b else { return true }
        let lower = max(0, tokens[a].end), upper = min(tokens[b].start, scalars.count)
        guard lower < upper else { return true }
        for scalar in scalars[lower..<upper] where scalar != " " && scalar != "-" { return false }
        return true
    }

    /// A token pattern prepared: the word, or the stem before "*", and whether it is a stem.
    struct WordPattern: Sendable {
        let stem: String
        let isPrefix: Bool

        init(_ pattern: String) {
            isPrefix = pattern.hasSuffix("*")
            stem = isPrefix ? String(pattern.dropLast()) : pattern
        }
    }

    /// Whether a cue token pattern ("evacuat*", "fire") matches token `index`.
    func matches(_ pattern: String, at index: Int) -> Bool {
        matches(WordPattern(pattern), at: index)
    }

    @inline(__always)
    func matches(_ pattern: WordPattern, at index: Int) -> Bool {
        let word = self.word(index)
        return pattern.isPrefix ? word.hasPrefix(pattern.stem) : word == pattern.stem
    }

    /// Whether the phrase `pattern` (token patterns) starts at token `index`, with only spaces
    /// or hyphens between its words ("air-defence", "air defence").
    func matches(phrase pattern: [String], at index: Int) -> Bool {
        matches(phrase: pattern.map(WordPattern.init), at: index)
    }

    func matches(phrase pattern: [WordPattern], at index: Int) -> Bool {
        guard index + pattern.count <= tokens.count else { return false }
        for (offset, part) in pattern.enumerated() {
            guard matches(part, at: index + offset) else { return false }
            if offset > 0 {
                guard isSpaceOrHyphenGap(index + offset - 1, index + offset) else { return false }
            }
        }
        return true
    }

    /// The first token index at or after `from` where `phrase` starts, if any.
    func find(_ phrase: String, from: Int = 0) -> Int? {
        guard from < tokens.count else { return nil }
        let pattern = Self.phrasePatterns[phrase] ?? Self.split(phrase)
        for index in from..<tokens.count where matches(phrase: pattern, at: index) { return index }
        return nil
    }

    static func split(_ phrase: String) -> [WordPattern] {
        phrase.split(separator: " ").map { WordPattern(String($0)) }
    }

    /// The phrases the event rules look for, split once.
    static let phrasePatterns: [String: [WordPattern]] = {
        let phrases = EventExtractor.habitualMarkers + EventExtractor.hedges + EventExtractor.continuationPlaces
            + EventExtractor.continuationRegions + EventExtractor.boilerplateStarts
            + ["social media", "telegram channels", "result of", "responsib*", "behind", "caused by", "carried out by", "involvement"]
        return Dictionary(phrases.map { ($0, split($0)) }, uniquingKeysWith: { first, _ in first })
    }()

    /// The token whose span contains or starts at scalar offset `position` (sentence-relative).
    func tokenIndex(at position: Int) -> Int? {
        tokens.firstIndex { $0.end > position }
    }
}
