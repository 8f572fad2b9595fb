/// Who a claim about responsibility says did it, as the sentence reports it.
public enum Responsibility: String, Sendable, Hashable, CaseIterable, Codable {
    /// The side said to be behind it claimed it ("Kyiv has claimed culpability").
    case claimed
    /// Someone denied that a side was behind it ("refuted speculation that … were the result of").
    case denied
    /// The side blamed has not claimed it ("Kyiv has not claimed responsibility").
    case notClaimed = "not_claimed"
    /// One side blames the other ("Russia accused Ukraine of attacking …").
    case accused

    /// When reports of one event disagree, the strongest statement is kept: a claim outweighs a
    /// denial, which outweighs silence, which outweighs an accusation.
    var strength: Int {
        switch self {
        case .claimed: return 3
        case .denied: return 2
        case .notClaimed: return 1
        case .accused: return 0
        }
    }
}

/// Who says so: the sources a sentence attributes its report to, and what it says about
/// responsibility.
public struct Attribution: Sendable, Hashable {
    /// Sources as written, without a leading article ("regional governor Vyacheslav Gladkov",
    /// "Russian Telegram channels", "users"), in text order.
    public var sources: [String]
    public var responsibility: Responsibility?

    public init(sources: [String] = [], responsibility: Responsibility? = nil) {
        self.sources = sources
        self.responsibility = responsibility
    }

    /// Verbs that attribute a report to whoever precedes them.
    static let speechVerbs: WordSet = [
        .said, .says, .say, .claimed, .claims, .claim, .reported, .reports, .added, .wrote, .stated,
        .told, .accused, .accuses, .refuted, .denied, .denies, .alleged, .announced, .confirmed,
    ]
    /// Lower-case words that can be part of a source's name ("regional governor", "news agency").
    static let sourceWords: WordSet = [
        .officials, .official, .authorities, .ministry, .governor, .regional, .acting, .source, .sources,
        .users, .channels, .channel, .agency, .news, .state, .defence, .defense, .of, .the, .local, .military,
        .update, .s, .emergency, .situations, .spokesperson, .spokesman, .spokeswoman, .mayor, .head, .media,
        .army, .forces, .general, .staff, .intelligence, .service, .residents, .witnesses, .eyewitnesses,
        .russian, .ukrainian, .telegram, .social, .and,
    ]
    /// Adverbs and auxiliaries between a source and its verb ("Mr Smirnov also said").
    static let skippable: WordSet = [.also, .reportedly, .allegedly, .has, .had, .have, .later, .then, .earlier]

    static let leadingFiller: WordSet = [.the, .and, .of, .s]
    static let trailingFiller: WordSet = [.the, .and, .of]
    static let passiveAuxiliaries: WordSet = [.been, .are, .is, .was, .were, .be]
    static let relativePronouns: WordSet = [.which, .who]
    static let claimWords: WordSet = [.claimed, .claim, .claims, .claiming, .admitted]
    static let blameWords: WordSet = [.responsibility, .culpability, .credit]
    static let claimNegations: WordSet = [.not, .never, .no, .yet, .t]
    static let denialWords: WordSet = [.denied, .denies, .deny, .refuted, .rejected, .dismissed]
    static let accusationWords: WordSet = [.accused, .accuses, .accusing, .blamed, .blames, .alleged]
    static let patternAdverbs: WordSet = [.previously, .often, .repeatedly, .long]
    /// The words `responsibility` needs one of.
    static let responsibilityWords = claimWords.union(denialWords).union(accusationWords)
    /// Phrases a denial must be about for it to deny responsibility.
    static let denialTopics = SentenceText.PhraseSet(["result of", "responsib*", "behind", "caused by", "carried out by", "involvement"])
    static let socialMedia = SentenceText.PhrasePattern("social media")
    static let telegramChannels = SentenceText.PhrasePattern("telegram channels")

    /// The attribution of `sentence`.
    public static func find(in sentence: String) -> Attribution { find(SentenceText(sentence)) }

