/// Cuts the texts of scalar ranges out of a document's UTF-8: the mentions' surfaces and
/// sentences (the finder), the claims' sentences, evidence and wordings (`ClaimSentence`), and
/// the events' sentences where they differ from the finder's (`EventExtractor.sentenceText`).
///
/// Offsets everywhere count Unicode scalars, while the text is stored as UTF-8; `ByteOffsets`
/// maps one to the other. The cutter keeps the stretch between two of its steps that the last
/// range began in, so a caller asking in about text order (nearly every range: most documents
/// have few multi-byte scalars) needs no search. One cutter serves every stage, so a text is
/// cut the same way wherever it is made.
struct TextCutter {
    let bytes: UnsafeBufferPointer<UInt8>
    let byteOffsets: ByteOffsets
    /// Scalar offsets `start..<end` have byte offsets `extra` more. Empty until the first cut,
    /// so a cutter made for one text costs no search of its own.
    private var run: (start: Int, end: Int, extra: Int) = (0, 0, 0)

    /// - Parameter bytes: the document's UTF-8, valid for as long as the cutter is used.
    /// - Parameter byteOffsets: its steps (`TextScan` records them; `ByteOffsets(reading:)`
    ///   reads them off a text).
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ byteOffsets: ByteOffsets) {
        self.bytes = bytes
        self.byteOffsets = byteOffsets
    }

    /// The UTF-8 of `range` (scalar offsets): a slice of the document's bytes, whole scalars.
    @inline(__always)
    mutating func utf8(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        if range.lowerBound < run.start || range.lowerBound >= run.end { run = byteOffsets.run(containing: range.lowerBound) }
        let lower = range.lowerBound + run.extra
        let upper = range.upperBound < run.end ? range.upperBound + run.extra : byteOffsets.byteOffset(ofScalar: range.upperBound)
        return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    }

    /// The text of `range` (scalar offsets), copied from the document's UTF-8. A range with
    /// as many bytes as scalars holds only one-byte scalars, so it is ASCII exactly then: the
    /// long texts are told so, not read sixteen bytes at a time to find out (`ValidUTF8`).
    mutating func text(_ range: Range<Int>) -> String {
        let source = utf8(range)
        guard source.count <= 15 else { return ValidUTF8.string(source, isASCII: source.count == range.count) }
        return Self.smallString(source)
    }

    /// The text of `range` (scalar offsets): `shared` when it spells exactly those bytes (a
    /// retain of a string another stage already made, such as the finder's text of a mention's
    /// sentence), else cut as `text(_:)` cuts it.
    mutating func text(_ range: Range<Int>, sharing shared: String) -> String {
        let source = utf8(range)
        return Self.spells(shared, bytes: source) ? shared : Self.string(source)
    }

    /// Whether `text`'s UTF-8 is `bytes`: the lengths first (a native string knows its own),
    /// then eight bytes at a time.
    static func spells(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        guard let other = bytes.baseAddress.map(UnsafeRawPointer.init) else { return true }
        var text = text
        return text.withUTF8 { own in
            guard let own = own.baseAddress.map(UnsafeRawPointer.init) else { return true }
            let count = bytes.count
            var i = 0
            while i &+ 8 <= count {
                guard own.loadUnaligned(fromByteOffset: i, as: UInt64.self) == other.loadUnaligned(fromByteOffset: i, as: UInt64.self) else { return false }
                i &+= 8
            }
            while i < count {
                guard own.load(fromByteOffset: i, as: UInt8.self) == other.load(fromByteOffset: i, as: UInt8.self) else { return false }
                i &+= 1
            }
            return true
        }
    }

    /// The text of `source`, whole scalars of valid UTF-8 (`utf8(_:)`).
    ///
    /// A copy of bytes, not a scalar-by-scalar rebuild: cheaper than slicing the string's
    /// scalar view, which aligns and copies through generic code, and than `String(Substring)`,
    /// whose index checks cost more than the validation it saves. Most surfaces fit a small
    /// string (at most 15 UTF-8 bytes, kept in the `String` itself): those are written in
    /// place, which costs about two thirds of `String(decoding:)`, and less than a copy taken
    /// as valid (`ValidUTF8`), whose set-up outweighs the check of so few bytes. Longer ones
    /// (most sentences) are cut from a valid document at scalar boundaries, so they are taken
    /// as valid rather than checked byte by byte.
    @inline(__always)
    static func string(_ source: UnsafeBufferPointer<UInt8>) -> String {
        guard source.count <= 15 else { return ValidUTF8.string(source) }
        return smallString(source)
    }

    /// The String of at most 15 bytes of valid UTF-8, written in place (`string(_:)`): as two
    /// words that may overlap (`copySmall`), not through `copyMemory`, whose call to `memmove`
    /// cost more than the copy of so few bytes.
    @inline(__always)
    private static func smallString(_ source: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: source.count) { out in
            copySmall(source, to: out)
            return source.count
        }
    }

    /// Copies `source` (at most 16 bytes) to `out`, which has room for exactly as many: bytes
    /// 0..<8 and count-8..<count when there are eight or more (two loads and two stores, the
    /// middle written twice with the same bytes), likewise with four-byte words for four to
    /// seven, else byte by byte. Never reads or writes outside either buffer.
    @inline(__always)
    static func copySmall(_ source: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableBufferPointer<UInt8>) {
        let count = source.count
        assert(count <= 16 && out.count >= count, "copySmall copies at most 16 bytes into room for them")
        guard let from = source.baseAddress.map(UnsafeRawPointer.init),
              let to = out.baseAddress.map(UnsafeMutableRawPointer.init) else { return }
        if count >= 8 {
            let head = from.loadUnaligned(as: UInt64.self), last = from.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: last, toByteOffset: count &- 8, as: UInt64.self)
        } else if count >= 4 {
            let head = from.loadUnaligned(as: UInt32.self), last = from.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: last, toByteOffset: count &- 4, as: UInt32.self)
        } else {
            for k in 0..<count { to.storeBytes(of: from.load(fromByteOffset: k, as: UInt8.self), toByteOffset: k, as: UInt8.self) }
        }
    }
}
