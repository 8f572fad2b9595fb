/// A span of a document that names a gazetteer entry (or looks like it does).
public struct Mention: Sendable, Hashable {
    public var documentID: String
    /// The sentence the mention is in (its index and text), for provenance.
    public var sentenceIndex: Int
    public var sentenceText: String
    /// Unicode-scalar offsets in the document text, end exclusive.
    public var start: Int
    public var end: Int
    /// 1-based line and column (column in scalars) of `start`.
    public var line: Int
    public var column: Int
    /// The text as written ("Kursk region", "Kyiv").
    public var surface: String { didSet { mainNames = MainNames() } }
    /// Candidate entries (positions in `Gazetteer.places`), in gazetteer order. Setting them
    /// forgets `mainNames`. The module reads `candidateList` instead, which builds no array.
    public var candidates: [Int] {
        get { candidateList.array }
        set {
            candidateList = CandidateList(newValue)
            mainNames = MainNames()
        }
    }
    /// The candidates as stored: most mentions have one, held inline (see `CandidateList`).
    /// Stored where `candidates` was, and hashed as that array was, so equality and hashing
    /// are unchanged.
    private(set) var candidateList: CandidateList
    /// Whether the surface named a region explicitly ("Kursk region", "Belgorod Oblast").
    public var isRegionPhrase: Bool
    /// What the surface names: a place by its name, an admin1 region, or a district.
    public var kind: MentionKind = .name
    /// What the words around the mention say about it, for the resolver.
    public var context: MentionContext = MentionContext()
    /// Which candidates bear the surface as their main name, when the finder knows; changing
    /// the surface or the candidates forgets it.
    var mainNames = MainNames()

    /// The finder's initialiser: the candidates come as stored, with what it knows of their
    /// main names.
    init(
        documentID: String, sentenceIndex: Int, sentenceText: String, start: Int, end: Int, line: Int, column: Int,
        surface: String, candidates: CandidateList, isRegionPhrase: Bool, kind: MentionKind, mainNames: MainNames
    ) {
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
        self.sentenceText = sentenceText
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.surface = surface
        self.candidateList = candidates
        self.isRegionPhrase = isRegionPhrase
        self.kind = kind
        self.mainNames = mainNames
    }

    /// A mention's candidates (positions in `Gazetteer.places`) without an allocation for none
    /// or one, as nearly every mention has: an array costs a malloc and an object header when
    /// the mention is made and a release and free when it dies, a few hundred instructions of
    /// the thousand or so a mention costs the finder. Two or more are held in an array.
    ///
    /// Each list has one form (`many` only for two or more), so the synthesised equality of
    /// the forms is the lists' equality; the hash is `Array`'s (the count, then each element),
    /// so a `Mention` hashes as it did when it stored `[Int]`.
    struct CandidateList: Sendable, Hashable, RandomAccessCollection {
        private enum Storage: Sendable, Equatable {
            case none
            case one(Int)
            /// Two or more.
            case many([Int])
        }
        private var storage: Storage

        /// No candidates.
        init() { storage = .none }

        /// The one candidate `position`.
        init(only position: Int) { storage = .one(position) }

        /// The candidates `positions`, in their order.
        init(_ positions: [Int]) {
            switch positions.count {
            case 0: storage = .none
            case 1: storage = .one(positions[0])
            default: storage = .many(positions)
            }
        }

        var startIndex: Int { 0 }
        var endIndex: Int { count }

        @inline(__always)
        var count: Int {
            switch storage {
            case .none: 0
            case .one: 1
            case .many(let positions): positions.count
            }
        }

        @inline(__always)
        subscript(k: Int) -> Int {
            switch storage {
            case .one(let position):
                precondition(k == 0, "candidate index out of range")
                return position
            case .many(let positions): return positions[k]
            case .none: preconditionFailure("candidate index out of range")
            }
        }

        /// Calls `body` with each candidate's index and position, in order, reading them in
        /// place: iterating the list as a collection copied it (retaining its array) per mention.
        @inline(__always)
        func forEachCandidate(_ body: (_ k: Int, _ position: Int) -> Void) {
            switch storage {
            case .none: break
            case .one(let position): body(0, position)
            case .many(let positions):
                positions.withUnsafeBufferPointer { for k in $0.indices { body(k, $0[k]) } }
            }
        }

        /// The candidates as an array (`Mention.candidates`).
        var array: [Int] {
            switch storage {
            case .none: []
            case .one(let position): [position]
            case .many(let positions): positions
            }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(count)
            for position in self { hasher.combine(position) }
        }
    }

    /// Which of a mention's candidates have the surface's folded words as their main name's
    /// (the resolver's main-name bonus), as the finder knows it from the name the surface
    /// matched (`NameIndex.placesAndMainNames(_:keeping:)`), so the resolver need not fold
    /// the surface and read every such candidate's name. Known only for a surface that is exactly an index
    /// name's words and at most `capacity` candidates; the resolver compares names for the rest.
    /// It says nothing the surface and candidates do not, so it takes no part in equality.
    struct MainNames: Sendable, Hashable {
        static let capacity = 63
        /// Bit k: candidate k; the top bit: known.
        private var bits: UInt64 = 0

        init() {}

        /// Known: candidate k bears the main name exactly when bit k of `mask` is set.
        init(known mask: UInt64) { bits = mask | 1 << 63 }

        /// Whether candidate `k` bears the surface as its main name; nil when not known.
        @inline(__always)
        func contains(_ k: Int) -> Bool? {
            bits >> 63 == 0 ? nil : bits >> UInt64(k) & 1 == 1
        }

        static func == (a: Self, b: Self) -> Bool { true }
        func hash(into hasher: inout Hasher) {}
    }
}

/// What a mention's surface names.
public enum MentionKind: String, Sendable, Hashable {
    /// A name on its own ("Kursk", "Ukraine").
    case name
    /// A name with a region word ("Kursk region", "Kharkiv and Sumy oblasts"): an admin1 region.
    case region
    /// A name with a district word ("Shebekinsky district"): a second-order division, which the
    /// gazetteer does not hold.
    case district
}

/// Context cues the finder reads around a mention. Offsets point at other mentions of the same
/// document (their `start`), so the resolver can use what those resolved to.
public struct MentionContext: Sendable, Hashable {
    /// "the town of Sudzha", "the villages of Sloboda and Lukashivka": a populated place.
    public var isSettlement: Bool = false
    /// "Russia's Belgorod": the mention that owns this one.
    public var possessorStart: Int?
    /// "Bryansk in southwestern Ukraine", "Sudzha, Kursk region": the mention that contains it.
    public var containerStart: Int?
    /// "south of Chernihiv", "near Kharkiv": where this place lies relative to another mention.
    public var relation: SpatialRelation?
    /// Countries named by demonyms in the same sentence ("Russian", "Ukrainian"), as ISO codes.
    public var demonymCountries: [String] = []

    public init() {}
}

/// A relation phrase: this place lies near, or in a compass direction from, an anchor place.
public struct SpatialRelation: Sendable, Hashable {
    /// Degrees clockwise from north ("south of" = 180); nil for "near".
    public var bearingDegrees: Double?
    /// The `start` of the anchor mention.
    public var anchorStart: Int
    /// The words of the relation as written ("south of").
    public var phrase: String
}