    /// The attribution of `s`, its word sets read from `words` (a caller going through a
    /// document fetches them once: a static read pays an initialisation check each time).
    static func find(_ s: SentenceText, words: RuleWords = .shared) -> Attribution {
        var sources: [String] = []
        let speechVerbs = words.speechVerbs, sourceWords = words.sourceWords
        func add(_ first: Int, _ last: Int) {
            var f = first
            while f <= last && words.leadingFiller.contains(s.word(f)) { f += 1 }
            var l = last
            while l >= f && words.trailingFiller.contains(s.word(l)) { l -= 1 }
            guard f <= l else { return }
            let text = s.text(s.tokens[f].start, s.tokens[l].end)
            // The first source (most sentences with any have one) makes the list as a literal
            // of one: appended to the empty list, it grew the list through the array's generic
            // reallocation (about 230 instructions for each of some 5,300 sources, 2 MB bench).
            if sources.isEmpty {
                sources = [text]
            } else if !sources.contains(text) {
                sources.append(text)
            }
        }
        // Each loop below needs a word most sentences lack (their set of words tells): those
        // loop over no tokens.
        if s.containsAny(speechVerbs) {
            let skippable = words.skippable, passiveAuxiliaries = words.passiveAuxiliaries
            for v in s.tokens.indices where speechVerbs.contains(s.word(v)) {
                // "has been accused" and "are alleged" name no source.
                if passiveAuxiliaries.contains(s.word(v - 1)) { continue }
                var k = v - 1
                while k >= 0 && skippable.contains(s.word(k)) { k -= 1 }
                // "Rosneft, which owns the fuel depot, said": step over the relative clause.
                if k >= 0, s.gapStartsWithComma(k, k + 1),
                   let relative = (max(0, k - 10)...k).reversed().first(where: { words.relativePronouns.contains(s.word($0)) }),
                   relative > 0, s.gapStartsWithComma(relative - 1, relative) {
                    k = relative - 1
                }
                let last = k
                while k >= 0 {
                    if k < last && !(s.gap(k, k + 1, is: " ") || s.gap(k, k + 1, is: "’") || s.gap(k, k + 1, is: "'") || s.gap(k, k + 1, is: "-")) { break }
                    if s.tokens[k].isCapitalized || sourceWords.contains(s.word(k)) { k -= 1 } else { break }
                }
                if k < last { add(k + 1, last) }
            }
        }
        // "according to X", "on X channels", "on social media"
        for index in (s.contains(.according) ? s.tokens.indices : 0..<0) where s.word(index) == .according && s.word(index + 1) == .to {
            var k = index + 2
            while k < s.tokens.count && (s.tokens[k].isCapitalized || sourceWords.contains(s.word(k))) {
                if k > index + 2 && !(s.gap(k - 1, k, is: " ") || s.gap(k - 1, k, is: "’") || s.gap(k - 1, k, is: "'")) { break }
                k += 1
            }
            if k > index + 2 { add(index + 2, k - 1) }
        }
        // Each phrase starts with its word ("social", "telegram"), which `find` asks the set of
        // words for first: asked here, a sentence without it (nearly every one) neither reads
        // the pattern (an initialisation check and a copy) nor calls `find`.
        if s.contains(.social), let media = s.find(socialMedia) { add(media, media + 1) }
        if s.contains(.telegram), let telegram = s.find(telegramChannels) {
            var first = telegram
            if first > 0 && s.tokens[first - 1].isCapitalized || s.word(first - 1) == .russian || s.word(first - 1) == .ukrainian { first -= 1 }
            add(first, telegram + 1)
        }
        // Worked out before the value is made, so that the list of sources moves into it (held
        // across the call, it was retained and released).
        let responsibility = responsibility(s, words: words)
        return Attribution(sources: sources, responsibility: responsibility)
    }

    /// What the sentence says about responsibility, if anything.
    /// The sets are read from `words`, as in `find(_:words:)`.
    static func responsibility(_ s: SentenceText, words: RuleWords = .shared) -> Responsibility? {
        // Each answer needs a claim, denial or accusation word: most sentences have none, as
        // the set of their words tells.
        guard s.containsAny(words.responsibilityWords) else { return nil }
        // One pass over the tokens finds what the rules below ask of the words.
        let claimWords = words.claimWords, blameWords = words.blameWords, denialWords = words.denialWords
        let accusationWords = words.accusationWords, patternAdverbs = words.patternAdverbs
        var claimWord: Int? = nil
        var blame = false, denial = false, accusation = false
        for index in s.tokens.indices {
            let word = s.tokens[index].word
            if claimWord == nil && claimWords.contains(word) { claimWord = index }
            if blameWords.contains(word) { blame = true }
            if denialWords.contains(word) { denial = true }
            // "have previously been accused of targeting …" is about a pattern, not this event.
            if !accusation && accusationWords.contains(word)
                && !(max(0, index - 3)..<index).contains(where: { patternAdverbs.contains(s.word($0)) }) {
                accusation = true
            }
        }
        if let claimWord, blame {
            let negated = (max(0, claimWord - 3)..<claimWord).contains { words.claimNegations.contains(s.word($0)) }
            return negated ? .notClaimed : .claimed
        }
        if denial && s.containsAny(denialTopics) {
            return .denied
        }
        return accusation ? .accused : nil
    }
}
