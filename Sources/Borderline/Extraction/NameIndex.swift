/// Every gazetteer name, folded into sequences of word ids and grouped by first word, so that
/// all names are matched in one pass over a text's words (not one pattern per place).
///
/// Built once at start-up (about 310,000 names). Storage is flat arrays of 32-bit integers,
/// which keeps the index compact and the scan free of allocations: a text word is folded and
/// hashed as it is read, its id found in the `Vocabulary`, and the entries that begin with that
/// id are compared word id by word id, longest first.
public struct NameIndex: Sendable {
    /// A name as a sequence of folded tokens, with the gazetteer entries that bear it.
    public struct Entry: Sendable {
        public var tokens: [String]
        /// Positions in `Gazetteer.places`.
        public var places: [Int]
    }

    /// What the index knows about the weight of an entry's places, for the evidence rule.
    struct EntryWeight: OptionSet, Sendable {
        let rawValue: UInt8
        static let country = EntryWeight(rawValue: 1)
        static let admin1 = EntryWeight(rawValue: 2)
        /// A place of 100,000 people or more in Russia, Ukraine or Belarus.
        static let borderCity = EntryWeight(rawValue: 4)
        static let borderCountry = EntryWeight(rawValue: 8)
    }

    private(set) var vocabulary: Vocabulary
    /// Per word id: its `WordClass`.
    private(set) var classes: [WordClass]
    /// Per word id: its bearing when it is a compass word.
    private(set) var bearings: [Int32: Double]
    /// Per word id: the country a demonym names, as one plus its position in `demonymCodes`
    /// (0: not a demonym). A small number read by id, not a `[Int32: String]`: the finder
    /// reads it for every demonym word, where hashing the id cost more than the rest of
    /// gathering a sentence's demonyms, and it can tell repeats apart by a bit per country.
    private(set) var demonymCountry: [UInt8]
    /// The countries demonyms name (ISO codes), each once, in `EvidenceRules.demonyms` order.
    private(set) var demonymCodes: [String]
    /// Per `demonymCodes` position: an array of that code alone, shared by every sentence
    /// naming only that country.
    private(set) var demonymAlone: [[String]]
    // Entries, flat: tokens[tokenStart[e]..<tokenStart[e+1]].
    private let entryTokenStart: [Int32]
    private let entryTokens: [Int32]
    /// Each entry's places (`PlaceRef`): one place inline, more as a run of `entryPlaces`. A
    /// mention gets its own small array of them: filling it reads this compact table (and, for
    /// a name of several places, `entryPlaces`), where sharing one array per entry (about 12 MB
    /// of them) cost a cache miss on the table of arrays and another, stalling the atomic
    /// retain, on the array itself. Each place is its position times two, plus one when the
    /// entry is the place's main name folded (`placesAndMainNames(_:keeping:)`): the flag comes
    /// with the position it qualifies, so reading it costs no further cache miss.
    private let entryPlaceRefs: [PlaceRef]
    private let entryPlaces: [Int32]
    let entryWeights: [EntryWeight]
    /// Entries by first word id: firstStart[w]..<firstStart[w+1], longest first. Entries are
    /// numbered in that order, so the range is the entries themselves.
    private let firstStart: [Int32]
    /// The first two words of every name of two words or more, as bits of a filter
    /// (`mayContinue(_:with:)`): most capitalised words that begin names are followed by a
    /// known word that continues none of them ("Kharkiv said"), and one bit read tells so,
    /// where the search of the group (`longestEntry(in:_:at:run:)`) costs a few binary searches.
    private let pairFilter: [UInt64]
    /// The filter's size in bits, a power of two: 2^22 (512 KB) for some 200,000 pairs keeps
    /// false positives, which only cost the search, to a few per cent.
    private static let pairFilterBits = 22
    /// Admin1 regions by the core of a name ("kursk" for "Kursk Oblast"), best first.
    private let admin1ByCore: [[Int32]: [(position: Int, rank: Int)]]
    /// `admin1(forEntry:)` for every entry, worked out once at build (most entries have none):
    /// entry e's regions are admin1Regions[admin1Start[e]..<admin1Start[e+1]].
    private let admin1Start: [Int32]
    private let admin1Regions: [Int32]

