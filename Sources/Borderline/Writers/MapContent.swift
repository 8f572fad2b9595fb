/// What a map shows, in display terms: the writers (SVG, and the GeoJSON layers) take this and
/// need know nothing of how the pipeline found it.
public struct MapContent: Sendable, Hashable {
    /// Main title ("Border region: places, claims and events").
    public var title: String
    /// Subtitle (documents and date range covered).
    public var subtitle: String
    /// Dates covered by the documents, ISO 8601, when known ("2022-04-01 – 2024-08-07").
    public var dateRange: String?
    public var places: [MapPlace]
    public var claims: [MapClaim]
    public var events: [MapEvent]

    public init(
        title: String, subtitle: String, dateRange: String? = nil, places: [MapPlace],
        claims: [MapClaim] = [], events: [MapEvent] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.dateRange = dateRange
        self.places = places
        self.claims = claims
        self.events = events
    }
}

/// A resolved place drawn on the map.
public struct MapPlace: Sendable, Hashable {
    public var geonameID: Int
    public var name: String
    public var kind: PlaceKind
    public var coordinate: GeoPoint
    public var population: Int
    /// How many times the documents mention it (label priority).
    public var mentionCount: Int
    /// Distance to the Russia–Ukraine border in km, when measured.
    public var distanceToBorderKm: Double?

    public init(
        geonameID: Int, name: String, kind: PlaceKind, coordinate: GeoPoint, population: Int, mentionCount: Int,
        distanceToBorderKm: Double? = nil
    ) {
        self.geonameID = geonameID
        self.name = name
        self.kind = kind
        self.coordinate = coordinate
        self.population = population
        self.mentionCount = mentionCount
        self.distanceToBorderKm = distanceToBorderKm
    }
}

/// The verdict of a checked claim, as the map colours it.
public enum MapVerdict: String, Sendable, Hashable, CaseIterable {
    case consistent, inconsistent, unverifiable
}

/// A checked distance claim: a line from the place to the point measured to.
public struct MapClaim: Sendable, Hashable {
    public var from: GeoPoint
    public var to: GeoPoint
    public var verdict: MapVerdict
    /// "stated 32 km, measured 35 km".
    public var label: String

    public init(from: GeoPoint, to: GeoPoint, verdict: MapVerdict, label: String) {
        self.from = from
        self.to = to
        self.verdict = verdict
        self.label = label
    }
}

/// A reported event at a place.
public struct MapEvent: Sendable, Hashable {
    public var coordinate: GeoPoint
    /// Event type code ("explosion", "missile_strike", …).
    public var type: String
    public var label: String

    public init(coordinate: GeoPoint, type: String, label: String) {
        self.coordinate = coordinate
        self.type = type
        self.label = label
    }
}
