/// A span of a document that names a gazetteer entry (or looks like it does).
public struct Mention: Sendable, Hashable {
    public var documentID: String
    /// The sentence the mention is in (its index and text), for provenance.
    public var sentenceIndex: Int
    public var sentenceText: String
    /// Unicode-scalar offsets in the document text, end exclusive.
    public var start: Int
    public var end: Int
    /// 1-based line and column (column in scalars) of `start`.
    public var line: Int
    public var column: Int
    /// The text as written ("Kursk region", "Kyiv").
    public var surface: String
    /// Candidate entries (positions in `Gazetteer.places`), in gazetteer order.
    public var candidates: [Int]
    /// Whether the surface named a region explicitly ("Kursk region", "Belgorod Oblast").
    public var isRegionPhrase: Bool
}
