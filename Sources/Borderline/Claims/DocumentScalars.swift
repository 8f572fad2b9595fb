/// The Unicode scalars of a document's text, as an array the claim lexer indexes by offset.
///
/// `Array(text.unicodeScalars)` walks the text through the standard library's generic
/// scalar iterator; a `String` is always valid UTF-8, so its bytes can be decoded directly,
/// into storage sized once (never more scalars than bytes). Same scalars, same offsets.
enum DocumentScalars {
    static func of(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                var i = 0, n = 0
                let end = bytes.count
                while i < end {
                    let b0 = UInt32(bytes[i])
                    let value: UInt32
                    if b0 < 0x80 {
                        value = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        value = ((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)
                        i += 3
                    } else {
                        value = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                            | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)
                        i += 4
                    }
                    // Valid UTF-8 decodes to a valid scalar; the fallback is never taken.
                    buffer[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    n += 1
                }
                initialized = n
            }
        }
    }
}
