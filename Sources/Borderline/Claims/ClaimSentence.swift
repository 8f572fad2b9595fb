/// One sentence prepared for the claim patterns: its tokens and the place mentions in it, each
/// tied to the tokens it covers.
///
/// Mentions are held by position in the document's list (`all`), with the few facts the
/// patterns test copied beside it, so that scanning them copies no strings.
struct ClaimSentence {
    /// A mention and the tokens it spans (`tokens[first..<end]`).
    struct Located {
        /// Position of the mention in `ClaimSentence.all`.
        var at: Int
        var first: Int
        var end: Int
        /// The mention's scalar offsets in the document.
        var start: Int
        var stop: Int
        /// The gazetteer entry it resolved to, and that entry's kind.
        var placeIndex: Int?
        var placeKind: PlaceKind?
    }

    let documentID: String
    /// The sentence's index and scalar offsets. Its text is not held (the extractor fills in
    /// the claims' `sentenceText`): a `Sentence` with an empty text was assigned, its string
    /// retained and released, for every sentence.
    private(set) var sentenceIndex: Int
    private(set) var sentenceRange: Range<Int>
    let scalars: [Unicode.Scalar]
    /// The document's text, and where its scalar offsets and UTF-8 offsets part: the claims'
    /// texts are cut from it (`text(_:_:)`). Nil when its UTF-8 could not be read in place.
    let documentText: String
    let byteOffsets: ByteOffsets?
    /// The sentence's tokens (`ClaimLexer.lex`): the start of the extractor's scratch storage,
    /// indexed from 0.
    var tokens: ArraySlice<ClaimToken>
    private(set) var mentions: [Located]
    /// Every mention the extractor was given; `Located.at` and `earlierMentions` point into it.
    let all: [ResolvedMention]
    /// The gazetteer, held by reference: a context is made per document, and holding the
    /// `Gazetteer` itself copied it (retaining each of its lists and tables) and destroyed it
    /// again for every document. Read through `places` and `country(code:)`.
    let shared: SharedGazetteer
    /// Positions in `all` of the mentions of the sentences before that may be pointed back to:
    /// `earlier[..<earlierCount]`, in text order (`passed(sentence:inside:of:)` keeps it). The
    /// array is only storage that grows: shrinking it and appending to it each sentence went
    /// through the array's general range replacement, twice per sentence. It is the context's
    /// own, so no slice of it is handed in and let go of per sentence.
    private var earlier: [Int]
    private var earlierCount: Int

    /// Positions in `all` of mentions of earlier sentences (at most twelve), nearest sentence
    /// last, for "the city" and "it".
    var earlierMentions: ArraySlice<Int> { earlier[max(0, earlierCount - 12)..<earlierCount] }
    /// Admin1 positions in the gazetteer by key (`ClaimExtractor.admin1Positions`).
    let admin1Positions: [String: Int]

    /// A context for the sentences of one document, set up once (so the fields every sentence
    /// shares are not copied and retained again per sentence); `enter` moves it to a sentence.
    /// - Parameter text: the document's text, whose scalars `scalars` are.
    /// - Parameter knownByteOffsets: its `ByteOffsets` when already made (by the finder's scan,
    ///   in `MapPipeline`); read off `text` when nil.
    init(documentID: String, text: String, scalars: [Unicode.Scalar], all: [ResolvedMention], gazetteer: Gazetteer,
         admin1Positions: [String: Int], knownByteOffsets: ByteOffsets? = nil) {
        self.init(documentID: documentID, text: text, scalars: scalars, all: all, shared: SharedGazetteer(gazetteer),
                  admin1Positions: admin1Positions, knownByteOffsets: knownByteOffsets)
    }

    /// The context for a gazetteer already held by reference (the extractor's, made once).
    init(documentID: String, text: String, scalars: [Unicode.Scalar], all: [ResolvedMention], shared: SharedGazetteer,
         admin1Positions: [String: Int], knownByteOffsets: ByteOffsets? = nil) {
        self.documentID = documentID
        self.sentenceIndex = 0
        self.sentenceRange = 0..<0
        self.scalars = scalars
        self.documentText = text
        self.byteOffsets = knownByteOffsets ?? ByteOffsets(reading: text, scalarCount: scalars.count)
        self.tokens = []
        self.mentions = []
        self.all = all
        self.shared = shared
        self.earlier = []
        self.earlierCount = 0
        self.admin1Positions = admin1Positions
    }

