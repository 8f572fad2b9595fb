/// Finds place mentions in a document: one pass over its tokens, taking at each position the
/// longest gazetteer name that starts there.
///
/// When a match counts as a mention (the evidence rule):
/// - the first word must be capitalised as written: "nice weather" and "bar" are words, "Nice"
///   may be a place;
/// - a one-word name that is also an ordinary English word ("Of", "Many", "Police", "Mobile"),
///   a weekday, month or title is never a mention on its own; it needs to be part of a longer
///   name;
/// - a capitalised word right after a personal title or a given name ("governor Gladkov",
///   "Vladimir Putin") is a person, not a place.
/// Candidates that survive go to the resolver, which weighs them in context.
public struct MentionFinder: Sendable {
    public let gazetteer: Gazetteer
    public let index: NameIndex

    public init(gazetteer: Gazetteer, index: NameIndex? = nil) {
        self.gazetteer = gazetteer
        self.index = index ?? NameIndex(gazetteer: gazetteer)
    }

    /// Every mention in `document`, in text order.
    public func mentions(in document: Document) -> [Mention] {
        let scalars = Array(document.text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars)
        let sentences = SentenceSplitter.sentences(scalars)
        let lineStarts = Self.lineStarts(scalars)
        var mentions: [Mention] = []
        var sentenceCursor = 0
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalized, let match = self.index.longestMatch(in: tokens, at: index) else {
                index += 1
                continue
            }
            let length = match.length
            // Every word of a multi-word name is capitalised as written ("The Villages" is a
            // town, "The villages" is not), except short joining words ("Rostov-on-Don").
            if !(index..<(index + length)).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].folded.count <= 3 }) {
                index += 1
                continue
            }
            if length == 1 && EvidenceRules.isOrdinaryWord(tokens[index].folded)
                || EvidenceRules.isPersonName(tokens: tokens, scalars: scalars, at: index, length: length) {
                index += length
                continue
            }
            var end = index + length
            var candidates = match.entry.places
            var isRegion = false
            // "Kursk region", "Belgorod Oblast": the region, not the city of the same name.
            if end < tokens.count, NameIndex.regionWords.contains(tokens[end].folded),
               Self.isAdjacent(tokens[end - 1], tokens[end], scalars) {
                let regions = self.index.admin1(core: Array(match.entry.tokens))
                if !regions.isEmpty {
                    candidates = regions
                    isRegion = true
                    end += 1
                }
            } else if candidates.contains(where: { gazetteer.places[$0].kind == .admin1 }) {
                isRegion = match.entry.tokens.last.map(NameIndex.regionWords.contains) ?? false
                if isRegion { candidates = candidates.filter { gazetteer.places[$0].kind == .admin1 } }
            }
            let start = tokens[index].start, stop = tokens[end - 1].end
            while sentenceCursor + 1 < sentences.count && sentences[sentenceCursor].end <= start { sentenceCursor += 1 }
            let sentence = sentences.isEmpty ? nil : sentences[sentenceCursor]
            let line = Self.line(of: start, lineStarts: lineStarts)
            var surface = String.UnicodeScalarView()
            surface.append(contentsOf: scalars[start..<stop])
            mentions.append(Mention(
                documentID: document.id, sentenceIndex: sentence?.index ?? 0, sentenceText: sentence?.text ?? "",
                start: start, end: stop, line: line + 1, column: start - lineStarts[line] + 1, surface: String(surface),
                candidates: candidates, isRegionPhrase: isRegion))
            index = end
        }
        return mentions
    }

    private static func isAdjacent(_ a: Token, _ b: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        b.start - a.end <= 2 && scalars[a.end..<b.start].allSatisfy { $0 == " " || $0 == "-" }
    }

    static func lineStarts(_ scalars: [Unicode.Scalar]) -> [Int] {
        var starts = [0]
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        return starts
    }

    static func line(of offset: Int, lineStarts: [Int]) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
