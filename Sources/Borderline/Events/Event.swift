/// How precisely an event's point stands for where it happened.
public enum GeoPrecision: String, Sendable, Hashable, CaseIterable, Codable {
    /// A populated place: the point is the town or village.
    case town
    /// An admin-1 region: the point only stands for the region, not a spot in it.
    case region
    /// A country: the point only stands for the country.
    case country
    /// No place could be tied to the event; it is listed but not mapped.
    case unlocated

    init(_ kind: PlaceKind?) {
        switch kind {
        case .place: self = .town
        case .admin1: self = .region
        case .country: self = .country
        case nil: self = .unlocated
        }
    }
}

/// Where an event was read: one sentence of one document.
public struct EventEvidence: Sendable, Hashable {
    public var documentID: String
    /// 0-based sentence index in the document.
    public var sentenceIndex: Int
    public var sentence: String
    /// Unicode-scalar offsets in the document text, end exclusive: the span from the event's cue
    /// words to its place mention (or the cue alone when the place is not in the sentence).
    public var start: Int
    public var end: Int

    public init(documentID: String, sentenceIndex: Int, sentence: String, start: Int, end: Int) {
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// One reported event: what happened, where, when, to whom, and who says so.
///
/// The public initialiser is declared in an extension, so the struct keeps its memberwise
/// initialiser, which `EventExtractor` builds events with: a value from the memberwise
/// initialiser is appended as it is, where one from a written initialiser was copied into the
/// array and then destroyed (a retain and a release of each of its references per event).
/// `confidence` is declared before `evidence` so that the two initialisers' labels differ.
public struct Event: Sendable, Hashable {
    /// "event:<first document>:<start offset of the first evidence>", with "-2", "-3" … when
    /// several events start at the same cue (one attack on a list of towns).
    public var id: String
    public var type: EventType
    public var date: EventDate
    public var time: TimeOfDay?
    /// The gazetteer entry the event is tied to; nil when unlocated.
    public var place: Place?
    public var geoPrecision: GeoPrecision
    /// How the place was found: "mention" (named in the sentence), "continuation" ("the city"
    /// refers to the previous event's place) or "none".
    public var placeMethod: String
    public var casualties: Casualties
    public var attribution: Attribution
    /// Documents that report it, in input order.
    public var documents: [String]
    /// 0…1: how much to trust the event's place and type (see EventExtractor).
    public var confidence: Double
    /// Every sentence that reports it; the first is the primary evidence.
    public var evidence: [EventEvidence]

    /// Whether the event has a place and so a point on the map.
    public var isLocated: Bool { place != nil }

    /// The event as the SVG map draws it; nil when unlocated.
    public var mapEvent: MapEvent? {
        guard let place else { return nil }
        var label = "\(type.label), \(place.name)"
        if let date = date.date, date != "" { label += ", \(date)" }
        return MapEvent(coordinate: place.coordinate, type: type.rawValue, label: label)
    }
}

extension Event {
    public init(
        id: String, type: EventType, date: EventDate, time: TimeOfDay?, place: Place?, geoPrecision: GeoPrecision,
        placeMethod: String, casualties: Casualties, attribution: Attribution, documents: [String],
        evidence: [EventEvidence], confidence: Double
    ) {
        self.id = id
        self.type = type
        self.date = date
        self.time = time
        self.place = place
        self.geoPrecision = geoPrecision
        self.placeMethod = placeMethod
        self.casualties = casualties
        self.attribution = attribution
        self.documents = documents
        self.evidence = evidence
        self.confidence = confidence
    }
}
