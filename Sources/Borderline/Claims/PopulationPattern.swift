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
        // The table of people words, read once per sentence rather than through its lazy
        // global's check (a `swift_once` call) at every figure found.
        let peopleCodes = Self.peopleCodes
        var index = 0
        while index < tokens.count {
            // The tokens that can start no number are passed over in one tight loop.
            index = NumberReader.nextCandidate(tokens, from: index)
            guard index < tokens.count else { break }
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
            } else if let populationAt = nearestPopulation(before: lead, in: sentence) {
                let joinerCodes = populationJoinerCodes
                frame = tokens[(populationAt + 1)..<lead].allSatisfy { token in
                    token.word.map { joinerCodes[Int($0.rawValue)] } ?? false
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

    /// The nearest of the three tokens before `lead` that is the word "population", if any: a
    /// plain loop, where a lazy map of `1...3` with `first(where:)` cost some thirty
    /// instructions at every figure.
    @inline(__always)
    static func nearestPopulation(before lead: Int, in sentence: ClaimSentence) -> Int? {
        var at = lead - 1
        while at >= 0 && at >= lead - 3 {
            if sentence.matches(.population, at: at) { return at }
            at -= 1
        }
        return nil
    }
}
