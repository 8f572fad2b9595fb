/// Finds population claims: "a city of 69,000 people", "a town of about 6,000 residents",
/// "a population of 345,000", "home to 1.4 million people", "its 40,000 inhabitants".
///
/// A head count is a population only in these frames; "14 people were killed", "Some 108
/// people", "300 troops" and "over 160 others" are not, because nothing ties them to a place's
/// size.
enum PopulationPattern {
    static let peopleWords: Set<String> = ["people", "residents", "inhabitants", "souls", "citizens", "population"]
    static let peopleCodes = ClaimWord.membership(peopleWords)
    /// Settlement nouns of "a city of 69,000".
    static let settlementCodes = ClaimWord.membership(["city", "town", "village", "settlement", "municipality"])
    /// What may stand between "population" and the figure ("a population of about 6,000").
    static let populationJoinerCodes = ClaimWord.membership(["of", "is", "was", "stands", "at", "numbers", ":", "about"])

    /// Appends the claims of `sentence` to `claims`; mentions starting at an `excluded` offset
    /// (distance references) are no subject.
    static func appendClaims(in sentence: ClaimSentence, excluded: [Int], to claims: inout [Claim]) {
        let tokens = sentence.tokens
        var index = 0
        while index < tokens.count {
            guard NumberReader.mayStart(tokens, at: index), let number = NumberReader.read(tokens, at: index) else {
                index += 1
                continue
            }
            let hedge = Hedge.ending(before: index, in: tokens)
            let lead = hedge?.start ?? index
            var end = number.end
            let followedByPeople = end < tokens.count && tokens[end].isWord(in: peopleCodes)
            if followedByPeople { end += 1 }
            let followedByBreak = end >= tokens.count || tokens[end].kind == .punctuation || tokens[end].word == .and
            var frame = false
            if lead >= 2, sentence.matches(.of, at: lead - 1), tokens[lead - 2].isWord(in: settlementCodes) {
                frame = followedByPeople || (followedByBreak && number.value >= 100)
            } else if lead >= 2, sentence.matches(.home, .to, at: lead - 2) {
                frame = followedByPeople
            } else if lead >= 1, sentence.matches(.its, at: lead - 1) {
                frame = followedByPeople && tokens[end - 1].word != .population
            } else if let populationAt = (1...3).lazy.map({ lead - $0 }).first(where: { $0 >= 0 && sentence.matches(.population, at: $0) }) {
                frame = tokens[(populationAt + 1)..<lead].allSatisfy { token in
                    token.word.map { populationJoinerCodes[Int($0.rawValue)] } ?? false
                }
            }
            guard frame, number.value >= 1 else {
                index = number.end
                continue
            }
            let startOffset = tokens[lead].start
            let quantity = StatedQuantity(
                text: sentence.text(startOffset, tokens[end - 1].end), low: number.value, high: number.value, roundingStep: number.roundingStep,
                unit: .people, hedge: hedge?.hedge ?? .none, start: startOffset, end: tokens[end - 1].end)
            let subject = SubjectFinder.subject(in: sentence, claimStart: lead, claimEnd: end, excluded: excluded)
            let start = subject.map { $0.start < startOffset && DistancePattern.sameSentence($0, sentence) ? $0.start : startOffset } ?? startOffset
            claims.append(sentence.claim(
                kind: .population, start: start, end: tokens[end - 1].end, subject: subject, reference: nil,
                statement: .population(quantity)))
            index = end
        }
    }
}
