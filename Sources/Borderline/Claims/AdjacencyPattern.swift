/// Finds statements that a region borders another region or a country: "Belgorod Oblast, which
/// borders Ukraine's Kharkiv and Sumy oblasts", "the Kursk region, bordering Ukraine",
/// "Sumy Oblast shares a border with Russia".
///
/// The subject is the mention that ends right before the verb (allowing ", which", ", that",
/// "also"); a verb with no named subject ("Other Russian districts bordering Ukraine") states
/// nothing about a particular region and is not a claim. Each object in a list is one claim.
enum AdjacencyPattern {
    static let verbs: [[ClaimWord]] = [
        [.shares, .a, .border, .with], [.share, .a, .border, .with], [.borders], [.bordering], [.adjoins],
        [.adjoining], [.neighbours], [.neighbors], [.abuts],
    ]

    /// `verbs` by their first word's code, in `verbs`' order. Only the verbs a token starts are
    /// tried at it: "border", a trigger in most sentences that give a distance to the border,
    /// starts none, and trying all nine there retained and released each word list.
    static let verbsByFirstWord: [[[ClaimWord]]] = {
        var table = [[[ClaimWord]]](repeating: [], count: ClaimWord.allCases.count)
        for verb in verbs { table[Int(verb[0].rawValue)].append(verb) }
        return table
    }()

    /// What may stand between the subject and the verb: ", which", ", that", "also", "directly".
    static let backWords = ClaimWord.membership(["which", "that", "also", "directly"])

    /// Appends the claims of `sentence` to `claims`.
    static func appendClaims(in sentence: ClaimSentence, to claims: inout [Claim]) {
        let tokens = sentence.tokens
        for index in tokens.indices {
            // Every verb is one word or starts with "share(s)"; most tokens are neither. A token
            // with no code (a number, most words) is read as the comma, and no mark starts a
            // verb (`ClaimWord.startsBorderVerb`), so only a word can pass.
            let word = tokens[index].word ?? .comma
            guard word.startsBorderVerb else { continue }
            var verbCount = verbsByFirstWord[Int(word.rawValue)].first { sentence.matches($0, at: index) }?.count
            // "which border Ukraine": the plural verb only after a relative pronoun.
            if verbCount == nil, sentence.matches(.border, at: index), index > 0, tokens[index - 1].kind == .word,
               tokens[index - 1].word == .which || tokens[index - 1].word == .that {
                verbCount = 1
            }
            guard let verbCount else { continue }
            var back = index
            while back > 0, tokens[back - 1].isWord(in: backWords) || tokens[back - 1].isMark(.comma) {
                back -= 1
            }
            guard let subjectMention = sentence.mentions.last(where: { $0.end == back }), !sentence.isCountry(subjectMention) else { continue }
            let subject = sentence.claimPlace(subjectMention)
            var cursor = index + verbCount
            while cursor < tokens.count {
                if sentence.matches(.the, at: cursor) {
                    cursor += 1
                } else if cursor + 2 < tokens.count, tokens[cursor].isWord(in: ClaimWords.isCountryCode),
                          tokens[cursor + 1].isApostrophe, tokens[cursor + 2].word == .s {
                    cursor += 3
                } else {
                    break
                }
            }
            let list = sentence.list(startingAt: cursor)
            for object in list.members {
                let reference: ClaimReference
                if let placeIndex = object.placeIndex, sentence.places[placeIndex].kind == .country {
                    let country = sentence.places[placeIndex]
                    reference = .country(code: country.countryCode, name: country.name)
                } else {
                    reference = .place(object)
                }
                claims.append(sentence.claim(
                    kind: .adjacency, start: subject.start, end: tokens[list.end - 1].end, subject: subject,
                    reference: reference, statement: .adjacency))
            }
        }
    }
}
