/// A token of a sentence as the claim patterns see it: a word, a number, or one punctuation mark.
///
/// `Tokenizer` in Extraction splits "69,000" into two words and drops punctuation, which is
/// right for name matching but loses what claims are made of: separators inside figures,
/// brackets around conversions ("10km (six miles)"), commas before appositions and the
/// apostrophe of "Russia's". Offsets are Unicode-scalar offsets in the document, like `Mention`.
///
/// The token keeps no text: the lexer reads once what every pattern asks of it (its code in
/// the patterns' vocabulary, whether it is a compass word, the figure a number stands for, a
/// few spelling facts), so the patterns never build or compare strings.
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

    // The stored properties are declared widest first, so the one-byte ones share the tail of
    // the optional figure's last word: 40 bytes a token instead of 56, copied once per token.

    /// Offset of the first scalar in the document.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// A number token's value and rounding step (`NumberReader.digits`); nil when the digits
    /// are no usable figure, and for other tokens.
    var figure: Figure?
    public var kind: Kind
    /// The word (in lower case) or mark in the patterns' vocabulary; nil for anything else,
    /// numbers included.
    var word: ClaimWord?
    /// The word as a compass word, if it is one.
    var compass: CompassWord
    /// Spelling facts (see `Flags`).
    var flags: Flags

    init(kind: Kind, start: Int, end: Int, word: ClaimWord?, compass: CompassWord, flags: Flags, figure: Figure?) {
        self.start = start
        self.end = end
        self.figure = figure
        self.kind = kind
        self.word = word
        self.compass = compass
        self.flags = flags
    }

    struct Figure: Sendable, Hashable {
        var value: Double
        var step: Double
    }

    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        /// The first letter is upper case.
        static let capitalized = Flags(rawValue: 1)
        /// The lower-case word ends in "ern" ("northern", "eastern"). The ending flags are set
        /// on the words of `ClaimVocabulary` (and of `otherWord`): the patterns ask for them only
        /// on compass words, all of which are in it.
        static let endsInErn = Flags(rawValue: 2)
        /// … in "ward".
        static let endsInWard = Flags(rawValue: 4)
        /// … in "wards".
        static let endsInWards = Flags(rawValue: 8)
    }

    /// Whether this is the punctuation mark `mark`.
    @inline(__always)
    func isMark(_ mark: ClaimWord) -> Bool { word == mark }

    /// Whether the token is the word (or mark) `word`.
    @inline(__always)
    func `is`(_ word: ClaimWord) -> Bool { self.word == word }

    /// Whether the token is a word whose membership in a list is `true` in `table`
    /// (`ClaimWord.membership`).
    @inline(__always)
    func isWord(in table: [Bool]) -> Bool {
        guard kind == .word, let word else { return false }
        return table[Int(word.rawValue)]
    }

    /// Whether the word starts with an upper-case letter.
    var isCapitalized: Bool { flags.contains(.capitalized) }

    /// Whether the mark is an apostrophe (straight or typographic), as in "Russia's".
    var isApostrophe: Bool { word == .apostrophe || word == .rightQuote || word == .modifierApostrophe }

    /// Whether the mark is a hyphen or a dash, as in "20-25 km" or "north-east".
    var isDash: Bool {
        word == .hyphenMinus || word == .enDash || word == .emDash || word == .hyphen || word == .nonBreakingHyphen
    }
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
        var storage: [ClaimToken] = []
        let count = lex(scalars, in: range, into: &storage).count
        return Array(storage[..<count])
    }

    /// What a token storage is filled with before the lexer writes to it (`lex(_:in:into:)`).
    static let filler = ClaimToken(kind: .punctuation, start: 0, end: 0, word: nil, compass: .none, flags: [], figure: nil)

    /// Writes the tokens of `scalars[range]` to the start of `storage` (a scratch array whose
    /// elements past the tokens mean nothing); returns how many there are and the claim triggers
    /// they set (`ClaimTriggers`), read off each token as it is made rather than in a second pass.
    ///
    /// The extractor passes the same storage for every sentence of a document: the tokens are
    /// written in place through a buffer, where appending to an array cost a uniqueness and
    /// capacity check and a copy through the stack per token (and a new array per sentence cost
    /// more than that in allocations). Every token takes at least one scalar, so `storage` is
    /// first grown to `range.count` elements, which is seldom needed after a document's first
    /// sentences.
    static func lex(_ scalars: [Unicode.Scalar], in range: Range<Int>, into storage: inout [ClaimToken])
        -> (count: Int, triggers: ClaimTriggers) {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "range outside the scalars")
        if storage.count < range.count {
            storage.append(contentsOf: repeatElement(filler, count: range.count - storage.count))
        }
        // Read through a buffer: every scalar is read several times, and the range is checked once above.
        return scalars.withUnsafeBufferPointer { scalars in
            storage.withUnsafeMutableBufferPointer { buffer in lex(scalars, in: range, into: buffer) }
        }
    }

    /// `lex(_:in:into:)` on the scalars' and the tokens' storage: writes the tokens to the start
    /// of `buffer` (at least `range.count` long) and returns how many there are and their triggers.
    ///
    /// The count is a local, returned once, not written through a pointer after every token.
    /// The ASCII letter, the most common scalar, is tested first: it is never white space, a
    /// digit or a sign, so the order of the tests does not change what a scalar starts.
    static func lex(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>,
                    into buffer: UnsafeMutableBufferPointer<ClaimToken>) -> (count: Int, triggers: ClaimTriggers) {
        // Each token written below takes at least the scalar at `index` before it is written, so
        // `count` stays below `range.count`, within `buffer`.
        precondition(buffer.count >= range.count, "token buffer shorter than the range")
        var count = 0
        var index = range.lowerBound
        let end = range.upperBound
        var triggers: ClaimTriggers = []
        // Read once, not through the lazy global's check per word.
        let vocabulary = ClaimVocabulary.shared
        while index < end {
            // The common case first, in a loop of its own with little state live: a word of one
            // to fifteen ASCII letters that ends at the range's end or at an ASCII scalar (one
            // space after it stepped over). The general loop below reads the same word the same
            // way, and the comma and full stop as well; anything else (a longer word, one running
            // on into a scalar beyond ASCII, a number, another mark, the last eight scalars of the
            // buffer, or the last sixteen for a word of eight letters or more) is handed to it.
            //
            // The letters are counted over all eight scalars read (`upTo: 8`, which compiles to
            // no cut), not cut at the range's end: a word that runs on past it is handed to the
            // general loop by the test of where it ends, below, and that loop cuts it there. The
            // cut, for the rare word a range ends inside, cost about seven instructions a turn of
            // this loop (the lexer over the 2 MB pipeline: 92.5M -> 86.2M instructions).
            if let base = scalars.baseAddress {
                while index <= scalars.count &- 8 {
                    let letters = asciiLetters(base + index, upTo: 8)
                    if letters.count == 0 {
                        // No letter: a comma or a full stop (most marks, nearly always right
                        // after a word) is made a token here, the one space after it stepped
                        // over, as the general loop would (neither is white space, a digit
                        // or a sign), rather than leaving this loop for a turn of the general
                        // loop's tests for the mark and another for the space.
                        guard index < end, let mark = commonMark(base[index].value) else { break }
                        buffer[count] = ClaimToken(
                            kind: .punctuation, start: index, end: index &+ 1, word: mark, compass: .none, flags: [], figure: nil)
                        count &+= 1
                        index &+= 1
                        if index < end && base[index].value == 0x20 { index &+= 1 }
                        continue
                    }
                    var packed = PackedWord.finished(first: letters.count, of: letters.bytes)
                    if letters.count == 8 {
                        // A word of eight letters or more (about one in four) is read on here,
                        // eight scalars more, rather than read again from its start by the
                        // general loop, as it was when this loop took words of up to seven.
                        guard index <= scalars.count &- 16 else { break }
                        let more = asciiLetters(base + (index &+ 8), upTo: 8)
                        guard more.count < 8 else { break }
                        packed.appendSecond(first: more.count, of: more.bytes)
                    }
                    let after = index &+ packed.count
                    guard after < end ? base[after].value < 0x80 : after == end else { break }
                    let token = asciiWord(packed, scalars, index, after, vocabulary: vocabulary)
                    triggers.formUnion(token.triggers)
                    buffer[count] = token.token
                    count &+= 1
                    index = after
                    if index < end && base[index].value == 0x20 { index &+= 1 }
                }
            }
            guard index < end else { break }
            let scalar = scalars[index]
            if isASCIILetter(scalar) || (scalar.value >= 0x80 && isLetter(scalar)) {
                let start = index
                var ascii = true
                var packed = PackedWord()
                // Whether the reading eight scalars at a time found where the word ends: at the
                // range's end, or at an ASCII scalar that is no letter (which the scalar loop
                // below would stop at straight away). Most words end so, and skip that loop.
                var ended = false
                // The word's ASCII letters eight scalars at a time (`asciiLetters`); the scalar
                // loop below reads on past a non-ASCII letter, and ends the word otherwise.
                if let base = scalars.baseAddress {
                    while index <= scalars.count &- 8 {
                        let letters = asciiLetters(base + index, upTo: end &- index)
                        packed.append(first: letters.count, of: letters.bytes)
                        index &+= letters.count
                        guard letters.count == 8 else {
                            ended = index == end || scalars[index].value < 0x80
                            break
                        }
                    }
                }
                if !ended {
                    while index < end {
                        let next = scalars[index]
                        if isASCIILetter(next) {
                            // Setting bit 5 lower-cases an ASCII letter.
                            packed.append(UInt8(truncatingIfNeeded: next.value) | 0x20)
                        } else {
                            guard next.value >= 0x80, isLetter(next) else { break }
                            ascii = false
                        }
                        index += 1
                    }
                }
                packed.finish()
                let token = ascii ? asciiWord(packed, scalars, start, index, vocabulary: vocabulary) : otherWord(scalars, start, index)
                triggers.formUnion(token.triggers)
                buffer[count] = token.token
                count += 1
                // Most words are followed by one space, which makes no token: stepped over here
                // rather than by another turn of the loop and its tests.
                if index < end && scalars[index].value == 0x20 { index &+= 1 }
            } else if isWhitespace(scalar) {
                index += 1
            } else if isDigit(scalar) || (scalar.value == 0x2D || scalar.value == 0x2212) && isSign(scalars, at: index, in: range) {
                // (`isSign` is called, out of line, only for the two scalars a sign can be.)
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
                let figure = figure(scalars, start, index)
                if figure != nil { triggers.insert(.figure) }
                buffer[count] = ClaimToken(
                    kind: .number, start: start, end: index, word: nil, compass: .none, flags: [], figure: figure)
                count += 1
            } else {
                buffer[count] = ClaimToken(
                    kind: .punctuation, start: index, end: index + 1, word: markCode(scalar.value), compass: .none,
                    flags: [], figure: nil)
                count += 1
                index += 1
            }
        }
        return (count, triggers)
    }

    /// How many of the eight scalars at `scalars` (at most `limit` of them) are ASCII letters
    /// before the first that is not, and the eight scalars' bytes with bit 5 set (lower case,
    /// for the letters; what the other lanes hold is not said). Read as one vector of eight
    /// scalars, where a loop per scalar cost a test, a shift and a branch per letter of every
    /// word; the eight scalars must lie in the buffer (they may run past the word's range:
    /// `limit` cuts the count).
    ///
    /// The scalars are narrowed to bytes first, each clamped to 0...255 (two saturating packs),
    /// and tested as bytes: an ASCII scalar keeps its byte, and any other becomes 0x80...0xFF,
    /// which no test below takes for a letter. Testing the eight 32-bit lanes and then
    /// narrowing both the test and the scalars, as before, compiled to about 30 instructions
    /// a call, this to 19; the lexer makes one or two calls a word (43.0M -> 38.0M
    /// instructions for the lexer over 2 MB).
    @inline(__always)
    static func asciiLetters(_ scalars: UnsafePointer<Unicode.Scalar>, upTo limit: Int) -> (count: Int, bytes: SIMD8<UInt8>) {
        // A scalar is at most 0x10FFFF: as a signed lane it is never negative.
        let lanes = UnsafeRawPointer(scalars).loadUnaligned(as: SIMD8<Int32>.self)
        let lowered = clampedBytes(lanes) | 0x20
        // As `isASCIILetter`: "a"–"z" once bit 5 is set, which moves no other byte there. A byte
        // below "a" makes the first difference wrap into the top bit, and one above "z" the
        // second (bytes 0x80...0xFF, set bit 5, are 0xA0...0xFF: those up to 0xE0 wrap the
        // second, the rest set the top bit of the first), so the top bit of either marks a byte
        // other than a letter.
        let others = (lowered &- 0x61) | (SIMD8<UInt8>(repeating: 0x7A) &- lowered)
        let marks = unsafeBitCast(others, to: UInt64.self) & 0x8080_8080_8080_8080
        return (min(marks.trailingZeroBitCount &>> 3, limit), lowered)
    }

    /// The eight lanes, each clamped to 0...255, as bytes: written lane by lane, which the
    /// compiler makes two saturating packs (a signed pack to 16 bits, an unsigned one to 8).
    @inline(__always)
    static func clampedBytes(_ lanes: SIMD8<Int32>) -> SIMD8<UInt8> {
        let clamped = pointwiseMin(pointwiseMax(lanes, SIMD8(repeating: 0)), SIMD8(repeating: 255))
        var bytes = SIMD8<UInt8>()
        for lane in 0..<8 { bytes[lane] = UInt8(truncatingIfNeeded: clamped[lane]) }
        return bytes
    }

    /// The figure of the number token `scalars[start..<end]`: `NumberReader.digits` of its
    /// text (`NumberReader.digits(_:_:_:)` reads it from the scalars), read straight from the
    /// scalars here when it is a plain run of at most 15 digits (the
    /// common case: "12", "2024"), where that reading is exact (a whole number below 10^15).
    @inline(__always)
    static func figure(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> ClaimToken.Figure? {
        if end - start <= 15 {
            var value = 0
            var plain = true
            for offset in start..<end {
                let digit = scalars[offset].value &- 0x30
                guard digit < 10 else { plain = false; break }
                value = value * 10 + Int(digit)
            }
            if plain { return ClaimToken.Figure(value: Double(value), step: NumberReader.roundingStep(ofWhole: value)) }
        }
        return NumberReader.digits(scalars, start, end).map { ClaimToken.Figure(value: $0.value, step: $0.step) }
    }

    /// A word of ASCII letters, whose lower-case bytes are `packed` (finished), and the
    /// triggers it sets. Its ending flags come with its vocabulary entry: a word outside the
    /// vocabulary has none, which changes nothing, as the patterns ask for an ending only of a
    /// compass word (every one of which is in the vocabulary).
    @inline(__always)
    static func asciiWord(_ packed: PackedWord, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int,
                          _ end: Int, vocabulary: ClaimVocabulary) -> (token: ClaimToken, triggers: ClaimTriggers) {
        // One probe gives the code, the compass class, the ending and the triggers.
        let entry = packed.count <= ClaimVocabulary.maximumLength ? vocabulary.entry(packed) : .none
        var flags = entry.endings
        // An ASCII letter with bit 5 clear is upper case.
        if scalars[start].value & 0x20 == 0 { flags.insert(.capitalized) }
        var compass = entry.compass
        var triggers = entry.triggers
        if entry.abbreviation != .none {
            // "NE", "SE", "SW", "NW" (the entry of "ne"…): upper case only, both letters.
            if (scalars[start].value | scalars[start + 1].value) & 0x20 == 0 {
                compass = entry.abbreviation
                triggers.insert(.compass)
            }
        }
        return (ClaimToken(kind: .word, start: start, end: end, word: entry.word, compass: compass, flags: flags, figure: nil), triggers)
    }

    /// A word with letters beyond ASCII: read through String, exactly as the patterns' string
    /// comparisons would read it (lower-casing may even make it ASCII: the Kelvin sign "K"), and
    /// the triggers it sets.
    static func otherWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> (token: ClaimToken, triggers: ClaimTriggers) {
        let written = ScalarText.string(ArraySlice(scalars[start..<end]))
        let lower = written.lowercased()
        var flags: ClaimToken.Flags = []
        if ScalarText.isUppercase(scalars[start]) { flags.insert(.capitalized) }
        // A string ends in the characters of a lower-case ASCII ending only if its UTF-8 ends in
        // the ending's bytes (no scalar but the letter itself is canonically equivalent to a
        // lower-case ASCII letter), so the character comparison (hundreds of instructions each)
        // runs only when the bytes match.
        if Self.utf8(of: lower, endsWith: "ern"), lower.hasSuffix("ern") { flags.insert(.endsInErn) }
        if Self.utf8(of: lower, endsWith: "ward"), lower.hasSuffix("ward") { flags.insert(.endsInWard) }
        if Self.utf8(of: lower, endsWith: "wards"), lower.hasSuffix("wards") { flags.insert(.endsInWards) }
        // Every word of the vocabulary and every compass word (`CompassWord.spellings`) is ASCII,
        // and no lower-case scalar beyond ASCII is canonically equivalent to ASCII, so a word
        // still beyond ASCII once lower-cased (most such words) can be neither: it is not looked up.
        var word: ClaimWord?
        var compass = CompassWord.none
        if lower.utf8.allSatisfy({ $0 < 0x80 }) {
            word = ClaimWord.bySpelling[lower]
            if word?.isMark == true { word = nil }
            compass = CompassWord.classify(lower)
        }
        if let abbreviation = ["NE", "SE", "SW", "NW"].firstIndex(of: written) { compass = .abbreviation(UInt8(abbreviation)) }
        var triggers = word.map { ClaimTriggers(rawValue: ClaimTriggers.byCode[Int($0.rawValue)]) } ?? []
        if compass != .none { triggers.insert(.compass) }
        return (ClaimToken(kind: .word, start: start, end: end, word: word, compass: compass, flags: flags, figure: nil), triggers)
    }

    /// Whether the UTF-8 of `text` ends in the bytes of `ending`.
    static func utf8(of text: String, endsWith ending: StaticString) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= ending.utf8CodeUnitCount else { return false }
        return ending.withUTF8Buffer { bytes.reversed().starts(with: $0.reversed()) }
    }

    /// The code of a one-scalar mark in the vocabulary (`ClaimWord.spelling` of the marks).
    @inline(__always)
    static func markCode(_ value: UInt32) -> ClaimWord? {
        switch value {
        case 0x2C: return .comma
        case 0x2E: return .period
        case 0x3A: return .colon
        case 0x28: return .openParenthesis
        case 0x29: return .closeParenthesis
        case 0x5B: return .openBracket
        case 0x5D: return .closeBracket
        case 0x2D: return .hyphenMinus
        case 0x2013: return .enDash
        case 0x2014: return .emDash
        case 0x2010: return .hyphen
        case 0x2011: return .nonBreakingHyphen
        case 0x27: return .apostrophe
        case 0x2019: return .rightQuote
        case 0x2BC: return .modifierApostrophe
        default: return nil
        }
    }

    /// `markCode` of a comma or a full stop, the marks the common-word loop of `lex` makes
    /// tokens of itself; nil for any other scalar.
    @inline(__always)
    static func commonMark(_ value: UInt32) -> ClaimWord? {
        switch value {
        case 0x2C: return .comma
        case 0x2E: return .period
        default: return nil
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// A minus sign that begins a number: "-" or "−" right before a digit, after white space or
    /// the start (not the dash of a range such as "20-25").
    static func isSign(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int, in range: Range<Int>) -> Bool {
        guard scalars[index] == "-" || scalars[index] == "\u{2212}", index + 1 < range.upperBound, isDigit(scalars[index + 1]) else {
            return false
        }
        return index == range.lowerBound || isWhitespace(scalars[index - 1])
    }

    /// Whether the scalar is in the General Punctuation block (U+2000–U+206F): spaces, dashes,
    /// quotation marks, the ellipsis…
    @inline(__always)
    static func isGeneralPunctuation(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x2000 < 0x70 }

    /// `ScalarText.isWhitespace`, answered without a property lookup in General Punctuation,
    /// whose white space is U+2000–U+200A, U+2028, U+2029, U+202F and U+205F (the tests check
    /// the whole block against the property).
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        guard isGeneralPunctuation(scalar) else { return hasWhitespaceProperty(scalar) }
        return value <= 0x200A || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F
    }

    /// `ScalarText.isWhitespace` of a scalar beyond ASCII, out of line for the reason
    /// `isLetter` is: inlined, its property lookup made the lexer fetch the metadata of
    /// `Unicode.Scalar.Properties` (and make stack room for it) on entry, for every sentence.
    @inline(never)
    static func hasWhitespaceProperty(_ scalar: Unicode.Scalar) -> Bool { ScalarText.isWhitespace(scalar) }

    /// `ScalarText.isAlphabetic` of an ASCII scalar ("A"–"Z", "a"–"z") in one comparison: setting
    /// bit 5 lower-cases an ASCII letter and moves no other scalar into "a"–"z".
    @inline(__always)
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool { (scalar.value | 0x20) &- 0x61 < 26 }

    /// Out of line: the property lookups need the metadata of `Unicode.Scalar.Properties` and
    /// `Unicode.GeneralCategory`, which, inlined, the lexer fetched (and made stack room for) at
    /// every call, for every sentence, though most sentences have no letter beyond ASCII.
    @inline(never)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return ScalarText.isAlphabetic(scalar) }
        // General Punctuation holds no letter and no nonspacing mark; news text is full of its
        // quotes and dashes, whose properties cost hundreds of instructions each to look up.
        if isGeneralPunctuation(scalar) { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
    }
}
