/// A document's Unicode scalars, decoded straight from its UTF-8.
///
/// `Array(text.unicodeScalars)` counts the scalars in one pass and copies them through the
/// generic iterator in another; the event rules read every document this way, so the decoding
/// is done here in one pass into storage sized by the byte count (an upper bound). A `String`'s
/// UTF-8 is always valid, so each lead byte gives the sequence length without checks.
enum ScalarDecoding {
    /// The scalars of `text`, as `Array(text.unicodeScalars)` gives them.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0, n = 0
                let end = bytes.count
                while i < end {
                    let b0 = UInt32(bytes[i])
                    let value: UInt32
                    if b0 < 0x80 {
                        value = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    // Valid UTF-8 decodes only to valid scalars.
                    buffer[n] = unsafeBitCast(value, to: Unicode.Scalar.self)
                    n += 1
                }
                count = n
            }
        }
    }
}
