/// What a sentence states, before anything is measured.
public enum ClaimStatement: Sendable, Hashable {
    /// A distance to the reference; `conversion` is the same figure in another unit
    /// ("10km (six miles)"), `direction` the compass word when one is given ("30 km southeast of").
    case distance(StatedQuantity, conversion: StatedQuantity?, direction: CompassDirection?)
    /// A head count of the subject ("a city of 69,000 people").
    case population(StatedQuantity)
    /// The subject lies in the country with this ISO code.
    case country(code: String, name: String)
    /// The subject lies in `direction` from the reference place, or in that part of the
    /// reference country. `comparative` for "further north": only the sense is stated.
    case direction(CompassDirection, comparative: Bool)
    /// The subject region shares a border with the reference region or country.
    case adjacency
}

/// A checkable statement found in a document, with its subject and reference; not yet measured.
public struct Claim: Sendable, Hashable {
    public var documentID: String
    public var sentenceIndex: Int
    public var sentenceText: String
    /// The kind is declared before the evidence so that the memberwise initializer (kind first)
    /// differs from the public `init` (evidence first): the patterns build their claims through
    /// the memberwise one, which makes the value in one piece and moves it into the list, while
    /// an `init` with a body filled a temporary field by field and copied it out (retaining
    /// each of its strings, then releasing them).
    public var kind: ClaimKind
    /// Scalar offsets of the words that make the claim, end exclusive.
    public var evidenceStart: Int
    public var evidenceEnd: Int
    /// Those words as written.
    public var evidenceText: String
    /// The place the statement is about; nil when the text names none that could be found.
    public var subject: ClaimPlace?
    public var reference: ClaimReference?
    public var statement: ClaimStatement
}

extension Claim {
    /// A claim from its parts. (In an extension, so that the memberwise initializer is kept.)
    public init(
        documentID: String, sentenceIndex: Int, sentenceText: String, evidenceStart: Int, evidenceEnd: Int,
        evidenceText: String, kind: ClaimKind, subject: ClaimPlace?, reference: ClaimReference?,
        statement: ClaimStatement
    ) {
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
        self.sentenceText = sentenceText
        self.evidenceStart = evidenceStart
        self.evidenceEnd = evidenceEnd
        self.evidenceText = evidenceText
        self.kind = kind
        self.subject = subject
        self.reference = reference
        self.statement = statement
    }
}
