/// Small helpers for code that works on `[Unicode.Scalar]`: building strings without going
/// through `String.UnicodeScalarView` scalar by scalar, and ASCII fast paths for the Unicode
/// properties the splitters ask about (the answers are the same as `Unicode.Scalar.Properties`).
enum ScalarText {
    /// The string of `scalars`, UTF-8 encoded straight into its storage.
    @inline(__always)
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard !scalars.isEmpty else { return "" }
        var count = 0
        var ascii = true
        for scalar in scalars {
            let width = UTF8.width(scalar)
            count += width
            if width > 1 { ascii = false }
        }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            if ascii {
                for scalar in scalars { buffer[i] = UInt8(truncatingIfNeeded: scalar.value); i += 1 }
            } else {
                for scalar in scalars { UTF8.encode(scalar) { buffer[i] = $0; i += 1 } }
            }
            return i
        }
    }

    /// The scalars of `text`, as `Array(text.unicodeScalars)` gives them, decoded straight from
    /// its UTF-8 in one pass into storage sized once (never more scalars than bytes): the claim
    /// and event rules index every document this way. A `String`'s UTF-8 is always valid, so each
    /// lead byte gives the sequence length without checks.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                var i = 0, n = 0
                let end = bytes.count
                let source = UnsafeRawPointer(bytes.baseAddress!)
                let target = UnsafeMutableRawPointer(buffer.baseAddress!)
                while i < end {
                    // Sixteen ASCII bytes at a time (most text is ASCII): one vector load and
                    // test, then the bytes widened to scalars and stored as two vectors.
                    if i + 16 <= end {
                        let chunk = source.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                        // Two 64-bit lanes for the test: SIMD's `==` compares lane by lane.
                        let lanes = unsafeBitCast(chunk, to: SIMD2<UInt64>.self)
                        if (lanes[0] | lanes[1]) & 0x8080_8080_8080_8080 == 0 {
                            // Widened a half at a time: the whole vector at once went through the
                            // stack (a byte stored and reloaded, about a dozen more instructions
                            // for every sixteen bytes); each half is two unpacks per four scalars.
                            let offset = n &* MemoryLayout<Unicode.Scalar>.stride
                            target.storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: chunk.lowHalf), toByteOffset: offset, as: SIMD8<UInt32>.self)
                            target.storeBytes(
                                of: SIMD8<UInt32>(truncatingIfNeeded: chunk.highHalf), toByteOffset: offset &+ 32, as: SIMD8<UInt32>.self)
                            i &+= 16
                            n &+= 16
                            continue
                        }
                    }
                    let b0 = UInt32(bytes[i])
                    let value: UInt32
                    if b0 < 0x80 {
                        value = b0
                        i += 1
                    } else {
                        value = multiByteScalar(bytes, at: &i)
                    }
                    // Valid UTF-8 decodes to a valid scalar; the fallback is never taken.
                    buffer[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    n += 1
                }
                initialized = n
            }
        }
    }

    /// The value of the scalar whose sequence of two to four bytes starts at `bytes[index]` (a
    /// lead byte, 0x80 or above), with `index` moved past it. The bytes must be valid UTF-8, as a
    /// `String`'s are: the lead byte gives the length, and nothing is checked.
    @inline(__always)
    static func multiByteScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32 {
        let b0 = UInt32(bytes[index])
        if b0 < 0xE0 {
            defer { index += 2 }
            return ((b0 & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F)
        }
        if b0 < 0xF0 {
            defer { index += 3 }
            return ((b0 & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6) | (UInt32(bytes[index + 2]) & 0x3F)
        }
        defer { index += 4 }
        return ((b0 & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
            | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F)
    }

    /// `scalar.properties.isWhitespace`.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// `scalar.properties.isAlphabetic`.
    @inline(__always)
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return scalar.properties.isAlphabetic
    }

    /// `scalar.properties.isUppercase`.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return scalar.properties.isUppercase
    }
}
