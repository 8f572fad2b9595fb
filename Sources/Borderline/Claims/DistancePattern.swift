/// Finds distance claims: a length figure, optionally a compass word, then "from"/"of" and a
/// reference — the border, the front line, or a place.
///
/// "about 20 miles from the Ukrainian border", "10km (six miles) from the frontline",
/// "25 miles from the border with Ukraine", "within 30 kilometres of the border",
/// "50 miles from the city of Kharkiv", "30 kilometers southeast of Belgorod".
/// A figure with a length unit but no reference ("advanced 10 km", "a 30-km zone") is not a
/// claim: there is nothing to measure it against.
enum DistancePattern {
    /// Appends the claims in `sentence` to `claims`, and the start offsets of the mentions used
    /// as references to `references` (a list, not a set: a sentence has one or two, and a set
    /// cost a hash table per sentence).
    ///
    /// `found` and `references` are scratch the extractor keeps for a document's sentences, with
    /// their capacity (`found` emptied here, `references` by the extractor once every pattern
    /// has read it): a list made per sentence cost an allocation and its release for every
    /// sentence with a distance (for `references`, every sentence whose distance names a place,
    /// and another allocation when it named two).
    static func appendClaims(in sentence: ClaimSentence, to claims: inout [Claim], found: inout [Found], references: inout [Int]) {
        // (Left empty by the last sentence, whose items were all taken off it below.)
        assert(found.isEmpty, "the scratch list of figures found is left empty")
        assert(references.isEmpty, "the scratch list of references is left empty")
        var index = 0
        let tokens = sentence.tokens
        while index < tokens.count {
            // A length starts with a number (`NumberReader.read`); most tokens can start none,
            // and are passed over in one tight loop.
            index = NumberReader.nextCandidate(tokens, from: index)
            guard index < tokens.count else { break }
            guard NumberReader.mayStart(tokens, at: index),
                  let reading = QuantityReader.length(tokens, at: index, scalars: sentence.scalars) else {
                index += 1
                continue
            }
            var cursor = reading.end
            if sentence.matches(.away, at: cursor) { cursor += 1 }
            var compass: CompassDirection?
            // `read` finds nothing at a token with no compass class (most figures are followed by
            // "from"): tested first, so that its optional result (a tuple, destroyed through the
            // runtime's generic tuple code) is made only for a compass word.
            if cursor < tokens.count, tokens[cursor].compass != .none, let (direction, next) = CompassDirection.read(tokens, at: cursor) {
                compass = direction
                cursor = next
            }
            if sentence.matches(.away, at: cursor) { cursor += 1 }
            let preposition = cursor < tokens.count ? tokens[cursor].word : nil
            let ofAllowed = compass != nil || reading.primary.hedge == .atMost
            guard tokens.indices.contains(cursor), preposition == .from || (preposition == .of && ofAllowed),
                  let referenced = self.reference(in: sentence, at: cursor + 1) else {
                index = reading.end
                continue
            }
            if let mentionStart = referenced.mentionStart { references.append(mentionStart) }
            let end = referenced.end
            // Both moved into the list: copies of them went through the runtime's generic copy.
            found.append(Found(reading: consume reading, start: index, compass: compass, referenced: consume referenced))
            index = end
        }
        guard !found.isEmpty else { return }
        // Each found item is taken off the list (reversed first, so they come in text order) and
        // its quantities and reference moved into the claim: read by position, the conversion
        // (an optional quantity) was copied through the runtime's generic copy of an optional,
        // and emptying the list for the next sentence destroyed its items through the generic
        // array destroy, each a few hundred instructions.
        found.reverse()
        while var item = found.popLast() {
            // Moved out of the item (which is not read again) into the claim, not copied.
            let conversion = item.reading.conversion.take()
            let quantityStart = item.reading.primary.start
            let subject = SubjectFinder.subject(in: sentence, claimStart: hedgeStart(of: item.start, in: sentence),
                                                claimEnd: item.end, excluded: references)
            let start = subject.map { $0.start < quantityStart && sameSentence($0, sentence) ? $0.start : quantityStart } ?? quantityStart
            let end = tokens[item.end - 1].end
            // The reference is moved out of the item too (an empty wording left in its place),
            // and into the last claim made of it: read in place, it was copied into every claim
            // through the enum's outlined copy (some 130 instructions and a retain a string).
            var reference = ClaimReference.border(wording: "")
            swap(&reference, &item.referenced.reference)
            let isPlace: Bool
            if case .place = reference { isPlace = true } else { isPlace = false }
            if isPlace, let compass = item.compass {
                claims.append(sentence.claim(
                    kind: .placeDistance, start: start, end: end, subject: subject, reference: reference,
                    statement: .distance(item.reading.primary, conversion: conversion, direction: compass)))
                claims.append(sentence.claim(
                    kind: .direction, start: start, end: end, subject: subject, reference: consume reference,
                    statement: .direction(compass, comparative: false)))
            } else {
                claims.append(sentence.claim(
                    kind: isPlace ? .placeDistance : .borderDistance, start: start, end: end, subject: subject,
                    reference: consume reference,
                    statement: .distance(item.reading.primary, conversion: conversion, direction: item.compass)))
            }
        }
    }

