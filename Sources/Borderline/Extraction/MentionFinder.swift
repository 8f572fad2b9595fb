/// Finds place mentions in a document: one pass over its words, taking at each position the
/// longest gazetteer name that starts there, then reading the words around each match.
///
/// When a match counts as a mention (the evidence rule), in order:
/// 1. Capitalisation: the first word is capitalised as written ("nice weather" and "a bar" are
///    words). A lower-case match counts only when the entry has weight: a country, an admin1
///    region, or a city of 100,000 or more in Russia, Ukraine or Belarus ("fighting in kyiv"),
///    and the word is not an ordinary word. Every word of a multi-word name is capitalised,
///    except short joining words ("Rostov-on-Don").
/// 2. Ordinary words: a one-word name that is an everyday English word, weekday, month or
///    title ("Of", "Many", "Police", "Mobile", "Nice") is never a mention on its own.
/// 3. People: a name right after a title or a given name ("governor Gladkov", "President
///    Vladimir Putin"), or a given name followed by a capitalised word ("Vladimir Putin"), is a
///    person.
/// 4. Organisations: a name followed by a capitalised organisation word ("Kyiv Independent",
///    "Moscow Times") or preceded by an acronym ("RBC Ukraine") is an organisation.
/// What follows or precedes the name then shapes the mention: a region word makes it an admin1
/// region ("Kursk region"; a plural is shared by a list: "Belgorod and Kursk regions"); a
/// district word makes it a district, which the gazetteer cannot place ("Shebekinsky
/// district"); "the town of" marks a settlement; a possessive ("Russia's Belgorod"), "in"
/// ("Bryansk in Ukraine") or a relation ("south of Chernihiv", "near Kharkiv") names another
/// mention the resolver can use. Unknown capitalised words are given two more chances: a name
/// with a function word glued to it ("Chernihivwhich"), and a Cyrillic name with a case ending
/// ("в Белгороде").
public struct MentionFinder: Sendable {
    public let gazetteer: Gazetteer
    public let index: NameIndex

    public init(gazetteer: Gazetteer, index: NameIndex? = nil) {
        self.gazetteer = gazetteer
        self.index = index ?? NameIndex(gazetteer: gazetteer)
    }

    /// A mention before it becomes a `Mention`: token positions and cues as mention indices.
    /// It holds no references (its candidates and relation phrase are said by numbers and made
    /// only with the `Mention`), so matching neither retains, releases nor allocates per match.
    struct Found {
        var first: Int
        var last: Int
        var start: Int
        var end: Int
        var entry: Int
        /// Where the entry's places are, read once matching is done (`readPlaces`).
        var places = NameIndex.PlaceRef()
        var candidates: Candidates
        var kind: MentionKind
        var settlement = false
        var possessor: Int?
        var container: Int?
        var relation: Relation?
        /// The words from `first` to `last` are the entry's own, word for word (not a glued or
        /// inflected word standing for its stem).
        var ownWords = false
    }

    /// Where a match's candidates come from, read from the index once its `Mention` is made.
    enum Candidates {
        /// The entry's places.
        case places
        /// The admin1 regions a region phrase names (`NameIndex.admin1(forEntry:)`).
        case regions
        /// The entry's places that are admin1 regions ("Belgorod Oblast").
        case admin1Places
        /// None: a district, which the gazetteer does not hold.
        case none
    }

    /// A relation phrase found after a match: the compass words or the proximity word are
    /// `compassCount` tokens from `wordStart` (none: `wordStart` is the proximity word).
    struct Relation {
        var bearing: Double?
        var anchor: Int
        var wordStart: Int
        var compassCount: Int
    }

    /// Every mention in `document`, in text order.
    public func mentions(in document: Document) -> [Mention] {
        let scan = TextScan(document.text, vocabulary: index.vocabulary)
        var found = find(scan)
        guard !found.isEmpty else { return [] }
        annotate(&found, scan)
        // Alone, the finder splits sentences straight on the UTF-8 (it needs no scalar array).
        var utf8 = document.text
        let sentences = utf8.withUTF8 { bytes in
            if !scan.byteOffsets.isEmpty {
                return SentenceSplitter.ranges(
                    UTF8Scalars(bytes: bytes, byteOffsets: scan.byteOffsets, count: scan.scalarCount), breaks: scan.sentenceBreaks)
            } else {
                return SentenceSplitter.ranges(ASCIIScalars(bytes: bytes), breaks: scan.sentenceBreaks)
            }
        }
        return mentions(document, found, scan, sentences)
    }

