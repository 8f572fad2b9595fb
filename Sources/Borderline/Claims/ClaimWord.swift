/// The words and marks the claim patterns look for, as one-byte codes.
///
/// Every pattern compares tokens with short English word lists ("about", "km", "borders",
/// "north"…). The lexer looks each word up once, by its lower-case bytes, and gives the token
/// its code, so the patterns compare bytes instead of building, lower-casing and hashing a
/// String per token and per comparison. A word outside this vocabulary has no code: no list
/// could match it. The lists keep their documented homes (`Hedge.phrases`,
/// `QuantityUnit.lengthWords`, `NumberReader.units`, `ClaimWords`…); `ClaimWord.code(_:)` maps
/// their spellings to codes, and refuses (at start-up, in every test run) a spelling that has
/// none, so a word added to a list cannot be silently ignored.
enum ClaimWord: UInt8, CaseIterable, Sendable {
    // The country words (`ClaimWords.countryWords`) first, so that whether a code names a
    // country is one comparison (`namesCountry`).
    case belarus, belarusian, russia, russian, ukraine, ukrainian
    // Then the words that start a verb of bordering (`AdjacencyPattern.verbs`, and "border"),
    // so that whether a code starts one is one comparison too (`startsBorderVerb`).
    case abuts, adjoining, adjoins, border, bordering, borders, neighbors, neighbours, share, shares
    // The other words, in lower case (the spelling is the case name).
    case a, about, almost, also, an, and, approx, approximately, are, around, at, away
    case barely, below, between, beyond, boundary
    case capital, circa, citizens, city, close, closest, common, community, contact
    case directly, district, dozen, due, eight, eighteen, eighty, eleven, estimated, excess
    case farther, fewer, fifteen, fifty, five, forty, four, fourteen, from, front, frontier, frontline, frontlines, further
    case hamlet, home, hundred, `in`, inhabitants, international, `is`, it, its, just, kilometer, kilometers, kilometre
    case kilometres, klm, km, kms, least, less, lie, lies, line, lines, located, lying, m, mere, merely, meter, meters
    case metre, metres, mi, mile, miles, million, more, municipality, national, nearest, nearly
    case nine, nineteen, ninety, no, numbers, oblast, oblasts, of, one, only, or, over, people, population, port
    case province, provinces, region, regions, residents, roughly, s, settlement, seven, seventeen
    case seventy, shared, situated, six, sixteen, sixty, slightly, soil, some, souls, stands, state
    case ten, territory, than, that, the, thirteen, thirty, thousand, three, to, town, twelve, twenty, two
    case under, up, upwards, village, was, which, with, within, zero
    // Marks (punctuation tokens of one scalar).
    case comma, period, colon, openParenthesis, closeParenthesis, openBracket, closeBracket
    case hyphenMinus, enDash, emDash, hyphen, nonBreakingHyphen, apostrophe, rightQuote, modifierApostrophe

    /// The word or mark as the lists write it.
    var spelling: String { Self.spellings[Int(rawValue)] }

    /// Every code's spelling, by raw value (`allCases` is in raw value order). Worked out once,
    /// from `wordSpellings` and the marks' own spellings.
    private static let spellings: [String] = {
        let words = wordSpellings.split(separator: " ").map(String.init)
        precondition(words.count == Int(comma.rawValue), "wordSpellings does not list every word case")
        return allCases.map { $0.isMark ? $0.writtenSpelling : words[Int($0.rawValue)] }
    }()

    /// The words' spellings (their case names), in case order, one space between them. Written
    /// out rather than asked of `String(describing:)`, which goes through the runtime's
    /// reflection and conformance lookups (about 24,000 instructions a case: 4M instructions at
    /// start-up, in the first document checked). A test compares every spelling with
    /// `String(describing:)` of its case.
    private static let wordSpellings = """
        belarus belarusian russia russian ukraine ukrainian \
        abuts adjoining adjoins border bordering borders neighbors neighbours share shares \
        a about almost also an and approx approximately are around at away \
        barely below between beyond boundary \
        capital circa citizens city close closest common community contact \
        directly district dozen due eight eighteen eighty eleven estimated excess \
        farther fewer fifteen fifty five forty four fourteen from front frontier frontline frontlines further \
        hamlet home hundred in inhabitants international is it its just kilometer kilometers kilometre \
        kilometres klm km kms least less lie lies line lines located lying m mere merely meter meters \
        metre metres mi mile miles million more municipality national nearest nearly \
        nine nineteen ninety no numbers oblast oblasts of one only or over people population port \
        province provinces region regions residents roughly s settlement seven seventeen \
        seventy shared situated six sixteen sixty slightly soil some souls stands state \
        ten territory than that the thirteen thirty thousand three to town twelve twenty two \
        under up upwards village was which with within zero
        """

