/// The words the event rules know, as small integers.
///
/// Every rule compares folded words with fixed words and word lists, sentence after sentence;
/// comparing and hashing `String`s for that costs far more than the rules themselves. So each
/// token of a `SentenceText` carries the `EventWord` it spells (or `unknown`), found once
/// through `EventWord.lookup`, and the rules compare integers and test membership in
/// `WordSet`s, bit sets over this enumeration. A case's name is its spelling (backquoted where
/// it is a Swift keyword); a word a rule needs must be a case here, which the compiler checks
/// for `.word` uses and `EventWord(spelling:)` checks for the cue and phrase tables.
enum EventWord: UInt16, CaseIterable, Sendable {
    /// Any word not listed, and the empty word past either end of a sentence.
    case unknown = 0
    case a, about, according, accused, accuses, accusing, across, acting, added, admitted, aerial, after, afternoon
    case against, agency, ago, air, airbase, airfield, alert, alerts, alleged, allegedly, almost, also, am, among, an
    case and, announced, approximately, apr, april, are, area, army, around, artillery, assault, at, attack, attacked
    case attacking, attacks, aug, august, authorities, baby, ballistic, bang, bangs, barbaric, base, be, been, before
    case began, behind, big, blamed, blames, blast, blasts, blaze, blazes, bomb, bombed, bombs, border, boy, burned
    case burning, burnt, but, by, cannot, capital, carried, caused, cease, center, central, centre, channel, channels
    case child, children, city, claim, claimed, claiming, claims, clashed, clashes, confirmed, continuation, could
    case credit, crossed, culpability, damage, damaged, date, dateline, dawn, day, days, dead, deaths, debris, dec
    case december, defence, defense, denied, denies, deny, depot, destroyed, destruction, did, die, died, dies
    case dismissed, district, down, downed, dozens, drill, drills, drone, drones, during, earlier, early, east
    case eastern, eight, eighteen, eighty, eleven, emergency, evacuated, evening, every, exercise, exercises, explode
    case exploded, explodes, explosion, explosions, eyewitnesses, facility, fear, feared, fears, feb, february, fewer
    case fifteen, fifty, fighting, fire, fires, first, five, flames, fled, flee, fleeing, `for`, forces, forty, four
    case fourteen, friday, from, frontline, fuel, general, generally, girl, glide, governor, ground, had, has, have
    case head, heavy, himars, hit, hits, homes, huge, hurt, hypothetical, `if`, `in`, including, infant, inferno
    case injure, injured, injures, injuries, injuring, inside, intelligence, intend, intends, intercepted, into
    case involvement, `is`, jan, january, jul, july, jun, june, just, kamikaze, kids, kill, killed, killing, kills
    case kilometers, kilometres, km, large, last, late, later, latest, least, left, less, local, long, m, major, mar
    case march, massive, may, mayor, media, mention, mi, mid, midnight, might, miles, military, ministry, minors
    case missile, missiles, mlrs, monday, month, more, morning, near, nearby, nearly, neutralised, neutralized, never
    case news, night, nighttime, nine, nineteen, ninety, no, nobody, `none`, noon, north, northeastern, northern
    case northwestern, not, nov, november, oblast, oblasts, occupied, oct, october, of, official, officials, often
    case oil, on, one, `open`, opened, opening, or, others, out, outside, outskirts, over, overnight, p, past, people
    case plan, planned, planning, plans, plant, pm, possibility, possible, pounded, prepare, preparing, previous
    case previously, province, provinces, purportedly, purporting, raid, raided, raids, read, ready, refuted, region
    case regional, regions, regularly, rejected, related, repeated, repeatedly, repelled, reported, reportedly
    case reports, residents, response, responsibility, result, retaliation, returned, revenge, risk, rocked, rocket
    case rockets, rocks, roughly, routinely, rumors, rumours, russia, russian, s, sabotage, said, same, saturday, say
    case says, see, sep, sept, september, service, settlement, seven, seventeen, seventy, shelled, shelling, shoot
    case shortly, shot, since, siren, sirens, site, situations, six, sixteen, sixty, social, `some`, source, sources
    case south, southeastern, southern, southwestern, speculation, spokesman, spokesperson, spokeswoman, staff, state
    case stated, stormed, strike, strikes, struck, suburbs, such, sunday, t, targeted, targeting, teenager, teenagers
    case telegram, ten, than, that, the, their, them, then, thirteen, thirty, this, threat, threatened, threatening
    case threatens, threats, three, throughout, thursday, time, to, today, told, toward, towards, town, tuesday
    case twelve, twenty, two, uav, uavs, ukraine, ukrainian, unconfirmed, under, unexplained, unless, until
    case unverified, up, update, upon, users, usually, verify, village, villages, war, warned, warning, warnings
    case warns, was, watch, wave, wednesday, week, were, west, western, whether, which, `while`, who, without
    case witnesses, would, wounded, wounding, wounds, wrecked, wrote, year, yesterday, yet, zero