    /// The one pass over `document`'s words that finding starts with: `MapPipeline` makes it
    /// first, to split the sentences it shares between the stages at the breaks it records.
    func scan(_ document: Document) -> TextScan {
        TextScan(document.text, vocabulary: index.vocabulary)
    }

    /// `mentions(in:)` from the document's scan and shared text (`MapPipeline`).
    func mentions(in document: Document, scan: TextScan, text: DocumentText) -> [Mention] {
        var found = find(scan)
        guard !found.isEmpty else { return [] }
        annotate(&found, scan)
        return mentions(document, found, scan, text.sentences)
    }

    /// The mentions made from the matches `found`, with their sentences and offsets. Matches
    /// come in text order, so a match's sentence and line are found by cursors, and a
    /// sentence's text and demonyms are made once, when its first match is met, and only for
    /// sentences that have one (no array of them all). The matches are read in place, through
    /// a buffer: iterating the array copied each one (about 130 bytes) per mention.
    private func mentions(_ document: Document, _ found: [Found], _ scan: TextScan, _ sentences: [Range<Int>]) -> [Mention] {
        var utf8 = document.text
        return utf8.withUTF8 { bytes in
            found.withUnsafeBufferPointer { found in
                sentences.withUnsafeBufferPointer { sentences in
                    scan.newlines.withUnsafeBufferPointer { newlines in mentions(document, found, scan, sentences, newlines, bytes) }
                }
            }
        }
    }

