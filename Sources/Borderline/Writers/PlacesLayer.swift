/// The places layer (places.geojson): one Point per resolved place, with its measured
/// distance to the border and the provenance of every mention.
///
/// Properties are flat and keep one type per field across features (QGIS and OGR type fields
/// from the data); lists are written as a `;`-separated string plus a count.
public enum PlacesLayer {
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
            properties: .object([
                ("name", .string(place.name)),
                ("geonameid", .integer(place.geonameID)),
                ("kind", .string(place.kind.rawValue)),
                ("country_code", .string(place.countryCode)),
                ("country", .string(place.countryName)),
                ("admin1_code", .string(place.admin1Key)),
                ("admin1", .string(place.admin1Name)),
                ("population", .integer(place.population)),
                ("latitude", .number(place.coordinate.latitude)),
                ("longitude", .number(place.coordinate.longitude)),
                ("distance_to_border_km", .number(rounded(measured.border.distanceKm, 3))),
                ("border_point_lon", .number(rounded(measured.border.point.longitude, 6))),
                ("border_point_lat", .number(rounded(measured.border.point.latitude, 6))),
                ("border_azimuth_deg", .number(rounded(measured.border.azimuthDegrees, 2))),
                ("mention_count", .integer(measured.mentions.count)),
                ("surfaces", .string(surfaces.joined(separator: ";"))),
                ("documents", .string(documents.joined(separator: ";"))),
                ("document_count", .integer(documents.count)),
                ("mentions", .string(spans.joined(separator: ";"))),
                ("min_confidence", .number(confidence)),
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
