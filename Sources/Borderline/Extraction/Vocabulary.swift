import CProj

/// Every folded word the name index knows, each with a small integer id.
///
/// The scan looks up every word of every document here, so the lookup is built to touch one
/// cache line per word: a frozen open-addressing table whose 32-byte slots (two to a line,
/// never straddling one, in huge pages: `HugePageTable`) hold the word's key, its id and what
/// the finder needs to know about it (`WordInfo`, the names it begins). A word of up to
/// sixteen ASCII scalars (nearly every name) is its own key (`WordKey`), so it is matched
/// exactly in the slot; a longer or non-ASCII word is keyed by its FNV-1a hash and then
/// compared scalar by scalar, so a hash collision can never produce a false match. Words are
/// added while the index is built and the table is frozen afterwards (a value type: copies
/// made before `freeze` never see later words).
struct Vocabulary: Sendable {
    private var scalars: [UInt32] = []
    private var offsets: [Int32] = [0]
    /// Each word's `WordKey(of:)`, by id.
    private var keys: [WordKey] = []
    /// While building: an open-addressing table of ids + 1 (0 = empty), by key.
    private var building: [Int32] = Array(repeating: 0, count: 1 << 10)
    private var buildingShift: UInt64 = 64 - 10
    /// The frozen lookup table (nil until `freeze`).
    private var slots: HugePageTable<Slot>?
    private var shift: UInt64 = 64

    struct Slot: Sendable, BitwiseCopyable {
        var key = WordKey.empty
        var facts = WordFacts.unknown

        var id: Int32 { facts.id }
    }

    var count: Int { keys.count }

    /// An empty vocabulary.
    init() {}

    /// An empty vocabulary with room for about `words` words of about eight scalars, so the
    /// index build, which interns some 200,000 words, neither rebuilds its building table (nine
    /// times from 1,024 slots) nor copies its arrays while they grow (a hint: more can be added).
    init(expecting words: Int) {
        var bits = 10
        while 1 << bits < 2 * words { bits += 1 }
        building = Array(repeating: 0, count: 1 << bits)
        buildingShift = 64 - UInt64(bits)
        keys.reserveCapacity(words)
        offsets.reserveCapacity(words + 1)
        scalars.reserveCapacity(8 * words)
    }

    /// The frozen table held open for a run of lookups (`withProbe`): its base, mask and shift
    /// are read once, not per word, and a word the scan keyed itself is found without its
    /// scalars (`exact`). A vocabulary not yet frozen probes a table of one empty slot.
    struct Probe {
        fileprivate let base: UnsafePointer<Slot>
        fileprivate let mask: Int
        fileprivate let shift: UInt64
        fileprivate let vocabulary: Vocabulary

        /// The slot of the word whose key is `head` and `tail`, an exact key (an ASCII word of
        /// up to sixteen scalars), when known. Every probe is masked to the table.
        @inline(__always)
        func exact(_ head: UInt64, tail: UInt64) -> UnsafePointer<Slot>? {
            keyed.exact(head, tail: tail, from: WordKey(head: head, tail: tail).slot(shift: shift))
        }

        /// The table alone, for exact keys (`Keyed`): copied out of a probe that a closure holds
        /// by reference, its base, mask and shift are values a loop keeps, where the probe's
        /// own were loaded again after every store the loop made (`TextScan.lookUp`).
        var keyed: Keyed { Keyed(base: base, mask: mask, shift: shift) }

        /// The part of a probe that finds words by exact keys (`exact`, `prefetch`).
        struct Keyed {
            fileprivate let base: UnsafePointer<Slot>
            fileprivate let mask: Int
            fileprivate let shift: UInt64

            /// The slot of the word whose exact key is `head` and `tail`, when known, from the
            /// key's home slot, `home` (`prefetch` returns it).
            @inline(__always)
            func exact(_ head: UInt64, tail: UInt64, from home: Int) -> UnsafePointer<Slot>? {
                var slot = home
                while true {
                    let entry = base + (slot & mask)
                    let found = entry.pointee.key.head
                    if found == head && entry.pointee.key.tail == tail { return entry }
                    if found == 0 { return nil }
                    slot &+= 1
                }
            }

            /// Starts bringing in the home slot of the word whose key is `head` and `tail` (any
            /// values: a key the scan did not pack, 0, fetches a slot that is never read), and
            /// returns that slot, for `exact(_:tail:from:)` to start from.
            @inline(__always)
            func prefetch(_ head: UInt64, tail: UInt64) -> Int {
                let home = WordKey(head: head, tail: tail).slot(shift: shift)
                borderline_prefetch(base + (home & mask))
                return home
            }
        }

