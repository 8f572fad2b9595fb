/// Finds distance claims: a length figure, optionally a compass word, then "from"/"of" and a
/// reference — the border, the front line, or a place.
///
/// "about 20 miles from the Ukrainian border", "10km (six miles) from the frontline",
/// "25 miles from the border with Ukraine", "within 30 kilometres of the border",
/// "50 miles from the city of Kharkiv", "30 kilometers southeast of Belgorod".
/// A figure with a length unit but no reference ("advanced 10 km", "a 30-km zone") is not a
/// claim: there is nothing to measure it against.
enum DistancePattern {
    /// Appends the claims in `sentence` to `claims`; returns the start offsets of the mentions
    /// used as references (a list, not a set: a sentence has one or two, and a set cost a hash
    /// table per sentence).
    ///
    /// `found` is scratch the extractor keeps for a document's sentences (emptied here before
    /// use, its capacity kept): a list made per sentence cost an allocation and its release for
    /// every sentence with a distance.
    static func appendClaims(in sentence: ClaimSentence, to claims: inout [Claim], found: inout [Found]) -> [Int] {
        found.removeAll(keepingCapacity: true)
        var references: [Int] = []
        var index = 0
        let tokens = sentence.tokens
        while index < tokens.count {
            // A length starts with a number (`NumberReader.read`); most tokens can start none.
            guard NumberReader.mayStart(tokens, at: index),
                  let reading = QuantityReader.length(tokens, at: index, scalars: sentence.scalars) else {
                index += 1
                continue
            }
            var cursor = reading.end
            if sentence.matches(.away, at: cursor) { cursor += 1 }
            var compass: CompassDirection?
            if let (direction, next) = CompassDirection.read(tokens, at: cursor) {
                compass = direction
                cursor = next
            }
            if sentence.matches(.away, at: cursor) { cursor += 1 }
            let preposition = cursor < tokens.count ? tokens[cursor].word : nil
            let ofAllowed = compass != nil || reading.primary.hedge == .atMost
            guard tokens.indices.contains(cursor), preposition == .from || (preposition == .of && ofAllowed),
                  let (reference, mentionStart, end) = self.reference(in: sentence, at: cursor + 1) else {
                index = reading.end
                continue
            }
            if let mentionStart { references.append(mentionStart) }
            found.append(Found(reading: reading, start: index, end: end, compass: compass, reference: reference))
            index = end
        }
        // By position, so each found item's quantities and reference are copied once, into the claim.
        for at in found.indices {
            let quantityStart = found[at].reading.primary.start
            let subject = SubjectFinder.subject(in: sentence, claimStart: hedgeStart(of: found[at].start, in: sentence),
                                                claimEnd: found[at].end, excluded: references)
            let start = subject.map { $0.start < quantityStart && sameSentence($0, sentence) ? $0.start : quantityStart } ?? quantityStart
            let end = tokens[found[at].end - 1].end
            let isPlace: Bool
            if case .place = found[at].reference { isPlace = true } else { isPlace = false }
            claims.append(sentence.claim(
                kind: isPlace ? .placeDistance : .borderDistance, start: start, end: end, subject: subject, reference: found[at].reference,
                statement: .distance(found[at].reading.primary, conversion: found[at].reading.conversion, direction: found[at].compass)))
            if isPlace, let compass = found[at].compass {
                claims.append(sentence.claim(
                    kind: .direction, start: start, end: end, subject: subject, reference: found[at].reference,
                    statement: .direction(compass, comparative: false)))
            }
        }
        return references
    }

    /// A figure read with its reference, before its subject is sought (which needs every
    /// reference of the sentence). A struct, not a tuple: its copies then go through
    /// specialised code rather than the runtime's generic tuple copy.
    struct Found {
        var reading: QuantityReader.Reading
        /// Token indices of the figure (its hedge excluded) and one past the reference.
        var start: Int
        var end: Int
        var compass: CompassDirection?
        var reference: ClaimReference
    }

    /// The words of a front line reference, in the order they are tried.
    static let frontLines: [[ClaimWord]] = [
        [.frontline], [.frontlines], [.front, .hyphenMinus, .line], [.front, .line], [.front, .lines],
        [.line, .of, .contact], [.contact, .line], [.front],
    ]

    /// The first words of `frontLines`, by word code.
    static let frontLineStarts: [Bool] = {
        var table = [Bool](repeating: false, count: ClaimWord.allCases.count)
        for words in frontLines { table[Int(words[0].rawValue)] = true }
        return table
    }()

    /// The token index where the figure's hedge starts (or the figure itself).
    static func hedgeStart(of index: Int, in sentence: ClaimSentence) -> Int {
        Hedge.ending(before: index, in: sentence.tokens)?.start ?? index
    }

