// The small array operations the events stage's per-sentence scratch lists are kept with:
// each says, measured, why it beats the standard library's general call here.

extension Array where Element == Int {
    /// `count` zeros, in an array of that capacity, made through `reserveCapacity` and an
    /// append: `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:)` allocate
    /// through the standard library's unspecialised code, which looks up the storage class's
    /// type metadata at run time (some 330 instructions of about 800 for a list of 20; this
    /// way is about 590, specialised), and the events stage makes two such lists per document.
    static func zeros(_ count: Int) -> [Int] {
        var zeros: [Int] = []
        zeros.reserveCapacity(count)
        zeros.append(contentsOf: repeatElement(0, count: count))
        return zeros
    }
}

extension Array {
    /// Empties the array and keeps its storage, for the scratch lists that serve one sentence
    /// after another: an empty one is left as it is (`removeAll(keepingCapacity:)` calls into
    /// the standard library even for an empty array, and many of a sentence's lists are).
    /// A list of a few elements (most of a sentence's) is emptied from its end:
    /// `removeAll(keepingCapacity:)` replaces the whole range through a generic call that
    /// costs several times a `removeLast()`.
    @inline(__always)
    mutating func removeAllKeepingStorage() {
        guard !isEmpty else { return }
        if count <= 4 {
            repeat { removeLast() } while !isEmpty
        } else {
            removeAll(keepingCapacity: true)
        }
    }

    /// Shortens the array to its first `count` elements (none when `count` is not below its
    /// count), keeping its storage. A sentence's lists drop an element or two, removed one by
    /// one from the end (`removeLast()`, inlined): `removeLast(_:)` is a call of about a
    /// hundred instructions.
    @inline(__always)
    mutating func truncate(to count: Int) {
        while self.count > count { removeLast() }
    }

    /// `sort(by:)`, skipped when every element already comes strictly before the next: then
    /// the one order a sort can give is the present one. A sentence's lists hold a few
    /// elements, nearly always in order, and the test costs far less than a call to sort.
    @inline(__always)
    mutating func sortUnlessStrictlyIncreasing(by areInIncreasingOrder: (Element, Element) -> Bool) {
        var index = 1
        while index < count && areInIncreasingOrder(self[index - 1], self[index]) { index += 1 }
        if index < count { sort(by: areInIncreasingOrder) }
    }
}