    /// The spelling of a mark (the words' are in `wordSpellings`).
    private var writtenSpelling: String {
        switch self {
        case .comma: return ","
        case .period: return "."
        case .colon: return ":"
        case .openParenthesis: return "("
        case .closeParenthesis: return ")"
        case .openBracket: return "["
        case .closeBracket: return "]"
        case .hyphenMinus: return "-"
        case .enDash: return "–"
        case .emDash: return "—"
        case .hyphen: return "‐"
        case .nonBreakingHyphen: return "‑"
        case .apostrophe: return "'"
        case .rightQuote: return "’"
        case .modifierApostrophe: return "ʼ"
        default: preconditionFailure("\(self) is a word, spelled in wordSpellings")
        }
    }

    /// Whether the code is a mark (a punctuation token) rather than a word.
    var isMark: Bool { rawValue >= ClaimWord.comma.rawValue }

    /// Whether the code is a country word (`ClaimWords.countryWords`; `ClaimTriggers.byCode`
    /// checks that they are the first codes): one comparison, where a lookup in a table by code
    /// cost a bounds check and a load at every token `CountryPattern` scans.
    var namesCountry: Bool { rawValue <= ClaimWord.ukrainian.rawValue }

    /// Whether the code is the first word of a verb of bordering (`AdjacencyPattern.verbs`) or
    /// "border" ("which border Ukraine"): consecutive codes (`ClaimTriggers.byCode` checks), so
    /// one comparison at every token `AdjacencyPattern` scans, where a lookup in a table by code
    /// cost a test of the token's kind, one of whether it has a code, a bounds check and a load.
    var startsBorderVerb: Bool { rawValue &- ClaimWord.abuts.rawValue <= ClaimWord.shares.rawValue &- ClaimWord.abuts.rawValue }

    /// Every spelling and its code. Dictionary lookups compare strings as `==` does, so a
    /// spelling found here is exactly one the old string comparison would have matched.
    static let bySpelling: [String: ClaimWord] = {
        var table: [String: ClaimWord] = [:]
        for word in allCases {
            precondition(table.updateValue(word, forKey: word.spelling) == nil, "duplicate claim word \(word.spelling)")
        }
        return table
    }()

    /// The code of a word or mark from one of the pattern lists; a spelling without a code is a
    /// programming error (the vocabulary above must grow with the lists).
    static func code(_ spelling: String) -> ClaimWord {
        guard let word = bySpelling[spelling] else { preconditionFailure("'\(spelling)' is not in ClaimWord's vocabulary") }
        return word
    }

    /// A per-code table built from a list keyed by spelling: `table[word.rawValue]`.
    static func table<T>(_ values: [String: T], default fallback: T) -> [T] {
        var table = [T](repeating: fallback, count: allCases.count)
        for (spelling, value) in values { table[Int(code(spelling).rawValue)] = value }
        return table
    }

    /// A per-code membership table for a set of spellings.
    static func membership<S: Sequence>(_ spellings: S) -> [Bool] where S.Element == String {
        var table = [Bool](repeating: false, count: allCases.count)
        for spelling in spellings { table[Int(code(spelling).rawValue)] = true }
        return table
    }
}

