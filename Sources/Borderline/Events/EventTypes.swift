/// A set of `EventType`s as bits of one integer.
///
/// The extractor builds and tests a set of types for every sentence that cues several; a
/// `Set<EventType>` allocates and hashes for that, a bit set is an `or` and an `and`.
struct EventTypes: Sendable, ExpressibleByArrayLiteral {
    private(set) var bits: UInt32

    init(_ types: some Sequence<EventType>) {
        bits = 0
        for type in types { insert(type) }
    }

    init(arrayLiteral types: EventType...) { self.init(types) }

    /// The bit of `type`: its position in `EventType.allCases`.
    @inline(__always)
    static func bit(_ type: EventType) -> UInt32 {
        switch type {
        case .explosion: return 1 << 0
        case .missileStrike: return 1 << 1
        case .droneAttack: return 1 << 2
        case .airStrike: return 1 << 3
        case .shelling: return 1 << 4
        case .fire: return 1 << 5
        case .groundIncursion: return 1 << 6
        case .airDefence: return 1 << 7
        case .evacuation: return 1 << 8
        case .damage: return 1 << 9
        case .attack: return 1 << 10
        }
    }

    @inline(__always)
    func contains(_ type: EventType) -> Bool { bits & Self.bit(type) != 0 }

    @inline(__always)
    mutating func insert(_ type: EventType) { bits |= Self.bit(type) }

    var count: Int { bits.nonzeroBitCount }

    /// The types as a `Set` (for the public API).
    var set: Set<EventType> { Set(EventType.allCases.filter(contains)) }
}