    /// Words that turn a name into a region: "Kursk region", "Belgorod Oblast".
    public static let regionWords: Set<String> = Set(EvidenceRules.regionSuffixes + EvidenceRules.pluralRegionSuffixes)

    /// Indexes every name and alternate name of `gazetteer`, the country variants, and "St"/"Saint"
    /// forms of each other.
    public init(gazetteer: Gazetteer) {
        let folding = ScalarFolding.shared
        let nameCount = gazetteer.places.reduce(0) { $0 + 1 + $1.alternateNameCountHint }
        // About as many distinct words as names (most names are one or two words, most shared).
        var vocabulary = Vocabulary(expecting: nameCount)
        var gathering = NameGathering(expecting: nameCount, vocabulary: &vocabulary)
        var regionCores = RegionCores()
        var capitals: [Int: [Int]] = [:]

        // The entry of each place's main name (before the entries are renumbered), or -1.
        var mainEntry = [Int](repeating: -1, count: gazetteer.places.count)
        for (position, place) in gazetteer.places.enumerated() {
            let isRegion = place.kind == .admin1
            mainEntry[position] = gathering.add(place.name, position, vocabulary: &vocabulary) ?? -1
            if isRegion { regionCores.offer(gathering.lastWords, region: position, vocabulary: vocabulary) }
            place.forEachAlternateName { name in
                gathering.add(utf8: name, position, vocabulary: &vocabulary)
                if isRegion { regionCores.offer(gathering.lastWords, region: position, vocabulary: vocabulary) }
            }
            let variants = place.kind == .country ? CountryNameVariants.byCode[place.countryCode] ?? [] : []
            for name in variants { gathering.add(name, position, vocabulary: &vocabulary) }
            guard isRegion else { continue }
            if place.pointRule.hasPrefix("naturalearth_admin1_capital:"),
               let id = Int(place.pointRule.dropFirst("naturalearth_admin1_capital:".count)),
               let capital = gazetteer.position(geonameID: id) {
                capitals[capital, default: []].append(position)
            }
        }
        regionCores.sort()
        let cores = regionCores.byCore

        // Cue words join the vocabulary so the scan reads their class by id.
        var classes: [Int32: WordClass] = [:]
        var bearings: [Int32: Double] = [:]
        var demonyms: [Int32: UInt8] = [:], demonymCodes: [String] = []
        func mark(_ words: [String], _ wordClass: WordClass) {
            for word in words {
                for folded in folding.foldedWords(word) { classes[vocabulary.intern(folded), default: []].insert(wordClass) }
            }
        }
        mark(EvidenceRules.ordinaryWords, .ordinary)
        mark(EvidenceRules.personTitles, .personTitle)
        mark(EvidenceRules.givenNames, .givenName)
        mark(EvidenceRules.regionSuffixes, .regionSuffix)
        mark(EvidenceRules.pluralRegionSuffixes, [.regionSuffix, .pluralSuffix])
        mark(EvidenceRules.districtSuffixes, .districtSuffix)
        mark(EvidenceRules.organisationHeads, .organisationHead)
        mark(EvidenceRules.settlementNouns, .settlementNoun)
        mark(EvidenceRules.conjunctions, .conjunction)
        mark(EvidenceRules.proximityWords, .proximity)
        mark(EvidenceRules.containmentWords, .containment)
        mark(EvidenceRules.fillerWords, .filler)
        mark(["of"], .of)
        for (word, bearing) in EvidenceRules.directions {
            let id = vocabulary.intern(Array(word.unicodeScalars.map(\.value)))
            classes[id, default: []].insert(.direction)
            bearings[id] = bearing
        }
        for (word, code) in EvidenceRules.demonyms {
            let id = vocabulary.intern(Array(word.unicodeScalars.map(\.value)))
            classes[id, default: []].insert(.demonym)
            if !demonymCodes.contains(code) { demonymCodes.append(code) }
            demonyms[id] = UInt8(demonymCodes.firstIndex(of: code)! + 1)
        }
        // Glued words and Cyrillic endings are looked up by the finder, so they need ids too.
        for word in EvidenceRules.gluedWords { _ = vocabulary.intern(Array(word.unicodeScalars.map(\.value))) }

        var classArray = [WordClass](repeating: [], count: vocabulary.count)
        for (id, wordClass) in classes { classArray[Int(id)] = wordClass }

        // Flatten entries, grouped by first word, longest first, then in word-id order.
        let names = gathering.entries
        let (entryPlaceStart, entryPlaceList) = names.places()
        let entryCount = names.count
        let (groupStart, order) = names.grouped(wordCount: vocabulary.count)
        // What each place adds to the weight of the entries that name it.
        let placeWeights = gazetteer.places.map { place -> EntryWeight in
            // Three comparisons, not `contains` on an array literal: that array was made and
            // destroyed for each of the 45,000 places (12M instructions, `borderline map seeds`).
            let code = place.countryCode
            let border = code == "RU" || code == "UA" || code == "BY"
            var weight: EntryWeight = border ? .borderCountry : []
            switch place.kind {
            case .country: weight.insert(.country)
            case .admin1: weight.insert(.admin1)
            case .place: if border && place.population >= 100_000 { weight.insert(.borderCity) }
            }
            return weight
        }
        // Every list but `flaggedPlaces` has a length known before it is filled (each entry's
        // words and places are copied once), so each is made at that length and filled by
        // index, where appending some two million elements one at a time checked capacity for
        // each and uniqueness for more of them (12.6M of 663M instructions for the build,
        // `borderline map seeds`).
        var tokens = [Int32](repeating: 0, count: names.words.count)
        var tokenStart = [Int32](repeating: 0, count: entryCount + 1)
        var placeList = [Int32](repeating: 0, count: entryPlaceList.count)
        var placeStart = [Int32](repeating: 0, count: entryCount + 1)
        var placeRefs = [PlaceRef](repeating: PlaceRef(), count: entryCount)
        var flaggedPlaces: [Int32] = []
        var weights = [EntryWeight](repeating: [], count: entryCount)
        var remap = [Int32](repeating: 0, count: entryCount)
        var firstStart = [Int32](repeating: 0, count: vocabulary.count + 1)
        // How many entries, words and places are written so far.
        var filled = 0, tokenCount = 0, placeCount = 0
        for first in 0..<vocabulary.count {
            for slot in Int(groupStart[first])..<Int(groupStart[first + 1]) {
                let entry = Int(order[slot])
                remap[entry] = Int32(filled)
                // Element by element, by index: most names have one or two words and one place,
                // for which the generic `append(contentsOf:)` of a slice cost several times the
                // copy, and a slice of each list per entry cost a retain and a release.
                for k in names.wordRange(of: entry) {
                    tokens[tokenCount] = names.words[k]
                    tokenCount += 1
                }
                tokenStart[filled + 1] = Int32(tokenCount)
                let places = Int(entryPlaceStart[entry])..<Int(entryPlaceStart[entry + 1])
                var weight: EntryWeight = []
                for k in places {
                    placeList[placeCount] = entryPlaceList[k]
                    placeCount += 1
                    weight.formUnion(placeWeights[Int(entryPlaceList[k])])
                }
                @inline(__always) func flagged(_ position: Int32) -> Int32 { position * 2 + (mainEntry[Int(position)] == entry ? 1 : 0) }
                if places.count == 1 {
                    placeRefs[filled] = PlaceRef(only: flagged(entryPlaceList[places.lowerBound]))
                } else {
                    placeRefs[filled] = PlaceRef(start: flaggedPlaces.count, count: places.count)
                    for k in places { flaggedPlaces.append(flagged(entryPlaceList[k])) }
                }
                placeStart[filled + 1] = Int32(placeCount)
                weights[filled] = weight
                filled += 1
            }
            firstStart[first + 1] = Int32(filled)
        }
        vocabulary.freeze { id in
            var info = WordInfo(wordClass: classArray[Int(id)])
            let starting = Int(firstStart[Int(id)])..<Int(firstStart[Int(id) + 1])
            if !starting.isEmpty {
                info.insert(.startsName)
                // Longest first: the group's first entry is its longest name, its last the
                // one-word name when there is one.
                let first = starting.lowerBound, last = starting.upperBound - 1
                info = info.withLongestName(Int(tokenStart[first + 1] - tokenStart[first]))
                if tokenStart[last + 1] - tokenStart[last] == 1 {
                    info.insert(.singleWordName)
                    // Only the one-word name can make the word weighty, and it is the group's one
                    // entry of one word (entries are distinct), so only it is read, not the group.
                    if !weights[last].isDisjoint(with: [.country, .admin1, .borderCity]) && !classArray[Int(id)].contains(.ordinary) {
                        info.insert(.weightyName)
                    }
                }
            }
            return (info, starting)
        }
        self.vocabulary = vocabulary
        self.classes = classArray
        self.bearings = bearings
        precondition(demonymCodes.count <= 64, "the finder keeps a bit per demonym country")
        var demonymCountry = [UInt8](repeating: 0, count: vocabulary.count)
        for (id, country) in demonyms { demonymCountry[Int(id)] = country }
        self.demonymCountry = demonymCountry
        self.demonymCodes = demonymCodes
        self.demonymAlone = demonymCodes.map { [$0] }
        self.entryTokenStart = tokenStart
        self.entryTokens = tokens
        self.entryPlaceRefs = placeRefs
        self.entryPlaces = flaggedPlaces
        self.entryWeights = weights
        self.firstStart = firstStart
        var pairFilter = [UInt64](repeating: 0, count: 1 << (Self.pairFilterBits - 6))
        for entry in 0..<weights.count where tokenStart[entry + 1] - tokenStart[entry] >= 2 {
            let bit = Self.pairBit(tokens[Int(tokenStart[entry])], tokens[Int(tokenStart[entry]) + 1])
            pairFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.pairFilter = pairFilter
        self.admin1ByCore = cores
        // Region phrases look regions up by entry and by place, so both maps are keyed by
        // integers (only entries that are a region's core and places with a region are kept).
        var coreEntries: [Int: [(position: Int, rank: Int)]] = [:]
        var byPlace: [Int: [Int32]] = [:]
        // The entries that are cores, found by looking each core up (a few thousand), not every
        // entry up in `cores`; taken in entry order, as the places' lists are filled in.
        let coreNames = cores.compactMap { core, regions in names.entry(core).map { (entry: $0, regions: regions) } }
        for (entry, regions) in coreNames.sorted(by: { $0.entry < $1.entry }) {
            coreEntries[Int(remap[entry])] = regions
            for position in entryPlaceList[Int(entryPlaceStart[entry])..<Int(entryPlaceStart[entry + 1])]
            where gazetteer.places[Int(position)].kind == .place {
                byPlace[Int(position), default: []].append(remap[entry])
            }
        }
        // The regions of every entry, so a region phrase costs a slice, not map lookups: only
        // entries that are a core or name a place with a core name or a region capital can have any.
        var hasRegionHint = [Bool](repeating: false, count: gazetteer.places.count)
        for position in byPlace.keys { hasRegionHint[position] = true }
        for position in capitals.keys where gazetteer.places[position].kind == .place { hasRegionHint[position] = true }
        // What a place brings to the entries that name it, worked out once per place, not for
        // every entry again: the regions of its core names ("Kursk" the city names Kursk Oblast's
        // core), then those it is the capital of, at the best rank among them.
        var placeRegions: [Int: RegionChoice] = [:]
        for position in hasRegionHint.indices where hasRegionHint[position] {
            var choice = RegionChoice()
            for other in byPlace[position] ?? [] {
                for (region, rank) in coreEntries[Int(other)] ?? [] { choice.offer(region, rank: rank * 2 + 1) }
            }
            for region in capitals[position] ?? [] { choice.offer(region, rank: 6) }
            placeRegions[position] = choice
        }
        var admin1Start: [Int32] = [0], admin1Regions: [Int32] = []
        admin1Start.reserveCapacity(weights.count + 1)
        var isCore = [Bool](repeating: false, count: weights.count)
        for entry in coreEntries.keys { isCore[entry] = true }
        for entry in 0..<weights.count {
            let lower = Int(placeStart[entry]), upper = Int(placeStart[entry + 1])
            var hinted = isCore[entry]
            var k = lower
            while !hinted && k < upper {
                hinted = hasRegionHint[Int(placeList[k])]
                k += 1
            }
            if hinted {
                // The regions whose core is the entry itself, then those of its places.
                var choice = RegionChoice()
                for (position, rank) in coreEntries[entry] ?? [] { choice.offer(position, rank: rank * 2) }
                for k in lower..<upper { if let regions = placeRegions[Int(placeList[k])] { choice.offer(regions) } }
                // One by one: an entry has one region or two, for which mapping them to a new
                // array and the generic `append(contentsOf:)` cost several times the copy.
                for position in choice.positions { admin1Regions.append(Int32(position)) }
            }
            admin1Start.append(Int32(admin1Regions.count))
        }
        self.admin1Start = admin1Start
        self.admin1Regions = admin1Regions
    }

    // MARK: - Lookups used by the finder

    /// The number of distinct names indexed.
    public var nameCount: Int { entryWeights.count }

    /// The class of word `id` (empty for an unknown word, id < 0).
    @inline(__always)
    func wordClass(_ id: Int32) -> WordClass { id >= 0 && Int(id) < classes.count ? classes[Int(id)] : [] }

    /// The entries that begin with word `id`, longest first.
    @inline(__always)
    func entries(startingWith id: Int32) -> Range<Int> {
        guard id >= 0, Int(id) + 1 < firstStart.count else { return 0..<0 }
        return Int(firstStart[Int(id)])..<Int(firstStart[Int(id) + 1])
    }

    @inline(__always)
    func entry(at slot: Int) -> Int { slot }

    @inline(__always)
    func tokens(ofEntry entry: Int) -> ArraySlice<Int32> {
        entryTokens[Int(entryTokenStart[entry])..<Int(entryTokenStart[entry + 1])]
    }

    /// How many words entry `entry`'s name has.
    @inline(__always)
    func wordCount(ofEntry entry: Int) -> Int { Int(entryTokenStart[entry + 1] - entryTokenStart[entry]) }

    /// Entry `entry`'s places (positions in `Gazetteer.places`), in gazetteer order.
    func places(ofEntry entry: Int) -> [Int] { placesAndMainNames(placeRef(ofEntry: entry)).places.array }

    /// Where entry `entry`'s places are, for `placesAndMainNames(_:keeping:)`: the finder reads
    /// it as it matches (in a loop free of atomic operations, where its cache miss overlaps the
    /// work that follows), not when it makes the mention.
    @inline(__always)
    func placeRef(ofEntry entry: Int) -> PlaceRef { entryPlaceRefs[entry] }

    /// Whether any of entry `entry`'s places is one `test` accepts (no array made).
    func hasPlace(ofEntry entry: Int, where test: (Int) -> Bool) -> Bool {
        let ref = entryPlaceRefs[entry]
        if let only = ref.only { return test(Int(only >> 1)) }
        return entryPlaces[ref.run].contains { test(Int($0 >> 1)) }
    }

    /// The places `ref` points at, in gazetteer order, with which of them have the entry as
    /// their main name, folded (`placesAndMainNames(_:keeping:)` keeping all).
    @inline(__always)
    func placesAndMainNames(_ ref: PlaceRef) -> (places: Mention.CandidateList, mainNames: Mention.MainNames) {
        placesAndMainNames(ref) { _ in true }
    }

    /// The places `ref` points at that `keep` accepts, in gazetteer order, with which of them
    /// have the entry as their main name, folded: the places whose `Place.name` has the same
    /// folded words as a surface that is exactly this entry's words (`Mention.MainNames`;
    /// unknown past its capacity). One pass over the places.
    ///
    /// `keep` is not optional: an optional closure escapes, so the finder's test (which reads
    /// its gazetteer) copied the whole finder, retaining every array of the index, per mention.
    ///
    /// The array is made from a literal or copied from a buffer, both specialised here: the
    /// stdlib's `Array(unsafeUninitializedCapacity:)` allocates through an unspecialised
    /// generic function that looks the storage class's metadata up at run time (about 500
    /// instructions, more than the rest of a mention's candidates). Two or three places, as
    /// most names of several places have, are a literal too: the copy from a buffer goes
    /// through a generic collection copy (about 170 instructions). None or one place, as most
    /// names have, needs no array at all (`Mention.CandidateList`).
    @inline(__always)
    func placesAndMainNames(_ ref: PlaceRef, keeping keep: (Int) -> Bool) -> (places: Mention.CandidateList, mainNames: Mention.MainNames) {
        if let only = ref.only {
            let position = Int(only >> 1)
            if !keep(position) { return (Mention.CandidateList(), Mention.MainNames(known: 0)) }
            return (Mention.CandidateList(only: position), Mention.MainNames(known: UInt64(only & 1)))
        }
        let run = ref.run
        var mask: UInt64 = 0
        let places = entryPlaces.withUnsafeBufferPointer { places in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: run.count) { buffer -> Mention.CandidateList in
                var count = 0
                for k in run {
                    let position = Int(places[k] >> 1)
                    if !keep(position) { continue }
                    buffer[count] = position
                    mask |= UInt64(places[k] & 1) << UInt64(count)
                    count += 1
                }
                switch count {
                case 0: return Mention.CandidateList()
                case 1: return Mention.CandidateList(only: buffer[0])
                case 2: return Mention.CandidateList([buffer[0], buffer[1]])
                case 3: return Mention.CandidateList([buffer[0], buffer[1], buffer[2]])
                default: return Mention.CandidateList(Array(UnsafeBufferPointer(rebasing: buffer[..<count])))
                }
            }
        }
        return (places, places.count <= Mention.MainNames.capacity ? Mention.MainNames(known: mask) : Mention.MainNames())
    }