    /// `mentions(_:_:_:_:)` on the document's bytes. The sentences and the scan's newlines are
    /// read through buffers too: their cursors step once or more per mention, and through the
    /// arrays each step checked its bounds.
    private func mentions(
        _ document: Document, _ found: UnsafeBufferPointer<Found>, _ scan: TextScan, _ sentences: UnsafeBufferPointer<Range<Int>>,
        _ newlines: UnsafeBufferPointer<Int>, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> [Mention] {
        var mentions: [Mention] = []
        mentions.reserveCapacity(found.count)
        let hasSentence = !sentences.isEmpty
        var sentenceCursor = 0
        var sentenceMade = -1, sentenceText = "", demonyms: [String] = [], demonymCursor = 0
        var line = 0
        let demonymTokens = scan.demonymTokens, tokens = scan.tokens
        var cutter = TextCutter(bytes, scan.byteOffsets)
        for i in found.indices {
            let start = found[i].start
            while sentenceCursor + 1 < sentences.count && sentences[sentenceCursor].upperBound <= start { sentenceCursor += 1 }
            if hasSentence && sentenceMade != sentenceCursor {
                sentenceMade = sentenceCursor
                sentenceText = cutter.text(sentences[sentenceCursor])
                // Most sentences name no demonym: the next one not yet read (if any) starts after
                // the sentence ends (the last sentence takes every word left), so there is
                // nothing to read.
                let sentenceEnd = sentenceCursor == sentences.count - 1 ? Int.max : sentences[sentenceCursor].upperBound
                if demonymCursor < demonymTokens.count, Int(tokens[Int(demonymTokens[demonymCursor])].start) < sentenceEnd {
                    demonyms = self.demonyms(inSentence: sentenceCursor, sentences, scan, from: &demonymCursor)
                } else if !demonyms.isEmpty {
                    demonyms = []
                }
            }
            while line < newlines.count && newlines[line] < start { line += 1 }
            let lineStart = line == 0 ? 0 : newlines[line - 1] + 1
            let (candidates, mainNames) = candidates(of: found[i], scan.tokens)
            mentions.append(Mention(
                documentID: document.id, sentenceIndex: hasSentence ? sentenceCursor : 0,
                sentenceText: sentenceText,
                start: start, end: found[i].end, line: line + 1, column: start - lineStart + 1,
                surface: cutter.text(start..<found[i].end), candidates: candidates,
                isRegionPhrase: found[i].kind == .region, kind: found[i].kind, mainNames: mainNames))
            // The context is filled in place, in the array, and only where it differs from the
            // default: a context built apart, or a mention built apart and then appended, was
            // copied (every reference retained) and destroyed per mention.
            let k = mentions.count - 1
            if found[i].settlement { mentions[k].context.isSettlement = true }
            if let possessor = found[i].possessor { mentions[k].context.possessorStart = found[possessor].start }
            if let container = found[i].container { mentions[k].context.containerStart = found[container].start }
            if let relation = found[i].relation {
                mentions[k].context.relation = SpatialRelation(
                    bearingDegrees: relation.bearing, anchorStart: found[relation.anchor].start, phrase: phrase(relation, scan))
            }
            // Most sentences name no demonym: the default (no countries) is left as it is, not
            // replaced by another empty array (a retain and a release per mention).
            if hasSentence && !demonyms.isEmpty { mentions[k].context.demonymCountries = demonyms }
        }
        return mentions
    }

    /// The candidates `item` carries, with which of them bear its surface as their main name
    /// when that is known: when the surface is exactly the words of the entry it matched (not a
    /// region phrase, nor a glued or inflected word) and the candidates are that entry's places.
    /// Inlined, so the match and the index are read where they are: a call copied both (about
    /// 280 bytes) per mention.
    @inline(__always)
    private func candidates(of item: Found, _ tokens: [ScanToken]) -> (Mention.CandidateList, Mention.MainNames) {
        let exact = item.ownWords && item.start == Int(tokens[item.first].start) && item.end == Int(tokens[item.last].end)
        switch item.candidates {
        case .places:
            let (places, mainNames) = index.placesAndMainNames(item.places)
            return (places, exact ? mainNames : Mention.MainNames())
        case .regions: return (index.admin1(forEntry: item.entry), Mention.MainNames())
        case .admin1Places:
            // The test captures the places alone: capturing `gazetteer` copied the whole finder.
            let all = gazetteer.places
            let (places, mainNames) = index.placesAndMainNames(item.places) { all[$0].kind == .admin1 }
            return (places, exact ? mainNames : Mention.MainNames())
        case .none: return (Mention.CandidateList(), Mention.MainNames())
        }
    }

    // MARK: - Matching

    private func find(_ scan: TextScan) -> [Found] {
        let tokens = scan.tokens
        var found: [Found] = []
        // About one match in eight words or fewer in news text: grown at most a few times.
        found.reserveCapacity(tokens.count / 8)
        var t = 0
        while true {
            // Most words are lower case and no weighty one-word name, the only name a lower-case
            // word can be (see `evidence`); nor can they be a glued or inflected name (those are
            // capitalised). They are passed over in a tight loop that reads two fields of each
            // token through one buffer, without copying the token out.
            t = tokens.withUnsafeBufferPointer { tokens in
                var t = t
                while t < tokens.count && !tokens[t].isCapitalized && !tokens[t].info.contains(.weightyName) { t += 1 }
                return t
            }
            guard t < tokens.count else { break }
            let token = tokens[t]
            var id = token.id
            var gluedEnd: Int?
            if id < 0 {
                // Capitalised: an unknown word has no info, so it is never weighty.
                if let (stem, end) = unglued(token, scan) {
                    id = stem
                    gluedEnd = end
                } else if token.flags.contains(.nonASCII), let stem = cyrillicStem(token, scan) {
                    id = stem
                } else {
                    if let district = districtPhrase(at: t, tokens, entry: -1) { found.append(district); t += 2; continue }
                    t += 1
                    continue
                }
            }
            let startsName = id != token.id || token.info.contains(.startsName)
            guard startsName, let (entry, length) = longestEntry(at: t, firstID: id, tokens, singleWordOnly: gluedEnd != nil) else {
                if token.isCapitalized, !(id == token.id ? token.wordClass : index.wordClass(id)).contains(.ordinary),
                   let district = districtPhrase(at: t, tokens, entry: -1) {
                    found.append(district); t += 2; continue
                }
                t += 1
                continue
            }
            let last = t + length - 1
            switch evidence(entry: entry, first: t, last: last, id: id, tokens) {
            case .place: break
            case .person:
                t = skipPast(t, last, tokens)
                continue
            case .word, .organisation:
                t += 1
                continue
            }
            var item = Found(
                first: t, last: last, start: Int(token.start), end: gluedEnd ?? Int(tokens[last].end), entry: entry,
                candidates: .places, kind: .name, ownWords: gluedEnd == nil && id == token.id)
            var next = last + 1
            if gluedEnd == nil, next < tokens.count, tokens[next].gap == .space || tokens[next].gap == .hyphen {
                let suffix = tokens[next].wordClass
                if suffix.contains(.regionSuffix) {
                    if index.hasAdmin1(forEntry: entry) {
                        item.candidates = .regions
                        item.kind = .region
                        item.last = next
                        item.end = Int(tokens[next].end)
                        next += 1
                        if suffix.contains(.pluralSuffix) { shareSuffix(with: &found, before: item, tokens) }
                    }
                } else if suffix.contains(.districtSuffix), let district = districtPhrase(at: t, tokens, entry: entry),
                          district.last == next {
                    item = district
                    next += 1
                }
            }
            // The word test first: reading the candidates' places costs a cache miss each.
            if item.kind == .name, tokens[last].wordClass.contains(.regionSuffix),
               index.hasPlace(ofEntry: entry, where: { gazetteer.places[$0].kind == .admin1 }) {
                // The name itself carries the region word ("Belgorod Oblast" as GeoNames spells it).
                item.candidates = .admin1Places
                item.kind = .region
            }
            item.settlement = isAfterSettlementNoun(t, tokens)
            found.append(item)
            t = next
        }
        readPlaces(&found)
        return found
    }

    /// Reads every match's places (`NameIndex.placeRef(ofEntry:)`), in a pass of their own once
    /// matching is done. The table is large and read at random, so each read is a cache miss:
    /// made as each match was, it stalled the work after it (about half of matching's time),
    /// with one miss outstanding at a time; here the reads are independent and close together,
    /// so the processor overlaps many of them.
    private func readPlaces(_ found: inout [Found]) {
        found.withUnsafeMutableBufferPointer { found in
            for k in found.indices where found[k].candidates == .places || found[k].candidates == .admin1Places {
                found[k].places = index.placeRef(ofEntry: found[k].entry)
            }
        }
    }

    /// The longest entry whose words start at `tokens[t]`, with its length in words.
    private func longestEntry(at t: Int, firstID: Int32, _ tokens: [ScanToken], singleWordOnly: Bool) -> (Int, Int)? {
        // The word's own slot says how long its names are and whether one is the word alone,
        // so the common cases (no name continues, or only one-word names) need no index reads.
        let own = firstID == tokens[t].id
        let starting = own ? tokens[t].entries : index.entries(startingWith: firstID)
        guard !starting.isEmpty else { return nil }
        let info = tokens[t].info
        return tokens.withUnsafeBufferPointer { tokens in
            // How many words after `t` could continue a name: known words, each joined to the
            // one before by a space, hyphen or apostrophe, or by the full stop of a short word
            // ("St. Petersburg").
            var run = 0
            if !singleWordOnly {
                // No further than the group's longest name (its first entry).
                let longest = own && info.longestName < 255 ? info.longestName : index.wordCount(ofEntry: starting.lowerBound)
                let limit = min(longest - 1, tokens.count - 1 - t)
                // Most often no name continues with the next word: then only a one-word name can
                // match. The filter is read first, so that the run is walked only when some name
                // may continue (a run needs the next word known, the filter's second id, anyway);
                // walked first, the run was mostly thrown away after it (longestEntry inclusive
                // 11.50M -> 10.04M instructions, 2 MB).
                if limit > 0, tokens[t + 1].id >= 0, index.mayContinue(firstID, with: tokens[t + 1].id) {
                    while run < limit {
                        let token = tokens[t + run + 1]
                        let gapOK: Bool
                        switch token.gap {
                        case .space, .hyphen, .apostrophe: gapOK = true
                        case .period: gapOK = tokens[t + run].length <= 3
                        default: gapOK = false
                        }
                        guard gapOK && token.id >= 0 else { break }
                        run += 1
                    }
                }
            }
            // Only a one-word name can match: it is the group's last entry, if any.
            if run == 0 && own { return info.contains(.singleWordName) ? (starting.upperBound - 1, 1) : nil }
            return index.longestEntry(in: starting, tokens, at: t, run: run)
        }
    }

    /// What the evidence rule decided a match is.
    enum Evidence { case place, word, person, organisation }

    /// The evidence rule (see the type's documentation).
    private func evidence(entry: Int, first: Int, last: Int, id: Int32, _ tokens: [ScanToken]) -> Evidence {
        let token = tokens[first]
        // The token's slot holds its class; the index is read only for a stem found another way.
        let wordClass = id == token.id ? token.wordClass : index.wordClass(id)
        if !token.isCapitalized {
            // The entry's weight only matters here, so only lower-case words read it.
            let weight = index.entryWeights[entry]
            guard first == last, weight.contains(.country) || weight.contains(.admin1) || weight.contains(.borderCity),
                  !wordClass.contains(.ordinary), token.length >= 4 else { return .word }
        }
        if first < last {
            for k in (first + 1)...last where !tokens[k].isCapitalized && tokens[k].length > 3 { return .word }
        }
        if first == last && wordClass.contains(.ordinary) {
            return .word
        }
        // People.
        if first > 0, tokens[first].gap == .space {
            let previous = tokens[first - 1]
            let previousClass = previous.wordClass
            let followedByRegionWord = last + 1 < tokens.count
                && !tokens[last + 1].wordClass.isDisjoint(with: [.regionSuffix, .districtSuffix])
            if previousClass.contains(.personTitle) && !followedByRegionWord { return .person }
            if previousClass.contains(.givenName) && previous.isCapitalized && !followedByRegionWord { return .person }
        }
        let nextIndex = last + 1
        if nextIndex < tokens.count, tokens[nextIndex].gap == .space || tokens[nextIndex].gap == .apostrophe {
            let next = tokens[nextIndex]
            let nextClass = next.wordClass
            if first == last && wordClass.contains(.givenName) && next.isCapitalized && next.gap == .space
                && !nextClass.contains(.regionSuffix) && !nextClass.contains(.districtSuffix)
                && !nextClass.contains(.settlementNoun) && !nextClass.contains(.conjunction) {
                return .person
            }
            // Organisations.
            if next.gap == .space && next.isCapitalized && nextClass.contains(.organisationHead) { return .organisation }
        }
        if first > 0, tokens[first].gap == .space {
            let previous = tokens[first - 1]
            if previous.flags.contains(.allUpper) && (2...5).contains(previous.length)
                && !previous.flags.contains(.nonASCII) && !previous.info.contains(.startsName) {
                return .organisation
            }
        }
        return .place
    }

    /// Where to continue after a rejected match: past a person's whole name ("Vladimir Putin").
    private func skipPast(_ first: Int, _ last: Int, _ tokens: [ScanToken]) -> Int {
        var next = last + 1
        while next < tokens.count && tokens[next].gap == .space && tokens[next].isCapitalized
            && tokens[next].wordClass.isDisjoint(with: [.regionSuffix, .districtSuffix, .settlementNoun, .ordinary])
            && !tokens[next].info.contains(.startsName) {
            next += 1
        }
        return next
    }

    /// "Belgorod and Kursk regions": the plural suffix makes the earlier names of the list regions too.
    private func shareSuffix(with found: inout [Found], before item: Found, _ tokens: [ScanToken]) {
        var currentFirst = item.first
        var index = found.count - 1
        while index >= 0, tokens.withUnsafeBufferPointer({ isCoordinated(last: found[index].last, first: currentFirst, $0) }) {
            guard found[index].kind == .name, self.index.hasAdmin1(forEntry: found[index].entry) else { break }
            found[index].candidates = .regions
            found[index].kind = .region
            currentFirst = found[index].first
            index -= 1
        }
    }

    /// Whether two matches are neighbours in a list ("A and B", "A, B", "A, and B"), by the last
    /// word of one and the first of the next.
    private func isCoordinated(last: Int, first: Int, _ tokens: UnsafeBufferPointer<ScanToken>) -> Bool {
        let between = (last + 1)..<first
        if between.isEmpty { return tokens[first].gap == .comma }
        guard between.count == 1 else { return false }
        let word = tokens[between.lowerBound]
        return word.wordClass.contains(.conjunction) && (word.gap == .space || word.gap == .comma)
            && tokens[first].gap == .space
    }

    /// "the town of X", "villages of X": a settlement noun and "of" right before the name.
    private func isAfterSettlementNoun(_ t: Int, _ tokens: [ScanToken]) -> Bool {
        guard t >= 2, tokens[t].gap == .space, tokens[t - 1].gap == .space else { return false }
        return tokens[t - 1].wordClass.contains(.of) && tokens[t - 2].wordClass.contains(.settlementNoun)
    }

    /// "Shebekinsky district", "Sudzha raion": a capitalised word and a district word.
    private func districtPhrase(at t: Int, _ tokens: [ScanToken], entry: Int) -> Found? {
        guard t + 1 < tokens.count, tokens[t].isCapitalized, tokens[t].length >= 4,
              tokens[t + 1].gap == .space || tokens[t + 1].gap == .hyphen,
              tokens[t + 1].wordClass.contains(.districtSuffix) else { return nil }
        if t > 0, tokens[t].gap == .space, tokens[t - 1].wordClass.contains(.personTitle) { return nil }
        return Found(first: t, last: t + 1, start: Int(tokens[t].start), end: Int(tokens[t + 1].end), entry: entry,
                     candidates: .none, kind: .district)
    }

    /// "Chernihivwhich": a known one-word name with a function word glued to its end.
    private func unglued(_ token: ScanToken, _ scan: TextScan) -> (Int32, Int)? {
        guard !token.flags.contains(.allUpper) else { return nil }
        let word = scan.folded[Int(token.foldStart)..<Int(token.foldEnd)]
        // Only for words written with one scalar per folded scalar, so offsets stay exact.
        guard word.count == token.length, let last = word.last else { return nil }
        // The last letter first: only the glued words ending in it are tried (every glued word
        // is ASCII, so a word ending beyond ASCII has none).
        guard last < 0x80 else { return nil }
        for suffix in Self.gluedWordsByLast[Int(last)] {
            guard word.count >= suffix.count + 4, word.suffix(suffix.count).elementsEqual(suffix) else { continue }
            let stem = Array(word.dropLast(suffix.count))
            if let id = index.vocabulary.id(of: stem), index.isSingleWordName(id),
               index.entries(startingWith: id).contains(where: {
                   let weight = index.entryWeights[index.entry(at: $0)]
                   return index.tokens(ofEntry: index.entry(at: $0)).count == 1
                       && (weight.contains(.borderCity) || weight.contains(.admin1) || weight.contains(.country))
               }) {
                return (id, Int(token.start) + stem.count)
            }
        }
        return nil
    }

    /// "Белгороде", "Харькова", "Белгородская (область)": a Cyrillic word whose stem, after a
    /// case or adjective ending is removed, is a one-word name.
    private func cyrillicStem(_ token: ScanToken, _ scan: TextScan) -> Int32? {
        let word = scan.folded[Int(token.foldStart)..<Int(token.foldEnd)]
        guard let first = word.first, (0x0400...0x04FF).contains(first) else { return nil }
        for suffix in Self.cyrillicEndings {
            guard word.count >= suffix.count + 3, word.suffix(suffix.count).elementsEqual(suffix) else { continue }
            let stem = Array(word.dropLast(suffix.count))
            // The stem itself ("Белгород-е"), or a feminine name in another case ("Україн-у" → "Україна").
            for restored in [stem, stem + [0x0430], stem + [0x044F]] {
                if let id = index.vocabulary.id(of: restored), index.isSingleWordName(id) { return id }
            }
        }
        return nil
    }

    /// `EvidenceRules.gluedWords` as scalar values.
    static let gluedWords: [[UInt32]] = EvidenceRules.gluedWords.map { $0.unicodeScalars.map(\.value) }

    /// `gluedWords` by their last scalar (all ASCII), each list in their order: `unglued` tries
    /// a word only against those ending as it does, not against all of them (about 500
    /// instructions for each unknown capitalised word, most of them rejected by that letter).
    static let gluedWordsByLast: [[[UInt32]]] = {
        precondition(gluedWords.allSatisfy { ($0.last ?? 0) < 0x80 }, "a glued word that does not end in ASCII")
        return (0..<0x80).map { last in gluedWords.filter { $0.last == UInt32(last) } }
    }()

    /// `EvidenceRules.cyrillicEndings`, folded like the text ("ской" → "скои").
    static let cyrillicEndings: [[UInt32]] = EvidenceRules.cyrillicEndings.map {
        ScalarFolding.shared.foldedWords($0).first ?? []
    }

    // MARK: - Cues

    /// Possessives, containers, relation phrases and list-wide settlement nouns. The matches and
    /// tokens are read through buffers: through the arrays, every access checked the array's
    /// uniqueness or bounds again.
    private func annotate(_ found: inout [Found], _ scan: TextScan) {
        scan.tokens.withUnsafeBufferPointer { tokens in
            found.withUnsafeMutableBufferPointer { found in annotate(found, tokens, scan) }
        }
    }

    /// `annotate(_:_:)` on buffers. Every token index read is below a match's first word or
    /// checked against the token count.
    private func annotate(_ found: UnsafeMutableBufferPointer<Found>, _ tokens: UnsafeBufferPointer<ScanToken>, _ scan: TextScan) {
        guard found.count > 1 else { return }
        for b in 1..<found.count {
            let a = b - 1
            if isCoordinated(last: found[a].last, first: found[b].first, tokens) {
                if found[a].settlement { found[b].settlement = true }
                if found[b].possessor == nil, let owner = found[a].possessor { found[b].possessor = owner }
                continue
            }
            var k = found[a].last + 1
            // "Russia's (southern) Belgorod"
            if k < tokens.count, tokens[k].gap == .apostrophe, scan.folded[Int(tokens[k].foldStart)] == 0x73,
               tokens[k].length == 1 {
                k += 1
                var adjectives = 0
                while k < found[b].first && adjectives < 2 && !tokens[k].isCapitalized
                    && (tokens[k].gap == .space || tokens[k].gap == .hyphen) { k += 1; adjectives += 1 }
                if k == found[b].first && tokens[k].gap == .space { found[b].possessor = a }
                continue
            }
            // "Bryansk in southwestern Ukraine", "Sudzha, Kursk region"
            k = found[a].last + 1
            if k < found[b].first, tokens[k].wordClass.contains(.containment),
               tokens[k].gap == .space || tokens[k].gap == .comma {
                k += 1
                var adjectives = 0
                while k < found[b].first && adjectives < 2 && !tokens[k].isCapitalized && tokens[k].gap != .hard
                    && tokens[k].gap != .comma { k += 1; adjectives += 1 }
                if k == found[b].first && tokens[k].gap != .hard { found[a].container = b }
            } else if k == found[b].first, tokens[k].gap == .comma,
                      found[b].kind == .region || index.entryWeights[found[b].entry].contains(.country) {
                found[a].container = b
            }
        }
        // Relation phrases: "Sloboda and Lukashivka south of Chernihiv", "a village near Kharkiv".
        // Most neighbouring matches are further apart than any phrase reaches.
        for b in 1..<found.count where found[b].first - found[b - 1].last <= Self.relationReach {
            let a = b - 1
            guard Self.hasRelationWord(after: found[a].last, before: found[b].first, tokens),
                  let relation = relation(last: found[a].last, first: found[b].first, tokens, scan) else { continue }
            var subject = a
            while true {
                if found[subject].relation == nil { found[subject].relation = Relation(
                    bearing: relation.bearing, anchor: b, wordStart: relation.wordStart, compassCount: relation.compassCount) }
                guard subject > 0, isCoordinated(last: found[subject - 1].last, first: found[subject].first, tokens) else { break }
                subject -= 1
            }
        }
    }

    /// Whether a compass or proximity word lies between a match's last word and the next
    /// match's first: `relation` finds a phrase only around one, and most neighbouring matches
    /// have none, so they are passed over without the call (a token's class is its word's in
    /// the index, which `NameIndex.bearing(_:)` reads).
    @inline(__always)
    private static func hasRelationWord(after last: Int, before first: Int, _ tokens: UnsafeBufferPointer<ScanToken>) -> Bool {
        var k = last + 1
        while k < first {
            if !tokens[k].wordClass.isDisjoint(with: [.direction, .proximity]) { return true }
            k += 1
        }
        return false
    }

    /// How far apart, in token positions, a relation's subject (its last word) and anchor (its
    /// first) can be: `relation` reads at most 4 distance words or fillers, 2 compass words,
    /// "of" or a proximity word, and 3 fillers between them.
    static let relationReach = 4 + 2 + 1 + 3 + 1

    /// "A (10 km) south of (the city of) B", "A near B": the relation from A to B, if any (its
    /// `anchor` left for the caller to set).
    private func relation(last: Int, first: Int, _ tokens: UnsafeBufferPointer<ScanToken>, _ scan: TextScan) -> Relation? {
        var k = last + 1
        guard k < first, tokens[k].gap != .hard else { return nil }
        // Distances and fillers before the relation word: "10 km", "about 20 miles".
        var skipped = 0
        while k < first && skipped < 4 && tokens[k].gap != .hard
            && (tokens[k].wordClass.contains(.filler) || Self.isNumber(tokens[k], scan)) {
            k += 1
            skipped += 1
        }
        guard k < first else { return nil }
        // The compass words are tokens[compassStart..<compassStart + compassCount]; the phrase's
        // text is written only with the mention (`phrase`).
        var bearings: (Double, Double) = (0, 0)
        var compassCount = 0
        let compassStart = k
        var isNear = false
        while k < first, compassCount < 2, let bearing = index.bearing(tokens[k].id) {
            if compassCount == 0 { bearings.0 = bearing } else { bearings.1 = bearing }
            compassCount += 1
            k += 1
        }
        if compassCount == 0 {
            guard tokens[k].wordClass.contains(.proximity) else { return nil }
            isNear = true
            k += 1
        } else {
            guard k < first, tokens[k].wordClass.contains(.of) else { return nil }
            k += 1
        }
        var fillers = 0
        while k < first && fillers < 3 && tokens[k].wordClass.contains(.filler) && tokens[k].gap != .hard {
            k += 1
            fillers += 1
        }
        guard k == first, tokens[k].gap != .hard else { return nil }
        if isNear { return Relation(bearing: nil, anchor: 0, wordStart: compassStart, compassCount: 0) }
        let bearing = compassCount == 2 ? Self.meanBearing([bearings.0, bearings.1]) : bearings.0
        return Relation(bearing: bearing, anchor: 0, wordStart: compassStart, compassCount: compassCount)
    }

    /// The words of `relation` as written: "near", or "south of", "north-east of" (compass words
    /// are hyphenated, "of" stands apart). A word is spelt by its folded scalars (the
    /// vocabulary's word for its id): ASCII ones, as relation words are, are written straight
    /// into one string, not made word by word and joined.
    private func phrase(_ relation: Relation, _ scan: TextScan) -> String {
        let tokens = scan.tokens, folded = scan.folded
        let first = tokens[relation.wordStart]
        let second = tokens[relation.wordStart + (relation.compassCount == 2 ? 1 : 0)]
        let words = (Int(first.foldStart)..<Int(first.foldEnd), Int(second.foldStart)..<Int(second.foldEnd))
        guard folded[words.0].allSatisfy({ $0 < 0x80 }), folded[words.1].allSatisfy({ $0 < 0x80 }) else {
            var phrase = index.vocabulary.word(first.id)
            guard relation.compassCount > 0 else { return phrase }
            if relation.compassCount == 2 { phrase += "-" + index.vocabulary.word(second.id) }
            return phrase + " of"
        }
        let count = words.0.count + (relation.compassCount == 2 ? 1 + words.1.count : 0) + (relation.compassCount > 0 ? 3 : 0)
        return String(unsafeUninitializedCapacity: count) { bytes in
            var k = 0
            for value in folded[words.0] { bytes[k] = UInt8(truncatingIfNeeded: value); k += 1 }
            if relation.compassCount == 2 {
                bytes[k] = UInt8(ascii: "-"); k += 1
                for value in folded[words.1] { bytes[k] = UInt8(truncatingIfNeeded: value); k += 1 }
            }
            if relation.compassCount > 0 {
                bytes[k] = UInt8(ascii: " "); bytes[k + 1] = UInt8(ascii: "o"); bytes[k + 2] = UInt8(ascii: "f"); k += 3
            }
            return k
        }
    }

    static func meanBearing(_ bearings: [Double]) -> Double {
        guard bearings.count == 2 else { return bearings[0] }
        var (a, b) = (bearings[0], bearings[1])
        if abs(a - b) > 180 { if a < b { a += 360 } else { b += 360 } }
        return ((a + b) / 2).truncatingRemainder(dividingBy: 360)
    }

    static func isNumber(_ token: ScanToken, _ scan: TextScan) -> Bool {
        guard let first = scan.folded[safe: Int(token.foldStart)] else { return false }
        return first >= 0x30 && first <= 0x39
    }

    /// Country codes of the demonyms ("Russian", "Ukrainian") in sentence `s`, in text order
    /// without repeats. A word belongs to the first sentence that ends after it starts (the
    /// last, for words past its end). Only the scan's demonym tokens are read
    /// (`TextScan.demonymTokens`, usually none), not every word. `cursor` is the first of them
    /// not yet read: the sentences are asked for in order, so each is read once in all.
    /// Countries are small numbers (`NameIndex.demonym(_:)`), strings only once kept.
    private func demonyms(
        inSentence s: Int, _ sentences: UnsafeBufferPointer<Range<Int>>, _ scan: TextScan, from cursor: inout Int
    ) -> [String] {
        let lower = s == 0 ? Int.min : sentences[s - 1].upperBound
        let upper = s == sentences.count - 1 ? Int.max : sentences[s].upperBound
        var codes: [String] = []
        let demonyms = scan.demonymTokens, tokens = scan.tokens
        var d = cursor, seen: UInt64 = 0
        while d < demonyms.count {
            let token = tokens[Int(demonyms[d])]
            let start = Int(token.start)
            guard start < upper else { break }
            d += 1
            let country = index.demonym(token.id)
            guard start >= lower, country > 0 else { continue }
            // A bit per country (at most 64 of them) tells repeats apart without comparing codes.
            let bit: UInt64 = 1 &<< UInt64(country - 1)
            guard seen & bit == 0 else { continue }
            // A sentence's first country shares the index's array of it alone (most sentences
            // name one): no array is allocated, and the copy a second country makes is rare.
            if seen == 0 { codes = index.demonymAlone[country - 1] } else { codes.append(index.demonymCodes[country - 1]) }
            seen |= bit
        }
        cursor = d
        return codes
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
