/// Finds statements that a region borders another region or a country: "Belgorod Oblast, which
/// borders Ukraine's Kharkiv and Sumy oblasts", "the Kursk region, bordering Ukraine",
/// "Sumy Oblast shares a border with Russia".
///
/// The subject is the mention that ends right before the verb (allowing ", which", ", that",
/// "also"); a verb with no named subject ("Other Russian districts bordering Ukraine") states
/// nothing about a particular region and is not a claim. Each object in a list is one claim.
enum AdjacencyPattern {
    static let verbs: [[String]] = [
        ["shares", "a", "border", "with"], ["share", "a", "border", "with"], ["borders"], ["bordering"], ["adjoins"],
        ["adjoining"], ["neighbours"], ["neighbors"], ["abuts"],
    ]

    static func claims(in sentence: ClaimSentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        for index in tokens.indices {
            var verb = verbs.first { sentence.matches($0, at: index) }
            // "which border Ukraine": the plural verb only after a relative pronoun.
            if verb == nil, sentence.matches(["border"], at: index), index > 0, tokens[index - 1].isWord(in: ["which", "that"]) {
                verb = ["border"]
            }
            guard let verb else { continue }
            var back = index
            while back > 0, tokens[back - 1].isWord(in: ["which", "that", "also", "directly"]) || tokens[back - 1].isMark(",") {
                back -= 1
            }
            guard let subjectMention = sentence.mentions.last(where: { $0.end == back }), !sentence.isCountry(subjectMention) else { continue }
            let subject = ClaimPlace(subjectMention.mention)
            var cursor = index + verb.count
            while cursor < tokens.count {
                if sentence.matches(["the"], at: cursor) {
                    cursor += 1
                } else if cursor + 2 < tokens.count, ClaimWords.countryWords[tokens[cursor].lower] != nil,
                          tokens[cursor + 1].isApostrophe, tokens[cursor + 2].lower == "s" {
                    cursor += 3
                } else {
                    break
                }
            }
            let list = sentence.list(startingAt: cursor)
            for object in list.members {
                let reference: ClaimReference
                if let placeIndex = object.placeIndex, sentence.gazetteer.places[placeIndex].kind == .country {
                    let country = sentence.gazetteer.places[placeIndex]
                    reference = .country(code: country.countryCode, name: country.name)
                } else {
                    reference = .place(object)
                }
                claims.append(sentence.claim(
                    kind: .adjacency, start: subject.start, end: tokens[list.end - 1].end, subject: subject,
                    reference: reference, statement: .adjacency))
            }
        }
        return claims
    }
}
