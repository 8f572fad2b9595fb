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
    ///
    /// The streaming writer merges every document's events, where reports rarely share a key:
    /// until the first that does, the input array is the result and no event is copied.
    public static func merge(_ events: [Event]) -> [Event] {
        var merged: [Event] = []
        // Whether `merged` holds the result so far; until then it is `events[..<index]`.
        var copied = false
        var byKey: [Key: Int] = [:]
        byKey.reserveCapacity(events.count)
        for index in events.indices {
            let key = Key(events[index])
            if let target = byKey[key] {
                if !copied {
                    merged = Array(events[..<index])
                    copied = true
                }
                combine(&merged[target], events[index])
            } else {
                byKey[key] = copied ? merged.count : index
                if copied { merged.append(events[index]) }
            }
        }
        if !copied { merged = events }
        // Unique ids: one cue with a list of places gives events with the same start.
        var seen: [String: Int] = [:]
        seen.reserveCapacity(merged.count)
        for index in merged.indices {
            let base = merged[index].id
            guard let previous = seen.updateValue(1, forKey: base) else { continue }
            seen[base] = previous + 1
            merged[index].id = "\(base)-\(previous + 1)"
        }
        return merged
    }

    /// The identity of an event for merging: its type, its place (or, unlocated, its document)
    /// and its ISO date (or, off the calendar, its document and normalized date words). A
    /// struct, so that no key string is built per event.
    struct Key: Hashable {
        var type: EventType
        var place: Int?
        var isoDate: String?
        /// The first document when the key depends on it (unlocated, or date off the calendar); "" otherwise.
        var document: String
        /// The normalized date words when the date is off the calendar; "" otherwise.
        var dateWords: String

        init(_ event: Event) {
            type = event.type
            place = event.place?.geonameID
            isoDate = event.date.date
            document = place == nil || isoDate == nil ? event.documents.first ?? "" : ""
            dateWords = isoDate == nil ? EventMerger.normalized(event.date.text) : ""
        }

        /// Everything but the type, whose synthesized hash would hash its raw-value string: keys
        /// differing only by type share a bucket, and there are few types.
        func hash(into hasher: inout Hasher) {
            hasher.combine(place)
            hasher.combine(isoDate)
            hasher.combine(document)
            hasher.combine(dateWords)
        }
    }

    /// "on Tuesday", "throughout Tuesday" and "Tuesday's" name the same day.
    static func normalized(_ text: String?) -> String {
        var words = Tokenizer.foldedTokens(of: text ?? "")
        if let first = words.first, ["on", "in", "throughout", "since", "until", "by", "during"].contains(first) { words.removeFirst() }
        if words.last == "s" { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Adds report `b` to the event `out`.
    static func combine(_ out: inout Event, _ b: Event) {
        for document in b.documents where !out.documents.contains(document) { out.documents.append(document) }
        out.evidence += b.evidence
        for source in b.attribution.sources where !out.attribution.sources.contains(source) { out.attribution.sources.append(source) }
        if let r = b.attribution.responsibility { out.attribution.responsibility = EventExtractor.stronger(out.attribution.responsibility, r) }
        out.casualties = out.casualties.combined(with: b.casualties)
        if b.date.precision.rank < out.date.precision.rank { out.date = b.date }
        if out.time == nil { out.time = b.time }
        if out.placeMethod != "mention" && b.placeMethod == "mention" { out.placeMethod = "mention" }
        out.confidence = max(out.confidence, b.confidence)
    }
}