        /// The slot of `word`, when known; `key` is its `WordKey(of:)`.
        func find(_ word: UnsafeBufferPointer<UInt32>, key: WordKey) -> UnsafePointer<Slot>? {
            var slot = key.slot(shift: shift)
            while true {
                let entry = base + (slot & mask)
                if entry.pointee.key.head == 0 { return nil }
                if entry.pointee.key == key {
                    if key.isExact || vocabulary.matches(word, id: Int(entry.pointee.id)) { return entry }
                }
                slot &+= 1
            }
        }
    }

    /// What no vocabulary contains: the table a vocabulary not yet frozen is probed in.
    private static let unfrozen = HugePageTable(count: 1, repeating: Slot())

    /// Calls `body` with the table held open for lookups.
    @inline(__always)
    func withProbe<R>(_ body: (Probe) -> R) -> R {
        let table = slots ?? Self.unfrozen
        return table.withBase { base in
            body(Probe(base: base, mask: table.count &- 1, shift: shift, vocabulary: self))
        }
    }

    /// Whether word `id` is `word`, scalar by scalar (for a hashed key).
    private func matches(_ word: UnsafeBufferPointer<UInt32>, id: Int) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        guard end - start == word.count else { return false }
        return scalars.withUnsafeBufferPointer { all in
            var i = 0
            while i < word.count {
                if all[start + i] != word[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// The id of `word`, when known.
    func id(of word: [UInt32]) -> Int32? {
        let key = WordKey(of: word)
        return word.withUnsafeBufferPointer { buffer in
            if slots != nil { return withProbe { $0.find(buffer, key: key)?.pointee.id } }
            let found = buildingSlot(buffer, key: key)
            return found.id
        }
    }

    /// While building: the id of `word` if known, and the empty slot where it would go if not.
    private func buildingSlot(_ word: UnsafeBufferPointer<UInt32>, key: WordKey) -> (id: Int32?, slot: Int) {
        Self.buildingSlot(word, key: key, table: building, shift: buildingShift, keys: keys) { matches(word, id: $0) }
    }

    /// `buildingSlot(_:key:)` given the table, its shift and the keys: `intern` calls this, and
    /// as a method it was handed a copy of the whole vocabulary on every call (479,000 calls
    /// for the name index). `matches` compares a hashed key's word scalar by scalar.
    private static func buildingSlot(
        _ word: UnsafeBufferPointer<UInt32>, key: WordKey, table: [Int32], shift: UInt64, keys: [WordKey], matches: (Int) -> Bool
    ) -> (id: Int32?, slot: Int) {
        let mask = table.count - 1
        var slot = key.slot(shift: shift)
        while table[slot] != 0 {
            let id = Int(table[slot] - 1)
            if keys[id] == key && (key.isExact || matches(id)) { return (Int32(id), slot) }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }

    /// The id of `word`, adding it when new.
    mutating func intern(_ word: [UInt32]) -> Int32 {
        word.withUnsafeBufferPointer { intern($0) }
    }

    /// The id of `word`, adding it when new (read in place: the index build folds names into
    /// one scratch buffer).
    mutating func intern(_ word: UnsafeBufferPointer<UInt32>) -> Int32 {
        precondition(slots == nil, "the vocabulary is frozen")
        let key = WordKey(of: word)
        let found = Self.buildingSlot(word, key: key, table: building, shift: buildingShift, keys: keys) { matches(word, id: $0) }
        if let known = found.id { return known }
        let id = Int32(keys.count)
        keys.append(key)
        // Scalar by scalar: a word is a few scalars, for which the generic
        // `append(contentsOf:)` cost several times the copy.
        for value in word { scalars.append(value) }
        offsets.append(Int32(scalars.count))
        building[found.slot] = id + 1
        if keys.count * 2 > building.count { rebuild(capacity: building.count * 2) }
        return id
    }

    /// The building table at a new capacity (a power of two).
    private mutating func rebuild(capacity: Int) {
        building = Array(repeating: 0, count: capacity)
        buildingShift = 64 - UInt64(capacity.trailingZeroBitCount)
        for (id, key) in keys.enumerated() {
            var slot = key.slot(shift: buildingShift)
            while building[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            building[slot] = Int32(id + 1)
        }
    }

    /// Builds the lookup table, with `facts(id)` stored beside each word: its `WordInfo` and the
    /// range of names that begin with it (one closure, not one for each: the caller works the
    /// info out from that range, and a second call per word re-read it); no word can be added
    /// after.
    mutating func freeze(facts: (Int32) -> (info: WordInfo, entries: Range<Int>)) {
        // At most a quarter full (at most half took some 16 MB for the name index's words; this
        // takes twice that): the scan probes a slot for every word of every text, and at up to
        // half full one lookup in three went on to a second slot or more (a loop round, often a
        // mispredicted branch and sometimes a second cache line), at up to a quarter about one
        // in five. The words themselves, and so every id, are the same either way.
        var capacity = 1024, bits: UInt64 = 10
        while capacity < keys.count * 4 { capacity *= 2; bits += 1 }
        let table = HugePageTable(count: capacity, repeating: Slot())
        shift = 64 - bits
        for (id, key) in keys.enumerated() {
            var slot = key.slot(shift: shift)
            while table[slot].key.head != 0 { slot += 1 }
            let (info, range) = facts(Int32(id))
            table[slot] = Slot(key: key, facts: WordFacts(
                id: Int32(id), info: info, firstEntry: Int32(range.lowerBound), entryCount: Int32(range.count)))
        }
        slots = table
        building = []
    }

    /// The folded text of word `id`. An ASCII word (the relation words the finder spells out)
    /// is written as bytes; others are built scalar by scalar.
    func word(_ id: Int32) -> String {
        let range = Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])
        let word = scalars[range]
        if word.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: word.count) { bytes in
                for (k, value) in word.enumerated() { bytes[k] = UInt8(truncatingIfNeeded: value) }
                return word.count
            }
        }
        var view = String.UnicodeScalarView()
        for value in word { if let s = Unicode.Scalar(value) { view.append(s) } }
        return String(view)
    }
}

/// What the vocabulary knows of a word: its id (−1 when unknown), its `WordInfo` and the names
/// that begin with it (`NameIndex` entries firstEntry..<firstEntry + entryCount). A slot and
/// the scan's token hold it as one value, so `TextScan.lookUp` copies it whole (sixteen bytes)
/// rather than field by field. Stored as two 64-bit halves (`id` and `info` in `low`,
/// `firstEntry` and `entryCount` in `high`, each the low 32 bits first): until `lookUp` fills
/// them, the scan keeps a word's key in a token's facts (`TextScan.finishWord`), and so writes
/// its two halves with a store each and `lookUp` reads them with a load each, where four 32-bit
/// fields took two stores, a shift and a recombination per half.
struct WordFacts: Sendable, BitwiseCopyable {
    var low: UInt64
    var high: UInt64

