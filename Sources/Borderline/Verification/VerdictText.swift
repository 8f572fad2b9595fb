/// A verdict's text (its sentence, its reason) written as UTF-8 bytes into one buffer and made a
/// String once, at the end.
///
/// Each `+=` on a String goes through the checks of String's storage (about 400 instructions
/// an append, measured), and a checked claim writes twenty to forty pieces; copying the
/// pieces' bytes into an array costs less than half of that. The String made at the end
/// validates the bytes, which are valid UTF-8 pieces put end to end, so nothing is repaired:
/// the text is byte for byte what appending the same pieces to a String gives.
struct VerdictText {
    private var bytes: [UInt8]

    /// An empty text with room for `capacity` bytes.
    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    static func += (text: inout VerdictText, piece: String) {
        if piece.utf8.withContiguousStorageIfAvailable({ text.bytes.append(contentsOf: $0) }) == nil {
            text.bytes.append(contentsOf: piece.utf8)
        }
    }

    static func += (text: inout VerdictText, piece: Substring) {
        if piece.utf8.withContiguousStorageIfAvailable({ text.bytes.append(contentsOf: $0) }) == nil {
            text.bytes.append(contentsOf: piece.utf8)
        }
    }

    /// The text written so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
