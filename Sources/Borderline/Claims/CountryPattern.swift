/// Finds statements of which country a place is in, and where in it.
///
/// Forms: "Russia's Belgorod", "Ukraine's Kharkiv and Sumy oblasts" (possessive, lists too);
/// "the Russian city of Belgorod"; "Belgorod, a Russian city"; "the city of Bryansk in
/// southwestern Ukraine"; "on Russian soil in the city of Belgorod". A compass adjective in the
/// phrase ("southwestern Ukraine", "Ukraine's north-eastern Kharkiv region") also gives a
/// direction claim: where in the country the place lies. "The north-eastern Kharkiv region",
/// with no country named, is read the way news uses it: the region lies in that part of its
/// own country.
enum CountryPattern {
    /// Appends the claims of `sentence` to `claims`.
    /// - Parameter triggers: the sentence's claim triggers (`ClaimTriggers`). Every claim of the
    ///   token loop below starts at a country word (`.country`), and every region position claim
    ///   at a compass word (`.compass`, which `CompassDirection.read` needs): a part whose
    ///   trigger the sentence lacks finds nothing, and is not run.
    static func appendClaims(in sentence: ClaimSentence, triggers: ClaimTriggers, to claims: inout [Claim]) {
        let tokens = sentence.tokens
        // The start offsets of the subjects claimed: a list, not a set (a sentence claims a
        // country for one place or two, and a set cost a hash table and two hashings of each).
        var claimed: [Int] = []

        // The country is read off its word only here, once a claim is made: reading the
        // `(code, name)` pair for every country word copied (and retained) both strings.
        func add(_ subject: ClaimPlace, countryWord: ClaimWord, compass: CompassDirection?, from start: Int, to end: Int) {
            guard !claimed.contains(subject.start) else { return }
            claimed.append(subject.start)
            let country = ClaimWords.countryByCode[Int(countryWord.rawValue)]!
            let startOffset = min(tokens[start].start, subject.start)
            let endOffset = max(tokens[end - 1].end, subject.end)
            claims.append(sentence.claim(
                kind: .country, start: startOffset, end: endOffset, subject: subject,
                reference: .country(code: country.code, name: country.name), statement: .country(code: country.code, name: country.name)))
            if let compass {
                claims.append(sentence.claim(
                    kind: .direction, start: startOffset, end: endOffset, subject: subject,
                    reference: .country(code: country.code, name: country.name), statement: .direction(compass, comparative: false)))
            }
        }

        // With no country word in the sentence the loop has nothing to find.
        var next = triggers.contains(.country) ? tokens.startIndex : tokens.endIndex
        // From one country word to the next, found by `firstIndex(where:)` with one comparison
        // per token (`ClaimWord.namesCountry`), with no test of its kind nor of whether it has a
        // code (outcomes that change from token to token, which the branch predictor missed on
        // about one token in four): a token with no code (a number, most words) is read as the
        // comma, and no mark names a country, so only a country word is found. Its loop steps a
        // pointer through the tokens, without the overflow test and the index arithmetic per
        // token of a loop over every index: 10 instructions a token passed over, from 14.
        while let index = tokens[next...].firstIndex(where: { ($0.word ?? .comma).namesCountry }) {
            next = index + 1
            // Always a word here (a test that is always met, not a forced unwrap).
            guard let word = tokens[index].word else { continue }
            // "Russia's [north-eastern] Belgorod …"
            if word == .russia || word == .ukraine || word == .belarus, index + 2 < tokens.count,
               tokens[index + 1].isApostrophe, tokens[index + 2].word == .s {
                var cursor = index + 3
                var compass: CompassDirection?
                if let (direction, next) = CompassDirection.read(tokens, at: cursor), tokens[cursor].flags.contains(.endsInErn) {
                    compass = direction
                    cursor = next
                }
                if sentence.matches(.border, at: cursor) { cursor += 1 }
                let list = sentence.list(startingAt: cursor)
                for member in list.members where !isCountry(member, sentence) {
                    add(member, countryWord: word, compass: compass, from: index, to: list.end)
                }
                continue
            }
            // "the Russian city of Belgorod", "the Ukrainian border town of Vovchansk"
            if word == .russian || word == .ukrainian || word == .belarusian {
                var cursor = index + 1
                if sentence.matches(.border, at: cursor) { cursor += 1 }
                guard cursor < tokens.count else { continue }
                // Read once for the two forms below: each read of the static called `swift_once`.
                let placeNouns = ClaimWords.placeNounCodes
                if cursor + 1 < tokens.count, tokens[cursor].isWord(in: placeNouns), sentence.matches(.of, at: cursor + 1),
                   let located = sentence.mention(startingAt: cursor + 2), !sentence.isCountry(located) {
                    add(sentence.claimPlace(located), countryWord: word, compass: nil, from: index, to: located.end)
                    continue
                }
                // "Belgorod, a Russian city"
                if tokens[cursor].isWord(in: placeNouns), index >= 3, tokens[index - 1].kind == .word,
                   tokens[index - 1].word == .a || tokens[index - 1].word == .the,
                   tokens[index - 2].isMark(.comma), let located = sentence.mentions.last(where: { $0.end == index - 2 }),
                   !sentence.isCountry(located) {
                    add(sentence.claimPlace(located), countryWord: word, compass: nil, from: located.first, to: cursor + 1)
                    continue
                }
                // "on Russian soil in the city of Belgorod"
                if tokens[cursor].kind == .word, tokens[cursor].word == .soil || tokens[cursor].word == .territory,
                   sentence.matches(.in, at: cursor + 1) {
                    let placeStart = sentence.skippingPlaceNounPhrase(cursor + 2)
                    if let located = sentence.mention(startingAt: placeStart), !sentence.isCountry(located) {
                        add(sentence.claimPlace(located), countryWord: word, compass: nil, from: index, to: located.end)
                    }
                }
                continue
            }
            // "Bryansk in southwestern Ukraine": a place, "in", perhaps a compass adjective, the country.
            var back = index - 1
            var compass: CompassDirection?
            if back >= 0, tokens[back].flags.contains(.endsInErn) {
                var compassStart = back
                while compassStart > 0, tokens[compassStart - 1].isDash || tokens[compassStart - 1].compass.stem != nil {
                    compassStart -= 1
                }
                if let (direction, next) = CompassDirection.read(tokens, at: compassStart), next == index {
                    compass = direction
                    back = compassStart - 1
                }
            }
            guard back >= 1, sentence.matches(.in, at: back),
                  index + 1 >= tokens.count || !(tokens[index + 1].isApostrophe),
                  let located = sentence.mentions.last(where: { $0.end == back }) ?? appositionSubject(before: back, in: sentence),
                  !sentence.isCountry(located) else { continue }
            add(sentence.claimPlace(located), countryWord: word, compass: compass, from: located.first, to: index + 1)
        }
        if triggers.contains(.compass) {
            appendRegionPositionClaims(in: sentence, claimed: claimed, to: &claims)
        }
    }

