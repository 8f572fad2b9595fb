/// The time of day a sentence states for its event: a clock time ("around 3 p.m. local time" →
/// "15:00") or a part of the day ("overnight" → "night").
public struct TimeOfDay: Sendable, Hashable {
    /// "15:00" (24-hour, as stated: local time unless the text says otherwise) or "night",
    /// "morning", "afternoon", "evening".
    public var value: String
    /// The words as written ("around 3 p.m. local time").
    public var text: String

    public init(value: String, text: String) {
        self.value = value
        self.text = text
    }

    /// The part of the day a word names.
    static func partOfDay(_ word: EventWord) -> String? {
        switch word {
        case .overnight, .night, .nighttime: return "night"
        case .morning, .dawn: return "morning"
        case .afternoon: return "afternoon"
        case .evening: return "evening"
        case .midnight: return "00:00"
        case .noon: return "12:00"
        default: return nil
        }
    }
    static let qualifiers: WordSet = [.around, .about, .approximately, .shortly, .after, .before, .just]
    /// The words `partOfDay` knows.
    static let partOfDayWords: WordSet = [.overnight, .night, .nighttime, .morning, .dawn, .afternoon, .evening, .midnight, .noon]

    /// The first time of day in `sentence`, if any.
    public static func find(in sentence: String) -> TimeOfDay? { find(SentenceText(sentence)) }

    /// The first time of day in `s`, the word sets read from `words` (a caller going through a
    /// document fetches them once: a static read pays an initialisation check each time).
    static func find(_ s: SentenceText, words: RuleWords = .shared) -> TimeOfDay? {
        // A time is a number or a part of the day: most sentences have neither.
        let namesPartOfDay = s.containsAny(words.partOfDayWords)
        guard s.hasNumber || namesPartOfDay else { return nil }
        for i in s.tokens.indices {
            let word = s.word(i)
            // 3 p.m., 3pm, 10:30 a.m., 15:00
            if let hour = s.number(i), s.characters(i) <= 2 {
                var minute = 0
                var last = i
                if s.gap(i, i + 1, is: ":"), let m = s.number(i + 1), s.characters(i + 1) == 2 { minute = m; last = i + 1 }
                var h = hour
                var marked = false
                let after = s.word(last + 1)
                if (after == .p && s.word(last + 2) == .m) || after == .pm {
                    if h < 12 { h += 12 }
                    marked = true
                    last += after == .pm ? 1 : 2
                } else if (after == .a && s.word(last + 2) == .m) || after == .am {
                    if h == 12 { h = 0 }
                    marked = true
                    last += after == .am ? 1 : 2
                }
                guard (marked || last > i) && h < 24 && minute < 60 else { continue }
                var end = s.tokens[last].end
                if end < s.length && s.scalar(end) == "." && marked { end += 1 }
                if s.word(last + 1) == .local && s.word(last + 2) == .time { end = s.tokens[last + 2].end }
                var first = i
                while first > 0 && words.timeQualifiers.contains(s.word(first - 1)) && i - first < 2 { first -= 1 }
                let clock = (h < 10 ? "0" : "") + "\(h):" + (minute < 10 ? "0" : "") + "\(minute)"
                return TimeOfDay(value: clock, text: s.text(s.tokens[first].start, end))
            }
            // The set's bit test first: nearly every word names no part of the day, and the
            // test is a branch taken the same way token after token, where the switch in
            // `partOfDay` (the same words) was mispredicted often: 82K times a 2 MB bench.
            // A sentence here for its numbers alone (most: its set of words names no part of
            // the day) makes neither test, token after token.
            if namesPartOfDay, words.partOfDayWords.contains(word), let part = partOfDay(word) {
                // "at night", "in the morning", "overnight", "late on Tuesday evening"
                return TimeOfDay(value: part, text: s.text(s.tokens[i].start, s.tokens[i].end))
            }
        }
        return nil
    }
}
