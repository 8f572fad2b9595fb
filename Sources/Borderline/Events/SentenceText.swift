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

    /// The text of a scalar range.
    func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
        return String(view)
    }

    /// Whether a cue token pattern ("evacuat*", "fire") matches token `index`.
    func matches(_ pattern: String, at index: Int) -> Bool {
        let word = self.word(index)
        if pattern.hasSuffix("*") { return word.hasPrefix(pattern.dropLast()) }
        return word == pattern
    }

    /// Whether the phrase `pattern` (token patterns) starts at token `index`, with only spaces
    /// or hyphens between its words ("air-defence", "air defence").
    func matches(phrase pattern: [String], at index: Int) -> Bool {
        guard index + pattern.count <= tokens.count else { return false }
        for (offset, part) in pattern.enumerated() {
            guard matches(part, at: index + offset) else { return false }
            if offset > 0 {
                let between = gap(index + offset - 1, index + offset)
                guard between.unicodeScalars.allSatisfy({ $0 == " " || $0 == "-" }) else { return false }
            }
        }
        return true
    }

    /// The first token index at or after `from` where `phrase` starts, if any.
    func find(_ phrase: String, from: Int = 0) -> Int? {
        let pattern = phrase.split(separator: " ").map(String.init)
        guard from < tokens.count else { return nil }
        for index in from..<tokens.count where matches(phrase: pattern, at: index) { return index }
        return nil
    }

    /// The token whose span contains or starts at scalar offset `position` (sentence-relative).
    func tokenIndex(at position: Int) -> Int? {
        tokens.firstIndex { $0.end > position }
    }
}