    /// Moves the context to the sentence `index`, which spans the scalars `range` and whose
    /// tokens are already in `tokens`.
    /// - Parameter inside: where in `own` the positions in `all` of the mentions that start in
    ///   the sentence are, by start offset (a range, not a slice of `own`, which retained and
    ///   released its storage per sentence).
    mutating func enter(_ index: Int, _ range: Range<Int>, inside: Range<Int>, of own: [Int]) {
        sentenceIndex = index
        sentenceRange = range
        // The list is emptied one mention at a time (a sentence has a few; the general range
        // replacement of `removeAll(keepingCapacity:)` cost some eighty instructions a
        // sentence), and made once with room for every mention that may be listed, not grown.
        while mentions.popLast() != nil {}
        // Room for eight at first (a sentence rarely names more), so that the list is not moved
        // to a larger allocation each time a sentence names one more place than any before.
        if mentions.capacity < inside.count { mentions.reserveCapacity(max(inside.count, 8)) }
        // `inside` is in start order and token ends increase, so each mention's first token is
        // searched for from the previous one's, not from the sentence's start.
        var from = 0
        for position in inside {
            let at = own[position]
            // Offsets read in place: binding the whole mention would retain each of its strings.
            let start = all[at].mention.start, stop = all[at].mention.end
            guard let first = tokens[from...].firstIndex(where: { $0.end > start }) else { break }
            from = first
            guard tokens[first].start < stop else { continue }
            var end = first
            while end < tokens.count && tokens[end].start < stop { end += 1 }
            let placeIndex = all[at].placeIndex
            mentions.append(Located(
                at: at, first: first, end: end, start: start, stop: stop, placeIndex: placeIndex,
                placeKind: placeIndex.map { places[$0].kind }))
        }
    }

    /// Records that the sentence `index` has been read, whose mentions are `own[inside]`
    /// (positions in `all`, in start order): only the three sentences before the next may be
    /// pointed back to, so the others' mentions are dropped in place, keeping the order, and
    /// the sentence's added.
    mutating func passed(sentence index: Int, inside: Range<Int>, of own: [Int]) {
        var kept = 0
        for position in 0..<earlierCount where all[earlier[position]].mention.sentenceIndex >= index - 2 {
            earlier[kept] = earlier[position]
            kept += 1
        }
        earlierCount = kept
        // Made once per document with room for all its mentions (no sentence can list more), not
        // grown by appending from empty: that moved it to a larger allocation about three times
        // a document (6,118 moves, 2.0M instructions, in the 2 MB pipeline run).
        if earlier.capacity < own.count { earlier.reserveCapacity(own.count) }
        for position in inside {
            let at = own[position]
            if earlierCount < earlier.count { earlier[earlierCount] = at } else { earlier.append(at) }
            earlierCount += 1
        }
    }

