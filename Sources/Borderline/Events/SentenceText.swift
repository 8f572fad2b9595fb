import Foundation

/// One sentence prepared for the event rules: its tokens as `EventWord`s, offsets relative to
/// the sentence start (add `offset` for document offsets).
///
/// The event rules look at every word of every sentence many times over, so the sentence is
/// tokenised once into compact tokens (the word as an integer, its length and numeric value,
/// its first 16 folded bytes for stem tests), the set of its words is kept so that a rule
/// needing a word the sentence lacks ends at once, and its scalars are read in place from the
/// document's array, never copied into per-word strings. Tokens and folding are exactly those
/// of `Tokenizer`; words whose folded form is not ASCII keep that form (rare in news text) so
/// stem and list tests treat them as `String` comparison would.
///
/// `@unchecked Sendable`: the buffers it reads (`source`, `tokens`) are never written while a
/// sentence reads them (see `TokenStorage`).
struct SentenceText: @unchecked Sendable {
    /// The scalars the sentence is a range of (a whole document's, or the sentence's alone),
    /// read in place: kept alive by the sentence's `tokens` when it owns them, else by the
    /// caller that lent them (`init(lending:base:length:offset:storage:)`). The sentence holds
    /// no reference of its own, so that making, passing and dropping one retains and releases
    /// nothing (see `TokenList`).
    let source: UnsafeBufferPointer<Unicode.Scalar>
    /// Where the sentence starts in `source`.
    let base: Int
    /// The sentence's length in scalars.
    let length: Int
    /// The tokens, in the storage the sentence was made in (see `init`).
    let tokens: TokenList
    /// Document offset of the sentence's first scalar.
    let offset: Int
    /// Folded forms that are not ASCII, by token index; nil when there are none (nearly every
    /// sentence): a sentence with an empty dictionary retained and released it when made and
    /// destroyed, once per sentence of every document.
    private let foldedNonASCII: [Int: String]?
    /// The words present (every token's, `unknown` aside), gathered while tokenising: a rule
    /// that needs a word the sentence lacks ends without a scan of the tokens.
    let words: WordSet
    /// Whether a token is a number of ASCII digits (`number` gives a value for it).
    let hasNumber: Bool

    /// A word of the sentence.
    ///
    /// 40 bytes, not 64: the offsets and the length are held as 32-bit values (a sentence has
    /// fewer than 2^32 scalars: `init` requires it) behind `Int` accessors, and the fields are
    /// laid out widest first so that no padding is left between them. `init` writes every
    /// token of every sentence, and the rules copy tokens whole: five words a token, not eight.
    struct WordToken: Sendable {
        /// The first 16 bytes of the folded word when it is ASCII (zero-padded).
        var packed: EventWord.Packed
        /// The value of a word of ASCII digits that fits an `Int` (what `Int(folded)` gives), else -1.
        var number: Int
        private var start32: UInt32
        private var end32: UInt32
        private var characters32: UInt32
        var word: EventWord
        var isCapitalized: Bool
        /// Whether the folded word is ASCII (else its form is in `foldedNonASCII`).
        var isASCII: Bool

        /// Scalar offsets in the sentence, end exclusive.
        var start: Int {
            @inline(__always) get { Int(start32) }
            @inline(__always) set { start32 = UInt32(truncatingIfNeeded: newValue) }
        }
        var end: Int {
            @inline(__always) get { Int(end32) }
            @inline(__always) set { end32 = UInt32(truncatingIfNeeded: newValue) }
        }
        /// The folded word's length in characters (at most its scalars').
        var characters: Int {
            @inline(__always) get { Int(characters32) }
            @inline(__always) set { characters32 = UInt32(truncatingIfNeeded: newValue) }
        }

        /// A token of offsets and a length within the sentence (each below 2^32, as `init`
        /// makes sure).
        @inline(__always)
        init(start: Int, end: Int, word: EventWord, packed: EventWord.Packed, characters: Int, number: Int, isCapitalized: Bool, isASCII: Bool) {
            self.packed = packed
            self.number = number
            self.start32 = UInt32(truncatingIfNeeded: start)
            self.end32 = UInt32(truncatingIfNeeded: end)
            self.characters32 = UInt32(truncatingIfNeeded: characters)
            self.word = word
            self.isCapitalized = isCapitalized
            self.isASCII = isASCII
        }
    }

    init(_ text: String, offset: Int = 0) {
        let scalars = Array(text.unicodeScalars)
        self.init(scalars, base: 0, length: scalars.count, offset: offset)
    }

    /// The sentence `base..<base + length` of `source`, which starts at document offset `offset`.
    init(_ source: [Unicode.Scalar], base: Int, length: Int, offset: Int) {
        var storage = TokenStorage()
        self.init(source, base: base, length: length, offset: offset, storage: &storage)
    }