    /// The word as folded text ("according").
    var spelling: String { Self.spellings[Int(rawValue)] }

    /// The listed word spelled `folded`, if any (`unknown` is not a spelling).
    init?(spelling folded: String) {
        guard let word = Self.bySpelling[folded] else { return nil }
        self = word
    }

    static let spellings: [String] = allCases.map { $0 == .unknown ? "" : String(describing: $0) }
    /// Built from `spellings` (`String(describing:)` reflects on the case: once per word is enough).
    static let bySpelling: [String: EventWord] = Dictionary(
        uniqueKeysWithValues: allCases.dropFirst().map { (spellings[Int($0.rawValue)], $0) })

    /// A folded ASCII word packed into two integers, its bytes in order, zero-padded: every
    /// listed word is at most 16 bytes long, so equal packings mean equal words.
    struct Packed: Hashable {
        var low: UInt64
        var high: UInt64
    }

    /// Open-addressed table from packed spellings to words (about an eighth full), in two
    /// compact parts so that it stays in the L1 cache while a document is tokenised (a table of
    /// (packed, word) pairs took 48 KB, and its loads were a third of the tokeniser's time):
    /// `slots` holds the words (`unknown` for an empty slot, 8 KB) and `spelled` the packed
    /// spelling of each word by raw value (8 KB), which a word is checked against.
    ///
    /// A word lies in one of the `probes` slots from the one its hash picks (the table is
    /// built so, and checks it), and `lookup(_:in:)` tests all of them with no branch: most
    /// words of a text are not listed, but the commonest are ("the", "of", "in"), so whether a
    /// word is found is a coin toss, and a search that stopped at a hit or an empty slot was
    /// a mispredicted branch for about one token in two. (The slots once held a tag of the
    /// hash as well, to turn misses away before reading a spelling.) `probes - 1` slots past
    /// the last hold no start, so that no search wraps around.
    private static let slots: [EventWord] = {
        var table = [EventWord](repeating: .unknown, count: tableSize + probes - 1)
        for word in allCases.dropFirst() {
            let start = hash(spelled[Int(word.rawValue)])
            guard let slot = (start..<start + probes).first(where: { table[$0] == .unknown }) else {
                preconditionFailure("EventWord's table: more than \(probes) words near slot \(start); enlarge it or change the hash")
            }
            table[slot] = word
        }
        return table
    }()

    /// How many slots from its hash's a word may lie in (see `slots`): with the listed words
    /// and this hash, two (a word added may need the table enlarged, as its check would say).
    private static let probes = 2

    /// The packed spelling of each word, by raw value (zero for `unknown`).
    private static let spelled: [Packed] = allCases.map { word in
        var packed = Packed(low: 0, high: 0)
        guard word != .unknown else { return packed }
        let bytes = Array(word.spelling.utf8)
        precondition(bytes.count <= 16 && bytes.allSatisfy { $0 < 0x80 }, "EventWord \(word.spelling) must be ASCII, at most 16 bytes")
        for (i, byte) in bytes.enumerated() {
            if i < 8 { packed.low |= UInt64(byte) << (8 * UInt64(i)) } else { packed.high |= UInt64(byte) << (8 * UInt64(i - 8)) }
        }
        return packed
    }
    private static let tableSize = 4096

