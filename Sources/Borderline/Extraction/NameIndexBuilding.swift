/// What `NameIndex.init(gazetteer:)` builds with: some 300,000 names are folded and gathered at
/// every start-up, so the build keeps them in flat buffers, not an array per word, per name and
/// per entry hashed as a whole.

/// The names of the gazetteer as the index gathers them: each name folded, its words interned
/// in the vocabulary, and the name and its "St"/"Saint" variant added to the entries of the
/// place. A struct of its own, not a function nested in `NameIndex.init` capturing the build's
/// variables, whose every access the runtime then checked for exclusivity.
struct NameGathering {
    private(set) var entries: NameEntries
    private var folder = NameFolder()
    /// The word ids of the name being added.
    private var ids: [Int32] = []
    /// The word ids of the name last added (empty for a name of no words): what region cores are
    /// cut from (`RegionCores`), so an admin1 name is not folded a second time.
    var lastWords: [Int32] { ids }
    private let saint: Int32, st: Int32

    /// A gathering of about `names` names.
    init(expecting names: Int, vocabulary: inout Vocabulary) {
        entries = NameEntries(expecting: names)
        saint = vocabulary.intern(Array("saint".unicodeScalars.map(\.value)))
        st = vocabulary.intern(Array("st".unicodeScalars.map(\.value)))
    }

    /// Adds `name` and its "St"/"Saint" variant for place `position`; returns the entry of the
    /// name itself (nil for a name of no words).
    @discardableResult
    mutating func add(_ name: String, _ position: Int, vocabulary: inout Vocabulary) -> Int? {
        clearIDs()
        folder.internWords(of: name, in: &vocabulary, into: &ids)
        return addFolded(position)
    }

    /// `add(_:_:vocabulary:)` for a name given as its UTF-8 (an alternate name, read in place:
    /// `Place.forEachAlternateName`).
    @discardableResult
    mutating func add(utf8 name: UnsafeBufferPointer<UInt8>, _ position: Int, vocabulary: inout Vocabulary) -> Int? {
        clearIDs()
        folder.internWords(ofUTF8: name, in: &vocabulary, into: &ids)
        return addFolded(position)
    }

    /// Empties `ids` one id at a time: a name has a few, and `removeAll(keepingCapacity:)` went
    /// through the generic `replaceSubrange` on every name.
    private mutating func clearIDs() {
        while !ids.isEmpty { ids.removeLast() }
    }

    /// Adds the name folded into `ids`, and its variant, for place `position`.
    private mutating func addFolded(_ position: Int) -> Int? {
        guard !ids.isEmpty else { return nil }
        let entry = ids.withUnsafeBufferPointer { entries.add($0, place: Int32(position)) }
        if ids.count > 1 && (ids[0] == saint || ids[0] == st) {
            let first = ids[0]
            ids[0] = first == saint ? st : saint
            ids.withUnsafeBufferPointer { _ = entries.add($0, place: Int32(position)) }
            ids[0] = first
        }
        return entry
    }
}

/// Folds texts word by word, as `ScalarFolding.foldedWords` does, into one scratch buffer that
/// is reused for every text: the same words, with no array made per word or per text.
struct NameFolder {
    private let folding = ScalarFolding.shared
    /// Room for the folded scalars of one text (each scalar folds to at most two).
    private var scratch: [UInt32] = []

