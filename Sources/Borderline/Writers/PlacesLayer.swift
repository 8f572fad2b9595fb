/// The places layer (places.geojson): one Point per resolved place, with its measured
/// distance to the border and the provenance of every mention.
///
/// Lists are written as a `;`-separated string plus a count, so OGR types them as strings
/// rather than JSON; the first mention's sentence and offsets are the evidence fields.
public enum PlacesLayer {
    /// The fields and their types.
    public static let schema = LayerSchema(name: "places", geometryType: "Point", fields: [
        ("name", .string), ("geonameid", .integer), ("kind", .string), ("country_code", .string), ("country", .string),
        ("admin1_code", .string), ("admin1", .string), ("population", .integer), ("latitude", .real), ("longitude", .real),
        ("distance_to_border_km", .real), ("border_point_lon", .real), ("border_point_lat", .real),
        ("border_azimuth_deg", .real), ("mention_count", .integer), ("surfaces", .string), ("documents", .string),
        ("document_count", .integer), ("mentions", .string), ("min_confidence", .real), ("resolution_reason", .string),
        ("evidence_document", .string), ("evidence_sentence_index", .integer), ("evidence_start", .integer),
        ("evidence_end", .integer), ("evidence_sentence", .string),
    ])

    /// The layer as a FeatureCollection, in GeoNames-id order.
    public static func collection(_ result: MapResult) -> FeatureCollection {
        FeatureCollection(features: result.places.map(feature))
    }

    static func feature(_ measured: PlaceMeasurement) -> Feature {
        FeatureBuilder.feature(schema) { describe(measured, to: &$0) }!
    }

    /// Gives `sink` the place's feature: every field, once, for both the Feature and the streamed record.
    static func describe(_ measured: PlaceMeasurement, to sink: inout some FeatureSink) -> Bool {
        let place = measured.place
        let first = measured.mentions[0].mention
        // One pass over the mentions gives every list field, each list's string built once.
        var documents: [String] = [], surfaces: [String] = []
        var seenDocuments: Set<String> = [], seenSurfaces: Set<String> = []
        // "document:start-end;…", as bytes: a String per offset and per piece cost more.
        var spans: [UInt8] = []
        var confidence = measured.mentions[0].confidence
        for (offset, resolved) in measured.mentions.enumerated() {
            appendUnique(resolved.mention.documentID, to: &documents, seen: &seenDocuments)
            appendUnique(resolved.mention.surface, to: &surfaces, seen: &seenSurfaces)
            if offset > 0 { spans.append(0x3B) }
            spans.append(contentsOf: resolved.mention.documentID.utf8)
            spans.append(0x3A)
            FixedDecimal.appendInteger(resolved.mention.start, into: &spans)
            spans.append(0x2D)
            FixedDecimal.appendInteger(resolved.mention.end, into: &spans)
            if resolved.confidence < confidence { confidence = resolved.confidence }
        }
        let admin1Key = place.admin1Key
        sink.begin(id: "geonames:\(place.geonameID)", geometry: .point(place.coordinate))
        sink.field("name", string: place.name)
        sink.field("geonameid", integer: place.geonameID)
        sink.field("kind", string: place.kind.rawValue)
        sink.field("country_code", string: place.countryCode)
        sink.field("country", string: place.countryName)
        sink.field("admin1_code", string: admin1Key.isEmpty ? nil : admin1Key)
        sink.field("admin1", string: place.admin1Name.isEmpty ? nil : place.admin1Name)
        sink.field("population", integer: place.population)
        sink.field("latitude", real: place.coordinate.latitude)
        sink.field("longitude", real: place.coordinate.longitude)
        sink.field("distance_to_border_km", real: FixedDecimal.rounded(measured.border.distanceKm, decimals: 3))
        sink.field("border_point_lon", real: FixedDecimal.rounded(measured.border.point.longitude, decimals: 6))
        sink.field("border_point_lat", real: FixedDecimal.rounded(measured.border.point.latitude, decimals: 6))
        sink.field("border_azimuth_deg", real: FixedDecimal.rounded(measured.border.azimuthDegrees, decimals: 2))
        sink.field("mention_count", integer: measured.mentions.count)
        sink.field("surfaces", string: surfaces.joined(separator: ";"))
        sink.field("documents", string: documents.joined(separator: ";"))
        sink.field("document_count", integer: documents.count)
        sink.field("mentions", string: String(decoding: spans, as: UTF8.self))
        sink.field("min_confidence", real: confidence)
        sink.field("resolution_reason", string: measured.mentions[0].reason)
        sink.field("evidence_document", string: first.documentID)
        sink.field("evidence_sentence_index", integer: first.sentenceIndex)
        sink.field("evidence_start", integer: first.start)
        sink.field("evidence_end", integer: first.end)
        sink.field("evidence_sentence", string: first.sentenceText)
        return true
    }

    /// Appends `value` to `list` unless it is there already: compared one by one while the list
    /// is short (a place has a surface or two in a document), looked up in `seen` once it is long
    /// (a place named in every document of a corpus).
    static func appendUnique(_ value: String, to list: inout [String], seen: inout Set<String>) {
        if list.count < 8 {
            guard !list.contains(value) else { return }
            list.append(value)
            if list.count == 8 { seen = Set(list) }
        } else if seen.insert(value).inserted {
            list.append(value)
        }
    }
}
