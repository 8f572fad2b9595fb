/// Every folded word the name index knows, each with a small integer id.
///
/// Text words are looked up by the FNV-1a hash of their folded scalars in an open-addressing
/// table, then compared scalar by scalar, so the scan allocates nothing per word and a hash
/// collision can never produce a false match. Words are added while the index is built and the
/// table is frozen afterwards (a value type: copies made before `freeze` never see later words).
struct Vocabulary: Sendable {
    private var scalars: [UInt32] = []
    private var offsets: [Int32] = [0]
    private var hashes: [UInt64] = []
    /// Slot → id + 1 (0 = empty).
    private var slots: [Int32] = Array(repeating: 0, count: 1 << 10)
    private var mask: Int = (1 << 10) - 1

    var count: Int { hashes.count }

    /// FNV-1a over 32-bit scalars.
    @inline(__always)
    static func hash<C: Collection>(_ word: C) -> UInt64 where C.Element == UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in word {
            h = (h ^ UInt64(value)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The id of `word`, when known.
    @inline(__always)
    func id(of word: UnsafeBufferPointer<UInt32>, hash: UInt64) -> Int32? {
        var slot = Self.start(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let id = Int(entry - 1)
            if hashes[id] == hash {
                let start = Int(offsets[id]), end = Int(offsets[id + 1])
                if end - start == word.count {
                    var equal = true
                    var i = 0
                    while i < word.count {
                        if scalars[start + i] != word[i] { equal = false; break }
                        i += 1
                    }
                    if equal { return Int32(id) }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func start(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 24)
    }

    /// The id of `word`, when known (convenience for arrays).
    func id(of word: [UInt32]) -> Int32? {
        word.withUnsafeBufferPointer { id(of: $0, hash: Self.hash($0)) }
    }

    /// The id of `word`, adding it when new.
    mutating func intern(_ word: [UInt32]) -> Int32 {
        if let known = id(of: word) { return known }
        let id = Int32(hashes.count)
        hashes.append(Self.hash(word))
        scalars.append(contentsOf: word)
        offsets.append(Int32(scalars.count))
        if hashes.count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(Int(id)) }
        return id
    }

    /// The folded text of word `id`.
    func word(_ id: Int32) -> String {
        let range = Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])
        var view = String.UnicodeScalarView()
        for value in scalars[range] { if let s = Unicode.Scalar(value) { view.append(s) } }
        return String(view)
    }

    private mutating func place(_ id: Int) {
        let hash = hashes[id]
        var slot = Self.start(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id + 1)
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for id in hashes.indices { place(id) }
    }
}
