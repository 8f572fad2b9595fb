/// The claims layer (claims.geojson): one LineString per checked claim that has a geometry —
/// distance claims (from the place to the nearest border point, or to the other place) and
/// direction claims between places (from the place to the reference place).
///
/// Country, population and adjacency claims, and claims that could not be placed, have no line
/// and are left out: the layer keeps one geometry type (as the project's GeoJSON convention
/// asks), and they are listed in claims.csv and report.md instead. Properties are
/// `ClaimRecord`'s flat fields.
public enum ClaimsLayer {
    /// The fields and their types: `ClaimRecord.columns`, typed.
    public static let schema = LayerSchema(name: "claims", geometryType: "LineString", fields: ClaimRecord.columns.map { name in
        switch name {
        case "sentence_index", "evidence_start", "evidence_end", "subject_geonameid", "reference_geonameid":
            return (name, FieldType.integer)
        case "stated_value", "measured_value", "tolerance_low", "tolerance_high", "from_lon", "from_lat", "to_lon", "to_lat":
            return (name, FieldType.real)
        default:
            return (name, FieldType.string)
        }
    })

    /// The layer, in the order of `claims` (document order, then text order).
    public static func collection(_ claims: [CheckedClaim]) -> FeatureCollection {
        FeatureCollection(features: ClaimRecord.numbered(claims).compactMap { claim, ordinal in
            FeatureBuilder.feature(schema) { describe(claim, ordinal: ordinal, to: &$0) }
        })
    }

    /// Gives `sink` the claim's feature (its `ClaimRecord` fields), or nothing and false when the
    /// claim has no line.
    static func describe(_ claim: CheckedClaim, ordinal: Int, to sink: inout some FeatureSink) -> Bool {
        guard let from = claim.lineFrom, let to = claim.lineTo else { return false }
        let id = ClaimRecord.id(claim, ordinal: ordinal)
        sink.begin(id: id, geometry: .lineString([from, to]))
        ClaimRecord.describe(claim, id: id, to: &sink)
        return true
    }

    /// The MapClaim values the SVG map draws, for the claims that have a line.
    public static func mapClaims(_ claims: [CheckedClaim]) -> [MapClaim] {
        claims.compactMap(\.mapClaim)
    }
}
