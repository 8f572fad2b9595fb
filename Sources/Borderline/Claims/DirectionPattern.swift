/// Finds compass statements without a distance: "the villages of Sloboda and Lukashivka south
/// of Chernihiv", and comparatives: "the Sumy region further north".
///
/// Distances with a compass word ("30 km southeast of Belgorod") are found by
/// `DistancePattern`, which also makes their direction claim.
enum DirectionPattern {
    /// Appends the claims of `sentence` to `claims`, passing over the tokens that start in the
    /// evidence of a claim at a position in `covered` (the distance claims, already in `claims`).
    /// The evidence is read in place from those claims, which the appends leave where they are,
    /// rather than from a list of ranges made for every sentence with a compass word.
    static func appendClaims(in sentence: ClaimSentence, covered: Range<Int>, to claims: inout [Claim]) {
        let tokens = sentence.tokens
        var index = 0
        while index < tokens.count {
            // Both forms start with "further"/"farther" or a compass word (`CompassDirection.read`
            // reads none at any other word); most tokens are neither.
            guard tokens[index].compass != .none || tokens[index].kind == .word && (tokens[index].word == .further || tokens[index].word == .farther) else {
                index += 1
                continue
            }
            let start = tokens[index].start
            let inCovered = covered.contains { claims[$0].evidenceStart <= start && start < claims[$0].evidenceEnd }
            guard !inCovered else { index += 1; continue }
            // "further north", "farther to the east"
            if tokens[index].kind == .word, tokens[index].word == .further || tokens[index].word == .farther {
                var cursor = index + 1
                if sentence.matches(.to, .the, at: cursor) { cursor += 2 }
                if let (compass, next) = CompassDirection.read(tokens, at: cursor), !tokens[cursor].flags.contains(.endsInErn),
                   let subjectMention = sentence.mentions.last(where: { $0.end <= index && !sentence.isCountry($0) }) {
                    let subjectKind = subjectMention.placeKind
                    var reference: Int?
                    if let candidate = sentence.mentions.last(where: { candidate in
                        candidate.end <= subjectMention.first && !sentence.isCountry(candidate)
                            && (subjectKind == nil || candidate.placeKind == subjectKind)
                    }) {
                        reference = candidate.at
                    } else if let earlier = sentence.earlierMentions.last {
                        let kind = sentence.placeKind(ofMentionAt: earlier)
                        if kind == subjectKind && kind != .country { reference = earlier }
                    }
                    if let reference {
                        claims.append(sentence.claim(
                            kind: .direction, start: subjectMention.start, end: tokens[next - 1].end,
                            subject: sentence.claimPlace(subjectMention), reference: .place(ClaimPlace(sentence.all[reference])),
                            statement: .direction(compass, comparative: true)))
                    }
                    index = next
                    continue
                }
            }
            // "south of Chernihiv"
            if let (compass, next) = CompassDirection.read(tokens, at: index),
               tokens[index].flags.isDisjoint(with: [.endsInErn, .endsInWard, .endsInWards]),
               sentence.matches(.of, at: next),
               let referenced = placeReference(in: sentence, at: next + 1) {
                // The reference's fields are read out once, before the loop, and the reference is
                // moved into the last claim (most have one subject): each copy of it went through
                // the runtime's generic copy of an optional (~200 instructions).
                let referenceEnd = referenced.end, mentionStart = referenced.mentionStart
                var reference: ClaimReference? = referenced.reference
                let subjects = listBefore(index, in: sentence, excluding: mentionStart)
                let end = tokens[referenceEnd - 1].end
                var remaining = subjects.count
                for subject in subjects {
                    remaining -= 1
                    claims.append(sentence.claim(
                        kind: .direction, start: min(subject.start, tokens[index].start), end: end,
                        subject: subject, reference: remaining == 0 ? reference.take() : reference,
                        statement: .direction(compass, comparative: false)))
                }
                index = referenceEnd
                continue
            }
            index += 1
        }
    }

    /// A place reference (not the border: "north of the border" says nothing checkable about a
    /// named place).
    static func placeReference(in sentence: ClaimSentence, at index: Int) -> DistancePattern.Reference? {
        guard let found = DistancePattern.reference(in: sentence, at: index), case .place = found.reference else { return nil }
        return found
    }

    /// The subject of a compass statement: the mention (or list of mentions, "Sloboda and
    /// Lukashivka") that ends right before the compass word, allowing a comma or "just",
    /// "directly", "slightly", "due". The mention that starts at `excluded` (the reference's
    /// own, when it uses one) is left out before the places are made: filtering the places
    /// afterwards made a second array, grown place by place, for every compass statement.
    static func listBefore(_ index: Int, in sentence: ClaimSentence, excluding excluded: Int?) -> [ClaimPlace] {
        var cursor = index
        while cursor > 0, sentence.tokens[cursor - 1].isWord(in: leadIns) || sentence.tokens[cursor - 1].isMark(.comma) {
            cursor -= 1
        }
        guard let last = sentence.mentions.last(where: { $0.end == cursor }), !sentence.isCountry(last) else { return [] }
        var members = [last]
        var first = last.first
        while first > 0 {
            var joiner = first - 1
            if sentence.tokens[joiner].kind == .word && (sentence.tokens[joiner].word == .and || sentence.tokens[joiner].word == .or)
                || sentence.tokens[joiner].isMark(.comma) {
                if joiner > 0, sentence.tokens[joiner - 1].isMark(.comma) { joiner -= 1 }
                guard let previous = sentence.mentions.last(where: { $0.end == joiner }), !sentence.isCountry(previous) else { break }
                members.insert(previous, at: 0)
                first = previous.first
            } else {
                break
            }
        }
        var places: [ClaimPlace] = []
        places.reserveCapacity(members.count)
        for member in members where member.start != excluded { places.append(sentence.claimPlace(member)) }
        return places
    }

    /// Words that may stand between a place and its compass word ("Sudzha, just south of …").
    static let leadIns = ClaimWord.membership(["just", "directly", "slightly", "due", "lying", "located", "situated", "is", "are", "lies", "lie"])
}
