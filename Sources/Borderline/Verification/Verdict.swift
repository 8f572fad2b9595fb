/// Whether what the text states fits the map.
public enum Verdict: String, Sendable, Hashable, CaseIterable {
    /// The measured value lies inside the tolerance interval of the stated one.
    case consistent
    /// It lies outside: the text and the data disagree by more than the model allows.
    case inconsistent
    /// The data cannot decide (a place that could not be placed, a line not in the data, …);
    /// the reason says which.
    case unverifiable
}

/// An interval of values a statement allows, with the terms that made it, for reports.
public struct ToleranceInterval: Sendable, Hashable {
    /// Lower bound (0 or more for lengths); may be 0.
    public var low: Double
    /// Upper bound; `.infinity` for "more than" statements.
    public var high: Double
    /// The parts of the model that widened it, in words ("rounding ±5 mi", "city radius 4.7 km").
    public var terms: [String]

    public init(low: Double, high: Double, terms: [String]) {
        self.low = low
        self.high = high
        self.terms = terms
    }

    public func contains(_ value: Double) -> Bool { value >= low && value <= high }
}