    static func sameSentence(_ place: ClaimPlace, _ sentence: ClaimSentence) -> Bool {
        place.start >= sentence.sentenceRange.lowerBound && place.end <= sentence.sentenceRange.upperBound
    }

    /// Whether a country code is neither Russia's nor Ukraine's: a border with it is not in the data.
    static func isOther(_ code: String) -> Bool { code != "RU" && code != "UA" }

    /// The reference that starts at token `index`: its kind, the mention it uses (start offset),
    /// and the token index one past it.
    static func reference(in sentence: ClaimSentence, at index: Int) -> (ClaimReference, Int?, Int)? {
        let tokens = sentence.tokens
        guard index < tokens.count else { return nil }
        var cursor = index
        if sentence.matches(.the, at: cursor) || sentence.matches(.its, at: cursor) { cursor += 1 }
        // The front line, tried only at a word one of its phrases starts with (most references
        // are the border or a place).
        if cursor < tokens.count, let first = tokens[cursor].word, frontLineStarts[Int(first.rawValue)] {
            for words in frontLines where sentence.matches(words, at: cursor) {
                let end = cursor + words.count
                return (.frontline(wording: sentence.text(tokens[index].start, tokens[end - 1].end)), nil, end)
            }
        }
        // The border: adjectives, a border noun, and "with Ukraine" / "between Russia and Ukraine".
        // Whether a country other than Russia and Ukraine is named is all that is kept of them.
        var adjectiveEnd = cursor
        var namesOtherCountry = false
        while adjectiveEnd < tokens.count, adjectiveEnd - cursor < 5 {
            let token = tokens[adjectiveEnd]
            if token.isWord(in: ClaimWords.borderAdjectiveCodes) || token.isDash {
                if let country = ClaimWords.country(token), isOther(country.code) { namesOtherCountry = true }
                adjectiveEnd += 1
            } else if let country = ClaimWords.country(token) {
                if isOther(country.code) { namesOtherCountry = true }
                adjectiveEnd += 1
            } else if token.isApostrophe || (token.kind == .word && token.word == .s && adjectiveEnd > cursor && tokens[adjectiveEnd - 1].isApostrophe) {
                adjectiveEnd += 1
            } else {
                break
            }
        }
        if adjectiveEnd < tokens.count, tokens[adjectiveEnd].isWord(in: ClaimWords.borderNounCodes) {
            var end = adjectiveEnd + 1
            if sentence.matches(.with, at: end), end + 1 < tokens.count,
               let country = ClaimWords.country(tokens[end + 1]) {
                if isOther(country.code) { namesOtherCountry = true }
                end += 2
            } else if sentence.matches(.between, at: end), end + 3 < tokens.count,
                      let a = ClaimWords.country(tokens[end + 1]), tokens[end + 2].word == .and,
                      let b = ClaimWords.country(tokens[end + 3]) {
                if isOther(a.code) || isOther(b.code) { namesOtherCountry = true }
                end += 4
            }
            let wording = sentence.text(tokens[index].start, tokens[end - 1].end)
            return (namesOtherCountry ? .otherBorder(wording: wording) : .border(wording: wording), nil, end)
        }
        // "20 km from Ukraine": the nearest part of that country is across the border.
        if let located = sentence.mention(startingAt: cursor), located.placeKind == .country, let place = sentence.place(located) {
            let wording = sentence.text(tokens[index].start, tokens[located.end - 1].end)
            if place.countryCode == "UA" || place.countryCode == "RU" {
                return (.border(wording: wording), located.start, located.end)
            }
            return (.otherBorder(wording: wording), located.start, located.end)
        }
        // A place: "the city of Kharkiv", "Belgorod".
        let placeStart = sentence.skippingPlaceNounPhrase(index)
        if let located = sentence.mention(startingAt: placeStart) {
            return (.place(sentence.claimPlace(located)), located.start, located.end)
        }
        // A capitalised name the gazetteer does not know: still a claim, but unverifiable.
        if placeStart < tokens.count, tokens[placeStart].isCapitalized, !tokens[placeStart].isWord(in: ClaimWords.isCountryCode) {
            var end = placeStart + 1
            while end < tokens.count && tokens[end].isCapitalized { end += 1 }
            let surface = sentence.text(tokens[placeStart].start, tokens[end - 1].end)
            let place = ClaimPlace(surface: surface, start: tokens[placeStart].start, end: tokens[end - 1].end,
                                   status: .unknown, reason: "no gazetteer entry has this name")
            return (.place(place), tokens[placeStart].start, end)
        }
        return nil
    }
}