    init(id: Int32, info: WordInfo, firstEntry: Int32, entryCount: Int32) {
        low = UInt64(UInt32(bitPattern: id)) | UInt64(info.rawValue) << 32
        high = UInt64(UInt32(bitPattern: firstEntry)) | UInt64(UInt32(bitPattern: entryCount)) << 32
    }

    /// The facts whose halves are `low` and `high`: the scan's stand-in for a key.
    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    var id: Int32 { Int32(truncatingIfNeeded: low) }
    var info: WordInfo { WordInfo(rawValue: UInt32(truncatingIfNeeded: low >> 32)) }
    var firstEntry: Int32 { Int32(truncatingIfNeeded: high) }
    var entryCount: Int32 { Int32(truncatingIfNeeded: high >> 32) }

    /// A word the vocabulary does not know.
    static let unknown = WordFacts(id: -1, info: [], firstEntry: 0, entryCount: 0)
}

/// How a folded word is found in the `Vocabulary`: the word itself when it is at most sixteen
/// ASCII scalars, a byte a scalar as the text has them (`head` the first eight, the first in the
/// low byte, with its top bit set, which an ASCII byte leaves clear; `tail` the rest, likewise;
/// unused bytes 0: exact, no comparison needed), else its FNV-1a hash in `head` with the top bit
/// clear (compared scalar by scalar on a match). `head` is never 0, which marks an empty slot.
/// Bytes as they come, not packed tighter (seven bits a scalar fitted eighteen scalars, but took
/// the scan some thirty instructions a word to pack): the scan keys a short ASCII word from the
/// eight-byte chunk it has in hand by one mask (`packedASCII`); every other word is keyed once it
/// has been folded whole (`init(of:)`).
struct WordKey: Equatable, Sendable, BitwiseCopyable {
    var head: UInt64
    var tail: UInt64

    /// No word: an empty slot.
    static let empty = WordKey(head: 0, tail: 0)
    /// The most scalars a word packed into `head` and `tail` can have.
    static let packedLimit = 16

    init(head: UInt64, tail: UInt64) {
        self.head = head
        self.tail = tail
    }

