/// People killed and injured, as a sentence states them.
public struct Casualties: Sendable, Hashable {
    public var killed: Int?
    /// How the number was hedged ("at least", "some", "over"); nil when stated plainly.
    public var killedQualifier: String?
    public var injured: Int?
    public var injuredQualifier: String?
    /// Children among the killed and injured, when stated ("including two children").
    public var childrenKilled: Int?
    public var childrenInjured: Int?

    /// Inlined: as a call of its own, it made the value in a temporary and returned a copy of
    /// it (a copy and a destruction per value made).
    @inline(__always)
    public init(
        killed: Int? = nil, killedQualifier: String? = nil, injured: Int? = nil, injuredQualifier: String? = nil,
        childrenKilled: Int? = nil, childrenInjured: Int? = nil
    ) {
        self.killed = killed
        self.killedQualifier = killedQualifier
        self.injured = injured
        self.injuredQualifier = injuredQualifier
        self.childrenKilled = childrenKilled
        self.childrenInjured = childrenInjured
    }

    public var isEmpty: Bool { killed == nil && injured == nil && childrenKilled == nil && childrenInjured == nil }

    /// Two reports of one event: the larger figure of each field wins (later reports tend to
    /// raise tolls; a "no one was injured" from one source does not erase another's two injured),
    /// with the qualifier that came with it.
    public func combined(with other: Casualties) -> Casualties {
        func pick(_ a: Int?, _ qa: String?, _ b: Int?, _ qb: String?) -> (Int?, String?) {
            guard let b else { return (a, qa) }
            guard let a else { return (b, qb) }
            return b > a ? (b, qb) : (a, qa)
        }
        let k = pick(killed, killedQualifier, other.killed, other.killedQualifier)
        let i = pick(injured, injuredQualifier, other.injured, other.injuredQualifier)
        return Casualties(
            killed: k.0, killedQualifier: k.1, injured: i.0, injuredQualifier: i.1,
            childrenKilled: pick(childrenKilled, nil, other.childrenKilled, nil).0,
            childrenInjured: pick(childrenInjured, nil, other.childrenInjured, nil).0)
    }

    static let killWords: WordSet = [.killed, .kill, .kills, .dead, .died, .die, .dies, .deaths, .killing]
    /// `killWords` and `injureWords` together.
    static let casualtyVerbs = killWords.union(injureWords)
    static let injureWords: WordSet = [
        .injured, .injure, .injures, .injuring, .wounded, .wounding, .wounds, .hurt, .injuries,
    ]
    static let childWords: WordSet = [.children, .child, .kids, .minors, .teenagers, .teenager, .boy, .girl, .infant, .baby]
    /// Qualifiers, longest first, as folded token sequences.
    static let qualifierPhrases: [[EventWord]] = [
        [.more, .than], [.at, .least], [.up, .to], [.no, .fewer, .than], [.fewer, .than], [.less, .than],
        [.some], [.over], [.about], [.around], [.nearly], [.almost], [.approximately], [.roughly], [.dozens],
    ]
    /// The qualifiers as written.
    static let qualifierTexts: [String] = qualifierPhrases.map { $0.map(\.spelling).joined(separator: " ") }
    /// `qualifierPhrases` as plain values, their words inline: matched without the reference
    /// counting of an array per phrase tried.
    static let flatQualifiers: [(count: Int, words: InlineArray<3, EventWord>)] = qualifierPhrases.map { phrase in
        var words = InlineArray<3, EventWord>(repeating: .unknown)
        for (i, word) in phrase.enumerated() { words[i] = word }
        return (phrase.count, words)
    }

    /// The first qualifier phrase (its position in `qualifierPhrases`, and its length) whose
    /// words are the tokens from `first` on, if any; with `ending`, the first that ends right
    /// before token `ending` instead (and `first` is unused).
    static func qualifierMatch(_ s: SentenceText, from first: Int, ending: Int? = nil) -> (index: Int, count: Int)? {
        flatQualifiers.withUnsafeBufferPointer { qualifiers in
            for k in qualifiers.indices {
                let count = qualifiers[k].count
                let start = ending.map { $0 - count } ?? first
                guard start >= 0 || ending == nil else { continue }
                if (0..<count).allSatisfy({ s.word(start + $0) == qualifiers[k].words[$0] }) { return (k, count) }
            }
            return nil
        }
    }

    /// "one" … "nineteen".
    static func unitValue(_ word: EventWord) -> Int? {
        switch word {
        case .zero: return 0
        case .one: return 1
        case .two: return 2
        case .three: return 3
        case .four: return 4
        case .five: return 5
        case .six: return 6
        case .seven: return 7
        case .eight: return 8
        case .nine: return 9
        case .ten: return 10
        case .eleven: return 11
        case .twelve: return 12
        case .thirteen: return 13
        case .fourteen: return 14
        case .fifteen: return 15
        case .sixteen: return 16
        case .seventeen: return 17
        case .eighteen: return 18
        case .nineteen: return 19
        default: return nil
        }
    }

