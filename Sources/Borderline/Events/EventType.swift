/// What kind of thing happened: Borderline's event taxonomy (documented in TAXONOMY.md).
///
/// The types follow the wording of border-region news, where the same incident is reported as
/// "explosions", "a missile attack" or "a fire" depending on who saw what. Each type has cue
/// words; a sentence yields one event per type it cues, except where `EventType.suppressed`
/// says a cue is part of another type's event (the missile of a helicopter strike).
public enum EventType: String, Sendable, Hashable, CaseIterable, Codable {
    case explosion
    case missileStrike = "missile_strike"
    case droneAttack = "drone_attack"
    case airStrike = "air_strike"
    case shelling
    case fire
    case groundIncursion = "ground_incursion"
    case airDefence = "air_defence"
    case evacuation
    case damage
    /// An attack reported without its means ("attacked the city", "a wave of strikes").
    case attack

    /// A label for people ("Missile strike").
    public var label: String {
        switch self {
        case .explosion: return "Explosion"
        case .missileStrike: return "Missile strike"
        case .droneAttack: return "Drone attack"
        case .airStrike: return "Air strike"
        case .shelling: return "Shelling or artillery"
        case .fire: return "Fire"
        case .groundIncursion: return "Ground incursion or fighting"
        case .airDefence: return "Air-defence activity or debris"
        case .evacuation: return "Evacuation"
        case .damage: return "Damage to buildings or infrastructure"
        case .attack: return "Attack (means not stated)"
        }
    }

    /// Cue phrases as folded tokens; a token ending in "*" matches any word it starts.
    /// Multi-word cues are matched as whole sequences ("air defence" is not an air strike).
    public var cues: [[String]] {
        Self.cueTable[self] ?? []
    }

    static let cueTable: [EventType: [[String]]] = {
        func phrases(_ list: [String]) -> [[String]] { list.map { $0.split(separator: " ").map(String.init) } }
        return [
            .explosion: phrases(["explosion*", "blast", "blasts", "bang", "bangs", "detonation*", "exploded", "explode", "explodes"]),
            .missileStrike: phrases(["missile", "missiles", "rocket", "rockets", "ballistic", "iskander*", "kinzhal*", "himars"]),
            .droneAttack: phrases(["drone", "drones", "uav", "uavs", "shahed*", "kamikaze"]),
            .airStrike: phrases([
                "air strike*", "airstrike*", "air raid*", "air attack*", "helicopter*", "bombed", "bombing*", "bomb", "bombs",
                "warplane*", "aerial bomb*", "glide bomb*",
            ]),
            .shelling: phrases(["shelling*", "shelled", "artillery", "mortar*", "mlrs"]),
            .fire: phrases(["fire", "fires", "blaze", "blazes", "inferno", "burning", "burned", "burnt", "flames"]),
            .groundIncursion: phrases([
                "incursion*", "crossed into", "crossed the border", "raid", "raids", "sabotage", "saboteur*", "infiltrat*",
                "fighting", "clashes", "clashed", "ground assault", "ground attack*",
            ]),
            .airDefence: phrases([
                "air defence*", "air defense*", "shot down", "shoot down", "downed", "intercept*", "debris",
            ]),
            .evacuation: phrases(["evacuat*", "left their homes", "fled", "flee", "fleeing"]),
            .damage: phrases(["damage", "damaged", "destroyed", "destruction", "wrecked"]),
            .attack: phrases(["attack", "attacks", "attacked", "attacking", "strike", "strikes", "struck"]),
        ]
    }()

    /// Order used to list types and to break ties: most specific first.
    public static let specificity: [EventType] = [
        .airStrike, .droneAttack, .missileStrike, .shelling, .groundIncursion, .airDefence, .explosion, .fire,
        .damage, .evacuation, .attack,
    ]

    /// Types whose cue in a sentence is absorbed by another type's cue in the same sentence,
    /// because the sentence reports one incident by its means:
    /// - a bare "attack"/"strike" gives way to any specific type ("a missile attack");
    /// - a missile fired from a helicopter or aircraft is an air strike.
    /// - Parameter sameClause: whether the two cues are in one clause (no comma between them):
    ///   "helicopters … launch a missile attack" is one air strike, "a fuel store with a
    ///   helicopter, shelling towns, and shooting missiles" lists three attacks.
    public static func suppressed(_ types: Set<EventType>, sameClause: (EventType, EventType) -> Bool = { _, _ in true }) -> Set<EventType> {
        suppressed(EventTypes(types), sameClause: sameClause).set
    }

    /// `suppressed(_:sameClause:)` over a bit set, as the extractor asks it sentence by sentence.
    static func suppressed(_ types: EventTypes, sameClause: (EventType, EventType) -> Bool) -> EventTypes {
        var out: EventTypes = []
        if types.count > 1 { out.insert(.attack) }
        if types.contains(.airStrike), types.contains(.missileStrike), sameClause(.airStrike, .missileStrike) { out.insert(.missileStrike) }
        return out
    }
}