    /// Appends to `ids` the id in `vocabulary` of each folded word of `text`, in order (a run of
    /// word scalars that folds to nothing, such as a lone combining mark, is no word). The
    /// scalars are decoded from the text's UTF-8 in place, and a scalar is a word scalar by
    /// `ScalarFolding.isWord`, which is `Tokenizer.isWordScalar` read from a table.
    mutating func internWords(of text: String, in vocabulary: inout Vocabulary, into ids: inout [Int32]) {
        // A native string (every name read from the gazetteer) is read in place; only another
        // (bridged) string is copied to contiguous UTF-8 first.
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ internWords(ofUTF8: $0, in: &vocabulary, into: &ids) }) {
            return done
        }
        var text = text
        text.withUTF8 { internWords(ofUTF8: $0, in: &vocabulary, into: &ids) }
    }

    /// `internWords(of:in:into:)` for the text's UTF-8 bytes.
    mutating func internWords(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, in vocabulary: inout Vocabulary, into ids: inout [Int32]) {
        let folding = folding
        if scratch.count < 2 * bytes.count { scratch = [UInt32](repeating: 0, count: 2 * bytes.count) }
        scratch.withUnsafeMutableBufferPointer { output in
            guard let out = output.baseAddress else { return }
            var count = 0, wordStart = 0
            folding.foldWords(ofUTF8: bytes, into: out, count: &count) { count in
                if count > wordStart { ids.append(vocabulary.intern(UnsafeBufferPointer(start: out + wordStart, count: count - wordStart))) }
                wordStart = count
            }
        }
    }
}

/// The index's names while it is built: each distinct sequence of word ids once, numbered in the
/// order first added, with the places that bear it. Sequences are kept end to end in one array
/// and found through an open-addressing table of entry numbers, not a `[[Int32]: Int]` that
/// hashed and compared an array per name.
struct NameEntries {
    /// Entry e's words: `words[wordStart[e]..<wordStart[e + 1]]`.
    private(set) var wordStart: [Int32] = [0]
    private(set) var words: [Int32] = []
    /// Entry + 1 by hash of its words (0: empty); at most half full.
    private var table: [Int32]
    private var shift: UInt64
    /// Every (entry, place) pair in the order added: places come in gazetteer order. One array
    /// of pairs, not one of entries and one of places: a name is added with one append.
    private var pairs: [(entry: Int32, place: Int32)] = []
    /// Per entry: the last place added, so a place that bears one name twice (or a name and a
    /// variant that is another of its names) is listed once.
    private var lastPlace: [Int32] = []

    var count: Int { lastPlace.count }

    /// Room for about `names` names, so neither the table nor the arrays grow while they are
    /// added (a hint: more can be added).
    init(expecting names: Int) {
        var bits = 10
        while 1 << bits < 2 * names { bits += 1 }
        table = [Int32](repeating: 0, count: 1 << bits)
        shift = 64 - UInt64(bits)
        wordStart.reserveCapacity(names + 1)
        words.reserveCapacity(2 * names)
        lastPlace.reserveCapacity(names)
        pairs.reserveCapacity(names)
    }

    /// The words of entry `entry`.
    func words(of entry: Int) -> ArraySlice<Int32> { words[wordRange(of: entry)] }

    /// Where the words of entry `entry` lie in `words`.
    func wordRange(of entry: Int) -> Range<Int> { Int(wordStart[entry])..<Int(wordStart[entry + 1]) }

    /// Adds `place` to the entry of `name` (made when new) unless it is already its last place;
    /// returns the entry.
    @discardableResult
    mutating func add(_ name: UnsafeBufferPointer<Int32>, place: Int32) -> Int {
        let (found, slot) = find(name)
        let entry: Int
        if let found {
            entry = found
            if lastPlace[entry] == place { return entry }
            lastPlace[entry] = place
        } else {
            entry = count
            // Word by word: most names have one or two words, for which the generic
            // `append(contentsOf:)` cost several times the copy.
            for word in name { words.append(word) }
            wordStart.append(Int32(words.count))
            lastPlace.append(place)
            table[slot] = Int32(entry + 1)
            if count * 2 > table.count { grow() }
        }
        pairs.append((Int32(entry), place))
        return entry
    }

    /// The entry of `name`, when there is one.
    func entry(_ name: [Int32]) -> Int? { name.withUnsafeBufferPointer { find($0).entry } }