    /// The key of a folded word: a short ASCII word (most words) is packed without hashing, and
    /// only the others are hashed.
    @inline(__always)
    init<Word: Collection>(of word: Word) where Word.Element == UInt32 {
        if word.count <= Self.packedLimit {
            // The first eight scalars into `head`, the rest into `tail`: two loops, not a test of
            // the position per scalar.
            var head: UInt64 = 0, tail: UInt64 = 0, high: UInt32 = 0, shift: UInt64 = 0
            for value in word.prefix(8) {
                head |= UInt64(value & 0x7F) << shift
                high |= value
                shift += 8
            }
            shift = 0
            for value in word.dropFirst(8) {
                tail |= UInt64(value & 0x7F) << shift
                high |= value
                shift += 8
            }
            if high < 0x80 {
                self.init(head: (1 << 63) | head, tail: tail)
                return
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in word { hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3 }
        self.init(head: (hash & ~(1 << 63)) | 1, tail: 0)
    }

    /// The `head` of `WordKey(of:)` of a word of `count` (1–8) ASCII scalars given as the bytes
    /// of `chunk`, the first in the low byte (bytes past `count` are ignored; its `tail` is 0):
    /// the scan keys the short words it meets whole in one eight-byte chunk this way, without
    /// reading them back.
    @inline(__always)
    static func packedASCII(_ chunk: UInt64, count: Int) -> UInt64 {
        (chunk & UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* count)) | 1 << 63
    }

    /// The `tail` of `WordKey(of:)` of an ASCII word of eight and `count` (0–7) more scalars,
    /// those given as the bytes of `chunk`, the first in the low byte (bytes past `count` are
    /// ignored).
    @inline(__always)
    static func tailASCII(_ chunk: UInt64, count: Int) -> UInt64 {
        chunk & ((1 &<< UInt64(truncatingIfNeeded: 8 &* count)) &- 1)
    }

    /// The key of a folded word of 8–16 scalars, all ASCII (the scan's flags tell), read eight
    /// scalars at a time (two loads, the first eight and the last eight), the same as
    /// `init(of:)`, which reads them one by one; nil for a word of any other length. The scan
    /// packs shorter words itself.
    @inline(__always)
    static func packedLong(ascii word: UnsafeBufferPointer<UInt32>) -> WordKey? {
        let count = word.count
        guard count >= 8, count <= packedLimit, let start = word.baseAddress else { return nil }
        let first = UnsafeRawPointer(start).loadUnaligned(as: SIMD8<UInt32>.self)
        let last = UnsafeRawPointer(start + count - 8).loadUnaligned(as: SIMD8<UInt32>.self)
        @inline(__always) func bytes(_ v: SIMD8<UInt32>) -> UInt64 {
            UInt64(littleEndian: unsafeBitCast(SIMD8<UInt8>(truncatingIfNeeded: v), to: UInt64.self))
        }
        // The last `count - 8` scalars are the top bytes of the last eight (none: a shift of 64).
        return WordKey(head: bytes(first) | 1 << 63, tail: bytes(last) >> (8 * UInt64(16 - count)))
    }

    /// The home slot of the key in a table of 2^(64 − shift) slots (a shift of 64 wraps to 0:
    /// the table of one slot).
    @inline(__always)
    func slot(shift: UInt64) -> Int {
        let mixed = head ^ (head >> 29) ^ tail &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// Whether the key is the word itself (not a hash).
    @inline(__always)
    var isExact: Bool { head >> 63 == 1 }
}

/// What the finder needs to know about a word, stored in its vocabulary slot so the scan reads
/// it with the id: its `WordClass` and whether any name begins with it.
struct WordInfo: OptionSet, Sendable {
    let rawValue: UInt32
    /// Some gazetteer name begins with this word.
    static let startsName = WordInfo(rawValue: 1 << 30)
    /// Some gazetteer name is this word alone (the last of the names it begins).
    static let singleWordName = WordInfo(rawValue: 1 << 29)
    /// Where `longestName` is kept: bits 16–23.
    private static let longestShift: UInt32 = 16
    /// A one-word name with weight (a country, an admin1 region, a border city) is this word, and
    /// it is not an ordinary word: the only kind of name a lower-case word can be.
    static let weightyName = WordInfo(rawValue: 1 << 31)

    init(rawValue: UInt32) { self.rawValue = rawValue }
    /// `wordClass` must fit in bits 0–15 (the rest hold the flags above).
    init(wordClass: WordClass) { rawValue = wordClass.rawValue & 0xFFFF }

    var wordClass: WordClass { WordClass(rawValue: rawValue & 0xFFFF) }

    /// How many words the longest name beginning with this word has, capped at 255 (0 when no
    /// name begins with it). Kept in the slot the scan reads anyway, so the finder learns how
    /// far a name could reach without a look at the name index.
    var longestName: Int { Int((rawValue >> Self.longestShift) & 0xFF) }

    /// `self` with `longestName` set to `words` (capped at 255).
    func withLongestName(_ words: Int) -> WordInfo {
        WordInfo(rawValue: (rawValue & ~(0xFF << Self.longestShift)) | UInt32(min(max(words, 0), 255)) << Self.longestShift)
    }
}
