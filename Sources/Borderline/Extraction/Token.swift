import Foundation

/// A word of the text: a maximal run of letters, digits and combining marks.
///
/// Offsets count Unicode scalars from the start of the document, the unit Python's `str`
/// indexes by, so users can check spans with `text[start:end]`.
public struct Token: Sendable, Hashable {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// Lower-cased, accents removed ("kharkiv" for "Kharkiv", "харкив" for "Харків").
    public var folded: String
    /// Whether the word starts with an upper-case letter.
    public var isCapitalized: Bool
}

/// Splits text into `Token`s and folds them for matching.
public enum Tokenizer {
    /// The tokens of `scalars`, in order.
    public static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        let count = scalars.count
        while index < count {
            guard isWordScalar(scalars[index]) else { index += 1; continue }
            let start = index
            while index < count && isWordScalar(scalars[index]) { index += 1 }
            let word = scalars[start..<index]
            tokens.append(Token(
                start: start, end: index, folded: fold(word),
                isCapitalized: word.first.map(ScalarText.isUppercase) ?? false))
        }
        return tokens
    }

    /// Folds a name the same way as text, token by token.
    public static func foldedTokens(of name: String) -> [String] {
        tokens(Array(name.unicodeScalars)).map(\.folded)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// Lower case without diacritics. ASCII words take a fast path; others are decomposed
    /// (NFD) and their combining marks dropped, so "Kharkiv", "KHARKIV" and "Khárkiv" agree and
    /// "Харків" matches "Харкив".
    static func fold<S: Collection>(_ word: S) -> String where S.Element == Unicode.Scalar {
        if word.allSatisfy(\.isASCII) {
            return String(unsafeUninitializedCapacity: word.count) { buffer in
                var i = 0
                for scalar in word {
                    let v = UInt8(truncatingIfNeeded: scalar.value)
                    buffer[i] = v >= 0x41 && v <= 0x5A ? v + 32 : v
                    i += 1
                }
                return i
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: word)
        let decomposed = String(view).decomposedStringWithCanonicalMapping.lowercased()
        var folded = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
            folded.append(scalar)
        }
        return String(folded)
    }
}
