/// What separates a word from the word before it; the finder's phrase rules read this instead
/// of the raw characters.
enum Gap: UInt8, Sendable {
    /// Spaces or tabs only ("Belgorod Oblast").
    case space
    /// One hyphen, maybe with spaces ("Rostov-on-Don", "north-east").
    case hyphen
    /// One apostrophe, straight or curly, and nothing else ("Russia's", "Russia’s").
    case apostrophe
    /// A full stop and spaces ("St. Petersburg").
    case period
    /// A comma and spaces ("Sudzha, Kursk region").
    case comma
    /// Anything else within a sentence: quotes, brackets, dashes.
    case other
    /// A line end, sentence punctuation, or the start of the text.
    case hard
}

/// A word of the text as the finder sees it: scalar offsets, its folded form in a shared
/// buffer, its vocabulary id (−1 when unknown) and how it is written.
struct ScanToken: Sendable {
    var start: Int32
    var end: Int32
    var foldStart: Int32
    var foldEnd: Int32
    var id: Int32
    var info: WordInfo
    /// The names that begin with this word: `NameIndex` entries firstEntry..<firstEntry + entryCount.
    var firstEntry: Int32
    var entryCount: Int32
    var gap: Gap
    var flags: Flags

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// Starts with an upper-case letter.
        static let capitalized = Flags(rawValue: 1)
        /// Every letter is upper case ("RBC", "KYIV").
        static let allUpper = Flags(rawValue: 2)
        /// Has a non-ASCII letter (Cyrillic, accented Latin).
        static let nonASCII = Flags(rawValue: 4)
    }

    var isCapitalized: Bool { flags.contains(.capitalized) }
    var wordClass: WordClass { info.wordClass }
    var entries: Range<Int> { Int(firstEntry)..<Int(firstEntry + entryCount) }
    var length: Int { Int(end - start) }
}

/// One pass over a document's UTF-8 bytes: decodes scalars, splits words, folds and hashes them
/// as it goes, and looks each up in the vocabulary. Offsets count Unicode scalars.
struct TextScan {
    var tokens: [ScanToken] = []
    var folded: [UInt32] = []
    /// Scalar offsets of every "\n".
    var newlines: [Int] = []
    var scalarCount = 0
    /// The UTF-8 offset of every scalar offset (and of the end), or nil when the text is ASCII
    /// and the two agree.
    var byteOffsets: [Int32]?

    init(_ text: String, vocabulary: Vocabulary) {
        var text = text
        tokens.reserveCapacity(text.utf8.count / 5)
        folded.reserveCapacity(text.utf8.count)
        text.withUTF8 { bytes in
            var keys: [UInt64] = []
            keys.reserveCapacity(tokens.capacity)
            self.run(bytes, &keys)
            self.lookUp(keys, vocabulary)
            if scalarCount != bytes.count {
                var offsets = [Int32]()
                offsets.reserveCapacity(scalarCount + 1)
                for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { offsets.append(Int32(index)) }
                offsets.append(Int32(bytes.count))
                byteOffsets = offsets
            }
        }
    }

    /// Finds every word in the vocabulary. A pass of its own, after the scan: the table is large,
    /// so most lookups miss the cache, and in a loop that does nothing else the processor has
    /// many of those misses in flight at once instead of one per word.
    private mutating func lookUp(_ keys: [UInt64], _ vocabulary: Vocabulary) {
        folded.withUnsafeBufferPointer { all in
            tokens.withUnsafeMutableBufferPointer { tokens in
                for t in tokens.indices {
                    let word = UnsafeBufferPointer(rebasing: all[Int(tokens[t].foldStart)..<Int(tokens[t].foldEnd)])
                    if let found = vocabulary.lookup(word, rawKey: keys[t]) {
                        tokens[t].id = found.id
                        tokens[t].info = found.info
                        tokens[t].firstEntry = found.firstEntry
                        tokens[t].entryCount = found.entryCount
                    }
                }
            }
        }
    }

    private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, _ keys: inout [UInt64]) {
        let folding = ScalarFolding.shared
        var i = 0, scalar = 0
        let n = bytes.count
        var gap = Gap.hard
        var gapPunctuation = 0 // count of non-space separators since the last word
        var wordStart = -1, foldStart = 0
        var flags: ScanToken.Flags = []
        var allUpper = true
        var key = WordKey.empty

        @inline(__always) func finishWord(_ end: Int, _ this: inout TextScan) {
            var f = flags
            if allUpper { f.insert(.allUpper) }
            keys.append(key.rawValue)
            this.tokens.append(ScanToken(
                start: Int32(wordStart), end: Int32(end), foldStart: Int32(foldStart), foldEnd: Int32(this.folded.count),
                id: -1, info: [], firstEntry: 0, entryCount: 0, gap: gap, flags: f))
            wordStart = -1
            gap = .space
            gapPunctuation = 0
        }

        while i < n {
            let b0 = UInt32(bytes[i])
            var value: UInt32
            if b0 < 0x80 {
                value = b0; i += 1
            } else if b0 < 0xE0 {
                value = ((b0 & 0x1F) << 6) | (UInt32(bytes[min(i + 1, n - 1)]) & 0x3F); i += 2
            } else if b0 < 0xF0 {
                value = ((b0 & 0x0F) << 12) | ((UInt32(bytes[min(i + 1, n - 1)]) & 0x3F) << 6)
                    | (UInt32(bytes[min(i + 2, n - 1)]) & 0x3F); i += 3
            } else {
                value = ((b0 & 0x07) << 18) | ((UInt32(bytes[min(i + 1, n - 1)]) & 0x3F) << 12)
                    | ((UInt32(bytes[min(i + 2, n - 1)]) & 0x3F) << 6) | (UInt32(bytes[min(i + 3, n - 1)]) & 0x3F); i += 4
            }
            if folding.isWord(value) {
                if wordStart < 0 {
                    wordStart = scalar
                    foldStart = folded.count
                    key = WordKey.empty
                    allUpper = true
                    flags = folding.isUppercase(value) ? .capitalized : []
                }
                if value >= 0x80 { flags.insert(.nonASCII) }
                let before = folded.count
                folding.fold(value, into: &folded)
                var k = before
                while k < folded.count {
                    key.append(folded[k])
                    k += 1
                }
                if allUpper && !(value >= 0x30 && value <= 0x39) && !folding.isUppercase(value) { allUpper = false }
            } else {
                if wordStart >= 0 { finishWord(scalar, &self) }
                switch value {
                case 0x20, 0x09, 0xA0: break
                case 0x0A, 0x0D:
                    if value == 0x0A { newlines.append(scalar) }
                    gap = .hard
                case 0x2E: // .
                    gap = gap == .hard ? .hard : (gapPunctuation == 0 ? .period : .hard)
                    gapPunctuation += 1
                case 0x21, 0x3F, 0x3B, 0x3A: // ! ? ; :
                    gap = .hard
                case 0x2C: // ,
                    if gap != .hard { gap = gapPunctuation == 0 ? .comma : .other }
                    gapPunctuation += 1
                case 0x2D, 0x2010, 0x2011: // hyphens
                    if gap != .hard { gap = gapPunctuation == 0 ? .hyphen : .other }
                    gapPunctuation += 1
                case 0x27, 0x2019: // ' ’
                    if gap != .hard { gap = gapPunctuation == 0 ? .apostrophe : .other }
                    gapPunctuation += 1
                default:
                    if gap != .hard { gap = .other }
                    gapPunctuation += 1
                }
            }
            scalar += 1
        }
        if wordStart >= 0 { finishWord(scalar, &self) }
        scalarCount = scalar
    }
}
