/// What a mention was resolved to.
public enum ResolutionStatus: Sendable, Hashable {
    /// One entry (position in `Gazetteer.places`).
    case resolved(Int)
    /// Several entries fit about equally well; the best few, best first.
    case ambiguous([Int])
    /// No entry fits well enough to place it.
    case unknown
}

/// A mention with the resolver's decision, confidence and reason.
public struct ResolvedMention: Sendable, Hashable {
    public var mention: Mention
    public var status: ResolutionStatus
    /// 0…1: the share of the evidence that favours the chosen entry.
    public var confidence: Double
    /// A short plain-language reason ("largest of 4 places named Sloboda …").
    public var reason: String

    /// The chosen entry's position, when resolved.
    public var placeIndex: Int? {
        if case let .resolved(index) = status { return index }
        return nil
    }
}
