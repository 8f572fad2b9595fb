/// A set of small whole numbers (the code identities of `ResolverEntries`: countries, admin1
/// regions) as bits, number `i` at bit `i % 64` of word `i / 64`, so that asking whether one is
/// in the set is a bit test rather than a search of a list. The words are made at the first
/// insertion, as many as the largest number expected needs (a larger one grows them further).
struct IdentityBits {
    private(set) var words: [UInt64] = []
    /// How many words hold every number up to the largest expected.
    private let expectedCount: Int

    init(largest: Int32 = 0) {
        expectedCount = Int(largest) >> 6 + 1
    }

    mutating func insert(_ id: Int32) {
        let word = Int(id) >> 6
        if word >= words.count { grow(to: word + 1) }
        words[word] |= 1 << UInt64(id & 63)
    }

    /// Adds zero words until there are `count`, one append at a time into room reserved for
    /// the expected numbers too, so a document's sets are allocated once each (growing by the
    /// generic `append(contentsOf: repeatElement(...))` cost some 400 instructions a growth,
    /// about two a document).
    @inline(never)
    private mutating func grow(to count: Int) {
        words.reserveCapacity(max(count, expectedCount))
        while words.count < count { words.append(0) }
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return word < words.count && words[word] & (1 << UInt64(id & 63)) != 0
    }
}