    /// The slot a packed spelling starts its search at (the top 12 bits of its hash).
    @inline(__always)
    private static func hash(_ packed: Packed) -> Int {
        let h = packed.low &* 0x9E37_79B9_7F4A_7C15 ^ (packed.high &+ 0x632B_E59B_D9B4_E019) &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: h >> 52)
    }

    /// The word of a packed folded ASCII word of at most 16 bytes.
    @inline(__always)
    static func lookup(_ packed: Packed) -> EventWord {
        withTable { table in lookup(packed, in: table) }
    }

    /// The lookup table, for a loop that looks up many words (`lookup(_:in:)`): fetching the
    /// statics once saves their initialisation checks and reference counting per word.
    struct Table: @unchecked Sendable {
        let slots: UnsafeBufferPointer<EventWord>
        let spelled: UnsafeBufferPointer<Packed>
    }
    /// `slots` and `spelled` as buffers laid out once for the life of the process (never
    /// freed, as the static arrays they copy are not): one static read per sentence, where
    /// reading the two arrays cost two initialisation checks and a retain and a release of each.
    private static let table = Table(
        slots: EventExtractor.CueTables.permanent(slots), spelled: EventExtractor.CueTables.permanent(spelled))
    @inline(__always)
    static func withTable<Result>(_ body: (Table) -> Result) -> Result {
        body(table)
    }

    /// `lookup(packed)` in the table `withTable` lends: the word of the `probes` slots from the
    /// hash's that is spelled `packed`, else `unknown`. Each slot's word is read with its
    /// spelling (an empty slot's `unknown` is spelled by zero bytes, which no word is) and
    /// kept when they match, by a select, not a branch (see `slots`).
    @inline(__always)
    static func lookup(_ packed: Packed, in table: Table) -> EventWord {
        let start = hash(packed)
        var found = EventWord.unknown
        for slot in start..<start &+ probes {
            let word = table.slots[slot]
            let spelling = table.spelled[Int(word.rawValue)]
            found = (spelling.low ^ packed.low) | (spelling.high ^ packed.high) == 0 ? word : found
        }
        return found
    }
}

/// A set of `EventWord`s as a bit set: membership is a shift and a mask.
///
/// The bits are stored inline, not in an array: the rules test words against static sets
/// token by token, and an array's storage would cost a retain and a release per test.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// Room for 8 × 64 words; `init` checks that `EventWord` fits.
    private var bits: InlineArray<8, UInt64>

    init(_ words: some Sequence<EventWord>) {
        precondition(EventWord.allCases.count <= 8 * 64, "WordSet holds at most 512 words: enlarge its InlineArray")
        bits = InlineArray(repeating: 0)
        for word in words where word != .unknown { bits[Int(word.rawValue) >> 6] |= 1 << UInt64(word.rawValue & 63) }
    }

    init(arrayLiteral words: EventWord...) { self.init(words) }

    /// The empty set.
    init() { bits = InlineArray(repeating: 0) }

    /// A set from folded spellings, each of which must be a listed word.
    init(spellings: [String]) {
        self.init(spellings.map { spelling in
            guard let word = EventWord(spelling: spelling) else { preconditionFailure("\(spelling) is not an EventWord") }
            return word
        })
    }

    /// The word of `bits` that holds `word`'s bit. Every raw value is below 512 (`init`
    /// checks), so the mask changes no index: it lets the compiler see that the index is
    /// within the eight words, where a bounds check per test and per insertion was made.
    @inline(__always)
    private static func slot(_ word: EventWord) -> Int { Int(word.rawValue &>> 6) & 7 }

    /// Read through `span`: `bits[i]` copies all eight words to the stack on every test, while
    /// a span's copy is made once where the set does not change (a loop over tokens).
    @inline(__always)
    func contains(_ word: EventWord) -> Bool {
        bits.span[Self.slot(word)] & (1 << UInt64(word.rawValue & 63)) != 0
    }

    /// Adds `word` (`unknown` is never a member: a set of a sentence's words gathers every
    /// token's word, and a test for `unknown` must find none).
    @inline(__always)
    mutating func insert(_ word: EventWord) {
        bits[Self.slot(word)] |= word == .unknown ? 0 : 1 << UInt64(word.rawValue & 63)
    }

    /// Adds `word`, `unknown` too: a loop that gathers many words saves the test per word,
    /// and removes `unknown` once after it.
    @inline(__always)
    mutating func insertCountingUnknown(_ word: EventWord) {
        bits[Self.slot(word)] |= 1 << UInt64(word.rawValue & 63)
    }

    /// Removes `word`.
    @inline(__always)
    mutating func remove(_ word: EventWord) {
        bits[Self.slot(word)] &= ~(1 << UInt64(word.rawValue & 63))
    }

    /// Whether the two sets share a word.
    @inline(__always)
    func intersects(_ other: WordSet) -> Bool {
        var shared: UInt64 = 0
        for i in bits.indices { shared |= bits[i] & other.bits[i] }
        return shared != 0
    }

    /// Whether every word of the set is in `other`.
    @inline(__always)
    func isSubset(of other: WordSet) -> Bool {
        var missing: UInt64 = 0
        for i in bits.indices { missing |= bits[i] & ~other.bits[i] }
        return missing == 0
    }

    /// The words of either set.
    func union(_ other: WordSet) -> WordSet {
        var result = self
        for i in bits.indices { result.bits[i] |= other.bits[i] }
        return result
    }
}
