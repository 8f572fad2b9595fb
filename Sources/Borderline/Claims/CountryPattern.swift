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
    static func claims(in sentence: ClaimSentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        var claimed: Set<Int> = []

        func add(_ subject: ClaimPlace, country: (code: String, name: String), compass: CompassDirection?, from start: Int, to end: Int) {
            guard claimed.insert(subject.start).inserted else { return }
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

        for index in tokens.indices where tokens[index].kind == .word {
            let word = tokens[index].lower
            guard let country = ClaimWords.countryWords[word] else { continue }
            // "Russia's [north-eastern] Belgorod …"
            if word == "russia" || word == "ukraine" || word == "belarus", index + 2 < tokens.count,
               tokens[index + 1].isApostrophe, tokens[index + 2].lower == "s" {
                var cursor = index + 3
                var compass: CompassDirection?
                if let (direction, next) = CompassDirection.read(tokens, at: cursor), tokens[cursor].lower.hasSuffix("ern") {
                    compass = direction
                    cursor = next
                }
                if sentence.matches(["border"], at: cursor) { cursor += 1 }
                let list = sentence.list(startingAt: cursor)
                for member in list.members where !isCountry(member, sentence) {
                    add(member, country: country, compass: compass, from: index, to: list.end)
                }
                continue
            }
            // "the Russian city of Belgorod", "the Ukrainian border town of Vovchansk"
            if word == "russian" || word == "ukrainian" || word == "belarusian" {
                var cursor = index + 1
                if sentence.matches(["border"], at: cursor) { cursor += 1 }
                guard cursor < tokens.count else { continue }
                if cursor + 1 < tokens.count, tokens[cursor].isWord(in: ClaimWords.placeNounSet), sentence.matches(["of"], at: cursor + 1),
                   let located = sentence.mention(startingAt: cursor + 2), !sentence.isCountry(located) {
                    add(ClaimPlace(located.mention), country: country, compass: nil, from: index, to: located.end)
                    continue
                }
                // "Belgorod, a Russian city"
                if tokens[cursor].isWord(in: ClaimWords.placeNounSet), index >= 3, tokens[index - 1].isWord(in: ["a", "the"]),
                   tokens[index - 2].isMark(","), let located = sentence.mentions.last(where: { $0.end == index - 2 }),
                   !sentence.isCountry(located) {
                    add(ClaimPlace(located.mention), country: country, compass: nil, from: located.first, to: cursor + 1)
                    continue
                }
                // "on Russian soil in the city of Belgorod"
                if tokens[cursor].isWord(in: ["soil", "territory"]), sentence.matches(["in"], at: cursor + 1) {
                    let placeStart = sentence.skippingPlaceNounPhrase(cursor + 2)
                    if let located = sentence.mention(startingAt: placeStart), !sentence.isCountry(located) {
                        add(ClaimPlace(located.mention), country: country, compass: nil, from: index, to: located.end)
                    }
                }
                continue
            }
            // "Bryansk in southwestern Ukraine": a place, "in", perhaps a compass adjective, the country.
            var back = index - 1
            var compass: CompassDirection?
            if back >= 0, tokens[back].lower.hasSuffix("ern") {
                var compassStart = back
                while compassStart > 0, tokens[compassStart - 1].isDash || CompassDirection.base(tokens[compassStart - 1].lower) != nil {
                    compassStart -= 1
                }
                if let (direction, next) = CompassDirection.read(tokens, at: compassStart), next == index {
                    compass = direction
                    back = compassStart - 1
                }
            }
            guard back >= 1, sentence.matches(["in"], at: back),
                  index + 1 >= tokens.count || !(tokens[index + 1].isApostrophe),
                  let located = sentence.mentions.last(where: { $0.end == back }) ?? appositionSubject(before: back, in: sentence),
                  !sentence.isCountry(located) else { continue }
            add(ClaimPlace(located.mention), country: country, compass: compass, from: located.first, to: index + 1)
        }
        claims.append(contentsOf: regionPositionClaims(in: sentence, claimed: claimed))
        return claims
    }

    /// The place of "Belgorod, a city in …" or "Belgorod, a border town in …": the mention before
    /// a comma, "a"/"the", at most one more word and a place noun that end right before `index`.
    static func appositionSubject(before index: Int, in sentence: ClaimSentence) -> ClaimSentence.Located? {
        let tokens = sentence.tokens
        guard index >= 4, tokens[index - 1].isWord(in: ClaimWords.placeNounSet) else { return nil }
        for article in [index - 2, index - 3] where article >= 2 && tokens[article].isWord(in: ["a", "the"]) && tokens[article - 1].isMark(",") {
            if let located = sentence.mentions.last(where: { $0.end == article - 1 }) { return located }
        }
        return nil
    }

    /// "the north-eastern Kharkiv region": where in its own country the region lies.
    static func regionPositionClaims(in sentence: ClaimSentence, claimed: Set<Int>) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        for index in tokens.indices where sentence.matches(["the"], at: index) {
            guard let (compass, next) = CompassDirection.read(tokens, at: index + 1), tokens[next - 1].lower.hasSuffix("ern"),
                  let located = sentence.mention(startingAt: next), let place = sentence.place(located),
                  place.kind == .admin1, !claimed.contains(located.mention.mention.start),
                  let country = sentence.gazetteer.country(code: place.countryCode) else { continue }
            claims.append(sentence.claim(
                kind: .direction, start: tokens[index].start, end: tokens[located.end - 1].end,
                subject: ClaimPlace(located.mention), reference: .country(code: country.countryCode, name: country.name),
                statement: .direction(compass, comparative: false)))
        }
        return claims
    }

    static func isCountry(_ place: ClaimPlace, _ sentence: ClaimSentence) -> Bool {
        place.placeIndex.map { sentence.gazetteer.places[$0].kind == .country } ?? false
    }
}
