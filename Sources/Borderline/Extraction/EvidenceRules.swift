/// The word lists behind `MentionFinder`'s evidence rule and the context cues it records.
///
/// They are short lists of English (and a few Russian and Ukrainian) function words, titles,
/// given names and organisation words: what news prose puts around place names. None of them
/// is a place or a sentence from any fixture.
enum EvidenceRules {
    /// One-word gazetteer names that are ordinary words, calendar words, titles or brands: never
    /// a mention on their own (they can still be part of a longer name).
    static let ordinaryWords: [String] = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "as", "is", "it", "its", "he",
        "she", "we", "they", "his", "her", "our", "their", "this", "that", "these", "those", "there", "here", "many",
        "more", "most", "some", "one", "two", "three", "all", "any", "no", "not", "nice", "bar", "police", "mobile",
        "union", "center", "centre", "victoria", "university", "independence", "liberty", "hope", "energy", "progress",
        "mir", "pravda", "news", "media", "telegram", "video", "footage", "state", "war", "peace", "however", "meanwhile",
        "additionally", "although", "after", "before", "between", "last", "next", "first", "second", "third", "join",
        "support", "read", "from", "with", "without", "over", "under", "near", "still", "also", "only", "said",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "governor",
        "president", "minister", "ministry", "officials", "forces", "army", "navy", "defence", "defense", "fighting",
        "russian", "russians", "ukrainian", "ukrainians", "kremlin", "western", "eastern", "northern", "southern",
        "north", "south", "east", "west", "river", "lake", "sea", "mr", "mrs", "ms", "dr", "general", "colonel",
        "major", "captain", "says", "similar", "several", "thousands", "twenty", "unexplained", "explosions", "fires",
        "consider", "inferno", "oil", "fuel", "rosneft", "interfax", "newsweek", "bbc", "nexta", "ria", "novosti",
        "reuters", "tass", "mod", "armed", "bath", "best", "buy", "deal", "goes", "man", "sale", "split", "reading",
        "orange", "mission", "eagle", "regina", "ware", "jam", "leek", "bra", "troy", "rome", "hull", "wells", "kent",
        "nancy", "florence", "mercedes", "colon", "gross", "ede", "dover", "cork", "marathon", "sunrise", "paradise",
        "enterprise", "opportunity", "friendship", "harmony", "concord", "unity", "victory", "glory", "freedom",
        "mirny", "pobeda", "druzhba", "zarya", "rassvet", "oktyabrsky", "pervomaysky", "sovetsky", "komsomolsky",
        "us", "uk", "eu", "un", "nato", "gas", "power", "station", "port", "bay", "park", "city", "town", "village",
        "region", "oblast", "district", "border", "frontline", "front", "capital", "home", "homes", "office",
        "court", "church", "school", "airport", "hospital", "market", "bridge", "road", "street", "square",
        "lincoln", "washington", "franklin", "jackson", "clinton", "hamilton", "wilson", "warren", "marion", "logan",
        "gladkov", "putin", "zelensky", "zelenskyy", "shoigu", "lavrov", "peskov", "smirnov", "biden", "trump",
    ]

    /// Titles after which a capitalised word is a person's name.
    static let personTitles: [String] = [
        "governor", "president", "minister", "mr", "mrs", "ms", "dr", "general", "gen", "colonel", "col", "major",
        "captain", "journalist", "spokesman", "spokeswoman", "spokesperson", "mayor", "commander", "secretary", "chief",
        "leader", "analyst", "lieutenant", "sergeant", "sgt", "lt", "senator", "sen", "patriarch", "metropolitan",
        "pope", "king", "queen", "prince", "princess", "lord", "lady", "sir", "professor", "prof",
        "губернатор", "президент", "министр", "глава", "мэр",
    ]

    /// Given names that begin a person's name in this news ("Vladimir Putin", "Vyacheslav Gladkov").
    static let givenNames: [String] = [
        "vladimir", "vyacheslav", "alexei", "aleksei", "alexey", "alexander", "aleksandr", "volodymyr", "sergei",
        "sergey", "serhiy", "dmitry", "dmitri", "dmytro", "michael", "james", "vladislav", "oleksandr", "andriy",
        "andrei", "andrey", "yevgeny", "yevgeniy", "ramzan", "roman", "igor", "ihor", "viktor", "victor", "denis",
        "olaf", "joe", "boris", "nikolai", "mykola", "mikhail", "pavel", "petro", "yuri", "yuriy", "yulia", "maria",
        "anna", "olena", "elena", "natalia", "tatiana", "svetlana", "ivan", "ilya", "oleg", "kirill", "valery",
        "valeriy", "vitali", "vitaliy", "anatoly", "gennady", "konstantin", "maxim", "maksym", "ruslan", "arseniy",
        "kyrylo", "vadim", "vadym", "stepan", "taras", "bohdan", "emmanuel", "rishi", "keir", "donald", "antony",
        "lloyd", "jens", "mark", "john", "david", "george", "charles", "william", "paul", "peter", "simon", "sophia",
        "alina", "anastasia", "irina", "iryna", "olga", "ludmila", "lyudmila", "marina", "vera", "nadezhda",
        "владимир", "вячеслав", "владимира", "володимир", "сергей", "дмитрий", "алексей",
    ]

    /// Region words; plurals share a suffix across a list.
    static let regionSuffixes: [String] = [
        "region", "oblast", "province", "krai", "kray", "governorate", "область", "области", "областью", "області",
        "обл", "край", "края",
    ]
    static let pluralRegionSuffixes: [String] = ["regions", "oblasts", "provinces", "krais", "области", "області"]

    /// District words: GeoNames' second-order divisions (ADM2) are not in the gazetteer.
    static let districtSuffixes: [String] = [
        "district", "districts", "raion", "raions", "rayon", "rayons", "hromada", "municipality", "okrug", "район",
        "району", "районе", "районі",
    ]

    /// Words after a place name that make it an organisation: newspapers, clubs, companies.
    static let organisationHeads: [String] = [
        "independent", "post", "times", "herald", "tribune", "daily", "radio", "tv", "news", "pravda", "airlines",
        "airport", "university", "institute", "oblenergo", "telegraph", "journal", "gazette", "mail", "today",
        "insider", "press", "review", "agency", "council", "bank", "metro", "state", "declaration",
        "accords", "agreement", "format", "process", "summit", "protocol", "patriarchate", "conference",
    ]

    static let settlementNouns: [String] = [
        "city", "cities", "town", "towns", "village", "villages", "settlement", "settlements", "hamlet", "hamlets",
        "urban", "port", "город", "города", "село", "села", "поселок", "місто", "міста", "селище",
    ]

    static let conjunctions: [String] = ["and", "or", "и", "і", "та", "или", "або"]

    /// Compass words with their bearing in degrees clockwise from north.
    static let directions: [(String, Double)] = [
        ("north", 0), ("northeast", 45), ("east", 90), ("southeast", 135), ("south", 180), ("southwest", 225),
        ("west", 270), ("northwest", 315),
    ]
    static let proximityWords: [String] = ["near", "outside", "nearby", "around", "neighbouring", "neighboring", "close"]
    static let containmentWords: [String] = ["in", "inside", "within", "в", "у"]
    static let fillerWords: [String] = [
        "the", "city", "town", "village", "km", "kilometres", "kilometers", "miles", "mi", "about", "around", "some",
        "just", "of", "to", "from", "a", "few", "region", "settlement",
    ]

    /// Demonyms and country adjectives → ISO country code.
    static let demonyms: [(String, String)] = [
        ("russian", "RU"), ("russians", "RU"), ("ukrainian", "UA"), ("ukrainians", "UA"), ("belarusian", "BY"),
        ("belarusians", "BY"), ("georgian", "GE"), ("moldovan", "MD"), ("polish", "PL"), ("kazakh", "KZ"),
        ("российский", "RU"), ("российские", "RU"), ("украинский", "UA"), ("украинские", "UA"),
        ("російський", "RU"), ("російські", "RU"), ("український", "UA"), ("українські", "UA"),
    ]

    /// Lower-case words that news copy sometimes glues to the name before them
    /// ("Chernihivwhich"): the finder splits them off when the whole word is unknown.
    static let gluedWords: [String] = [
        "which", "where", "and", "the", "that", "with", "from", "into", "has", "have", "had", "was", "were", "is",
        "are", "in", "on", "of", "to", "for", "said", "region", "city", "after", "while", "when",
    ]

    /// Endings stripped from an unknown Cyrillic word to find its dictionary form: case endings
    /// of nouns ("в Белгороде", "Харькова") and region adjectives ("Белгородская область").
    static let cyrillicEndings: [String] = [
        "ская", "ской", "скую", "ском", "ська", "ської", "ську", "ській", "ого", "ому", "ой", "ая", "ую", "ом",
        "ем", "ою", "ею", "ові", "еві", "а", "я", "у", "ю", "е", "і", "и",
    ]
}