/// The lower-case ASCII words of the vocabulary and the compass words (`CompassWord.spellings`),
/// by their bytes packed into integers, in an open-addressing table: the lexer's one lookup per
/// word, with no String built, gives all it keeps of the word: its code, its compass class, its
/// ending and the claim triggers it sets.
///
/// The table is laid out for the lexer's cache and branch predictor, as it is probed for nearly
/// every word of every sentence. Its slots are one byte each (4,096 of them: 4 KB, which stays
/// in the first-level cache), holding the position of a word in a dense list of the few hundred
/// words (10 KB), where a table of whole words, 48 bytes a slot, missed that cache on about one
/// probe in three. Position 0 is a word matching no other (an empty slot points to it), so a
/// probe ends when its word matches or its slot is empty, a test of two values together rather
/// than one branch on whether the slot is empty (the outcome of which no branch predictor could
/// guess: most words are in no list, many of the commonest, "the", "of", "in", are) and another
/// on whether the word matches.
///
/// The storage is allocated once, for the one table the program makes (`shared`), and never
/// freed, so the table is one pointer: copying it retains nothing.
struct ClaimVocabulary: @unchecked Sendable {
    /// At most 17 bytes: the longest compass word ("northeastwardsern") has 17, the longest
    /// vocabulary word fewer; longer words are in no list.
    static let maximumLength = 17
    /// 4,096 one-byte slots for a few hundred words: a word in no list, most of the words looked
    /// up, meets an occupied slot on about one probe in twenty before the empty one that ends its
    /// search.
    private static let bits = 12
    /// Position in `words` by slot; 0 for an empty slot. (Written only while the table is made.)
    /// The words follow the slots in the same allocation, so the lexer keeps one pointer to the
    /// table where it kept two (one of which it reloaded from the stack for every word).
    private let slots: UnsafeMutablePointer<UInt8>
    /// The words, from position 1, right after the slots; position 0 holds an empty word (all
    /// zeros, which no word looked up is) and `Entry.none`.
    private var words: UnsafeMutablePointer<Word> {
        UnsafeMutableRawPointer(slots + (1 << Self.bits)).assumingMemoryBound(to: Word.self)
    }
    /// How many places `words` has room for: 256, all a slot's byte can name.
    private static let wordCapacity = 256

    /// A word's packed bytes (`PackedWord`'s three integers) and its entry: 32 bytes, where the
    /// whole `PackedWord` made a row of 48 (its `current` is always empty once finished, and its
    /// count is implied by the integers: see `difference`).
    private struct Word {
        var first: UInt64
        var second: UInt64
        var third: UInt64
        var entry: Entry

        init(_ packed: PackedWord, entry: Entry) {
            first = packed.first
            second = packed.second
            third = packed.third
            self.entry = entry
        }

        /// Zero when the row is the finished word `packed`, some other value otherwise: the
        /// integers compared together, without a branch per integer. The words' counts need no
        /// comparison: every byte of a word in the table or looked up is a letter (never zero,
        /// the table's words are checked when it is made), and a word has at most
        /// `maximumLength` (17) bytes, so the integers hold all of them, each chunk of eight
        /// right-aligned, and the length is where the bytes end. (The empty row at position 0,
        /// all zeros, differs from every word.)
        @inline(__always)
        func difference(_ packed: PackedWord) -> UInt64 {
            (first ^ packed.first) | (second ^ packed.second) | (third ^ packed.third)
        }
    }

    /// What the table knows of a word, all worked out from its spelling when the table is made.
    struct Entry: Sendable {
        /// The word's code in the vocabulary; nil for a compass word no list names.
        var word: ClaimWord?
        /// `CompassWord.classify` of the spelling.
        var compass: CompassWord
        /// The spelling's endings: `.endsInErn`, `.endsInWard`, `.endsInWards`.
        var endings: ClaimToken.Flags
        /// The claim triggers the word sets (`ClaimTriggers.byCode`, and `.compass` for a compass word).
        var triggers: ClaimTriggers
        /// The compass abbreviation the word is when written in upper case ("NE", "SE", "SW",
        /// "NW", held as "ne"…); `.none` for every other word. (The lexer tests the case only
        /// of these few words, so the test of every other word is one predictable branch.)
        var abbreviation: CompassWord

        static let none = Entry(word: nil, compass: .none, endings: [], triggers: [])

        init(word: ClaimWord?, compass: CompassWord, endings: ClaimToken.Flags, triggers: ClaimTriggers,
             abbreviation: CompassWord = .none) {
            self.word = word
            self.compass = compass
            self.endings = endings
            self.triggers = triggers
            self.abbreviation = abbreviation
        }

