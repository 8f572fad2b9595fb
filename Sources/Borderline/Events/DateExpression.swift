/// How precisely an event's date is known.
public enum DatePrecision: String, Sendable, Hashable, CaseIterable, Codable {
    /// A calendar day: stated ("Dec. 30") or resolved ("on Tuesday" in a dated article).
    case day
    /// A week: "last week" (the date is the day seven days before publication).
    case week
    /// A month: "in May", "last month" (the date is the month's first day).
    case month
    /// A year: "last year", "in 2022" (the date is 1 January).
    case year
    /// The sentence states no date; the date is the article's dateline, so the event happened
    /// on or before it.
    case dateline
    /// A date was stated but cannot be placed on the calendar: a relative date ("last week")
    /// or a day without a year in an article with no publication date. The text is kept.
    case unknown
    /// No date stated and no publication date.
    case undated

    /// Rank for choosing between two reports of one event: lower is more precise.
    var rank: Int { Self.allCases.firstIndex(of: self)! }
}

/// An event's date as found and resolved: ISO date when known, the words it came from, and
/// its precision.
public struct EventDate: Sendable, Hashable {
    /// ISO 8601 "yyyy-mm-dd"; nil when the date cannot be placed on the calendar.
    public var date: String?
    /// The words of the text ("on Tuesday", "Dec. 30"); "dateline" for the article's date;
    /// nil when undated.
    public var text: String?
    public var precision: DatePrecision

    public init(date: String?, text: String?, precision: DatePrecision) {
        self.date = date
        self.text = text
        self.precision = precision
    }

    public static let undated = EventDate(date: nil, text: nil, precision: .undated)
}

/// A date expression in a sentence, before resolution.
public struct DateExpression: Sendable, Hashable {
    /// What the words say.
    public enum Value: Sendable, Hashable {
        /// A calendar date; nil parts were not stated ("Dec. 30" has no year, "in May" no day).
        case calendar(year: Int?, month: Int?, day: Int?)
        /// A weekday, 0 = Sunday … 6 = Saturday ("on Tuesday", "Monday's explosions").
        case weekday(Int)
        /// A number of days before publication ("yesterday" is 1, "today" is 0).
        case daysBefore(Int)
        /// "last week" / "this week" (1 / 0 weeks back).
        case weeksBefore(Int)
        case monthsBefore(Int)
        case yearsBefore(Int)
    }

    public var value: Value
    /// The words as written.
    public var text: String
    /// Scalar offsets in the sentence.
    public var start: Int
    public var end: Int

    /// The month a month name or abbreviation stands for.
    static func monthNumber(_ word: EventWord) -> Int? {
        switch word {
        case .jan, .january: return 1
        case .feb, .february: return 2
        case .mar, .march: return 3
        case .apr, .april: return 4
        case .may: return 5
        case .jun, .june: return 6
        case .jul, .july: return 7
        case .aug, .august: return 8
        case .sep, .sept, .september: return 9
        case .oct, .october: return 10
        case .nov, .november: return 11
        case .dec, .december: return 12
        default: return nil
        }
    }

    /// The weekday of a weekday name, 0 = Sunday.
    static func weekdayNumber(_ word: EventWord) -> Int? {
        switch word {
        case .sunday: return 0
        case .monday: return 1
        case .tuesday: return 2
        case .wednesday: return 3
        case .thursday: return 4
        case .friday: return 5
        case .saturday: return 6
        default: return nil
        }
    }

    /// Words before a bare month name that make it a date ("in May", not "may").
    static let monthLeads: WordSet = [.in, .since, .until, .during, .early, .late, .mid, .by, .from, .of]
    /// Words before a date that belong to it ("on Tuesday").
    static let leadWords: WordSet = [.on, .in, .since, .throughout, .until, .by]
    static let yearLeads: WordSet = [.in, .since, .during]
    static let dayWords: WordSet = [.day, .days]
    static let relativeDayWords: WordSet = [.after, .earlier, .before, .ago]

    /// The words a date without digits needs one of: month and weekday names, "yesterday",
    /// "today", and the nouns of "last week", "the day before", "two days ago".
    static let dateWords: WordSet = [
        .jan, .january, .feb, .february, .mar, .march, .apr, .april, .may, .jun, .june, .jul, .july, .aug, .august,
        .sep, .sept, .september, .oct, .october, .nov, .november, .dec, .december,
        .sunday, .monday, .tuesday, .wednesday, .thursday, .friday, .saturday,
        .yesterday, .today, .week, .month, .year, .night, .day, .days,
    ]

    /// The words a date expression may start with, numbers aside: `dateWords` and the first
    /// words of "last week", "this month", "the day before", "a day earlier", "two days ago".
    static let startWords: WordSet = startWordsBesideDayCounts.union([
        .the, .a, .one, .two, .three, .four, .five, .six, .seven, .eight, .nine, .ten,
    ])

    /// `startWords` but for the words that start only a count of days ("the day before", "the
    /// previous day", "a day earlier", "two days ago"), each of which needs one of `dayWords`.
    static let startWordsBesideDayCounts: WordSet = dateWords.union([.last, .this, .previous, .past])

