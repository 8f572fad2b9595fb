/// The events layer (events.geojson): one Point per located event, at its place's point.
///
/// Unlocated events are left out (they have no point; `borderline events` lists them), and
/// `geo_precision` says whether the point is a town, or only stands for a region or country,
/// so a region-level event is not read as a hit on the region's centre. Unknown values are null;
/// lists are `;`-joined strings plus a count.
public enum EventsLayer {
    public static let schema = LayerSchema(name: "events", geometryType: "Point", fields: [
        ("type", .string), ("type_label", .string), ("date", .date), ("date_text", .string), ("date_precision", .string),
        ("time", .string), ("time_text", .string), ("place", .string), ("geonameid", .integer), ("geo_precision", .string),
        ("place_method", .string), ("killed", .integer), ("killed_qualifier", .string), ("injured", .integer),
        ("injured_qualifier", .string), ("children_killed", .integer), ("children_injured", .integer), ("sources", .string),
        ("source_count", .integer), ("responsibility", .string), ("documents", .string), ("document_count", .integer),
        ("evidence_document", .string), ("evidence_sentence_index", .integer), ("evidence_start", .integer),
        ("evidence_end", .integer), ("evidence_sentence", .string), ("report_count", .integer), ("confidence", .real),
    ])

    /// The located events as a FeatureCollection, in the order given (EventMerger's order).
    public static func collection(_ events: [Event]) -> FeatureCollection {
        FeatureCollection(features: events.compactMap(feature))
    }

    static func feature(_ event: Event) -> Feature? {
        FeatureBuilder.feature(schema) { describe(event, to: &$0) }
    }

    /// Gives `sink` the event's feature (every field, once, for both the Feature and the streamed
    /// record), or nothing and false when the event is not located.
    static func describe(_ event: Event, to sink: inout some FeatureSink) -> Bool {
        guard let place = event.place, let first = event.evidence.first else { return false }
        sink.begin(id: event.id, geometry: .point(place.coordinate))
        sink.field("type", string: event.type.rawValue)
        sink.field("type_label", string: event.type.label)
        sink.field("date", date: event.date.date)
        sink.field("date_text", string: event.date.text)
        sink.field("date_precision", string: event.date.precision.rawValue)
        sink.field("time", string: event.time?.value)
        sink.field("time_text", string: event.time?.text)
        sink.field("place", string: place.name)
        sink.field("geonameid", integer: place.geonameID)
        sink.field("geo_precision", string: event.geoPrecision.rawValue)
        sink.field("place_method", string: event.placeMethod)
        sink.field("killed", integer: event.casualties.killed)
        sink.field("killed_qualifier", string: event.casualties.killedQualifier)
        sink.field("injured", integer: event.casualties.injured)
        sink.field("injured_qualifier", string: event.casualties.injuredQualifier)
        sink.field("children_killed", integer: event.casualties.childrenKilled)
        sink.field("children_injured", integer: event.casualties.childrenInjured)
        sink.field("sources", string: event.attribution.sources.isEmpty ? nil : event.attribution.sources.joined(separator: ";"))
        sink.field("source_count", integer: event.attribution.sources.count)
        sink.field("responsibility", string: event.attribution.responsibility?.rawValue)
        sink.field("documents", string: event.documents.joined(separator: ";"))
        sink.field("document_count", integer: event.documents.count)
        sink.field("evidence_document", string: first.documentID)
        sink.field("evidence_sentence_index", integer: first.sentenceIndex)
        sink.field("evidence_start", integer: first.start)
        sink.field("evidence_end", integer: first.end)
        sink.field("evidence_sentence", string: first.sentence)
        sink.field("report_count", integer: event.evidence.count)
        sink.field("confidence", real: event.confidence)
        return true
    }
}