    /// Where an entry's places are, in one word: a single place (flagged as in `entryPlaces`)
    /// held inline, so most names (one place each) cost one cache miss, not two; or a run of
    /// `entryPlaces`. 0: no places (no entry).
    struct PlaceRef: Sendable {
        private let rawValue: UInt64
        private static let inline: UInt64 = 1 << 63

        init() { rawValue = 0 }
        init(only flagged: Int32) { rawValue = Self.inline | UInt64(UInt32(bitPattern: flagged)) }
        init(start: Int, count: Int) { rawValue = UInt64(start) | UInt64(count) << 32 }

        /// The single place, flagged, when it is held inline.
        @inline(__always)
        var only: Int32? { rawValue & Self.inline != 0 ? Int32(truncatingIfNeeded: rawValue) : nil }
        /// The run of `entryPlaces` (empty for an inline place).
        @inline(__always)
        var run: Range<Int> {
            guard rawValue & Self.inline == 0 else { return 0..<0 }
            let start = Int(rawValue & 0xFFFF_FFFF)
            return start..<start + Int(rawValue >> 32)
        }
    }

    /// The bearing of word `id` when it is a compass word.
    func bearing(_ id: Int32) -> Double? {
        guard wordClass(id).contains(.direction) else { return nil }
        return bearings[id]
    }

