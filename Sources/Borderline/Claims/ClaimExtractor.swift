/// Finds every checkable statement of a document: distances (to the border or between
/// places), compass directions, countries, populations and borders between regions.
///
/// It reads the document's sentences with the place mentions already found and resolved
/// (`MentionFinder`, `Resolver`), so a claim's subject and reference are the same places the
/// map shows. Pure: the same document and mentions give the same claims, in text order.
///
/// Most sentences state nothing checkable. Each sentence is tokenised once, and a pattern runs
/// only when the sentence holds the words without which it cannot match (`ClaimTriggers`): a
/// figure and a length unit for distances, a figure and a people word or settlement noun for
/// populations, a country or compass word, a verb of bordering. A sentence without them is
/// passed over without building its text.
public struct ClaimExtractor: Sendable {
    public let gazetteer: Gazetteer
    /// Admin1 positions in `gazetteer.places` by key ("RU.09"), as `Gazetteer.admin1(key:)`
    /// finds them (the last entry of a key), for lists closed by a region noun.
    let admin1Positions: [String: Int]
    /// `gazetteer` held by reference, for the per-document contexts (`ClaimSentence.shared`).
    let shared: SharedGazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        self.shared = SharedGazetteer(gazetteer)
        var positions: [String: Int] = [:]
        for index in gazetteer.places.indices where gazetteer.places[index].kind == .admin1 {
            positions[gazetteer.places[index].admin1Key] = index
        }
        self.admin1Positions = positions
    }

    /// The claims of `document`, ordered by evidence offset, then kind.
    /// - Parameter mentions: the resolved mentions of the document (others are ignored).
    public func claims(in document: Document, mentions: [ResolvedMention]) -> [Claim] {
        claims(in: document, text: DocumentText(document.text), mentions: mentions)
    }

    /// `claims(in:mentions:)` with the document's scalars and sentences already made (by
    /// `MapPipeline`, which shares them between the stages) from `document.text`.
    func claims(in document: Document, text: DocumentText, mentions: [ResolvedMention]) -> [Claim] {
        let scalars = text.scalars
        let sentences = text.sentences
        let own = Self.ownMentions(of: document.id, in: mentions)
        var claims: [Claim] = []
        var cursor = 0
        // The lexer's scratch storage, made once at the longest sentence's length (every token
        // takes at least one scalar, so no sentence needs more): grown sentence by sentence, it
        // was moved to a larger allocation three or four times per document.
        let longest = sentences.reduce(0) { max($0, $1.count) }
        var tokenStorage = [ClaimToken](repeating: ClaimLexer.filler, count: longest)
        // `DistancePattern`'s scratch list of figures found, kept from sentence to sentence.
        var distanceScratch: [DistancePattern.Found] = []
        // The start offsets of a sentence's distance references, kept from sentence to sentence.
        var referenceScratch: [Int] = []
        var context = ClaimSentence(
            documentID: document.id, text: document.text, scalars: scalars, all: mentions, shared: shared,
            admin1Positions: admin1Positions, knownByteOffsets: text.byteOffsets)
        for (sentenceIndex, range) in sentences.enumerated() {
            // The mentions that start in the sentence are `own[firstInside..<cursor]`: `own` is in
            // start order, so those that start before it (between sentences) come first.
            var firstInside = cursor
            while cursor < own.count && mentions[own[cursor]].mention.start < range.upperBound {
                if mentions[own[cursor]].mention.start < range.lowerBound { firstInside = cursor + 1 }
                cursor += 1
            }
            // Positions in `own`, not a slice of it: a slice retained and released `own`'s
            // storage for every sentence.
            let inside = firstInside..<cursor
            let (count, triggers) = ClaimLexer.lex(scalars, in: range, into: &tokenStorage)
            if triggers.mayMatch {
                // The context holds the tokens only while the patterns read them, and lets go of
                // them before the next sentence is lexed, so the storage is written in place; a
                // sentence no pattern may match (about one in three) never hands them over, where
                // every sentence's cost a retain and a release of the storage.
                context.tokens = tokenStorage[..<count]
                defer { context.tokens = [] }
                // The list is made with room for several claims when a sentence may first hold
                // one: grown from one claim by doubling, it was moved to a larger allocation
                // four or five times in a document of a dozen claims.
                if claims.capacity == 0 { claims.reserveCapacity(Self.initialClaimCapacity) }
                // The sentence's text is provenance for the claims found in it: most sentences that
                // pass the triggers yield none, so it is written only once a claim needs it.
                context.enter(sentenceIndex, range, inside: inside, of: own)
                let first = claims.count
                Self.appendClaims(
                    in: context, triggers: triggers, to: &claims, distanceScratch: &distanceScratch,
                    referenceScratch: &referenceScratch)
                if claims.count > first {
                    // A mention in the sentence carries the finder's text of it, which the
                    // claims share when it is the same text.
                    let text = inside.isEmpty
                        ? context.text(range.lowerBound, range.upperBound)
                        : context.sentenceText(range.lowerBound, range.upperBound, finderText: mentions[own[inside.lowerBound]].mention.sentenceText)
                    for index in first..<claims.count { claims[index].sentenceText = text }
                }
            }
            context.passed(sentence: sentenceIndex, inside: inside, of: own)
        }
        return claims
    }

    /// The room the claim list is first made with (see `claims(in:text:mentions:)`).
    static var initialClaimCapacity: Int { 16 }

    /// Positions in `mentions` of the mentions of the document `documentID`, by start offset
    /// (mentions with the same start keep their order).
    ///
    /// The list is made to size (a filter grew it five or six times per document), and sorted
    /// only when it is out of order: the finder gives a document's mentions in text order, and
    /// a stable sort of a list already in order leaves it as it is.
    static func ownMentions(of documentID: String, in mentions: [ResolvedMention]) -> [Int] {
        var own: [Int] = []
        own.reserveCapacity(mentions.count)
        var inOrder = true
        for index in mentions.indices where mentions[index].mention.documentID == documentID {
            if let last = own.last, mentions[index].mention.start < mentions[last].mention.start { inOrder = false }
            own.append(index)
        }
        guard !inOrder else { return own }
        return own.sorted { mentions[$0].mention.start < mentions[$1].mention.start }
    }

    /// Appends the claims of one sentence to `claims`, in place (no array per pattern or per
    /// sentence), ordered by offset, then kind. `distanceScratch` and `referenceScratch` are
    /// `DistancePattern`'s scratch lists, kept by the caller across sentences (empty between).
    static func appendClaims(in sentence: ClaimSentence, triggers: ClaimTriggers, to claims: inout [Claim],
                             distanceScratch: inout [DistancePattern.Found], referenceScratch: inout [Int]) {
        guard !sentence.tokens.isEmpty else { return }
        // The references are read by the population pattern too, then let go of, the storage kept.
        defer { if !referenceScratch.isEmpty { referenceScratch.removeAll(keepingCapacity: true) } }
        let first = claims.count
        if triggers.isSuperset(of: [.lengthUnit, .figure]) {
            DistancePattern.appendClaims(in: sentence, to: &claims, found: &distanceScratch, references: &referenceScratch)
        }
        let distanceEnd = claims.count
        if triggers.isSuperset(of: [.figure, .populationWord]) {
            PopulationPattern.appendClaims(in: sentence, excluded: referenceScratch, to: &claims)
        }
        if !triggers.isDisjoint(with: [.country, .compass]) {
            CountryPattern.appendClaims(in: sentence, triggers: triggers, to: &claims)
        }
        if triggers.contains(.compass) {
            DirectionPattern.appendClaims(in: sentence, covered: first..<distanceEnd, to: &claims)
        }
        if triggers.contains(.borderVerb) {
            AdjacencyPattern.appendClaims(in: sentence, to: &claims)
        }
        let end = claims.count
        guard end - first > 1 else { return }
        // A stable sort by offset, then kind. The patterns mostly find claims in that order
        // already; then there is nothing to move. Otherwise positions are sorted, not claims.
        func before(_ a: Int, _ b: Int) -> Bool {
            if claims[a].evidenceStart != claims[b].evidenceStart { return claims[a].evidenceStart < claims[b].evidenceStart }
            if claims[a].kind != claims[b].kind { return rank(claims[a].kind) < rank(claims[b].kind) }
            return a < b
        }
        if (first + 1..<end).allSatisfy({ before($0 - 1, $0) }) { return }
        let sorted = (first..<end).sorted(by: before).map { claims[$0] }
        claims.replaceSubrange(first..<end, with: sorted)
    }

    /// The position of a kind in `ClaimKind.allCases`: claims at one offset come in that order.
    static func rank(_ kind: ClaimKind) -> Int {
        ClaimKind.allCases.firstIndex(of: kind)!
    }
}