    /// The sentence `base..<base + length` of `source`, its tokens written into `storage`: a
    /// caller that goes through a document sentence by sentence passes one storage for every
    /// sentence, which is written over once the previous sentence is gone (while a sentence
    /// made in it lives, a new storage is made instead). A new array per sentence cost more
    /// than a thousand instructions to allocate and free, and a slice of one reused array
    /// cost as much again in the rules' reads of its tokens.
    ///
    /// The scalars are first read eight at a time into bytes and word bits (`WordRuns`, in
    /// scratch on the stack for a sentence of up to about 900 scalars); each word is then a run
    /// of set bits, and an ASCII word (nearly every one) is packed by one or two loads from the
    /// bytes, its first byte telling whether it is capitalised or may be a number. The storage
    /// is first made as long as the most tokens a sentence can hold: a token takes at least one
    /// scalar and is followed by a scalar that is not part of a word (or the end), so a
    /// sentence of `length` scalars has at most `(length + 1) / 2`.
    init(_ source: [Unicode.Scalar], base: Int, length: Int, offset: Int, storage: inout TokenStorage) {
        if !isKnownUniquelyReferenced(&storage) { storage = TokenStorage() }
        // The sentence keeps its own copy of the scalars and the storage alive through its
        // tokens: an array's buffer may be read only inside `withUnsafeBufferPointer`.
        let owner = Owner(scalars: source, storage: storage)
        self.init(UnsafeBufferPointer(owner.scalars), base: base, length: length, offset: offset, storage: storage, owner: owner)
    }

    /// The sentence `base..<base + length` of `source`, its tokens written into `storage`, both
    /// lent by the caller: the sentence holds no reference to either, so making and dropping
    /// it retains and releases nothing (two retains and two releases of each sentence of every
    /// document, and more wherever a sentence was copied or captured). The caller keeps both
    /// alive while the sentence is in use and makes no other sentence in `storage` until it is
    /// done with this one, as `EventExtractor` does, one sentence at a time.
    ///
    /// `storage` is borrowed (here, in the tokeniser and in `TokenList`), as the tokeniser only
    /// reads it and writes the memory it points to: an initialiser takes its arguments owned,
    /// so the caller retained the storage before each sentence and released it after (two
    /// runtime calls per sentence of every document).
    init(lending source: UnsafeBufferPointer<Unicode.Scalar>, base: Int, length: Int, offset: Int, storage: borrowing TokenStorage) {
        self.init(source, base: base, length: length, offset: offset, storage: storage, owner: nil)
    }

