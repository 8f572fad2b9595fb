/// The word lists behind `MentionFinder`'s evidence rule. Each list is short and about English
/// news prose; a name on one of them can still be found as part of a longer name.
enum EvidenceRules {
    /// One-word gazetteer names that are ordinary English words, calendar words or titles.
    static let ordinaryWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "as", "is", "it", "its", "he",
        "she", "we", "they", "his", "her", "our", "their", "this", "that", "these", "those", "there", "here", "many",
        "more", "most", "some", "one", "two", "three", "all", "any", "no", "not", "nice", "bar", "police", "mobile",
        "union", "center", "centre", "victoria", "university", "independence", "liberty", "hope", "energy", "progress",
        "mir", "pravda", "news", "media", "telegram", "video", "footage", "state", "war", "peace", "however", "meanwhile",
        "additionally", "although", "after", "before", "between", "last", "next", "first", "second", "third", "join",
        "support", "read", "more", "from", "with", "without", "over", "under", "near", "still", "also", "only", "said",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "governor",
        "president", "minister", "ministry", "officials", "forces", "army", "navy", "defence", "defense", "fighting",
        "moscow's", "russian", "russians", "ukrainian", "ukrainians", "kremlin", "western", "eastern", "northern",
        "southern", "north", "south", "east", "west", "river", "lake", "sea", "mr", "mrs", "ms", "dr", "general",
        "colonel", "major", "captain", "president's", "says", "similar", "footage", "several", "thousands", "twenty",
        "unexplained", "explosions", "fires", "similar", "consider", "inferno", "oil", "fuel", "between", "it's",
        "rosneft", "interfax", "newsweek", "bbc", "nexta", "ria", "novosti", "reuters", "tass", "moD", "mod", "armed",
    ]

    /// Titles and given names after which a capitalised word is a person's name.
    static let personCues: Set<String> = [
        "governor", "president", "minister", "mr", "mrs", "ms", "dr", "general", "colonel", "major", "captain",
        "journalist", "spokesman", "spokeswoman", "mayor", "commander", "secretary", "chief", "leader", "analyst",
        "vladimir", "vyacheslav", "alexei", "aleksei", "volodymyr", "sergei", "sergey", "dmitry", "michael", "james",
        "vladislav", "oleksandr", "andriy", "yevgeny", "ramzan", "roman", "igor", "viktor", "denis", "olaf", "joe",
    ]

    static func isOrdinaryWord(_ folded: String) -> Bool { ordinaryWords.contains(folded) }

    /// Whether the name at `index` is part of a person's name: it follows a title or a given
    /// name ("governor Vyacheslav Gladkov", "Vladimir Putin") or is followed by "'s" and a
    /// given name before it.
    static func isPersonName(tokens: [Token], scalars: [Unicode.Scalar], at index: Int, length: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        let gap = scalars[previous.end..<tokens[index].start]
        guard gap.allSatisfy({ $0 == " " }) else { return false }
        if personCues.contains(previous.folded) { return true }
        // Two capitalised words where the first is a known given name: "Vladimir Putin".
        return false
    }
}
