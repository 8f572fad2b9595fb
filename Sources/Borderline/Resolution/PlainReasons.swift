/// The reasons of a resolved mention that quote no name and no number ("country; border
/// region", "named as a region; near other places in the document"), as string literals.
///
/// About a third of the mentions of the generated corpus are resolved with one of these, and
/// making each reason a `String` from its bytes (`Resolver.Notes.text`) allocated and copied it,
/// some 300 instructions a reason, and freeing it was more work later. A literal is made
/// once, by the compiler: handing it out costs nothing, and it is never reference counted, so
/// threads that share the resolver never contend for it either (as they would for a shared
/// `String` made at run time).
///
/// The literal is only a guess at the reason: `Resolver.decide` writes every reason as before
/// and hands out the literal only when its bytes are exactly those written
/// (`Resolver.Notes.spells`), so the reasons are the same whatever this table holds.
enum PlainReasons {
    /// The reason of an entry of `kind` written without a name or number, with the border-region
    /// note when `borderRegion`, the coherence note when `near` and the "best of 2" note when
    /// `twoCandidates`; nil for a populated place with a population (its reason quotes it) and
    /// for the combinations that are rare (a country is never near: coherence skips countries).
    /// - Parameter namedAsRegion: whether an admin1 region was named as a region ("Kursk region").
    static func reason(kind: PlaceKind, population: Int, namedAsRegion: Bool, borderRegion: Bool, near: Bool,
                       twoCandidates: Bool) -> String? {
        switch kind {
        case .country:
            guard !near else { return nil }
            switch (borderRegion, twoCandidates) {
            case (false, false): return "country"
            case (true, false): return "country; border region"
            case (false, true): return "country; best of 2 entries with this name"
            case (true, true): return "country; border region; best of 2 entries with this name"
            }
        case .admin1:
            guard !twoCandidates else { return nil }
            if namedAsRegion {
                switch (borderRegion, near) {
                case (false, false): return "named as a region"
                case (true, false): return "named as a region; border region"
                case (false, true): return "named as a region; near other places in the document"
                case (true, true): return "named as a region; border region; near other places in the document"
                }
            }
            switch (borderRegion, near) {
            case (false, false): return "admin1 region"
            case (true, false): return "admin1 region; border region"
            case (false, true): return "admin1 region; near other places in the document"
            case (true, true): return "admin1 region; border region; near other places in the document"
            }
        case .place:
            guard population == 0, !twoCandidates else { return nil }
            switch (borderRegion, near) {
            case (false, false): return "populated place"
            case (true, false): return "populated place; border region"
            case (false, true): return "populated place; near other places in the document"
            case (true, true): return "populated place; border region; near other places in the document"
            }
        }
    }
}
