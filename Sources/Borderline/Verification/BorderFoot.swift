/// A place's nearest border point and distance, and the place's radius with its tolerance
/// term: what a border distance verdict needs of the place, kept per gazetteer entry
/// (`ClaimChecker.borderFeet`).
///
/// A border query walks the border index and measures geodesics (microseconds), and news keeps
/// measuring the same few towns (Belgorod, Sudzha, Kharkiv…) against the border, in one article
/// and across articles. The answer depends only on the place, so it is worked out once per
/// gazetteer entry.
struct BorderFoot: Sendable {
    /// (The distance and the point are written into each verdict in place, which costs less
    /// than a String kept for each: `ClaimChecker.appendPoint(_:to:)`.)
    var nearest: NearestPoint
    /// `ToleranceModel.radiusKm(population:)` of the place, and `ToleranceModel.radiusTerm(_:)` of it.
    var radiusKm: Double
    var radiusTerm: String
}