    /// Every entry's places, in the order added (gazetteer order): entry e's are
    /// `places[start[e]..<start[e + 1]]`, grouped by a counting sort of the pairs.
    func places() -> (start: [Int32], places: [Int32]) {
        var start = [Int32](repeating: 0, count: count + 1)
        for pair in pairs { start[Int(pair.entry) + 1] += 1 }
        for entry in 0..<count { start[entry + 1] += start[entry] }
        var next = start
        var places = [Int32](repeating: 0, count: pairs.count)
        for (entry, place) in pairs {
            places[Int(next[Int(entry)])] = place
            next[Int(entry)] += 1
        }
        return (start, places)
    }

    /// The entries grouped by first word, for a vocabulary of `wordCount` words: group w is
    /// `order[groupStart[w]..<groupStart[w + 1]]`, longest name first, then in word-id order.
    /// The groups are cut by a counting sort on the first word, and only groups of two or more
    /// are sorted (in place, reading the words through pointers), with no array per group.
    func grouped(wordCount: Int) -> (groupStart: [Int32], order: [Int32]) {
        words.withUnsafeBufferPointer { words in
            wordStart.withUnsafeBufferPointer { starts in
                var groupStart = [Int32](repeating: 0, count: wordCount + 1)
                for entry in 0..<count { groupStart[Int(words[Int(starts[entry])]) + 1] += 1 }
                for word in 0..<wordCount { groupStart[word + 1] += groupStart[word] }
                var order = [Int32](repeating: 0, count: count)
                var next = groupStart
                for entry in 0..<count {
                    let first = Int(words[Int(starts[entry])])
                    order[Int(next[first])] = Int32(entry)
                    next[first] += 1
                }
                /// Whether entry `a` comes before entry `b`: more words, or as many and lower ids.
                func precedes(_ a: Int32, _ b: Int32) -> Bool {
                    let a = UnsafeBufferPointer(rebasing: words[Int(starts[Int(a)])..<Int(starts[Int(a) + 1])])
                    let b = UnsafeBufferPointer(rebasing: words[Int(starts[Int(b)])..<Int(starts[Int(b) + 1])])
                    return a.count != b.count ? a.count > b.count : a.lexicographicallyPrecedes(b)
                }
                // Each group sorted where it lies in `order`, through a pointer: sorting the slice
                // `order[a..<b]` copied the group out and back (an array made per group).
                order.withUnsafeMutableBufferPointer { order in
                    for word in 0..<wordCount where groupStart[word + 1] - groupStart[word] > 1 {
                        var group = UnsafeMutableBufferPointer(rebasing: order[Int(groupStart[word])..<Int(groupStart[word + 1])])
                        group.sort(by: precedes)
                    }
                }
                return (groupStart, order)
            }
        }
    }

    /// The entry of `name` if known, and the table slot where it is or would go.
    private func find(_ name: UnsafeBufferPointer<Int32>) -> (entry: Int?, slot: Int) {
        let mask = table.count - 1
        var slot = Self.hash(name, shift: shift)
        return words.withUnsafeBufferPointer { words in
            while table[slot] != 0 {
                let entry = Int(table[slot] - 1)
                let lower = Int(wordStart[entry]), upper = Int(wordStart[entry + 1])
                if upper - lower == name.count && Self.equal(words.baseAddress! + lower, name) { return (entry, slot) }
                slot = (slot + 1) & mask
            }
            return (nil, slot)
        }
    }

    /// Whether the `name.count` ids at `stored` are `name`'s (a plain loop: the generic
    /// `elementsEqual` cost more than the comparison of a name's one to three words).
    @inline(__always)
    private static func equal(_ stored: UnsafePointer<Int32>, _ name: UnsafeBufferPointer<Int32>) -> Bool {
        var k = 0
        while k < name.count {
            if stored[k] != name[k] { return false }
            k += 1
        }
        return true
    }

