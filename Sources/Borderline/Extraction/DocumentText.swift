/// A document's text as the claim and event rules read it: its Unicode scalars and the scalar
/// ranges of its sentences. `MapPipeline` makes it once per document and hands it to every
/// stage, which would otherwise each decode the text and split its sentences again; the
/// stages' public entry points make it themselves.
struct DocumentText {
    /// The text's scalars, as `Array(text.unicodeScalars)` gives them.
    let scalars: [Unicode.Scalar]
    /// The sentences, as `SentenceSplitter.ranges(scalars)` gives them.
    let sentences: [Range<Int>]
    /// Where the text's scalar and UTF-8 offsets part, when the finder's scan recorded it
    /// (`TextScan.byteOffsets`); nil otherwise, for a stage to read off the text if it needs it.
    let byteOffsets: ByteOffsets?

    /// Decodes `text` and splits its sentences, reading every scalar.
    init(_ text: String) {
        scalars = ScalarText.scalars(of: text)
        sentences = SentenceSplitter.ranges(scalars)
        byteOffsets = nil
    }

    /// Decodes `text` and splits its sentences at the breaks the finder's scan recorded
    /// (`TextScan.sentenceBreaks`), which gives the same sentences without reading every scalar,
    /// and keeps the scan's `byteOffsets`.
    init(_ text: String, sentenceBreaks: [Int32], byteOffsets: ByteOffsets) {
        scalars = ScalarText.scalars(of: text)
        sentences = SentenceSplitter.ranges(scalars, breaks: sentenceBreaks)
        self.byteOffsets = byteOffsets
    }
}