    /// "twenty" … "ninety".
    static func tenValue(_ word: EventWord) -> Int? {
        switch word {
        case .twenty: return 20
        case .thirty: return 30
        case .forty: return 40
        case .fifty: return 50
        case .sixty: return 60
        case .seventy: return 70
        case .eighty: return 80
        case .ninety: return 90
        default: return nil
        }
    }

    /// Clause boundaries a backward search for the number does not cross.
    static let barriers: WordSet = [.and, .but, .while, .after, .said, .says, .that, .which, .who]
    static let distanceUnits: WordSet = [.km, .kilometers, .kilometres, .miles, .mi]

    /// A number starting at token `i`: digits ("108", "1,200") or words ("twenty-four", "one").
    /// Returns the value and the index of its last token.
    static func number(_ s: SentenceText, at i: Int) -> (value: Int, last: Int)? {
        if var value = s.number(i) {
            var last = i
            while s.gap(last, last + 1, is: ","), s.characters(last + 1) == 3, let more = s.number(last + 1) {
                value = value * 1000 + more
                last += 1
            }
            return (value, last)
        }
        let word = s.word(i)
        if let ten = tenValue(word) {
            if s.gap(i, i + 1, is: "-") || s.gap(i, i + 1, is: " "), let unit = unitValue(s.word(i + 1)), unit < 10 { return (ten + unit, i + 1) }
            return (ten, i)
        }
        if let unit = unitValue(word) { return (unit, i) }
        return nil
    }

    /// The qualifier phrase ending right before token `i`, with its first token.
    static func qualifier(_ s: SentenceText, before i: Int) -> (text: String, first: Int)? {
        guard let match = qualifierMatch(s, from: 0, ending: i) else { return nil }
        return (qualifierTexts[match.index], i - match.count)
    }

    /// A casualty figure found in a sentence, with the token of its verb ("killed") so the
    /// extractor can tie it to the nearest event cue.
    struct Figure {
        var isKilled: Bool
        var count: Int
        var qualifier: String?
        var children: Int?
        var verbToken: Int
    }

    /// Casualty figures of `sentence`: for each casualty word, the number it governs — after it
    /// when active ("killed at least 39 people"), else before it ("14 people were killed",
    /// "Twenty-four people, including six children, have been wounded"). "No one was injured"
    /// is zero. "including N children" after the number gives the children.
    static func figures(_ s: SentenceText) -> [Figure] {
        var figures: [Figure] = []
        Self.figures(s, into: &figures)
        return figures
    }

    /// `figures(s)` written into `figures` (emptied first): a caller going through a document
    /// passes one array for every sentence, so that a sentence with figures does not allocate
    /// a list of its own (about one sentence in four of the events stage's, at several
    /// hundred instructions for the list's allocation, growth and release), and the word sets
    /// it fetched once (`RuleWords.shared`).
    static func figures(_ s: SentenceText, into figures: inout [Figure], words: RuleWords = .shared) {
        figures.removeAllKeepingStorage()
        // Most sentences have no casualty verb: the set of their words settles that.
        guard s.containsAny(words.casualtyVerbs) else { return }
        // The sets read from `words`, fetched once by the caller (a static read pays an
        // initialisation check, a call of `swift_once`, each time).
        let casualtyVerbs = words.casualtyVerbs, killWords = words.killWords
        let childWords = words.childWords, barriers = words.barriers
        for v in s.tokens.indices {
            let word = s.word(v)
            // One test turns away a word that is no casualty verb (nearly every one), where
            // asking the kill words and then the injury words made two.
            guard casualtyVerbs.contains(word) else { continue }
            let isKilled = killWords.contains(word)
            if word == .killing && s.word(v + 1) == .of { continue }
            // Forward: "killed at least 39 people", "injured over 160 others", "kills 30".
            var j = v + 1
            var qualifierText: String? = nil
            if let match = qualifierMatch(s, from: j) {
                qualifierText = qualifierTexts[match.index]
                j += match.count
            }
            if let n = number(s, at: j), !words.distanceUnits.contains(s.word(n.last + 1)) {
                let allChildren = childWords.contains(s.word(n.last + 1)) ? n.value : nil
                figures.append(Figure(
                    isKilled: isKilled, count: n.value, qualifier: qualifierText,
                    children: allChildren ?? children(s, after: n.last, limit: n.last + 8, words: words), verbToken: v))
                continue
            }
            // Backward: the nearest number that is not a "including N children" aside.
            var k = v - 1
            var childCount: Int? = nil
            var found: Figure? = nil
            while k >= 0 && v - k <= 12 {
                let w = s.word(k)
                if barriers.contains(w) && k < v - 1 { break }
                if w == .one, s.word(k - 1) == .no {
                    found = Figure(isKilled: isKilled, count: 0, qualifier: nil, children: nil, verbToken: v)
                    break
                }
                if w == .nobody || w == .none {
                    found = Figure(isKilled: isKilled, count: 0, qualifier: nil, children: nil, verbToken: v)
                    break
                }
                // Step back to the first token of a number ("twenty four", "1,200").
                var first = k
                if tenValue(s.word(k - 1)) != nil, unitValue(w) != nil { first = k - 1 }
                while first > 0, s.gap(first - 1, first, is: ","), s.number(first - 1) != nil, s.characters(first) == 3 { first -= 1 }
                if let n = number(s, at: first), n.last == k {
                    if s.word(first - 1) == .including || s.word(first - 1) == .them {
                        if childWords.contains(s.word(k + 1)) { childCount = n.value }
                        k = first - 2
                        continue
                    }
                    let q = qualifier(s, before: first)
                    found = Figure(isKilled: isKilled, count: n.value, qualifier: q?.text, children: childCount, verbToken: v)
                    break
                }
                k -= 1
            }
            if var found {
                if found.children == nil { found.children = children(s, after: v, limit: v + 8, words: words) }
                figures.append(found)
            }
        }
    }

