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

    static let parts: [String: String] = [
        "overnight": "night", "night": "night", "nighttime": "night", "morning": "morning", "afternoon": "afternoon",
        "evening": "evening", "dawn": "morning", "midnight": "00:00", "noon": "12:00",
    ]
    static let qualifiers: Set<String> = ["around", "about", "approximately", "shortly", "after", "before", "just"]

    /// The first time of day in `sentence`, if any.
    public static func find(in sentence: String) -> TimeOfDay? { find(SentenceText(sentence)) }

    static func find(_ s: SentenceText) -> TimeOfDay? {
        for i in s.tokens.indices {
            let word = s.word(i)
            // 3 p.m., 3pm, 10:30 a.m., 15:00
            if let hour = Int(word), word.count <= 2 {
                var minute = 0
                var last = i
                if s.gap(i, i + 1) == ":", let m = Int(s.word(i + 1)), s.word(i + 1).count == 2 { minute = m; last = i + 1 }
                var h = hour
                var marked = false
                let after = s.word(last + 1)
                if (after == "p" && s.word(last + 2) == "m") || after == "pm" {
                    if h < 12 { h += 12 }
                    marked = true
                    last += after == "pm" ? 1 : 2
                } else if (after == "a" && s.word(last + 2) == "m") || after == "am" {
                    if h == 12 { h = 0 }
                    marked = true
                    last += after == "am" ? 1 : 2
                }
                guard (marked || last > i) && h < 24 && minute < 60 else { continue }
                var end = s.tokens[last].end
                if end < s.scalars.count && s.scalars[end] == "." && marked { end += 1 }
                if s.word(last + 1) == "local" && s.word(last + 2) == "time" { end = s.tokens[last + 2].end }
                var first = i
                while first > 0 && qualifiers.contains(s.word(first - 1)) && i - first < 2 { first -= 1 }
                let clock = (h < 10 ? "0" : "") + "\(h):" + (minute < 10 ? "0" : "") + "\(minute)"
                return TimeOfDay(value: clock, text: s.text(s.tokens[first].start, end))
            }
            if let part = parts[word] {
                // "at night", "in the morning", "overnight", "late on Tuesday evening"
                return TimeOfDay(value: part, text: s.text(s.tokens[i].start, s.tokens[i].end))
            }
        }
        return nil
    }
}