/// The words in a sentence without which a claim pattern cannot match, each a necessary
/// condition read off the pattern:
/// - `DistancePattern` needs a length figure, so a length unit (`QuantityUnit.lengthWords`) and
///   a number (`NumberReader.read`, as below: "I'm" has a length unit, "m", and no number);
/// - `PopulationPattern` needs a number (`NumberReader.read`): a usable figure in digits, or a
///   number word ("six", "twenty", "dozen", "hundred"); and a word of one of its frames, a
///   people word ("residents", "population", which its frames "home to", "its" and "population
///   of" need) or a settlement noun ("a city of 69,000", the one frame without a people word);
/// - `CountryPattern` needs a country word or, for "the north-eastern Kharkiv region", a
///   compass word; `DirectionPattern` needs a compass word (`CompassWord`);
/// - `AdjacencyPattern` needs a verb of bordering ("borders", "shares a border", "adjoins"…).
///
/// The lexer gathers them as it makes the tokens (`ClaimLexer.lex`), from each word's
/// vocabulary entry and each number's figure.
struct ClaimTriggers: OptionSet {
    let rawValue: UInt8
    static let lengthUnit = ClaimTriggers(rawValue: 1)
    static let figure = ClaimTriggers(rawValue: 2)
    static let country = ClaimTriggers(rawValue: 4)
    static let compass = ClaimTriggers(rawValue: 8)
    static let borderVerb = ClaimTriggers(rawValue: 16)
    /// A word of `PopulationPattern.peopleCodes` or `settlementCodes`: with `.figure`, what the
    /// population pattern needs. Many sentences with a figure (a date, a count of the killed)
    /// have neither; with `.figure` alone the pattern ran on 10,612 sentences of 2 MB to find
    /// claims in 1,048, and now runs on 6,353 (10.9 M instructions -> 7.2 M).
    static let populationWord = ClaimTriggers(rawValue: 32)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Whether some pattern may match: a trigger of its own, or for the distance and population
    /// patterns both of their two. A sentence of which this is false is not handed to the patterns.
    var mayMatch: Bool {
        !isDisjoint(with: [.country, .compass, .borderVerb]) || contains(.figure) && !isDisjoint(with: [.lengthUnit, .populationWord])
    }

