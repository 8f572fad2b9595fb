/// What an ordinary word does around a place name; the finder reads these classes instead of
/// comparing strings, so cue checks cost one array read per word.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// A one-word gazetteer name that is an everyday English word ("Of", "Nice", "Police").
    static let ordinary = WordClass(rawValue: 1 << 0)
    /// A title before a person's name ("governor", "President").
    static let personTitle = WordClass(rawValue: 1 << 1)
    /// A given name that starts a person's name ("Vladimir Putin").
    static let givenName = WordClass(rawValue: 1 << 2)
    /// Turns a name into an admin1 region ("region", "oblast", "область").
    static let regionSuffix = WordClass(rawValue: 1 << 3)
    /// The plural of a region word: a suffix shared by a list ("Kharkiv and Sumy oblasts").
    static let pluralSuffix = WordClass(rawValue: 1 << 4)
    /// Turns a name into a district, which the gazetteer does not hold ("district", "raion").
    static let districtSuffix = WordClass(rawValue: 1 << 5)
    /// A capitalised word after a place name that makes the pair an organisation ("Kyiv Independent").
    static let organisationHead = WordClass(rawValue: 1 << 6)
    /// A settlement noun: "the town of", "villages of".
    static let settlementNoun = WordClass(rawValue: 1 << 7)
    /// Joins names in a list ("and", "or").
    static let conjunction = WordClass(rawValue: 1 << 8)
    /// A compass word of a relation phrase ("south of").
    static let direction = WordClass(rawValue: 1 << 9)
    /// A proximity word of a relation phrase ("near", "outside").
    static let proximity = WordClass(rawValue: 1 << 10)
    /// "of".
    static let of = WordClass(rawValue: 1 << 11)
    /// "in", "inside", "within": a container phrase ("Bryansk in southwestern Ukraine").
    static let containment = WordClass(rawValue: 1 << 12)
    /// Words that may stand between a relation word and its anchor ("the", "city", "km").
    static let filler = WordClass(rawValue: 1 << 13)
    /// Names a country by its people ("Russian", "Ukrainian"): a cue, never a mention.
    static let demonym = WordClass(rawValue: 1 << 14)
}
