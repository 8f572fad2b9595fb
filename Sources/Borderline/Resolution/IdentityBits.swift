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

    /// Adds zero words until there are `count`. The first growth makes every word the expected
    /// numbers need at once: room reserved for them all, then the zeros appended together.
    /// Made as one array of zeros (`init(repeating:count:)`), the words went through the
    /// standard library's unspecialised allocation, which looks up the array type's metadata:
    /// some 820 instructions for the 52 words of the shipped gazetteer, where this takes 440.
    /// A larger number than expected grows the words by appending.
    @inline(never)
    private mutating func grow(to count: Int) {
        if words.isEmpty {
            let wordCount = max(count, expectedCount)
            words.reserveCapacity(wordCount)
            words.append(contentsOf: repeatElement(0, count: wordCount))
        } else {
            while words.count < count { words.append(0) }
        }
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return word < words.count && words[word] & (1 << UInt64(id & 63)) != 0
    }
}
