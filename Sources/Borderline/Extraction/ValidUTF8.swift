/// Strings made from bytes that are valid UTF-8 by construction: a slice of a document's UTF-8
/// cut at scalar boundaries (`TextCutter`), or whole UTF-8 pieces put end to end
/// (`VerdictText`).
///
/// Every String initialiser that takes bytes checks them: `String(decoding:as:)` and
/// `String(unsafeUninitializedCapacity:initializingUTF8With:)` validate (and would repair) each
/// byte, about 1,700 instructions for a 170-byte sentence, and the pipeline makes a String of
/// every mention's surface, sentence and verdict. A `UTF8Span` taken as valid is copied
/// without that check (about 300 instructions for the same sentence); it is told whether the
/// bytes are ASCII, so the String carries the flags validation would have set. Debug builds
/// still validate, so a caller that breaks the promise is caught by the tests.
enum ValidUTF8 {
    /// The String of `bytes`, which must be whole, valid UTF-8.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        string(bytes, isASCII: isASCII(bytes))
    }

    /// The String of `bytes`, which must be whole, valid UTF-8, for a caller that knows
    /// whether they are ASCII without reading them (`TextCutter`: a scalar range with as many
    /// bytes as scalars). `isASCII` must be exactly `isASCII(bytes)`: the String keeps it.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        guard !bytes.isEmpty else { return "" }
        assert(isASCII == Self.isASCII(bytes), "bytes said to be ASCII are not, or the other way round")
        let text = String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        assert(String(validating: bytes, as: UTF8.self).map { $0.utf8.elementsEqual(text.utf8) } == true,
               "bytes taken as valid UTF-8 are not")
        return text
    }

    /// Whether every byte is below 0x80, read sixteen bytes at a time (then eight, then one by
    /// one), stopping at the first stretch that holds a wider byte: texts with a dash or a
    /// Cyrillic letter mostly have one early.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(start)
        let high: UInt64 = 0x8080_8080_8080_8080
        var offset = 0
        while offset &+ 16 <= bytes.count {
            let pair = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: offset &+ 8, as: UInt64.self)
            if pair & high != 0 { return false }
            offset &+= 16
        }
        var union: UInt64 = 0
        if offset &+ 8 <= bytes.count {
            union = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset &+= 8
        }
        while offset < bytes.count {
            union |= UInt64(bytes[offset])
            offset &+= 1
        }
        return union & high == 0
    }
}