    /// The home slot of a sequence of word ids in a table of 2^(64 − shift) slots.
    private static func hash<Words: Sequence>(_ name: Words, shift: UInt64) -> Int where Words.Element == Int32 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        for word in name { hash = (hash ^ UInt64(UInt32(bitPattern: word))) &* 0x9E37_79B9_7F4A_7C15 }
        return Int(truncatingIfNeeded: ((hash ^ hash >> 31) &* 0xBF58_476D_1CE4_E5B9) >> shift)
    }

    /// The table at twice its size.
    private mutating func grow() {
        table = [Int32](repeating: 0, count: table.count * 2)
        shift -= 1
        let mask = table.count - 1
        for entry in 0..<count {
            var slot = Self.hash(words(of: entry), shift: shift)
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(entry + 1)
        }
    }
}

/// The admin1 regions by the core of their names ("kursk" for "Kursk Oblast"), each with its
/// rank: 0 when a region word was stripped ("Kursk Oblast" → kursk), 1 for the bare name
/// ("Sumy"), 2 for a city region ("Kyiv City" → kyiv), so "Kyiv region" and "Moscow region" find
/// the oblast before the city. A core is cut from the word ids the name was folded to for its
/// entry (`NameGathering.lastWords`), and only the words at its ends are read back as text: each
/// word made a `String` of its own, and folding the names again took some 40M instructions of
/// the 777M of `NameIndex.init` (callgrind, `borderline map seeds`).
struct RegionCores {
    /// The regions of each core, in the order offered (`sort()` orders them).
    private(set) var byCore: [[Int32]: [(position: Int, rank: Int)]] = [:]
    private static let strippable: Set<String> = ["oblast", "region", "krai", "kray", "province", "republic", "city", "autonomous"]

    /// Offers the core of a name of region `position` folded to the word ids `name`.
    mutating func offer(_ name: [Int32], region position: Int, vocabulary: Vocabulary) {
        var words = name[...]
        var rank = 1
        if words.count > 2, vocabulary.word(words[words.startIndex]) == "republic", vocabulary.word(words[words.startIndex + 1]) == "of" {
            words.removeFirst(2)
            rank = 0
        }
        while words.count > 1, let last = words.last {
            let text = vocabulary.word(last)
            guard Self.strippable.contains(text) else { break }
            rank = text == "city" ? 2 : 0
            words.removeLast()
        }
        let core = Array(words)
        if !core.isEmpty, !(byCore[core]?.contains { $0.position == position } ?? false) {
            byCore[core, default: []].append((position, rank))
        }
    }

    /// Every core's regions by rank, then position.
    mutating func sort() {
        for key in byCore.keys { byCore[key]!.sort { ($0.rank, $0.position) < ($1.rank, $1.position) } }
    }
}

/// The admin1 regions a region phrase names, as the build gathers them (`NameIndex.admin1(forEntry:)`):
/// each region comes with a rank (lower is better: a core of the name itself before a core of
/// another name of its places, before a region whose capital it names), and only the regions
/// of the best rank offered are kept.
struct RegionChoice {
    private(set) var rank = Int.max
    private var regions: [Int] = []

    /// Offers `region` at `rank`.
    mutating func offer(_ region: Int, rank: Int) {
        if rank < self.rank {
            self.rank = rank
            regions = [region]
        } else if rank == self.rank {
            regions.append(region)
        }
    }

    /// Offers every region `other` keeps, at its rank.
    mutating func offer(_ other: RegionChoice) {
        if other.rank < rank {
            self = other
        } else if other.rank == rank {
            regions += other.regions
        }
    }

    /// The regions kept, each once, in gazetteer order (sorted, then repeats dropped: no set).
    var positions: [Int] {
        guard regions.count > 1 else { return regions }
        var sorted = regions.sorted()
        var kept = 1
        for k in 1..<sorted.count where sorted[k] != sorted[kept - 1] {
            sorted[kept] = sorted[k]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}