    /// "including two children" (or "among them") within a few words after a figure.
    static func children(_ s: SentenceText, after last: Int, limit: Int, words: RuleWords) -> Int? {
        var k = last + 1
        while k < min(limit, s.tokens.count) {
            if s.word(k) == .including || s.word(k) == .among {
                var j = k + 1
                if s.word(j) == .them { j += 1 }
                if let n = number(s, at: j), words.childWords.contains(s.word(n.last + 1)) { return n.value }
            }
            if words.barriers.contains(s.word(k)) { return nil }
            k += 1
        }
        return nil
    }

    /// The casualties of a list of figures taken together: each figure combined in turn as
    /// `combined(with:)` would combine its own `Casualties` (the larger count wins, with its
    /// qualifier; so do children), written field by field without building those values.
    static func from(_ figures: [Figure]) -> Casualties {
        // Most events have no figure of their own: their casualties are empty, made without
        // the copies the loop's updates of `result` cost.
        guard !figures.isEmpty else { return Casualties() }
        return from(figures, where: { _ in true })
    }

    /// `from` of the figures whose entry in `owners` (one per figure) is `owner`: the
    /// figures of one cue, as `EventExtractor` assigns them (empty when the cue owns none).
    /// No early return for a cue that owns none: the extractor asks that before making an
    /// event's casualties (nearly every cue owns none), so the test was a second scan of
    /// `owners`, always passed; a definite reference (rare) goes through the figures.
    static func from(_ figures: [Figure], owners: [Int], owner: Int) -> Casualties {
        from(figures, where: { owners[$0] == owner })
    }

    /// `from` of the figures whose positions in `figures` pass `isIncluded`, read in place
    /// (by index, field by field).
    /// The fields are worked out in locals and the value made once, at the end: a value made
    /// empty first and then updated was built in a temporary, copied and destroyed.
    static func from(_ figures: [Figure], where isIncluded: (Int) -> Bool) -> Casualties {
        var killed: Int? = nil, killedQualifier: String? = nil, childrenKilled: Int? = nil
        var injured: Int? = nil, injuredQualifier: String? = nil, childrenInjured: Int? = nil
        for position in figures.indices where isIncluded(position) {
            let count = figures[position].count, children = figures[position].children
            if figures[position].isKilled {
                if killed.map({ count > $0 }) ?? true {
                    killed = count
                    killedQualifier = figures[position].qualifier
                }
                if let children, childrenKilled.map({ children > $0 }) ?? true { childrenKilled = children }
            } else {
                if injured.map({ count > $0 }) ?? true {
                    injured = count
                    injuredQualifier = figures[position].qualifier
                }
                if let children, childrenInjured.map({ children > $0 }) ?? true { childrenInjured = children }
            }
        }
        return Casualties(
            killed: killed, killedQualifier: killedQualifier, injured: injured, injuredQualifier: injuredQualifier,
            childrenKilled: childrenKilled, childrenInjured: childrenInjured)
    }

    /// The casualties stated in `sentence`.
    public static func find(in sentence: String) -> Casualties { from(figures(SentenceText(sentence))) }
}
