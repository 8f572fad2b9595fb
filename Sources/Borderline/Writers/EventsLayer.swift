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
        guard let place = event.place, let first = event.evidence.first else { return nil }
        return Feature(
            id: .string(event.id), geometry: .point(place.coordinate),
            properties: schema.properties([
                ("type", .string(event.type.rawValue)), ("type_label", .string(event.type.label)),
                ("date", .date(event.date.date)), ("date_text", .string(event.date.text)),
                ("date_precision", .string(event.date.precision.rawValue)),
                ("time", .string(event.time?.value)), ("time_text", .string(event.time?.text)),
                ("place", .string(place.name)), ("geonameid", .integer(place.geonameID)),
                ("geo_precision", .string(event.geoPrecision.rawValue)), ("place_method", .string(event.placeMethod)),
                ("killed", .integer(event.casualties.killed)), ("killed_qualifier", .string(event.casualties.killedQualifier)),
                ("injured", .integer(event.casualties.injured)),
                ("injured_qualifier", .string(event.casualties.injuredQualifier)),
                ("children_killed", .integer(event.casualties.childrenKilled)),
                ("children_injured", .integer(event.casualties.childrenInjured)),
                ("sources", .string(event.attribution.sources.isEmpty ? nil : event.attribution.sources.joined(separator: ";"))),
                ("source_count", .integer(event.attribution.sources.count)),
                ("responsibility", .string(event.attribution.responsibility?.rawValue)),
                ("documents", .string(event.documents.joined(separator: ";"))), ("document_count", .integer(event.documents.count)),
                ("evidence_document", .string(first.documentID)), ("evidence_sentence_index", .integer(first.sentenceIndex)),
                ("evidence_start", .integer(first.start)), ("evidence_end", .integer(first.end)),
                ("evidence_sentence", .string(first.sentence)), ("report_count", .integer(event.evidence.count)),
                ("confidence", .real(event.confidence)),
            ]))
    }
}