    /// The country demonym `id` names: one plus its position in `demonymCodes` (0: none).
    func demonym(_ id: Int32) -> Int { id >= 0 && Int(id) < demonymCountry.count ? Int(demonymCountry[Int(id)]) : 0 }

    /// Whether some name of two words or more may begin with words `first`, `second` (false:
    /// none does; true: one may, or the filter cannot tell).
    @inline(__always)
    func mayContinue(_ first: Int32, with second: Int32) -> Bool {
        let bit = Self.pairBit(first, second)
        return pairFilter[bit >> 6] & 1 << UInt64(bit & 63) != 0
    }

    /// A pair of word ids hashed to a bit of `pairFilter` (multiplicative hashing: the top bits
    /// of the product).
    @inline(__always)
    private static func pairBit(_ first: Int32, _ second: Int32) -> Int {
        let key = UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - pairFilterBits))
    }

    /// Whether `id` is a one-word name of some entry.
    func isSingleWordName(_ id: Int32) -> Bool {
        entries(startingWith: id).contains { tokens(ofEntry: entry(at: $0)).count == 1 }
    }

    /// The longest entry among `group` (the entries that begin with one word, in index order:
    /// longest first, then by word ids) whose later words are the ids of `tokens[t + 1...]`,
    /// and its length in words. `run` is how many words after `t` could continue a name (known
    /// words, joined by gaps a name allows): only names of at most `run + 1` words can match, and
    /// within one length the names are sorted, so each length is a binary search.
    func longestEntry(in group: Range<Int>, _ tokens: UnsafeBufferPointer<ScanToken>, at t: Int, run: Int) -> (Int, Int)? {
        entryTokenStart.withUnsafeBufferPointer { starts in
            entryTokens.withUnsafeBufferPointer { words in
                @inline(__always) func length(_ entry: Int) -> Int { Int(starts[entry + 1] - starts[entry]) }
                /// The order of entry `entry`'s words after the first against the tokens' ids.
                @inline(__always) func compare(_ entry: Int, _ count: Int) -> Int {
                    let base = Int(starts[entry])
                    for k in 1..<count {
                        let word = words[base + k], id = tokens[t + k].id
                        if word != id { return word < id ? -1 : 1 }
                    }
                    return 0
                }
                let longest = run + 1
                var lower = group.lowerBound, upper = group.upperBound
                while lower < upper {
                    let middle = (lower + upper) / 2
                    if length(middle) > longest { lower = middle + 1 } else { upper = middle }
                }
                var first = lower
                while first < group.upperBound {
                    let count = length(first)
                    // One name per sequence of ids: a one-word name is the word itself.
                    if count == 1 { return (first, 1) }
                    var end = first + 1, high = group.upperBound
                    while end < high {
                        let middle = (end + high) / 2
                        if length(middle) == count { end = middle + 1 } else { high = middle }
                    }
                    var low = first, top = end
                    while low < top {
                        let middle = (low + top) / 2
                        if compare(middle, count) < 0 { low = middle + 1 } else { top = middle }
                    }
                    if low < end && compare(low, count) == 0 { return (low, count) }
                    first = end
                }
                return nil
            }
        }
    }

    /// The admin1 regions a region phrase names: "X region" where X is `entry`'s name.
    ///
    /// Looks up the core of the name itself, then of every name of the places that bear it
    /// ("Kyiv region": the city Kyiv is also "Kiev", the core of Kyiv Oblast), then the regions
    /// whose capital bears it ("Dnipro region" → Dnipropetrovsk). Oblasts come before city
    /// regions ("Moscow region" is Moscow Oblast, not the city of federal status). Worked out at
    /// build for every entry (see `init`).
    func admin1(forEntry entry: Int) -> Mention.CandidateList {
        let lower = Int(admin1Start[entry]), upper = Int(admin1Start[entry + 1])
        guard lower < upper else { return Mention.CandidateList() }
        // One region, as for nearly every name: held inline, no array.
        if upper - lower == 1 { return Mention.CandidateList(only: Int(admin1Regions[lower])) }
        return Mention.CandidateList(admin1Regions[lower..<upper].map(Int.init))
    }

    /// Whether `admin1(forEntry:)` has any region (without building the array).
    @inline(__always)
    func hasAdmin1(forEntry entry: Int) -> Bool { admin1Start[entry] < admin1Start[entry + 1] }

    // MARK: - The public token interface (kept for callers of the first version)

    /// The longest name that starts at `tokens[index]`, if any.
    public func longestMatch(in tokens: [Token], at index: Int) -> (entry: Entry, length: Int)? {
        func id(_ token: Token) -> Int32? {
            vocabulary.id(of: token.folded.unicodeScalars.map(\.value))
        }
        guard let first = id(tokens[index]) else { return nil }
        for slot in entries(startingWith: first) {
            let entry = self.entry(at: slot)
            let words = self.tokens(ofEntry: entry)
            guard index + words.count <= tokens.count else { continue }
            if words.enumerated().allSatisfy({ id(tokens[index + $0.offset]) == $0.element }) {
                return (Entry(tokens: words.map { vocabulary.word($0) }, places: places(ofEntry: entry)), words.count)
            }
        }
        return nil
    }

    /// Admin1 regions whose name core is `tokens` ("kursk" → Kursk Oblast).
    public func admin1(core tokens: [String]) -> [Int] {
        let ids = tokens.compactMap { vocabulary.id(of: $0.unicodeScalars.map(\.value)) }
        guard ids.count == tokens.count else { return [] }
        return (admin1ByCore[ids] ?? []).map(\.position)
    }
}
