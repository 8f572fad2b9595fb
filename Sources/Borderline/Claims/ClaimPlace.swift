/// A place a claim is about or measured from, as the text names it and as resolution placed it.
public struct ClaimPlace: Sendable, Hashable {
    /// The name as written ("the city of Kharkiv" gives "Kharkiv").
    public var surface: String
    /// Scalar offsets of the name in the document, end exclusive.
    public var start: Int
    public var end: Int
    /// The resolver's decision; `.unknown` for a name no gazetteer entry bears.
    public var status: ResolutionStatus
    /// Why it was placed (or not), in words, for unverifiable verdicts.
    public var reason: String

    public init(surface: String, start: Int, end: Int, status: ResolutionStatus, reason: String) {
        self.surface = surface
        self.start = start
        self.end = end
        self.status = status
        self.reason = reason
    }

    /// Builds the place from a resolved mention.
    init(_ mention: ResolvedMention) {
        self.init(
            surface: mention.mention.surface, start: mention.mention.start, end: mention.mention.end,
            status: mention.status, reason: mention.reason)
    }

    /// The gazetteer position, when resolved to one entry.
    public var placeIndex: Int? {
        if case let .resolved(index) = status { return index }
        return nil
    }
}

/// What a claim's value is measured against.
public enum ClaimReference: Sendable, Hashable {
    /// The Russia–Ukraine international border ("the Ukrainian border", "the border with Russia").
    case border(wording: String)
    /// "The frontline", "the front line": measured to the international border, which is the
    /// only line in the data; the verdict says so.
    case frontline(wording: String)
    /// A border the data does not hold ("the Belarusian border").
    case otherBorder(wording: String)
    /// Another place ("the city of Kharkiv").
    case place(ClaimPlace)
    /// A country ("in southwestern Ukraine", "borders Ukraine").
    case country(code: String, name: String)

    /// The reference in words, for sentences and tables.
    public var wording: String {
        switch self {
        case let .border(wording), let .frontline(wording), let .otherBorder(wording): return wording
        case let .place(place): return place.surface
        case let .country(_, name): return name
        }
    }

    /// "border", "frontline", "other_border", "place", "country": the column value in files.
    public var kindName: String {
        switch self {
        case .border: return "border"
        case .frontline: return "frontline"
        case .otherBorder: return "other_border"
        case .place: return "place"
        case .country: return "country"
        }
    }
}
