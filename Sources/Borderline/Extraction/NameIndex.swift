/// Every gazetteer name, folded into token sequences and keyed by first token, so that all
/// names are matched in one pass over a text's tokens (not one pattern per place).
public struct NameIndex: Sendable {
    /// A name as a sequence of folded tokens, with the gazetteer entries that bear it.
    public struct Entry: Sendable {
        public var tokens: [String]
        /// Positions in `Gazetteer.places`.
        public var places: [Int]
    }

    /// Entries by first token, longest first.
    private let byFirstToken: [String: [Entry]]
    /// Admin1 regions by the core of their name ("kursk" for "Kursk Oblast", "kharkiv" for
    /// "Kharkiv"), for "the Kursk region" and "Kharkiv oblast".
    private let admin1ByCore: [[String]: [Int]]

    /// Words that turn a name into a region: "Kursk region", "Belgorod Oblast".
    public static let regionWords: Set<String> = [
        "region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "kray", "governorate",
    ]

    /// Indexes every name and alternate name of `gazetteer`.
    public init(gazetteer: Gazetteer) {
        var entries: [[String]: [Int]] = [:]
        var cores: [[String]: [Int]] = [:]
        for (position, place) in gazetteer.places.enumerated() {
            var seen: Set<[String]> = []
            for name in [place.name] + place.alternateNames {
                let tokens = Tokenizer.foldedTokens(of: name)
                guard !tokens.isEmpty, seen.insert(tokens).inserted else { continue }
                entries[tokens, default: []].append(position)
            }
            if place.kind == .admin1 {
                for name in [place.name] + place.alternateNames {
                    var tokens = Tokenizer.foldedTokens(of: name)
                    while let last = tokens.last, Self.regionWords.contains(last) || last == "city" || last == "republic" {
                        tokens.removeLast()
                    }
                    if !tokens.isEmpty, !(cores[tokens]?.contains(position) ?? false) {
                        cores[tokens, default: []].append(position)
                    }
                }
            }
        }
        var byFirst: [String: [Entry]] = [:]
        for (tokens, places) in entries {
            byFirst[tokens[0], default: []].append(Entry(tokens: tokens, places: places))
        }
        for key in byFirst.keys {
            byFirst[key]!.sort { $0.tokens.count != $1.tokens.count ? $0.tokens.count > $1.tokens.count : $0.tokens.lexicographicallyPrecedes($1.tokens) }
        }
        self.byFirstToken = byFirst
        self.admin1ByCore = cores
    }

    /// The longest name that starts at `tokens[index]`, if any.
    public func longestMatch(in tokens: [Token], at index: Int) -> (entry: Entry, length: Int)? {
        guard let candidates = byFirstToken[tokens[index].folded] else { return nil }
        for entry in candidates where index + entry.tokens.count <= tokens.count {
            var matches = true
            for offset in 1..<max(entry.tokens.count, 1) where tokens[index + offset].folded != entry.tokens[offset] {
                matches = false
                break
            }
            if matches { return (entry, entry.tokens.count) }
        }
        return nil
    }

    /// Admin1 regions whose name core is `tokens` ("kursk" → Kursk Oblast).
    public func admin1(core tokens: [String]) -> [Int] {
        admin1ByCore[tokens] ?? []
    }
}
