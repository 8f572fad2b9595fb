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
        in sentence: ClaimSentence, claimStart: Int, claimEnd: Int, excluded: Set<Int>
    ) -> ClaimPlace? {
        let eligible = sentence.mentions.filter { !excluded.contains($0.mention.mention.start) && !sentence.isCountry($0) }
        let before = eligible.filter { $0.end <= claimStart }
        if let place = before.last(where: { sentence.place($0)?.kind != .admin1 }) ?? before.last {
            return ClaimPlace(place.mention)
        }
        if let after = eligible.first(where: { $0.first >= claimEnd }) {
            return ClaimPlace(after.mention)
        }
        let pointsBack = sentence.tokens[..<min(claimStart, sentence.tokens.count)].contains {
            $0.kind == .word && ClaimWords.anaphora.contains($0.lower)
        }
        if pointsBack, let earlier = sentence.earlierMentions.last(where: { mention in
            guard let index = mention.placeIndex else { return false }
            return sentence.gazetteer.places[index].kind == .place
        }) {
            return ClaimPlace(earlier)
        }
        return nil
    }
}
