/// The span of dates a set of documents or events covers, for a map's subtitle.
public enum DateRange {
    /// "2023-12-30" or "2022-04-01 – 2024-08-07" from the documents' publication dates; nil
    /// when none has one.
    public static func of(documents: [Document]) -> String? {
        format(documents.compactMap(\.published).compactMap(CivilDate.init(iso:)))
    }

    /// The same from the calendar dates of events (unknown and undated ones are left out).
    public static func of(events: [Event]) -> String? {
        format(events.compactMap(\.date.date).compactMap(CivilDate.init(iso:)))
    }

    static func format(_ dates: [CivilDate]) -> String? {
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return first == last ? first.description : "\(first) – \(last)"
    }
}