        init(_ spelling: String, word: ClaimWord?) {
            let compass = CompassWord.classify(spelling)
            var endings: ClaimToken.Flags = []
            if spelling.hasSuffix("ern") { endings.insert(.endsInErn) }
            if spelling.hasSuffix("ward") { endings.insert(.endsInWard) }
            if spelling.hasSuffix("wards") { endings.insert(.endsInWards) }
            var triggers = word.map { ClaimTriggers(rawValue: ClaimTriggers.byCode[Int($0.rawValue)]) } ?? []
            if compass != .none { triggers.insert(.compass) }
            self.init(word: word, compass: compass, endings: endings, triggers: triggers)
        }
    }

    /// The compass abbreviations, in the order `CompassWord.abbreviation(_:)` numbers them.
    static let abbreviations = ["NE", "SE", "SW", "NW"]

    static let shared = ClaimVocabulary()

    private init() {
        // The slots (a multiple of the rows' alignment), then the rows.
        let table = UnsafeMutableRawPointer.allocate(
            byteCount: (1 << Self.bits) + Self.wordCapacity * MemoryLayout<Word>.stride, alignment: 64)
        slots = table.initializeMemory(as: UInt8.self, repeating: 0, count: 1 << Self.bits)
        (table + (1 << Self.bits)).initializeMemory(as: Word.self, repeating: Word(PackedWord(), entry: .none), count: Self.wordCapacity)
        var count = 1
        for word in ClaimWord.allCases where word.isMark {
            let scalars = Array(word.spelling.unicodeScalars)
            precondition(scalars.count == 1 && ClaimLexer.markCode(scalars[0].value) == word, "mark \(word.spelling) not read by the lexer")
        }
        for word in ClaimWord.allCases where !word.isMark {
            insert(word.spelling, Entry(word.spelling, word: word), count: &count)
        }
        for spelling in CompassWord.spellings where entry(Self.packed(spelling)).compass == .none {
            insert(spelling, Entry(spelling, word: ClaimWord.bySpelling[spelling]), count: &count)
        }
        // An abbreviation is a compass word only where its word is none in lower case (the lexer
        // used to test every capitalised two-letter word that had no compass class).
        for (index, abbreviation) in Self.abbreviations.enumerated() {
            let spelling = abbreviation.lowercased()
            let mark = CompassWord.abbreviation(UInt8(index))
            if let position = position(Self.packed(spelling)) {
                if words[position].entry.compass == .none { words[position].entry.abbreviation = mark }
            } else {
                var entry = Entry(spelling, word: ClaimWord.bySpelling[spelling])
                entry.abbreviation = mark
                insert(spelling, entry, count: &count)
            }
        }
    }

    private static func packed(_ spelling: String) -> PackedWord {
        var packed = PackedWord()
        for byte in spelling.utf8 { packed.append(byte) }
        packed.finish()
        return packed
    }

    private func insert(_ spelling: String, _ entry: Entry, count: inout Int) {
        let packed = Self.packed(spelling)
        // No byte zero (see `Word.difference`), and none beyond ASCII.
        precondition(packed.count <= Self.maximumLength && spelling.utf8.allSatisfy { $0 > 0 && $0 < 0x80 })
        precondition(position(packed) == nil, "duplicate spelling \(spelling)")
        precondition(count < Self.wordCapacity, "more vocabulary words than a slot can name")
        var slot = Self.slot(packed)
        while slots[slot] != 0 { slot = (slot + 1) & ((1 << Self.bits) - 1) }
        words[count] = Word(packed, entry: entry)
        slots[slot] = UInt8(count)
        count += 1
    }

    /// The position in `words` of a word, if it is in the table.
    private func position(_ word: PackedWord) -> Int? {
        var slot = Self.slot(word)
        while slots[slot] != 0 {
            if words[Int(slots[slot])].difference(word) == 0 { return Int(slots[slot]) }
            slot = (slot + 1) & ((1 << Self.bits) - 1)
        }
        return nil
    }

