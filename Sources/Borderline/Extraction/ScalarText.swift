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
