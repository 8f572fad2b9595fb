/// Joins reports of one event: same type, same place and the same date.
///
/// - Dated events merge across documents when their ISO dates agree (a "Dec. 30" and another
///   article's dateline of 2023-12-30 are the same day).
/// - Events whose date is not on the calendar (undated, or "on Tuesday" in an article with no
///   publication date) merge only within their document, where the same words mean the same
///   day; across articles nothing says they agree.
/// - Unlocated events merge only within their document.
/// A merged event keeps every source, document and evidence sentence, the larger casualty
/// figures, the strongest responsibility statement, the most precise date and the highest
/// confidence; its id is that of its first report.
public enum EventMerger {
    /// The merged events, in the order of their first report (input order), with unique ids.
    public static func merge(_ events: [Event]) -> [Event] {
        var merged: [Event] = []
        var byKey: [String: Int] = [:]
        for event in events {
            let key = self.key(event)
            if let index = byKey[key] {
                merged[index] = combine(merged[index], event)
            } else {
                byKey[key] = merged.count
                merged.append(event)
            }
        }
        // Unique ids: one cue with a list of places gives events with the same start.
        var seen: [String: Int] = [:]
        for index in merged.indices {
            let base = merged[index].id
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            if count > 1 { merged[index].id = "\(base)-\(count)" }
        }
        return merged
    }

    /// The identity of an event for merging.
    static func key(_ event: Event) -> String {
        let document = event.documents.first ?? ""
        let place = event.place.map { "\($0.geonameID)" } ?? "unlocated:\(document)"
        let date: String
        if let iso = event.date.date {
            date = iso
        } else {
            date = "\(document):\(normalized(event.date.text))"
        }
        return "\(event.type.rawValue)|\(place)|\(date)"
    }

    /// "on Tuesday", "throughout Tuesday" and "Tuesday's" name the same day.
    static func normalized(_ text: String?) -> String {
        var words = Tokenizer.foldedTokens(of: text ?? "")
        if let first = words.first, ["on", "in", "throughout", "since", "until", "by", "during"].contains(first) { words.removeFirst() }
        if words.last == "s" { words.removeLast() }
        return words.joined(separator: " ")
    }

    static func combine(_ a: Event, _ b: Event) -> Event {
        var out = a
        for document in b.documents where !out.documents.contains(document) { out.documents.append(document) }
        out.evidence += b.evidence
        for source in b.attribution.sources where !out.attribution.sources.contains(source) { out.attribution.sources.append(source) }
        if let r = b.attribution.responsibility { out.attribution.responsibility = EventExtractor.stronger(out.attribution.responsibility, r) }
        out.casualties = a.casualties.combined(with: b.casualties)
        if b.date.precision.rank < a.date.precision.rank { out.date = b.date }
        if out.time == nil { out.time = b.time }
        if out.placeMethod != "mention" && b.placeMethod == "mention" { out.placeMethod = "mention" }
        out.confidence = max(a.confidence, b.confidence)
        return out
    }
}
