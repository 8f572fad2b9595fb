/// Decides which place a claim is about.
///
/// English news puts the subject before the claim, joined by apposition ("Belgorod, a city
/// about 40 kilometers away from…"), a relative clause ("Belgorod, which lies…"), a noun phrase
/// ("the town of Sudzha, 10km from…") or a verb ("is located", "lies", "is situated"). So:
/// 1. the nearest earlier mention in the sentence that is not a country and not the reference of
///    a claim, preferring a populated place over a region (in "Shebekino, in the Belgorod
///    region, 7 km from the border" the claim is about Shebekino);
/// 2. else the first such mention after the claim ("Just 5 km from the frontier lies Tyotkino");
/// 3. else, when the sentence points back ("the city", "the town", "it"), the last place named in
///    the three sentences before;
/// 4. else none, and the claim is unverifiable.
enum SubjectFinder {
    /// The subject of a claim whose words start at token `claimStart` and end before `claimEnd`.
    /// - Parameter excluded: mention start offsets that are references, not subjects.
    static func subject(
        in sentence: ClaimSentence, claimStart: Int, claimEnd: Int, excluded: [Int]
    ) -> ClaimPlace? {
        func eligible(_ located: ClaimSentence.Located) -> Bool {
            !excluded.contains(located.start) && !sentence.isCountry(located)
        }
        // The last eligible mention before the claim that is not a region, else the last one.
        var lastBefore: ClaimSentence.Located?
        var lastNonRegionBefore: ClaimSentence.Located?
        for located in sentence.mentions where located.end <= claimStart && eligible(located) {
            lastBefore = located
            if located.placeKind != .admin1 { lastNonRegionBefore = located }
        }
        if let place = lastNonRegionBefore ?? lastBefore {
            return sentence.claimPlace(place)
        }
        if let after = sentence.mentions.first(where: { $0.first >= claimEnd && eligible($0) }) {
            return sentence.claimPlace(after)
        }
        let pointsBack = sentence.tokens[..<min(claimStart, sentence.tokens.count)].contains {
            $0.isWord(in: ClaimWords.anaphoraCodes)
        }
        if pointsBack, let earlier = sentence.earlierMentions.last(where: { sentence.placeKind(ofMentionAt: $0) == .place }) {
            return ClaimPlace(sentence.all[earlier])
        }
        return nil
    }
}
