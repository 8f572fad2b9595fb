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
            if matches(.and, at: cursor) || matches(.comma, .and, at: cursor) || matches(.comma, at: cursor) {
                let next = matches(.comma, .and, at: cursor) ? cursor + 2 : cursor + 1
                if mention(startingAt: next) != nil { cursor = next; continue }
            }
            break
        }
        guard !members.isEmpty else { return ([], index) }
        var end = cursor
        // The last mention's fields read in place: copying the resolved mention retained each
        // of its strings and lists.
        let last = members[members.count - 1].at
        var closedByRegionNoun = all[last].mention.isRegionPhrase
            && Self.pluralRegionNouns.contains(Self.lastWordFolded(of: all[last].mention.surface))
        if end < tokens.count, tokens[end].isWord(in: Self.regionNounCodes) {
            closedByRegionNoun = true
            end += 1
        }
        let places = members.map { located -> ClaimPlace in
            var place = claimPlace(located)
            // The region's position: `admin1(key:)`'s entry, whose GeoNames id no other entry has.
            // The entries' fields are read in place, not by copying each entry.
            if closedByRegionNoun, located.placeKind == .place, let found = located.placeIndex,
               let regionIndex = admin1Positions[self.places[found].admin1Key] {
                place.status = .resolved(regionIndex)
                place.reason = "named as a region in a list closed by a region noun (\(self.places[regionIndex].name))"
            }
            return place
        }
        return (places, end)
    }

    /// The last word of `surface`, folded: `Tokenizer.foldedTokens(of: surface).last ?? ""`.
    /// Only the last word is asked for, and folding every word of the surface, in an array of
    /// its scalars and another of tokens, cost some four thousand instructions and several
    /// allocations per list of regions; the word is read from the end of the surface's UTF-8
    /// instead, when it and what follows it are ASCII (otherwise the tokenizer folds it).
    static func lastWordFolded(of surface: String) -> String {
        let ascii = surface.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            // A word scalar of ASCII is a letter or a digit (`Tokenizer.isWordScalar`).
            func isWordByte(_ byte: UInt8) -> Bool {
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            }
            var end = bytes.count
            while end > 0, !isWordByte(bytes[end - 1]) {
                guard bytes[end - 1] < 0x80 else { return nil }
                end -= 1
            }
            var start = end
            while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
            // A non-ASCII scalar right before may belong to the word.
            guard start == 0 || bytes[start - 1] < 0x80 else { return nil }
            return Tokenizer.fold(UnsafeBufferPointer(rebasing: bytes[start..<end]).lazy.map { Unicode.Scalar($0) })
        }
        if let ascii, let word = ascii { return word }
        return Tokenizer.foldedTokens(of: surface).last ?? ""
    }

    /// The plural region nouns a region phrase may end in ("the Kharkiv and Sumy oblasts"): made
    /// once, where the array literal in `list(startingAt:)` was allocated, filled and destroyed
    /// for every list that ends in a region phrase.
    static let pluralRegionNouns = ["oblasts", "regions", "provinces"]

    /// Region nouns that close a list.
    static let regionNounCodes = ClaimWord.membership(["oblasts", "regions", "provinces", "oblast", "region"])
}
