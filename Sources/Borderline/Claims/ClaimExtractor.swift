/// Finds every checkable statement of a document: distances (to the border or between
/// places), compass directions, countries, populations and borders between regions.
///
/// It reads the document's sentences with the place mentions already found and resolved
/// (`MentionFinder`, `Resolver`), so a claim's subject and reference are the same places the
/// map shows. Pure: the same document and mentions give the same claims, in text order.
public struct ClaimExtractor: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// The claims of `document`, ordered by evidence offset, then kind.
    /// - Parameter mentions: the resolved mentions of the document (others are ignored).
    public func claims(in document: Document, mentions: [ResolvedMention]) -> [Claim] {
        let scalars = Array(document.text.unicodeScalars)
        let sentences = SentenceSplitter.sentences(scalars)
        let own = mentions.filter { $0.mention.documentID == document.id }.sorted { $0.mention.start < $1.mention.start }
        var claims: [Claim] = []
        var cursor = 0
        var earlier: [ResolvedMention] = []
        for sentence in sentences {
            var inside: [ResolvedMention] = []
            while cursor < own.count && own[cursor].mention.start < sentence.end {
                if own[cursor].mention.start >= sentence.start { inside.append(own[cursor]) }
                cursor += 1
            }
            let context = ClaimSentence(
                documentID: document.id, sentence: sentence, scalars: scalars, mentions: inside,
                earlierMentions: Array(earlier.suffix(12)), gazetteer: gazetteer)
            claims += Self.claims(in: context)
            // Only the three sentences before may be pointed back to.
            earlier = earlier.filter { $0.mention.sentenceIndex >= sentence.index - 2 } + inside
        }
        return claims
    }

    static func claims(in sentence: ClaimSentence) -> [Claim] {
        guard !sentence.tokens.isEmpty else { return [] }
        let distances = DistancePattern.claims(in: sentence)
        let covered = distances.claims.map { $0.evidenceStart..<$0.evidenceEnd }
        var claims = distances.claims
        claims += PopulationPattern.claims(in: sentence, excluded: distances.references)
        claims += CountryPattern.claims(in: sentence)
        claims += DirectionPattern.claims(in: sentence, covered: covered)
        claims += AdjacencyPattern.claims(in: sentence)
        let order = Dictionary(uniqueKeysWithValues: ClaimKind.allCases.enumerated().map { ($1, $0) })
        return claims.enumerated().sorted { a, b in
            if a.element.evidenceStart != b.element.evidenceStart { return a.element.evidenceStart < b.element.evidenceStart }
            if a.element.kind != b.element.kind { return order[a.element.kind]! < order[b.element.kind]! }
            return a.offset < b.offset
        }.map(\.element)
    }
}
