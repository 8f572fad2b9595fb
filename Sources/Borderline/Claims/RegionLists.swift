/// Lists of places joined by "and" and commas, and the region noun that may close them:
/// "Ukraine's Kharkiv and Sumy oblasts", "the Belgorod and Kursk regions".
extension ClaimSentence {
    /// The mentions of a list that starts at token `index`, and the index one past the list
    /// (its closing region noun included).
    /// - Returns: the members, each lifted to its admin1 region when the list ends in a plural
    ///   region noun ("oblasts", "regions") and the member resolved to a town of that name.
    func list(startingAt index: Int) -> (members: [ClaimPlace], end: Int) {
        var members: [Located] = []
        var cursor = index
        while let located = mention(startingAt: cursor) {
            members.append(located)
            cursor = located.end
            if matches(["and"], at: cursor) || matches([",", "and"], at: cursor) || matches([","], at: cursor) {
                let next = matches([",", "and"], at: cursor) ? cursor + 2 : cursor + 1
                if mention(startingAt: next) != nil { cursor = next; continue }
            }
            break
        }
        guard !members.isEmpty else { return ([], index) }
        var end = cursor
        var closedByRegionNoun = members.last!.mention.mention.isRegionPhrase
            && ["oblasts", "regions", "provinces"].contains(Tokenizer.foldedTokens(of: members.last!.mention.mention.surface).last ?? "")
        if end < tokens.count, tokens[end].isWord(in: ["oblasts", "regions", "provinces", "oblast", "region"]) {
            closedByRegionNoun = true
            end += 1
        }
        let places = members.map { located -> ClaimPlace in
            var place = ClaimPlace(located.mention)
            if closedByRegionNoun, let found = self.place(located), found.kind == .place,
               let region = gazetteer.admin1(key: found.admin1Key),
               let regionIndex = gazetteer.places.firstIndex(where: { $0.geonameID == region.geonameID }) {
                place.status = .resolved(regionIndex)
                place.reason = "named as a region in a list closed by a region noun (\(region.name))"
            }
            return place
        }
        return (places, end)
    }
}