    /// The triggers each word code sets.
    static let byCode: [UInt8] = {
        var table = [UInt8](repeating: 0, count: ClaimWord.allCases.count)
        for word in ClaimWord.allCases where !word.isMark {
            var triggers: ClaimTriggers = []
            if QuantityReader.lengthUnitByCode[Int(word.rawValue)] != nil { triggers.insert(.lengthUnit) }
            let index = Int(word.rawValue)
            if NumberReader.unitByCode[index] >= 0 || NumberReader.tenByCode[index] >= 0 || word == .dozen || word == .hundred {
                triggers.insert(.figure)
            }
            precondition((ClaimWords.countryByCode[index] != nil) == word.namesCountry, "the country words are not the first codes")
            if word.namesCountry { triggers.insert(.country) }
            precondition((AdjacencyPattern.verbs.contains { $0[0] == word } || word == .border) == word.startsBorderVerb,
                         "the first words of the verbs of bordering are not consecutive codes")
            if PopulationPattern.peopleCodes[index] || PopulationPattern.settlementCodes[index] { triggers.insert(.populationWord) }
            if AdjacencyPattern.verbs.contains(where: { $0.contains(word) }) && word != .a && word != .with || word == .border {
                triggers.insert(.borderVerb)
            }
            table[index] = triggers.rawValue
        }
        return table
    }()
}