    /// The tokeniser of both initialisers: `owner`, when given, holds `source`'s array and
    /// `storage` for as long as the sentence's tokens live.
    private init(
        _ source: UnsafeBufferPointer<Unicode.Scalar>, base: Int, length: Int, offset: Int, storage: borrowing TokenStorage, owner: Owner?
    ) {
        self.source = source
        self.base = base
        self.length = length
        self.offset = offset
        var nonASCII: [Int: String]? = nil
        var present = WordSet()
        // The greatest token value (-1 for a word that is not a number): whether any token is a
        // number. An ASCII word's value is worked out only when it starts with a digit (a
        // branch the tokeniser takes anyway), and kept there: a word of no digit, nearly every
        // one, then loads and stores nothing for it (the greatest lives in the closure's
        // context: five instructions a token).
        var greatestNumber = -1
        // The part of the sentence within `source` (all of it, but for a range that overruns).
        let lower = min(max(0, base), source.count)
        let count = max(0, min(base + length, source.count) - lower)
        // Tokens' offsets are relative to `base`, the scan's to `lower`.
        let shift = lower - base
        // A token's offsets are held in 32 bits (see `WordToken`).
        precondition(count + max(0, shift) < 1 << 32, "a sentence of 2^32 scalars or more")
        let buffer = storage.room((count + 1) / 2)
        let table = storage.table
        let all = source
        let written = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: WordRuns.scratchWords(count: count)) { scratch in
            let runs = WordRuns(all, from: lower, count: count, scratch: scratch)
            let out = buffer.baseAddress.unsafelyUnwrapped
            var written = 0
            var words = runs.makeIterator()
            // Offsets are written relative to `lower` (the scan's) and moved by `shift` after
            // the loop in the rare sentence that needs it, so the loop keeps one value less.
            while let (start, end) = words.next() {
                // Never taken (see above); it keeps every write provably within the storage.
                guard written < buffer.count else { break }
                // An ASCII word's fields are worked out from its bytes and the token written
                // once, in place; a word beyond ASCII is written by `foldSlowly` on its own
                // path, so that the two do not meet in one value copied whole (padding and all).
                if !runs.anyWide(start, end) {
                    let first = runs.bytes[start], length = end &- start
                    let packed = runs.packed(start, end)
                    let word = length <= 16 ? EventWord.lookup(packed, in: table) : .unknown
                    var number = -1
                    if first &- 0x30 < 10 {
                        number = Self.number(runs.bytes, start, end)
                        greatestNumber = max(greatestNumber, number)
                    }
                    (out + written).initialize(to: WordToken(
                        start: start, end: end, word: word, packed: packed, characters: length,
                        number: number, isCapitalized: first &- 0x41 < 26, isASCII: true))
                    present.insertCountingUnknown(word)
                } else {
                    let token = Self.foldSlowly(all, lower &+ start, lower &+ end, shift: -lower, nonASCII: &nonASCII, tokenIndex: written)
                    (out + written).initialize(to: token)
                    greatestNumber = max(greatestNumber, token.number)
                    present.insertCountingUnknown(token.word)
                }
                written &+= 1
            }
            if shift != 0 {
                for index in 0..<written {
                    out[index].start &+= shift
                    out[index].end &+= shift
                }
            }
            return written
        }
        tokens = TokenList(storage: storage, count: written, owner: owner)
        present.remove(.unknown)
        self.foldedNonASCII = nonASCII
        self.words = present
        self.hasNumber = greatestNumber >= 0
    }

    /// Memory for a sentence's tokens, written while the sentence is made and only read after:
    /// it is written again only for another sentence, and only when no sentence holds it
    /// (`init` tests that it is uniquely referenced; a caller that lends it, through
    /// `init(lending:base:length:offset:storage:)`, answers for it), so sentences share nothing
    /// mutable.
    final class TokenStorage: @unchecked Sendable {
        private var capacity: Int
        private var base: UnsafeMutablePointer<WordToken>
        /// The word table, fetched once per storage (a document's sentences), not per sentence
        /// (a static's initialisation check each time).
        let table = EventWord.withTable { $0 }

        convenience init() { self.init(room: 0) }

        /// A storage with room for `count` tokens from the start: a caller that knows the most a
        /// document's sentences need (`EventExtractor`) allocates once, where growing from
        /// nothing allocated about three times per document.
        init(room count: Int) {
            capacity = count
            base = .allocate(capacity: count)
        }

        /// Room for `count` tokens (what was there is given up). Inlined, with the rare growth
        /// out of line.
        @inline(__always)
        func room(_ count: Int) -> UnsafeMutableBufferPointer<WordToken> {
            if count > capacity { grow(count) }
            return UnsafeMutableBufferPointer(start: base, count: count)
        }

        @inline(never)
        private func grow(_ count: Int) {
            base.deallocate()
            capacity = max(count, 2 * capacity)
            base = .allocate(capacity: capacity)
        }

        /// The first `count` tokens written (`WordToken` is a plain value: nothing to deinitialise).
        @inline(__always)
        fileprivate func tokens(_ count: Int) -> UnsafeBufferPointer<WordToken> {
            UnsafeBufferPointer(start: base, count: count)
        }

        deinit { base.deallocate() }
    }

    /// What a sentence that owns its scalars and tokens holds them by: a copy of the scalars,
    /// in memory it frees, and the storage its tokens are written in (which is then never
    /// written again while the sentence lives: see `TokenStorage`). Only sentences made outside
    /// the extractor's loop (one sentence's text, in tests and the rules' `find(in:)`) own theirs.
    final class Owner: @unchecked Sendable {
        let scalars: UnsafeMutableBufferPointer<Unicode.Scalar>
        let storage: TokenStorage

        init(scalars: [Unicode.Scalar], storage: TokenStorage) {
            let copy = UnsafeMutableBufferPointer<Unicode.Scalar>.allocate(capacity: scalars.count)
            scalars.withUnsafeBufferPointer { UnsafeMutableRawBufferPointer(copy).copyMemory(from: UnsafeRawBufferPointer($0)) }
            self.scalars = copy
            self.storage = storage
        }

        deinit { scalars.deallocate() }
    }

    /// A sentence's tokens, read in place from the storage they were written to, which the list
    /// keeps alive through its owner when the sentence owns it (nil when the storage is lent:
    /// then the one who lent it keeps it alive).
    struct TokenList: RandomAccessCollection, @unchecked Sendable {
        typealias Indices = Range<Int>
        private let owner: Owner?
        private let buffer: UnsafeBufferPointer<WordToken>

        fileprivate init(storage: borrowing TokenStorage, count: Int, owner: Owner?) {
            self.owner = owner
            buffer = storage.tokens(count)
        }

        var startIndex: Int { 0 }
        var endIndex: Int { buffer.count }
        var count: Int { buffer.count }
        var indices: Range<Int> { 0..<buffer.count }

        @inline(__always)
        subscript(index: Int) -> WordToken {
            precondition(index >= 0 && index < buffer.count, "token index out of range")
            return buffer[index]
        }

        /// The tokens as a buffer, for a loop that reads them in place.
        func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<WordToken>) throws -> Result) rethrows -> Result {
            try withExtendedLifetime(owner) { try body(buffer) }
        }
    }

    /// `Tokenizer.isWordScalar` for a scalar beyond ASCII, kept out of line: inlined into the
    /// tokeniser, its Unicode property look-ups had it fetch their types' metadata once per
    /// sentence, whether or not the sentence had such a scalar.
    ///
    /// The scalars beyond ASCII that news text is made of are answered from their ranges
    /// first: the typographic punctuation (no-break space, guillemets, dashes, quotes, bullets,
    /// ellipsis: not word scalars) and the Latin and Cyrillic letters (word scalars), where the
    /// property look-ups cost well over a hundred instructions a scalar. A test checks the
    /// ranges against `Tokenizer.isWordScalar` scalar by scalar.
    @inline(never)
    static func isWordScalarBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0, 0xAB, 0xBB, 0x2010...0x2027: return false
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x400...0x481, 0x48A...0x52F: return true
        default: return Tokenizer.isWordScalar(scalar)
        }
    }

    /// The eight scalars of `all` from `start` as eight bytes (the first in the low byte) when
    /// they lie within `all` and are all ASCII, else nil. They are read as four pairs (two
    /// scalars in a 64-bit load), tested for ASCII together and narrowed to bytes, with no
    /// branch per scalar.
    @inline(__always)
    static func eightASCII(_ all: UnsafeBufferPointer<Unicode.Scalar>, at start: Int) -> UInt64? {
        guard let address = all.baseAddress, start >= 0, start <= all.count &- 8 else { return nil }
        return eightASCII(UnsafeRawPointer(address + start))
    }

    /// `eightASCII(_:at:)` of the eight scalars at `raw`, which the caller knows to be there.
    @inline(__always)
    static func eightASCII(_ raw: UnsafeRawPointer) -> UInt64? {
        #if _endian(little)
        let w0 = raw.loadUnaligned(as: UInt64.self), w1 = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let w2 = raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), w3 = raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        guard (w0 | w1 | w2 | w3) & 0xFFFF_FF80_FFFF_FF80 == 0 else { return nil }
        // An ASCII pair's two bytes: the low scalar, and the high one moved down to bits 8-15.
        return (w0 | w0 &>> 24) & 0xFFFF | ((w1 | w1 &>> 24) & 0xFFFF) &<< 16
            | ((w2 | w2 &>> 24) & 0xFFFF) &<< 32 | ((w3 | w3 &>> 24) & 0xFFFF) &<< 48
        #else
        return nil
        #endif
    }

    /// The value of the ASCII word `start..<end` of `bytes` when it is all digits and fits an
    /// `Int` (what `Int(folded)` gives), else -1.
    @inline(__always)
    private static func number(_ bytes: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var number = 0
        for k in start..<end {
            let digit = Int(bytes[k]) &- 0x30
            guard digit >= 0 && digit <= 9 else { return -1 }
            let (times, o1) = number.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(digit)
            if o1 || o2 { return -1 }
            number = sum
        }
        return number
    }

    /// Whether a token of the sentence is `word` (a listed word, not `unknown`).
    @inline(__always)
    func contains(_ word: EventWord) -> Bool {
        words.contains(word)
    }

    /// Whether a token of the sentence is a word of `set`.
    @inline(__always)
    func containsAny(_ set: WordSet) -> Bool {
        words.intersects(set)
    }

    /// A word with a scalar beyond ASCII: folded by `Tokenizer.fold`, then treated as ASCII
    /// when the folded form is ("Khárkiv" → "kharkiv").
    /// The token of the word `start..<end` of `all` (its offsets moved by `shift`).
    private static func foldSlowly(
        _ all: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, shift: Int,
        nonASCII: inout [Int: String]?, tokenIndex: Int
    ) -> WordToken {
        var token = WordToken(
            start: start &+ shift, end: end &+ shift, word: .unknown, packed: EventWord.Packed(low: 0, high: 0),
            characters: end &- start, number: -1, isCapitalized: ScalarText.isUppercase(all[start]), isASCII: true)
        let word = all[start..<end]
        let folded = quickFold(word) ?? Tokenizer.fold(word)
        token.characters = folded.count
        token.number = -1
        token.packed = EventWord.Packed(low: 0, high: 0)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            var number = 0
            var isNumber = !folded.isEmpty
            for (i, byte) in folded.utf8.enumerated() {
                if i < 8 { token.packed.low |= UInt64(byte) << (8 * UInt64(i)) } else if i < 16 { token.packed.high |= UInt64(byte) << (8 * UInt64(i - 8)) }
                if isNumber {
                    if byte >= 0x30 && byte <= 0x39 {
                        let (times, o1) = number.multipliedReportingOverflow(by: 10)
                        let (sum, o2) = times.addingReportingOverflow(Int(byte - 0x30))
                        if o1 || o2 { isNumber = false } else { number = sum }
                    } else {
                        isNumber = false
                    }
                }
            }
            token.number = isNumber ? number : -1
            token.word = folded.utf8.count <= 16 ? EventWord.lookup(token.packed) : .unknown
        } else {
            token.isASCII = false
            token.word = EventWord(spelling: folded) ?? .unknown
            // The sentence's first such word makes the dictionary (see `foldedNonASCII`).
            if nonASCII == nil { nonASCII = [Int: String]() }
            nonASCII![tokenIndex] = folded
        }
        return token
    }

    /// `Tokenizer.fold(word)` for a word of ASCII and the accented Latin and basic Cyrillic
    /// letters of `scalarFolds(_:)` (nearly every non-ASCII word of the news), built from the
    /// scalars' own folds without normalising the word through Foundation; nil for any
    /// other word.
    static func quickFold(_ word: UnsafeBufferPointer<Unicode.Scalar>.SubSequence) -> String? {
        var folded = ""
        for scalar in word {
            let v = scalar.value
            if v < 0x80 {
                folded.unicodeScalars.append(Unicode.Scalar(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v)))
            } else if let fold = scalarFold(v) {
                folded += fold
            } else {
                return nil
            }
        }
        return folded
    }

    /// The fold of one scalar from the `scalarFolds(_:)` tables, if it is listed.
    @inline(__always)
    private static func scalarFold(_ v: UInt32) -> String? {
        switch v {
        case 0xC0...0xFF: return latin1Folds[Int(v - 0xC0)]
        case 0x100...0x17F: return latinExtendedAFolds[Int(v - 0x100)]
        case 0x400...0x45F: return cyrillicFolds[Int(v - 0x400)]
        default: return nil
        }
    }

    /// `Tokenizer.fold` of each scalar of Latin-1, Latin Extended-A and basic Cyrillic, where a
    /// word's fold is the concatenation of its scalars' folds; nil where it may not be.
    ///
    /// A word is folded by decomposing it (NFD), lower-casing and dropping nonspacing marks.
    /// NFD decomposes scalar by scalar and then reorders only marks of a non-zero combining
    /// class; lower-casing maps scalar by scalar. So when every scalar of a scalar's
    /// decomposition with a non-zero class lower-cases to nonspacing marks alone (all dropped),
    /// the reordering cannot change what is kept, and the word's fold is its scalars' folds
    /// end to end. Scalars that fail the test, and all others, take `Tokenizer.fold`.
    ///
    /// Each block is a table of its own, made the first time a word needs it: a table costs
    /// thousands of instructions per scalar to make (Foundation decomposes each), and a run
    /// over English news may need one block or none.
    static func scalarFolds(_ range: ClosedRange<UInt32>) -> [String?] {
        range.map { v -> String? in
            guard let scalar = Unicode.Scalar(v) else { return nil }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            let reorderable = decomposed.filter { $0.properties.canonicalCombiningClass != .notReordered }
            let dropped = reorderable.allSatisfy { mark in
                mark.properties.lowercaseMapping.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }
            }
            return dropped ? Tokenizer.fold(CollectionOfOne(scalar)) : nil
        }
    }
    static let latin1Folds = scalarFolds(0xC0...0xFF)
    static let latinExtendedAFolds = scalarFolds(0x100...0x17F)
    static let cyrillicFolds = scalarFolds(0x400...0x45F)

    /// The scalar at sentence offset `index`.
    @inline(__always)
    func scalar(_ index: Int) -> Unicode.Scalar {
        // Checked as the array's subscript checked it (the buffer's is not, in release builds).
        precondition(UInt(bitPattern: base &+ index) < UInt(bitPattern: source.count), "scalar index out of range")
        return source[base &+ index]
    }

    /// The word at `index`, or `unknown` past either end.
    @inline(__always)
    func word(_ index: Int) -> EventWord {
        index >= 0 && index < tokens.count ? tokens[index].word : .unknown
    }

    /// Whether the word at `index` is in `set` (false past either end).
    @inline(__always)
    func word(_ index: Int, in set: WordSet) -> Bool {
        set.contains(word(index))
    }

    /// The value of the word at `index` when it is a number of ASCII digits (`Int(folded)`).
    @inline(__always)
    func number(_ index: Int) -> Int? {
        guard index >= 0 && index < tokens.count else { return nil }
        let value = tokens[index].number
        return value >= 0 ? value : nil
    }

    /// The folded word's length in characters (0 past either end).
    @inline(__always)
    func characters(_ index: Int) -> Int {
        index >= 0 && index < tokens.count ? tokens[index].characters : 0
    }

    /// The folded word at `index` as text, or "" past either end (for the rare rule that needs it).
    func folded(_ index: Int) -> String {
        guard index >= 0 && index < tokens.count else { return "" }
        if let text = foldedNonASCII?[index] { return text }
        let token = tokens[index]
        return ScalarText.string(ArraySlice(source[(base + token.start)..<(base + token.end)])).lowercased()
    }

    /// The text between two tokens (exclusive of both), e.g. ", " or " - ".
    func gap(_ a: Int, _ b: Int) -> String {
        guard a >= 0, b < tokens.count, a < b else { return "" }
        return text(tokens[a].end, tokens[b].start)
    }

    /// The text of a scalar range (encoded straight into the string's storage).
    ///
    /// The scalars are read in place through a buffer: a range of ASCII scalars (nearly every
    /// source, date and time a sentence names) is one byte each, so one pass tells that and
    /// one narrows them into the string, where `ScalarText.string` works out each scalar's
    /// UTF-8 width through the array slice's checked reads. Other ranges go to it as before.
    func text(_ start: Int, _ end: Int) -> String {
        let lower = max(0, start), upper = min(end, length)
        guard lower < upper else { return "" }
        let range = (base + lower)..<(base + upper)
        let scalars = UnsafeBufferPointer(rebasing: source[range])
        var any: UInt32 = 0
        for scalar in scalars { any |= scalar.value }
        guard any < 0x80 else { return ScalarText.string(ArraySlice(scalars)) }
        return String(unsafeUninitializedCapacity: scalars.count) { out in
            for i in 0..<scalars.count { out[i] = UInt8(truncatingIfNeeded: scalars[i].value) }
            return scalars.count
        }
    }

    /// The scalar range of the gap between tokens `a` and `b`, as `gap` takes it.
    @inline(__always)
    private func gapRange(_ a: Int, _ b: Int) -> Range<Int> {
        guard a >= 0, b < tokens.count, a < b else { return 0..<0 }
        let lower = max(0, tokens[a].end), upper = min(tokens[b].start, length)
        return lower < upper ? lower..<upper : 0..<0
    }

    /// Whether the gap between tokens `a` and `b` is exactly `scalar` (`gap(a, b) == "-"`:
    /// no other string is canonically equivalent to one of the punctuation scalars asked about).
    @inline(__always)
    func gap(_ a: Int, _ b: Int, is scalar: Unicode.Scalar) -> Bool {
        let range = gapRange(a, b)
        return range.count == 1 && self.scalar(range.lowerBound) == scalar
    }

    /// `gap(a, b).contains(",")`, without building the gap.
    func gapContainsComma(_ a: Int, _ b: Int) -> Bool {
        let range = gapRange(a, b)
        // A gap of one scalar (nearly every gap: a space) is one character, which is a comma
        // exactly when the scalar is: answered here, without the call and scan of `containsComma`.
        if range.count == 1 { return scalar(range.lowerBound) == "," }
        return containsComma(range.lowerBound, range.upperBound)
    }

    /// `gap(a, b).hasPrefix(",")`, without building the gap.
    func gapStartsWithComma(_ a: Int, _ b: Int) -> Bool {
        let range = gapRange(a, b)
        guard !range.isEmpty, scalar(range.lowerBound) == "," else { return false }
        // A scalar that cannot extend the comma's character settles it; else ask `String`.
        if range.count == 1 || Self.isPlain(scalar(range.lowerBound + 1)) { return true }
        return text(range.lowerBound, range.upperBound).hasPrefix(",")
    }

    /// `text(start, end).contains(",")`: a scan when every scalar of the range is plain (see
    /// `isPlain`), when a comma is a character of its own; `String`'s own search otherwise.
    func containsComma(_ start: Int, _ end: Int) -> Bool {
        let lower = max(0, start), upper = min(end, length)
        guard lower < upper else { return false }
        var found = false
        for index in lower..<upper {
            let s = scalar(index)
            if s == "," { found = true }
            if !Self.isPlain(s) { return text(lower, upper).contains(",") }
        }
        return found
    }

    /// ASCII other than CR, and typographic quotes, dashes, guillemets, ellipsis and no-break
    /// space: scalars that never combine with a neighbour into one character.
    @inline(__always)
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v != 0x0D }
        switch v {
        case 0xA0, 0xAB, 0xBB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026: return true
        default: return false
        }
    }

    /// Whether only spaces and hyphens stand between tokens `a` and `b` (the `gap`, unbuilt).
    @inline(__always)
    func isSpaceOrHyphenGap(_ a: Int, _ b: Int) -> Bool {
        guard a >= 0, b < tokens.count, a < b else { return true }
        let lower = max(0, tokens[a].end), upper = min(tokens[b].start, length)
        guard lower < upper else { return true }
        for index in lower..<upper where scalar(index) != " " && scalar(index) != "-" { return false }
        return true
    }

    /// A stem a word may start with ("evacuat" of "evacuat*"), prepared for a test on packed bytes.
    struct Stem: Sendable {
        let packed: EventWord.Packed
        let mask: EventWord.Packed

        /// The stem as text (rebuilt from its bytes: kept out of the value so that matching
        /// copies no reference).
        var text: String {
            var bytes: [UInt8] = []
            for i in 0..<16 {
                let byte = UInt8(truncatingIfNeeded: (i < 8 ? packed.low >> (8 * UInt64(i)) : packed.high >> (8 * UInt64(i - 8))))
                if byte == 0 { break }
                bytes.append(byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// The stem's length in bytes (1 to 16).
        var byteCount: Int { (mask.low.nonzeroBitCount + mask.high.nonzeroBitCount) / 8 }

        /// Whether the stem starts the folded ASCII word packed as `word` (its first 16 bytes).
        @inline(__always)
        func isPrefix(of word: EventWord.Packed) -> Bool {
            word.low & mask.low == packed.low && word.high & mask.high == packed.high
        }

        init(_ text: String) {
            let bytes = Array(text.utf8)
            precondition(!bytes.isEmpty && bytes.count <= 16 && bytes.allSatisfy { $0 < 0x80 }, "stem \(text) must be ASCII, 1 to 16 bytes")
            var packed = EventWord.Packed(low: 0, high: 0), mask = EventWord.Packed(low: 0, high: 0)
            for (i, byte) in bytes.enumerated() {
                if i < 8 {
                    packed.low |= UInt64(byte) << (8 * UInt64(i)); mask.low |= 0xFF << (8 * UInt64(i))
                } else {
                    packed.high |= UInt64(byte) << (8 * UInt64(i - 8)); mask.high |= 0xFF << (8 * UInt64(i - 8))
                }
            }
            self.packed = packed
            self.mask = mask
        }
    }

    /// `folded(index).hasPrefix(stem)` (false past either end).
    @inline(__always)
    func word(_ index: Int, hasPrefix stem: Stem) -> Bool {
        guard index >= 0 && index < tokens.count else { return false }
        let token = tokens[index]
        if token.isASCII { return stem.isPrefix(of: token.packed) }
        return foldedNonASCII![index]!.hasPrefix(stem.text)
    }

    /// A token pattern prepared: the word, or the stem before "*".
    enum WordPattern: Sendable {
        case word(EventWord)
        case stem(Stem)

        init(_ pattern: String) {
            if pattern.hasSuffix("*") {
                self = .stem(Stem(String(pattern.dropLast())))
            } else {
                guard let word = EventWord(spelling: pattern) else { preconditionFailure("\(pattern) is not an EventWord") }
                self = .word(word)
            }
        }
    }

    /// Whether a cue token pattern ("evacuat*", "fire") matches token `index`.
    func matches(_ pattern: String, at index: Int) -> Bool {
        matches(WordPattern(pattern), at: index)
    }

    @inline(__always)
    func matches(_ pattern: WordPattern, at index: Int) -> Bool {
        switch pattern {
        case .word(let word): return self.word(index) == word
        case .stem(let stem): return self.word(index, hasPrefix: stem)
        }
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

    /// A phrase of up to three token patterns held inline: matching it copies no reference
    /// (an array of patterns costs a retain and a release per try).
    struct PhrasePattern: Sendable {
        static let capacity = 3
        let count: Int
        let parts: InlineArray<3, WordPattern>

        /// The phrase of words and stems ("the fuel depot", "responsib*") split at spaces.
        init(_ phrase: String) {
            self.init(SentenceText.split(phrase))
        }

        init(_ parts: [WordPattern]) {
            precondition(!parts.isEmpty && parts.count <= Self.capacity, "a phrase pattern holds 1 to \(Self.capacity) tokens")
            var inline = InlineArray<3, WordPattern>(repeating: .word(.unknown))
            for (i, part) in parts.enumerated() { inline[i] = part }
            self.count = parts.count
            self.parts = inline
        }
    }

    /// `matches(phrase:at:)` for a phrase held inline.
    func matches(_ phrase: PhrasePattern, at index: Int) -> Bool {
        guard index + phrase.count <= tokens.count else { return false }
        for offset in 0..<phrase.count {
            guard matches(phrase.parts[offset], at: index + offset) else { return false }
            if offset > 0 {
                guard isSpaceOrHyphenGap(index + offset - 1, index + offset) else { return false }
            }
        }
        return true
    }

    /// `matches(phrase.pointee, at: index)` for a caller that knows the phrase's first part
    /// matches token `index` (`EventExtractor.cues`, trying the phrases listed under the
    /// token's word): only the parts after the first are tested, read in place through the
    /// pointer. Passed by value to `matches(_:at:)`, each try copied the whole phrase (128
    /// bytes) and tested its first part again.
    @inline(__always)
    func matchesAfterFirst(_ phrase: UnsafePointer<PhrasePattern>, at index: Int) -> Bool {
        let count = phrase.pointee.count
        guard index + count <= tokens.count else { return false }
        for offset in 1..<count {
            guard matches(phrase.pointee.parts[offset], at: index + offset),
                  isSpaceOrHyphenGap(index + offset - 1, index + offset) else { return false }
        }
        return true
    }

    /// The first token index where the phrase held inline starts, if any (`find(_:from:)`).
    func find(_ phrase: PhrasePattern) -> Int? {
        if case .word(let head) = phrase.parts[0] {
            guard contains(head) else { return nil }
            for index in tokens.indices where tokens[index].word == head && matches(phrase, at: index) { return index }
            return nil
        }
        for index in tokens.indices where matches(phrase, at: index) { return index }
        return nil
    }

    /// Phrases looked for together ("in the past", "regularly", "the first" …). A phrase is
    /// searched for only when every word of it is in the sentence (as its set of words tells):
    /// several start with "the", which nearly every sentence has, but few sentences hold all
    /// of "the fuel depot".
    struct PhraseSet: Sendable {
        let phrases: [PhrasePattern]
        /// The words of each phrase (its stems aside).
        let words: [WordSet]
        /// The last word of each phrase, when every phrase has a word (else nil): a sentence
        /// with none of them holds no phrase of the set, as one test of its words tells (the
        /// last words, "past", "time", "confirmed", are rarer than the first, "in", "the").
        let keys: WordSet?

        init(_ phrases: [String]) {
            self.phrases = phrases.map(PhrasePattern.init)
            words = self.phrases.map { phrase in
                var words = WordSet()
                for i in 0..<phrase.count { if case .word(let word) = phrase.parts[i] { words.insert(word) } }
                return words
            }
            var keys = WordSet()
            var everyPhraseHasAWord = true
            for phrase in self.phrases {
                let last = (0..<phrase.count).last { if case .word = phrase.parts[$0] { true } else { false } }
                guard let last, case .word(let word) = phrase.parts[last] else { everyPhraseHasAWord = false; break }
                keys.insert(word)
            }
            self.keys = everyPhraseHasAWord ? keys : nil
        }
    }

    /// Whether any phrase of the set is in the sentence.
    func containsAny(_ set: PhraseSet) -> Bool {
        if let keys = set.keys, !words.intersects(keys) { return false }
        return set.phrases.withUnsafeBufferPointer { phrases in set.words.withUnsafeBufferPointer { words in
            phrases.indices.contains { words[$0].isSubset(of: self.words) && find(phrases[$0]) != nil }
        } }
    }

    /// The first token index at or after `from` where `phrase` starts, if any.
    func find(_ phrase: String, from: Int = 0) -> Int? {
        find(Self.phrasePatterns[phrase] ?? Self.split(phrase), from: from)
    }

    /// The first token index at or after `from` where the prepared phrase starts, if any.
    func find(_ pattern: [WordPattern], from: Int = 0) -> Int? {
        guard from < tokens.count else { return nil }
        if case .word(let head)? = pattern.first {
            guard contains(head) else { return nil }
            for index in from..<tokens.count where tokens[index].word == head && matches(phrase: pattern, at: index) { return index }
            return nil
        }
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

    /// The token whose span contains or starts at scalar offset `position` (sentence-relative):
    /// the first whose end lies beyond it (token ends increase, so a binary search). The ends
    /// are read in place through the list's buffer: every index read lies within the list,
    /// where the list's subscript tested it again at each step.
    ///
    /// The search halves a range `first..<first + length` that holds the answer's candidates
    /// and moves `first` by a select, not a branch: which half holds the answer is a coin
    /// toss at every step, a mispredicted branch about every other step.
    func tokenIndex(at position: Int) -> Int? {
        tokens.withUnsafeBufferPointer { tokens in
            guard !tokens.isEmpty else { return nil }
            var first = 0, length = tokens.count
            while length > 1 {
                let half = length &>> 1
                first = tokens[first &+ half].end > position ? first : first &+ half
                length &-= half
            }
            let index = tokens[first].end > position ? first : first &+ 1
            return index < tokens.count ? index : nil
        }
    }
}
