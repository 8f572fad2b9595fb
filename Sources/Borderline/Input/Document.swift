/// One article: the unit every later stage works on.
public struct Document: Sendable, Hashable {
    /// A stable id: the file name without extension, or the `id` of a JSON Lines record.
    public var id: String
    /// Where it came from ("seeds/000_b226895ee19b64e6.txt", "stdin:3"), for messages.
    public var source: String
    /// The text as decoded (UTF-8, byte-order mark removed, line ends kept as they were).
    /// Offsets in Borderline's output count Unicode scalars (code points) of this text.
    public var text: String
    /// Publication date, ISO 8601 (yyyy-mm-dd), when the document states one.
    public var published: String?

    public init(id: String, source: String, text: String, published: String? = nil) {
        self.id = id
        self.source = source
        self.text = text
        self.published = published ?? Self.dateline(in: text)
    }

    /// The date of a leading dateline such as " date 2023-12-30 Explosions…", when present.
    static func dateline(in text: String) -> String? {
        let head = text.unicodeScalars.prefix(40).drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        let string = String(String.UnicodeScalarView(head))
        guard string.lowercased().hasPrefix("date ") else { return nil }
        let candidate = String(string.dropFirst(5).prefix(10))
        let digits = candidate.unicodeScalars.enumerated().allSatisfy { index, scalar in
            (index == 4 || index == 7) ? scalar == "-" : ("0"..."9").contains(scalar)
        }
        return candidate.count == 10 && digits ? candidate : nil
    }
}
