/// A token of a sentence as the claim patterns see it: a word, a number, or one punctuation mark.
///
/// `Tokenizer` in Extraction splits "69,000" into two words and drops punctuation, which is
/// right for name matching but loses what claims are made of: separators inside figures,
/// brackets around conversions ("10km (six miles)"), commas before appositions and the
/// apostrophe of "Russia's". Offsets are Unicode-scalar offsets in the document, like `Mention`.
public struct ClaimToken: Sendable, Hashable {
    /// What the token is made of.
    public enum Kind: Sendable, Hashable {
        /// Letters (and combining marks): "kilometres", "Belgorod".
        case word
        /// Digits, with the separators and decimal point inside them: "69,000", "1.5".
        case number
        /// One mark that is neither letter, digit nor white space: ",", "(", "-", "’".
        case punctuation
    }

    public var kind: Kind
    /// Offset of the first scalar in the document.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// The text as written.
    public var text: String
    /// Lower case, for matching word lists.
    public var lower: String

    /// Whether this is the punctuation mark `mark`.
    func isMark(_ mark: String) -> Bool { kind == .punctuation && text == mark }

    /// Whether the token is a word in `words` (compared in lower case).
    func isWord(in words: Set<String>) -> Bool { kind == .word && words.contains(lower) }

    /// Whether the word starts with an upper-case letter.
    var isCapitalized: Bool { kind == .word && (text.unicodeScalars.first.map(ScalarText.isUppercase) ?? false) }

    /// Whether the mark is an apostrophe (straight or typographic), as in "Russia's".
    var isApostrophe: Bool { kind == .punctuation && (text == "'" || text == "’" || text == "ʼ") }

    /// Whether the mark is a hyphen or a dash, as in "20-25 km" or "north-east".
    var isDash: Bool { kind == .punctuation && ["-", "–", "—", "‐", "‑"].contains(text) }
}

/// Splits a stretch of a document into `ClaimToken`s.
public enum ClaimLexer {
    /// The tokens of `scalars[range]`, with offsets in the whole of `scalars`.
    ///
    /// A number is a run of digits that may contain "," or "." followed by a digit
    /// ("69,000", "1.4"), with an exponent when written in scientific notation ("1e400", which
    /// the number reader then refuses as out of range) and a minus sign when one stands alone
    /// before it ("-5"); "10km" is a number and a word; "20-25" is two numbers and a dash.
    public static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [ClaimToken] {
        var tokens: [ClaimToken] = []
        var index = range.lowerBound
        let end = range.upperBound
        func text(_ from: Int, _ to: Int) -> String {
            ScalarText.string(scalars[from..<to])
        }
        while index < end {
            let scalar = scalars[index]
            if ScalarText.isWhitespace(scalar) {
                index += 1
            } else if isDigit(scalar) || isSign(scalars, at: index, in: range) {
                let start = index
                if !isDigit(scalar) { index += 1 }
                while index < end {
                    if isDigit(scalars[index]) {
                        index += 1
                    } else if (scalars[index] == "," || scalars[index] == "."), index + 1 < end, isDigit(scalars[index + 1]) {
                        index += 1
                    } else if scalars[index] == "e" || scalars[index] == "E" {
                        // An exponent: "e", an optional sign, then digits.
                        var next = index + 1
                        if next < end && (scalars[next] == "+" || scalars[next] == "-") { next += 1 }
                        guard next < end, isDigit(scalars[next]) else { break }
                        index = next
                        while index < end && isDigit(scalars[index]) { index += 1 }
                        break
                    } else {
                        break
                    }
                }
                let written = text(start, index)
                tokens.append(ClaimToken(kind: .number, start: start, end: index, text: written, lower: written))
            } else if isLetter(scalar) {
                let start = index
                while index < end && isLetter(scalars[index]) { index += 1 }
                let written = text(start, index)
                tokens.append(ClaimToken(kind: .word, start: start, end: index, text: written, lower: written.lowercased()))
            } else {
                let written = text(index, index + 1)
                tokens.append(ClaimToken(kind: .punctuation, start: index, end: index + 1, text: written, lower: written))
                index += 1
            }
        }
        return tokens
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// A minus sign that begins a number: "-" or "−" right before a digit, after white space or
    /// the start (not the dash of a range such as "20-25").
    static func isSign(_ scalars: [Unicode.Scalar], at index: Int, in range: Range<Int>) -> Bool {
        guard scalars[index] == "-" || scalars[index] == "\u{2212}", index + 1 < range.upperBound, isDigit(scalars[index + 1]) else {
            return false
        }
        return index == range.lowerBound || ScalarText.isWhitespace(scalars[index - 1])
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return ScalarText.isAlphabetic(scalar) }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
    }
}