    @inline(__always)
    private static func slot(_ word: PackedWord) -> Int {
        // Without the count, which the integers imply (see `Word.difference`), and with one
        // multiplication: the later integers, rotated, mixed into the first before it (for a
        // word of up to eight letters, most words, both are zero: the first alone is hashed).
        let later = (word.second << 29 | word.second >> 35) ^ (word.third << 47 | word.third >> 17)
        let mixed = (word.first ^ later) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> UInt64(64 - bits))
    }

    /// The entry of a lower-case ASCII word of at most `maximumLength` bytes, packed and
    /// finished; `.none` for a word in no list that is no compass word.
    ///
    /// A probe ends when the slot's word is the word or the slot is empty (its position 0, whose
    /// entry is `.none`): both are tested at once (`min` of the difference and the position is
    /// zero when either is), so the usual probe, which ends at once, takes one predictable branch.
    @inline(__always)
    func entry(_ word: PackedWord) -> Entry {
        var slot = Self.slot(word)
        while true {
            let position = Int(slots[slot])
            if min(words[position].difference(word), UInt64(truncatingIfNeeded: position)) == 0 {
                return words[position].entry
            }
            slot = (slot + 1) & ((1 << Self.bits) - 1)
        }
    }
}

/// Up to 24 lower-case ASCII bytes packed into three integers of eight bytes each, every byte
/// shifted in at the low end (bytes past the 24th are counted but not kept). `append` fills
/// `current`, which moves into its place every eighth byte and at `finish()`.
struct PackedWord {
    var first: UInt64 = 0
    var second: UInt64 = 0
    var third: UInt64 = 0
    /// The bytes since the last multiple of eight.
    var current: UInt64 = 0
    var count = 0

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        current = current << 8 | UInt64(byte)
        count &+= 1
        if count & 7 == 0 { store() }
    }

    /// Appends the first `count` (at most eight) of `bytes` at once, leaving the word as
    /// `append` byte by byte would; only while the bytes so far are a multiple of eight, when
    /// `current` is empty.
    @inline(__always)
    mutating func append(first count: Int, of bytes: SIMD8<UInt8>) {
        guard count > 0 else { return }
        // The first byte is the lowest of the vector's integer and the highest of `current`.
        current = unsafeBitCast(bytes, to: UInt64.self).byteSwapped &>> UInt64(truncatingIfNeeded: (8 &- count) &* 8)
        self.count &+= count
        if self.count & 7 == 0 { store() }
    }

    /// The finished word of the first `count` (one to eight) of `bytes`: what `append(first:of:)`
    /// and `finish()` leave on an empty word, without their tests (the lexer's common short word).
    @inline(__always)
    static func finished(first count: Int, of bytes: SIMD8<UInt8>) -> PackedWord {
        var word = PackedWord()
        // The shift (0 to 56) converted without the check for a negative count (a test and a
        // branch per word of the lexer's common loop, as in `append(first:of:)`).
        word.first = unsafeBitCast(bytes, to: UInt64.self).byteSwapped &>> UInt64(truncatingIfNeeded: (8 &- count) &* 8)
        word.count = count
        return word
    }

    /// Appends the first `count` (zero to seven) of `bytes` to a finished word of eight bytes
    /// (`finished(first: 8, of:)`), leaving the word `append(first:of:)` and `finish()` would:
    /// the bytes are the second integer. Shifted in two steps, so that no byte (the word of
    /// exactly eight) shifts all 64 bits out, where one shift by 64 would shift by nothing.
    @inline(__always)
    mutating func appendSecond(first count: Int, of bytes: SIMD8<UInt8>) {
        second = (unsafeBitCast(bytes, to: UInt64.self).byteSwapped &>> 1) &>> ((8 &- count) &* 8 &- 1)
        self.count = 8 &+ count
    }

    /// Moves the last bytes (fewer than eight) into their place: call once, after the last byte.
    @inline(__always)
    mutating func finish() {
        if count & 7 != 0 { store() }
    }

    @inline(__always)
    private mutating func store() {
        switch (count &- 1) >> 3 {
        case 0: first = current
        case 1: second = current
        case 2: third = current
        default: break
        }
        current = 0
    }

    @inline(__always)
    func matches(_ other: PackedWord) -> Bool {
        count == other.count && first == other.first && second == other.second && third == other.third
    }
}