    /// A figure read with its reference, before its subject is sought (which needs every
    /// reference of the sentence). A struct, not a tuple: its copies then go through
    /// specialised code rather than the runtime's generic tuple copy.
    struct Found {
        var reading: QuantityReader.Reading
        /// Token index of the figure (its hedge excluded).
        var start: Int
        var compass: CompassDirection?
        /// The reference, which ends (`referenced.end`) one token past the claim.
        var referenced: Reference
        /// Token index one past the reference.
        var end: Int { referenced.end }
    }

    /// A reference read at a token (`reference(in:at:)`). A struct, not a tuple: an optional
    /// tuple holding the reference was copied through the runtime's generic tuple copy.
    struct Reference {
        var reference: ClaimReference
        /// The start offset of the mention the reference uses, if it uses one.
        var mentionStart: Int?
        /// The token index one past the reference.
        var end: Int
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
    static func reference(in sentence: ClaimSentence, at index: Int) -> Reference? {
        let tokens = sentence.tokens
        guard index < tokens.count else { return nil }
        var cursor = index
        if sentence.matches(.the, at: cursor) || sentence.matches(.its, at: cursor) { cursor += 1 }
        // The front line, tried only at a word one of its phrases starts with (most references
        // are the border or a place).
        if cursor < tokens.count, let first = tokens[cursor].word, frontLineStarts[Int(first.rawValue)] {
            for words in frontLines where sentence.matches(words, at: cursor) {
                let end = cursor + words.count
                return Reference(reference: .frontline(wording: sentence.text(tokens[index].start, tokens[end - 1].end)), mentionStart: nil, end: end)
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
            return Reference(reference: namesOtherCountry ? .otherBorder(wording: wording) : .border(wording: wording), mentionStart: nil, end: end)
        }
        // "20 km from Ukraine": the nearest part of that country is across the border.
        if let located = sentence.mention(startingAt: cursor), located.placeKind == .country, let place = sentence.place(located) {
            let wording = sentence.text(tokens[index].start, tokens[located.end - 1].end)
            if place.countryCode == "UA" || place.countryCode == "RU" {
                return Reference(reference: .border(wording: wording), mentionStart: located.start, end: located.end)
            }
            return Reference(reference: .otherBorder(wording: wording), mentionStart: located.start, end: located.end)
        }
        // A place: "the city of Kharkiv", "Belgorod".
        let placeStart = sentence.skippingPlaceNounPhrase(index)
        if let located = sentence.mention(startingAt: placeStart) {
            return Reference(reference: .place(sentence.claimPlace(located)), mentionStart: located.start, end: located.end)
        }
        // A capitalised name the gazetteer does not know: still a claim, but unverifiable.
        if placeStart < tokens.count, tokens[placeStart].isCapitalized, !tokens[placeStart].isWord(in: ClaimWords.isCountryCode) {
            var end = placeStart + 1
            while end < tokens.count && tokens[end].isCapitalized { end += 1 }
            let surface = sentence.text(tokens[placeStart].start, tokens[end - 1].end)
            let place = ClaimPlace(surface: surface, start: tokens[placeStart].start, end: tokens[end - 1].end,
                                   status: .unknown, reason: "no gazetteer entry has this name")
            return Reference(reference: .place(place), mentionStart: tokens[placeStart].start, end: end)
        }
        return nil
    }
}