    /// The place of "Belgorod, a city in …" or "Belgorod, a border town in …": the mention before
    /// a comma, "a"/"the", at most one more word and a place noun that end right before `index`.
    static func appositionSubject(before index: Int, in sentence: ClaimSentence) -> ClaimSentence.Located? {
        let tokens = sentence.tokens
        guard index >= 4, tokens[index - 1].isWord(in: ClaimWords.placeNounCodes) else { return nil }
        for article in [index - 2, index - 3] where article >= 2 && tokens[article].kind == .word
            && (tokens[article].word == .a || tokens[article].word == .the) && tokens[article - 1].isMark(.comma) {
            if let located = sentence.mentions.last(where: { $0.end == article - 1 }) { return located }
        }
        return nil
    }

    /// "the north-eastern Kharkiv region": where in its own country the region lies.
    /// - Parameter claimed: the start offsets of the places already given a country.
    static func appendRegionPositionClaims(in sentence: ClaimSentence, claimed: [Int], to claims: inout [Claim]) {
        let tokens = sentence.tokens
        for index in tokens.indices where sentence.matches(.the, at: index) {
            guard let (compass, next) = CompassDirection.read(tokens, at: index + 1), tokens[next - 1].flags.contains(.endsInErn),
                  let located = sentence.mention(startingAt: next), located.placeKind == .admin1, let place = sentence.place(located),
                  !claimed.contains(located.start),
                  let country = sentence.country(code: place.countryCode) else { continue }
            claims.append(sentence.claim(
                kind: .direction, start: tokens[index].start, end: tokens[located.end - 1].end,
                subject: sentence.claimPlace(located), reference: .country(code: country.countryCode, name: country.name),
                statement: .direction(compass, comparative: false)))
        }
    }

    static func isCountry(_ place: ClaimPlace, _ sentence: ClaimSentence) -> Bool {
        place.placeIndex.map { sentence.places[$0].kind == .country } ?? false
    }
}
