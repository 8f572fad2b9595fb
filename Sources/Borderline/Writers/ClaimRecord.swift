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
        let claim = checked.claim
        let referencePlace: ClaimPlace? = {
            if case let .place(place)? = claim.reference { return place }
            return nil
        }()
        func number(_ value: Double?, _ decimals: Int) -> JSONValue {
            guard let value, value.isFinite else { return .null }
            return .number(FixedDecimal.rounded(value, decimals: decimals))
        }
        let decimals = checked.measuredUnit == "people" ? 0 : 3
        let values: [JSONValue] = [
            .string("\(claim.documentID)/claim-\(ordinal)"),
            .string(claim.documentID),
            .integer(claim.sentenceIndex),
            .integer(claim.evidenceStart),
            .integer(claim.evidenceEnd),
            .string(claim.evidenceText),
            .string(claim.kind.rawValue),
            .string(claim.subject?.surface ?? ""),
            checked.subjectPlace.map { .integer($0.geonameID) } ?? .null,
            .string(checked.subjectPlace?.name ?? ""),
            .string(checked.subjectPlace?.countryCode ?? ""),
            .string(claim.reference?.kindName ?? ""),
            .string(claim.reference?.wording ?? ""),
            checked.referencePlace.map { .integer($0.geonameID) } ?? .null,
            .string(checked.referencePlace?.name ?? referencePlace?.surface ?? ""),
            .string(checked.statedText),
            .string(checked.statedUnit),
            .string(checked.hedge.rawValue),
            number(checked.statedValue, decimals),
            number(checked.measuredValue, decimals),
            .string(checked.measuredUnit),
            number(checked.tolerance?.low, decimals),
            number(checked.tolerance?.high, decimals),
            .string(checked.verdict.rawValue),
            .string(checked.reason),
            .string(checked.sentence),
            number(checked.lineFrom?.longitude, 6),
            number(checked.lineFrom?.latitude, 6),
            number(checked.lineTo?.longitude, 6),
            number(checked.lineTo?.latitude, 6),
            .string(claim.sentenceText),
        ]
        return Array(zip(columns, values))
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