    /// The text of the document between two scalar offsets, cut from its UTF-8 by the
    /// `TextCutter` the finder uses too (a claim has several such texts: its sentence, its
    /// evidence, its reference's wording).
    func text(_ start: Int, _ end: Int) -> String {
        guard let byteOffsets else { return ScalarText.string(scalars[start..<end]) }
        if let cut = documentText.utf8.withContiguousStorageIfAvailable({ bytes in
            var cutter = TextCutter(bytes, byteOffsets)
            return cutter.text(start..<end)
        }) {
            return cut
        }
        let utf8 = documentText.utf8
        let from = byteOffsets.byteOffset(ofScalar: start), to = byteOffsets.byteOffset(ofScalar: end)
        // Offsetting a native string's UTF-8 index is arithmetic, not a walk; the offsets are
        // scalar boundaries, so the slice is exactly the scalars' UTF-8.
        return String(documentText[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
    }

    /// `text(_:_:)` of a whole sentence, which is `finderText` (the finder's text of a mention
    /// in it, shared: a retain instead of a new string of a hundred bytes or more) when that
    /// spells the same bytes.
    func sentenceText(_ start: Int, _ end: Int, finderText: String) -> String {
        guard let byteOffsets,
              let cut = documentText.utf8.withContiguousStorageIfAvailable({ bytes in
                  var cutter = TextCutter(bytes, byteOffsets)
                  return cutter.text(start..<end, sharing: finderText)
              }) else { return text(start, end) }
        return cut
    }

    /// The mention whose first token is `index`.
    func mention(startingAt index: Int) -> Located? {
        mentions.first { $0.first == index }
    }

    /// The gazetteer's entries (`Gazetteer.places`), read in place.
    var places: [Place] { shared.gazetteer.places }

    /// `Gazetteer.country(code:)`.
    func country(code: String) -> Place? { shared.gazetteer.country(code: code) }

    /// The gazetteer entry a mention resolved to.
    func place(_ located: Located) -> Place? {
        located.placeIndex.map { places[$0] }
    }

    /// The kind of the entry the mention at `at` in `all` resolved to.
    @inline(never)
    func placeKind(ofMentionAt at: Int) -> PlaceKind? {
        let status = all[at].status
        guard case let .resolved(index) = status else { return nil }
        return places[index].kind
    }

    /// The resolved mention itself.
    func resolved(_ located: Located) -> ResolvedMention { all[located.at] }

    /// The claim place of a mention.
    func claimPlace(_ located: Located) -> ClaimPlace { ClaimPlace(all[located.at]) }

    /// Whether the mention resolved to a country.
    func isCountry(_ located: Located) -> Bool { located.placeKind == .country }

    /// Whether `tokens[index]` is the lower-case word (or mark) `word`.
    @inline(__always)
    func matches(_ word: ClaimWord, at index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].word == word
    }

    /// Whether `tokens[index...]` begins with the words `a`, `b`.
    @inline(__always)
    func matches(_ a: ClaimWord, _ b: ClaimWord, at index: Int) -> Bool {
        index >= 0 && index + 2 <= tokens.count && tokens[index].word == a && tokens[index + 1].word == b
    }

    /// Whether `tokens[index...]` begins with the words `words`.
    func matches(_ words: [ClaimWord], at index: Int) -> Bool {
        guard index >= 0, index + words.count <= tokens.count else { return false }
        for offset in words.indices where tokens[index + offset].word != words[offset] { return false }
        return true
    }

    /// Skips "the city of", "the town of", "the village of", "the settlement of", "the
    /// regional capital" and a bare "the" from `index`; returns the index of what follows.
    func skippingPlaceNounPhrase(_ index: Int) -> Int {
        var cursor = index
        if matches(.the, at: cursor) { cursor += 1 }
        if cursor >= 0, cursor + 2 <= tokens.count, tokens[cursor].isWord(in: ClaimWords.placeNounCodes), tokens[cursor + 1].word == .of {
            return cursor + 2
        }
        return cursor
    }

    /// Builds a claim with the evidence span `start..<end`, through the memberwise initializer
    /// (see `Claim.kind`), so that it is moved, not copied, into the extractor's list.
    ///
    /// Its `sentenceText` is left empty: the extractor writes it once the sentence has claims.
    /// The subject, reference and statement are taken (`consuming`), so that a caller's last
    /// use of one is moved into the claim rather than copied there.
    func claim(kind: ClaimKind, start: Int, end: Int, subject: consuming ClaimPlace?, reference: consuming ClaimReference?,
               statement: consuming ClaimStatement) -> Claim {
        Claim(
            documentID: documentID, sentenceIndex: sentenceIndex, sentenceText: "", kind: kind,
            evidenceStart: start, evidenceEnd: end, evidenceText: text(start, end), subject: subject,
            reference: reference, statement: statement)
    }
}

/// A gazetteer held by reference, so that a value holding it (`ClaimSentence`, one per
/// document) copies one reference rather than the gazetteer's every list and table.
final class SharedGazetteer: Sendable {
    let gazetteer: Gazetteer

    init(_ gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }
}

/// Word lists the claim patterns share.
enum ClaimWords {
    /// Nouns for settlements and regions in "the city of X" and "X, a city of …".
    static let placeNouns = [
        "city", "town", "village", "settlement", "hamlet", "municipality", "community", "region", "oblast",
        "province", "district", "port", "capital",
    ]
    static let placeNounSet = Set(placeNouns)
    /// Words for the border line ("the Ukrainian border", "the frontier").
    static let borderNouns: Set<String> = ["border", "frontier", "boundary", "borders"]
    /// Adjectives that may stand before a border noun.
    static let borderAdjectives: Set<String> = [
        "ukrainian", "russian", "ukraine", "russia", "state", "international", "national", "common", "shared",
        "nearest", "closest",
    ]
    /// Countries the border line separates, by the names and adjectives English uses.
    static let countryWords: [String: (code: String, name: String)] = [
        "ukraine": ("UA", "Ukraine"), "ukrainian": ("UA", "Ukraine"), "russia": ("RU", "Russia"),
        "russian": ("RU", "Russia"), "belarus": ("BY", "Belarus"), "belarusian": ("BY", "Belarus"),
    ]
    /// Words that point back to a place named in an earlier sentence.
    static let anaphora: Set<String> = ["city", "town", "village", "settlement", "it", "its", "which"]

    /// The same lists by word code, for the patterns.
    static let placeNounCodes = ClaimWord.membership(placeNouns)
    static let borderNounCodes = ClaimWord.membership(borderNouns)
    static let borderAdjectiveCodes = ClaimWord.membership(borderAdjectives)
    static let anaphoraCodes = ClaimWord.membership(anaphora)
    static let countryByCode: [(code: String, name: String)?] = ClaimWord.table(countryWords.mapValues { Optional($0) }, default: nil)
    /// Whether a word code is one of `countryWords`: what a pattern tests at every word, without
    /// copying the pair of strings `countryByCode` holds.
    static let isCountryCode = ClaimWord.membership(countryWords.keys)

    /// The country a token names, if it is a word of `countryWords`.
    @inline(__always)
    static func country(_ token: ClaimToken) -> (code: String, name: String)? {
        guard token.kind == .word, let word = token.word else { return nil }
        return countryByCode[Int(word.rawValue)]
    }
}
