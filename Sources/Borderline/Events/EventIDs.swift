/// The ids of one document's events, "event:<document>:<start>": the bytes up to the start's
/// digits are written once per document (at its first event: most documents have none), and
/// each id writes only its digits after them and is made a String of bytes known valid, as
/// `ValidUTF8.string` makes it.
/// Written whole per event into a String of its own (`String(unsafeUninitializedCapacity:)`),
/// an id cost about 515 instructions, 380 of them in the String's check of every byte it had
/// just been given; interpolation and `String(Int)` cost more still. The bytes are valid
/// UTF-8: the document id's own (a String's) with ASCII around them.
struct EventIDs {
    private let documentID: String
    /// "event:<document>:" and room after it for the digits of any `Int` (empty until the
    /// first id).
    private var bytes: [UInt8] = []
    /// The length of "event:<document>:".
    private var prefixCount = 0
    /// Whether the document id is ASCII (and so every id of the document).
    private var isASCII = true

    init(_ documentID: String) {
        self.documentID = documentID
    }

    /// The id of the event whose evidence starts at `start`.
    mutating func id(_ start: Int) -> String {
        guard start >= 0 else { return "event:" + documentID + ":" + String(start) }
        if bytes.isEmpty { writePrefix() }
        var digits = 1
        var rest = start
        while rest >= 10 { rest /= 10; digits += 1 }
        let prefixCount = prefixCount, isASCII = isASCII
        return bytes.withUnsafeMutableBufferPointer { buffer in
            // The digits from the last back (`start` is not negative: one digit at least, and
            // at most 19, within the room of 20).
            var value = start
            var k = prefixCount + digits
            repeat {
                k -= 1
                buffer[k] = UInt8(0x30 + value % 10)
                value /= 10
            } while k > prefixCount
            let id = UnsafeBufferPointer(rebasing: buffer[..<(prefixCount + digits)])
            // Whether the id is ASCII is settled by the prefix's bytes, read once per document
            // (the digits are ASCII), so the String is made without a scan for a wider byte.
            return ValidUTF8.string(id, isASCII: isASCII)
        }
    }

    /// "event:<document>:" and 20 bytes of room, in one allocation of the size needed.
    private mutating func writePrefix() {
        var documentID = documentID
        let prefix: StaticString = "event:"
        (bytes, prefixCount) = documentID.withUTF8 { id in
            let prefixCount = prefix.utf8CodeUnitCount + id.count + 1
            let bytes = [UInt8](unsafeUninitializedCapacity: prefixCount + 20) { buffer, count in
                let base = buffer.baseAddress!
                base.initialize(from: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
                if let idBytes = id.baseAddress { (base + prefix.utf8CodeUnitCount).initialize(from: idBytes, count: id.count) }
                (base + prefixCount - 1).initialize(to: 0x3A)
                (base + prefixCount).initialize(repeating: 0x30, count: 20)
                count = prefixCount + 20
            }
            return (bytes, prefixCount)
        }
        let prefixCount = prefixCount
        isASCII = bytes.withUnsafeBufferPointer { ValidUTF8.isASCII(UnsafeBufferPointer(rebasing: $0[..<prefixCount])) }
    }
}