    /// A count of days in words ("two days ago", "a day earlier"): "a" or one to ten.
    static func numberWord(_ word: EventWord) -> Int? {
        if word == .a { return 1 }
        guard let value = Casualties.unitValue(word), (1...10).contains(value) else { return nil }
        return value
    }

    /// Every date expression in `sentence`, in text order. A leading dateline ("date 2023-12-30")
    /// is skipped: it dates the article, not the sentence.
    public static func find(in sentence: String) -> [DateExpression] {
        find(SentenceText(sentence))
    }

    static func find(_ s: SentenceText) -> [DateExpression] {
        var found: [DateExpression] = []
        scan(s, .shared) { found.append($0); return true }
        return found
    }

    /// The first date expression in `sentence` (`find(s).first`), the scan stopped there: the
    /// event date needs no other, so neither an array of them nor the rest of the scan.
    /// The sets are read from `words` (a caller going through a document fetches them once: a
    /// static read pays an initialisation check each time).
    static func first(_ s: SentenceText, words: RuleWords = .shared) -> DateExpression? {
        var first: DateExpression? = nil
        scan(s, words) { first = $0; return false }
        return first
    }

    /// The date expressions of `s` in text order, each handed to `report`, which answers
    /// whether to go on looking.
    @inline(__always)
    private static func scan(_ s: SentenceText, _ words: RuleWords, _ report: (DateExpression) -> Bool) {
        // Every rule below needs a number or one of `dateWords`: most sentences have neither.
        guard s.hasNumber || s.containsAny(words.dateWords) else { return }
        var i = 0
        var goOn = true
        func add(_ value: Value, _ first: Int, _ last: Int, lead: Int? = nil) {
            let from = lead ?? first
            goOn = report(DateExpression(
                value: value, text: s.text(s.tokens[from].start, s.tokens[last].end),
                start: s.tokens[from].start, end: s.tokens[last].end))
            i = last + 1
        }
        func number(_ index: Int) -> Int? { s.number(index) }
        func leadIn(_ index: Int) -> Int? { words.leadWords.contains(s.word(index - 1)) ? index - 1 : nil }
        // "the", "a" and "one" to "ten" start only a count of days, which needs "day" or
        // "days": in a sentence without either (nearly every one), those words are passed over
        // as words that start nothing, where each ("the" and "a" are common) was tried against
        // every rule below and matched none.
        let startWords = s.containsAny(words.dayWords) ? words.startWords : words.startWordsBesideDayCounts
        while goOn && i < s.tokens.count {
            let word = s.word(i)
            let token = s.tokens[i]
            // Every rule below starts at a number or at one of `startWords`.
            guard token.number >= 0 || startWords.contains(word) else { i += 1; continue }
            // ISO 8601: 2023-12-30 (not the dateline at the start of an article).
            if let y = number(i), s.characters(i) == 4, let m = number(i + 1), let d = number(i + 2),
               s.gap(i, i + 1, is: "-"), s.gap(i + 1, i + 2, is: "-"), CivilDate.isValid(y, m, d) {
                if s.word(i - 1) == .date && i == 1 { i += 3; continue }
                add(.calendar(year: y, month: m, day: d), i, i + 2, lead: leadIn(i))
                continue
            }
            // Month Day[, Year] and Month Year / in Month.
            if token.isCapitalized, let month = monthNumber(word) {
                var next = i + 1
                if s.gap(i, next).hasPrefix(".") { /* "Dec. 30" */ }
                if let day = number(next), (1...31).contains(day), s.characters(next) <= 2 {
                    var last = next
                    var year: Int? = nil
                    if let y = number(next + 1), s.characters(next + 1) == 4 { year = y; last = next + 1 }
                    add(.calendar(year: year, month: month, day: day), i, last, lead: leadIn(i))
                    continue
                }
                if let y = number(next), s.characters(next) == 4 {
                    add(.calendar(year: y, month: month, day: nil), i, next, lead: leadIn(i))
                    continue
                }
                next = i - 1
                if words.monthLeads.contains(s.word(next)) && (s.characters(i) > 3 || word == .may) {
                    add(.calendar(year: nil, month: month, day: nil), i, i, lead: next)
                    continue
                }
            }
            // Day Month [Year]: 24 February 2022.
            if let day = number(i), s.characters(i) <= 2, (1...31).contains(day), i + 1 < s.tokens.count,
               s.tokens[i + 1].isCapitalized, let month = monthNumber(s.word(i + 1)) {
                var last = i + 1
                var year: Int? = nil
                if let y = number(i + 2), s.characters(i + 2) == 4 { year = y; last = i + 2 }
                add(.calendar(year: year, month: month, day: day), i, last, lead: leadIn(i))
                continue
            }
            // in 2022
            if let y = number(i), s.characters(i) == 4, (1900...2100).contains(y), words.yearLeads.contains(s.word(i - 1)) {
                add(.calendar(year: y, month: nil, day: nil), i, i, lead: i - 1)
                continue
            }
            if token.isCapitalized, let weekday = weekdayNumber(word) {
                add(.weekday(weekday), i, i, lead: leadIn(i))
                continue
            }
            switch word {
            case .yesterday: add(.daysBefore(1), i, i); continue
            case .today: add(.daysBefore(0), i, i); continue
            default: break
            }
            if word == .last || word == .this || word == .previous || word == .past {
                let back = word == .this ? 0 : 1
                switch s.word(i + 1) {
                case .week: add(.weeksBefore(back), i, i + 1); continue
                case .month: add(.monthsBefore(back), i, i + 1); continue
                case .year: add(.yearsBefore(back), i, i + 1); continue
                case .night where word == .last: add(.daysBefore(1), i, i + 1); continue
                default: break
                }
            }
            // "a day after", "a day earlier", "the day before", "the previous day", "two days ago"
            if let count = numberWord(word) ?? number(i), words.dayWords.contains(s.word(i + 1)),
               words.relativeDayWords.contains(s.word(i + 2)) {
                add(.daysBefore(count), i, i + 2)
                continue
            }
            if word == .the, s.word(i + 1) == .day, s.word(i + 2) == .before { add(.daysBefore(1), i, i + 2); continue }
            if word == .the, s.word(i + 1) == .previous, s.word(i + 2) == .day { add(.daysBefore(1), i, i + 2); continue }
            i += 1
        }
    }

