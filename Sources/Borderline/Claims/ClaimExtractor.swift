/// Finds every checkable statement of a document: distances (to the border or between
/// places), compass directions, countries, populations and borders between regions.
///
/// It reads the document's sentences with the place mentions already found and resolved
/// (`MentionFinder`, `Resolver`), so a claim's subject and reference are the same places the
/// map shows. Pure: the same document and mentions give the same claims, in text order.
///
/// Most sentences state nothing checkable. Each sentence is tokenised once, and a pattern runs
/// only when the sentence holds a word without which it cannot match (`ClaimTriggers`): a
/// length unit for distances, a figure for populations, a country or compass word, a verb of
/// bordering. A sentence with none of them is passed over without building its text.
public struct ClaimExtractor: Sendable {
    public let gazetteer: Gazetteer
    /// Admin1 positions in `gazetteer.places` by key ("RU.09"), as `Gazetteer.admin1(key:)`
    /// finds them (the last entry of a key), for lists closed by a region noun.
    let admin1Positions: [String: Int]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var positions: [String: Int] = [:]
        for index in gazetteer.places.indices where gazetteer.places[index].kind == .admin1 {
            positions[gazetteer.places[index].admin1Key] = index
        }
        self.admin1Positions = positions
    }

    /// The claims of `document`, ordered by evidence offset, then kind.
    /// - Parameter mentions: the resolved mentions of the document (others are ignored).
    public func claims(in document: Document, mentions: [ResolvedMention]) -> [Claim] {
        let scalars = ScalarText.scalars(of: document.text)
        let sentences = SentenceSplitter.ranges(scalars)
        let own = mentions.indices.filter { mentions[$0].mention.documentID == document.id }
            .sorted { mentions[$0].mention.start < mentions[$1].mention.start }
        var claims: [Claim] = []
        var cursor = 0
        var earlier: [Int] = []
        var inside: [Int] = []
        var context = ClaimSentence(
            documentID: document.id, scalars: scalars, all: mentions, gazetteer: gazetteer, admin1Positions: admin1Positions)
        for (sentenceIndex, range) in sentences.enumerated() {
            inside.removeAll(keepingCapacity: true)
            while cursor < own.count && mentions[own[cursor]].mention.start < range.upperBound {
                if mentions[own[cursor]].mention.start >= range.lowerBound { inside.append(own[cursor]) }
                cursor += 1
            }
            context.tokens.removeAll(keepingCapacity: true)
            ClaimLexer.append(scalars, in: range, to: &context.tokens)
            let triggers = ClaimTriggers(context.tokens)
            if !triggers.isEmpty {
                // The sentence's text is provenance for the claims found in it: most sentences that
                // pass the triggers yield none, so it is written only once a claim needs it.
                let sentence = Sentence(index: sentenceIndex, start: range.lowerBound, end: range.upperBound, text: "")
                context.enter(sentence, inside: inside, earlierMentions: earlier.suffix(12))
                var found = Self.claims(in: context, triggers: triggers)
                context.leave()
                if !found.isEmpty {
                    let text = ScalarText.string(scalars[range])
                    for index in found.indices { found[index].sentenceText = text }
                    claims += found
                }
            }
            // Only the three sentences before may be pointed back to.
            earlier.removeAll { mentions[$0].mention.sentenceIndex < sentenceIndex - 2 }
            earlier += inside
        }
        return claims
    }

    static func claims(in sentence: ClaimSentence, triggers: ClaimTriggers) -> [Claim] {
        guard !sentence.tokens.isEmpty else { return [] }
        let distances: (claims: [Claim], references: Set<Int>) = triggers.contains(.lengthUnit) ? DistancePattern.claims(in: sentence) : ([], [])
        let covered = distances.claims.map { $0.evidenceStart..<$0.evidenceEnd }
        var claims = distances.claims
        if triggers.contains(.figure) {
            claims += PopulationPattern.claims(in: sentence, excluded: distances.references)
        }
        if !triggers.isDisjoint(with: [.country, .compass]) {
            claims += CountryPattern.claims(in: sentence)
        }
        if triggers.contains(.compass) {
            claims += DirectionPattern.claims(in: sentence, covered: covered)
        }
        if triggers.contains(.borderVerb) {
            claims += AdjacencyPattern.claims(in: sentence)
        }
        guard claims.count > 1 else { return claims }
        // A stable sort by offset, then kind. The patterns mostly find claims in that order
        // already; then there is nothing to move. Otherwise positions are sorted, not claims.
        let found = claims
        func before(_ a: Int, _ b: Int) -> Bool {
            if found[a].evidenceStart != found[b].evidenceStart { return found[a].evidenceStart < found[b].evidenceStart }
            if found[a].kind != found[b].kind { return rank(found[a].kind) < rank(found[b].kind) }
            return a < b
        }
        if (1..<found.count).allSatisfy({ before($0 - 1, $0) }) { return found }
        return found.indices.sorted(by: before).map { found[$0] }
    }

    /// The position of a kind in `ClaimKind.allCases`: claims at one offset come in that order.
    static func rank(_ kind: ClaimKind) -> Int {
        ClaimKind.allCases.firstIndex(of: kind)!
    }
}

/// The words in a sentence without which a claim pattern cannot match, each a necessary
/// condition read off the pattern:
/// - `DistancePattern` needs a length figure, so a length unit (`QuantityUnit.lengthWords`);
/// - `PopulationPattern` needs a number (`NumberReader.read`): a usable figure in digits, or a
///   number word ("six", "twenty", "dozen", "hundred");
/// - `CountryPattern` needs a country word or, for "the north-eastern Kharkiv region", a
///   compass word; `DirectionPattern` needs a compass word (`CompassWord`);
/// - `AdjacencyPattern` needs a verb of bordering ("borders", "shares a border", "adjoins"…).
struct ClaimTriggers: OptionSet {
    let rawValue: UInt8
    static let lengthUnit = ClaimTriggers(rawValue: 1)
    static let figure = ClaimTriggers(rawValue: 2)
    static let country = ClaimTriggers(rawValue: 4)
    static let compass = ClaimTriggers(rawValue: 8)
    static let borderVerb = ClaimTriggers(rawValue: 16)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ tokens: [ClaimToken]) {
        var found: UInt8 = 0
        let table = Self.byCode
        for token in tokens {
            switch token.kind {
            case .number:
                if token.figure != nil { found |= Self.figure.rawValue }
            case .word:
                if let word = token.word { found |= table[Int(word.rawValue)] }
                if token.compass != .none { found |= Self.compass.rawValue }
            case .punctuation:
                break
            }
        }
        self.init(rawValue: found)
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
            if ClaimWords.countryByCode[index] != nil { triggers.insert(.country) }
            if AdjacencyPattern.verbs.contains(where: { $0.contains(word) }) && word != .a && word != .with || word == .border {
                triggers.insert(.borderVerb)
            }
            table[index] = triggers.rawValue
        }
        return table
    }()
}
