/// A claim with its measurement, tolerance, verdict and plain-language explanation: what the
/// `check` command prints and the claims layer, table and report are written from.
public struct CheckedClaim: Sendable, Hashable {
    /// What the text states, with its evidence span and provenance.
    public var claim: Claim
    /// The gazetteer entries of the reference place and the subject, when resolved. Declared in
    /// this order so that the memberwise initializer (reference first) differs from the public
    /// `init` (subject first): the checks build their verdicts through the memberwise one, which
    /// makes the value in one piece, while an `init` with a body fills a temporary field by field
    /// and copies it out (retaining every string of the 800-byte verdict, then releasing them).
    public var referencePlace: Place?
    public var subjectPlace: Place?
    /// The stated figure in the unit the check works in (km for distances, people for
    /// populations, degrees for directions): the middle of a range; nil for country and
    /// adjacency claims.
    public var statedValue: Double?
    /// What was measured, in `measuredUnit`: km (geodesic), people (GeoNames), degrees
    /// (azimuth, clockwise from north), or the km gap between two regions' stretches of border.
    public var measuredValue: Double?
    public var measuredUnit: String
    /// The tolerance interval the measurement was judged against, in `measuredUnit`.
    public var tolerance: ToleranceInterval?
    public var verdict: Verdict
    /// Why, in a few words ("measured inside 22.1–46.4 km", "Sloboda is ambiguous: …").
    public var reason: String
    /// One plain sentence for readers: subject, statement, measurement, verdict.
    public var sentence: String
    /// For distance and direction claims: the subject's point and the point measured to (the
    /// nearest border point, or the other place), for the claims layer.
    public var lineFrom: GeoPoint?
    public var lineTo: GeoPoint?

    public var documentID: String { claim.documentID }
    public var kind: ClaimKind { claim.kind }

    /// The stated figure as written, with its hedge ("about 20 miles"), or the stated country,
    /// direction or neighbour in words.
    public var statedText: String {
        switch claim.statement {
        case let .distance(quantity, conversion, direction):
            return quantity.text + (conversion.map { " (\($0.text))" } ?? "") + (direction.map { " \($0.text)" } ?? "")
        case let .population(quantity): return quantity.text
        case let .country(_, name): return "in \(name)"
        case let .direction(compass, comparative): return comparative ? "further \(compass.text)" : compass.text
        case .adjacency: return "borders \(claim.reference?.wording ?? "")"
        }
    }

    /// The stated unit ("km", "mi", "m", "people"), or empty.
    public var statedUnit: String {
        switch claim.statement {
        case let .distance(quantity, _, _), let .population(quantity): return quantity.unit.rawValue
        case .direction: return "deg"
        default: return ""
        }
    }

    /// The stated hedge, or "none".
    public var hedge: Hedge {
        switch claim.statement {
        case let .distance(quantity, _, _), let .population(quantity): return quantity.hedge
        default: return .none
        }
    }

    /// The claim as the SVG map draws it, for claims with a line.
    public var mapClaim: MapClaim? {
        guard let lineFrom, let lineTo else { return nil }
        let label: String
        if let statedValue, let measuredValue, measuredUnit == "km" {
            label = "stated \(FixedDecimal.format(statedValue, decimals: 0)) km, measured \(FixedDecimal.format(measuredValue, decimals: 0)) km"
        } else if let measuredValue, measuredUnit == "deg" {
            label = "stated \(statedText), measured \(FixedDecimal.format(measuredValue, decimals: 0))°"
        } else {
            label = statedText
        }
        return MapClaim(from: lineFrom, to: lineTo, verdict: MapVerdict(rawValue: verdict.rawValue)!, label: label)
    }
}

extension CheckedClaim {
    /// A verdict from its parts. (In an extension, so that the memberwise initializer is kept.)
    public init(
        claim: Claim, subjectPlace: Place?, referencePlace: Place?, statedValue: Double?, measuredValue: Double?,
        measuredUnit: String, tolerance: ToleranceInterval?, verdict: Verdict, reason: String, sentence: String,
        lineFrom: GeoPoint? = nil, lineTo: GeoPoint? = nil
    ) {
        self.claim = claim
        self.subjectPlace = subjectPlace
        self.referencePlace = referencePlace
        self.statedValue = statedValue
        self.measuredValue = measuredValue
        self.measuredUnit = measuredUnit
        self.tolerance = tolerance
        self.verdict = verdict
        self.reason = reason
        self.sentence = sentence
        self.lineFrom = lineFrom
        self.lineTo = lineTo
    }
}