    /// The calendar date this expression points to, given the article's publication date.
    ///
    /// Without a publication date only complete calendar dates can be placed; everything else
    /// keeps its words with precision `unknown`. A day or month without a year takes the latest
    /// year that does not put it after publication; a weekday is the latest such day on or
    /// before publication; "last week" is seven days before publication.
    public func resolve(published: CivilDate?) -> EventDate {
        switch value {
        case let .calendar(year, month, day):
            if let year, let month, let day { return EventDate(date: CivilDate(year: year, month: month, day: day).description, text: text, precision: .day) }
            if let year, let month { return EventDate(date: CivilDate(year: year, month: month, day: 1).description, text: text, precision: .month) }
            if let year { return EventDate(date: CivilDate(year: year, month: 1, day: 1).description, text: text, precision: .year) }
            guard let published, let month else { return EventDate(date: nil, text: text, precision: .unknown) }
            var candidateYear = published.year
            let candidate = CivilDate(year: candidateYear, month: month, day: day ?? 1)
            if candidate > published { candidateYear -= 1 }
            if let day {
                guard CivilDate.isValid(candidateYear, month, day) else { return EventDate(date: nil, text: text, precision: .unknown) }
                return EventDate(date: CivilDate(year: candidateYear, month: month, day: day).description, text: text, precision: .day)
            }
            return EventDate(date: CivilDate(year: candidateYear, month: month, day: 1).description, text: text, precision: .month)
        case let .weekday(weekday):
            guard let published else { return EventDate(date: nil, text: text, precision: .unknown) }
            let back = (published.weekday - weekday + 7) % 7
            return EventDate(date: published.adding(days: -back).description, text: text, precision: .day)
        case let .daysBefore(days):
            guard let published else { return EventDate(date: nil, text: text, precision: .unknown) }
            return EventDate(date: published.adding(days: -days).description, text: text, precision: .day)
        case let .weeksBefore(weeks):
            guard let published else { return EventDate(date: nil, text: text, precision: .unknown) }
            return EventDate(date: published.adding(days: -7 * weeks).description, text: text, precision: .week)
        case let .monthsBefore(months):
            guard let published else { return EventDate(date: nil, text: text, precision: .unknown) }
            let index = published.year * 12 + published.month - 1 - months
            return EventDate(date: CivilDate(year: index / 12, month: index % 12 + 1, day: 1).description, text: text, precision: .month)
        case let .yearsBefore(years):
            guard let published else { return EventDate(date: nil, text: text, precision: .unknown) }
            return EventDate(date: CivilDate(year: published.year - years, month: 1, day: 1).description, text: text, precision: .year)
        }
    }

    /// The date of an event told in `sentence`: its first date expression, resolved; else the
    /// dateline (precision `dateline`) when the article has one; else undated.
    public static func eventDate(in sentence: String, published: String?) -> EventDate {
        eventDate(SentenceText(sentence), published: published.flatMap(CivilDate.init(iso:)))
    }

    static func eventDate(_ s: SentenceText, published: CivilDate?) -> EventDate {
        eventDate(find(s), published: published)
    }

    /// The event date given the sentence's date expressions (`find`), for callers that need both.
    static func eventDate(_ expressions: [DateExpression], published: CivilDate?) -> EventDate {
        eventDate(first: expressions.first, published: published)
    }

    /// The event date given the sentence's first date expression (`first`), if any.
    static func eventDate(first: DateExpression?, published: CivilDate?) -> EventDate {
        if let first { return first.resolve(published: published) }
        if let published { return EventDate(date: published.description, text: "dateline", precision: .dateline) }
        return .undated
    }
}
