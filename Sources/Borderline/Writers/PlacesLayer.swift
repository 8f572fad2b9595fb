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
        let place = measured.place
        let first = measured.mentions[0].mention
        let documents = orderedUnique(measured.mentions.map(\.mention.documentID))
        let spans = measured.mentions.map { "\($0.mention.documentID):\($0.mention.start)-\($0.mention.end)" }
        let surfaces = orderedUnique(measured.mentions.map(\.mention.surface))
        let confidence = measured.mentions.map(\.confidence).min() ?? 0
        return Feature(
            id: .string("geonames:\(place.geonameID)"),
            geometry: .point(place.coordinate),
            properties: schema.properties([
                ("name", .string(place.name)),
                ("geonameid", .integer(place.geonameID)),
                ("kind", .string(place.kind.rawValue)),
                ("country_code", .string(place.countryCode)),
                ("country", .string(place.countryName)),
                ("admin1_code", .string(place.admin1Key.isEmpty ? nil : place.admin1Key)),
                ("admin1", .string(place.admin1Name.isEmpty ? nil : place.admin1Name)),
                ("population", .integer(place.population)),
                ("latitude", .real(place.coordinate.latitude)),
                ("longitude", .real(place.coordinate.longitude)),
                ("distance_to_border_km", .real(rounded(measured.border.distanceKm, 3))),
                ("border_point_lon", .real(rounded(measured.border.point.longitude, 6))),
                ("border_point_lat", .real(rounded(measured.border.point.latitude, 6))),
                ("border_azimuth_deg", .real(rounded(measured.border.azimuthDegrees, 2))),
                ("mention_count", .integer(measured.mentions.count)),
                ("surfaces", .string(surfaces.joined(separator: ";"))),
                ("documents", .string(documents.joined(separator: ";"))),
                ("document_count", .integer(documents.count)),
                ("mentions", .string(spans.joined(separator: ";"))),
                ("min_confidence", .real(confidence)),
                ("resolution_reason", .string(measured.mentions[0].reason)),
                ("evidence_document", .string(first.documentID)),
                ("evidence_sentence_index", .integer(first.sentenceIndex)),
                ("evidence_start", .integer(first.start)),
                ("evidence_end", .integer(first.end)),
                ("evidence_sentence", .string(first.sentenceText)),
            ]))
    }

    static func rounded(_ value: Double, _ decimals: Int) -> Double {
        Double(FixedDecimal.format(value, decimals: decimals))!
    }

    static func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
