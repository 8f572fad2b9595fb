/// A checked claim as one flat record: the fields of claims.geojson's properties, the columns of
/// claims.csv and the objects `borderline check --format json` prints.
///
/// Every field keeps one type across records (GIS tools type a column from its values): text
/// fields are always strings, numbers are numbers or null where unknown, ids integers or null.
public enum ClaimRecord {
    /// The field names, in the order they are written.
    public static let columns = [
        "claim_id", "document", "sentence_index", "evidence_start", "evidence_end", "evidence", "kind",
        "subject", "subject_geonameid", "subject_name", "subject_country_code", "reference_kind", "reference",
        "reference_geonameid", "reference_name", "stated", "stated_unit", "hedge", "stated_value", "measured_value",
        "value_unit", "tolerance_low", "tolerance_high", "verdict", "reason", "verdict_sentence", "from_lon", "from_lat",
        "to_lon", "to_lat", "sentence",
    ]

    /// The record's fields, in `columns` order.
    /// - Parameter ordinal: the claim's 1-based position in its document, for `claim_id`.
    public static func fields(_ checked: CheckedClaim, ordinal: Int = 1) -> [(String, JSONValue)] {
        var fields = FieldValues()
        fields.values.reserveCapacity(columns.count)
        describe(checked, id: id(checked, ordinal: ordinal), to: &fields)
        assert(fields.values.map(\.0) == columns, "ClaimRecord.describe names fields other than columns, in another order")
        return fields.values.map { ($0.0, $0.1.json) }
    }

    /// The claim's id (its `claim_id`): its document's id and its 1-based position there.
    static func id(_ checked: CheckedClaim, ordinal: Int) -> String {
        "\(checked.claim.documentID)/claim-\(ordinal)"
    }

    /// Gives `sink` the record's fields, in `columns` order, `id` as the `claim_id`: typed, so the
    /// streamed claims layer writes each value as it comes, with no array of `JSONValue`s per claim.
    static func describe(_ checked: CheckedClaim, id: String, to sink: inout some FieldSink) {
        let claim = checked.claim
        let referencePlace: ClaimPlace? = {
            if case let .place(place)? = claim.reference { return place }
            return nil
        }()
        let decimals = checked.measuredUnit == "people" ? 0 : 3
        func number(_ value: Double?, _ decimals: Int) -> Double? {
            guard let value, value.isFinite else { return nil }
            return FixedDecimal.rounded(value, decimals: decimals)
        }
        sink.field("claim_id", string: id)
        sink.field("document", string: claim.documentID)
        sink.field("sentence_index", integer: claim.sentenceIndex)
        sink.field("evidence_start", integer: claim.evidenceStart)
        sink.field("evidence_end", integer: claim.evidenceEnd)
        sink.field("evidence", string: claim.evidenceText)
        sink.field("kind", string: claim.kind.rawValue)
        sink.field("subject", string: claim.subject?.surface ?? "")
        sink.field("subject_geonameid", integer: checked.subjectPlace?.geonameID)
        sink.field("subject_name", string: checked.subjectPlace?.name ?? "")
        sink.field("subject_country_code", string: checked.subjectPlace?.countryCode ?? "")
        sink.field("reference_kind", string: claim.reference?.kindName ?? "")
        sink.field("reference", string: claim.reference?.wording ?? "")
        sink.field("reference_geonameid", integer: checked.referencePlace?.geonameID)
        sink.field("reference_name", string: checked.referencePlace?.name ?? referencePlace?.surface ?? "")
        sink.field("stated", string: checked.statedText)
        sink.field("stated_unit", string: checked.statedUnit)
        sink.field("hedge", string: checked.hedge.rawValue)
        sink.field("stated_value", real: number(checked.statedValue, decimals))
        sink.field("measured_value", real: number(checked.measuredValue, decimals))
        sink.field("value_unit", string: checked.measuredUnit)
        sink.field("tolerance_low", real: number(checked.tolerance?.low, decimals))
        sink.field("tolerance_high", real: number(checked.tolerance?.high, decimals))
        sink.field("verdict", string: checked.verdict.rawValue)
        sink.field("reason", string: checked.reason)
        sink.field("verdict_sentence", string: checked.sentence)
        sink.field("from_lon", real: number(checked.lineFrom?.longitude, 6))
        sink.field("from_lat", real: number(checked.lineFrom?.latitude, 6))
        sink.field("to_lon", real: number(checked.lineTo?.longitude, 6))
        sink.field("to_lat", real: number(checked.lineTo?.latitude, 6))
        sink.field("sentence", string: claim.sentenceText)
    }

    /// The record as one JSON object.
    public static func json(_ checked: CheckedClaim, ordinal: Int = 1) -> JSONValue {
        .object(fields(checked, ordinal: ordinal))
    }

    /// Pairs each claim with its 1-based position within its document.
    public static func numbered(_ claims: [CheckedClaim]) -> [(claim: CheckedClaim, ordinal: Int)] {
        var counts: [String: Int] = [:]
        return claims.map { claim in
            counts[claim.documentID, default: 0] += 1
            return (claim, counts[claim.documentID]!)
        }
    }
}
