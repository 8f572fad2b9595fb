/// Writes `JSONValue`s as compact, deterministic JSON text.
///
/// Numbers: `.integer` as integers; `.number` with at most `maxDecimals` decimals, trailing
/// zeros dropped but always with a decimal point ("35.0"), because OGR and QGIS type a field
/// Integer when every value lacks one and Real fields must stay Real. Never exponent notation,
/// never NaN: a non-finite number becomes `null`, as JSON has no literal for it.
/// Strings are escaped per RFC 8259; non-ASCII text is written as UTF-8, not as \u escapes, so
/// Cyrillic names stay readable.
public struct JSONWriter: Sendable {
    /// Decimals kept for non-integer numbers.
    public var maxDecimals: Int

    /// Creates a writer keeping at most `maxDecimals` decimals in numbers.
    public init(maxDecimals: Int = 6) {
        self.maxDecimals = maxDecimals
    }

    /// The JSON text of `value`.
    public func string(_ value: JSONValue) -> String {
        var output: [UInt8] = []
        write(value, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the JSON text of `value` to `output`.
    public func write(_ value: JSONValue, into output: inout String) {
        output += string(value)
    }

    /// Appends the JSON text of `value` to `output` as UTF-8. The text is built as bytes, not as
    /// a String, because appending to a String checks and reallocates on every piece, which was
    /// most of the cost of writing GeoJSON.
    public func write(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null: Self.append("null", to: &output)
        case let .bool(flag): Self.append(flag ? "true" : "false", to: &output)
        case let .integer(number): FixedDecimal.appendInteger(number, into: &output)
        case let .number(number): writeNumber(number, into: &output)
        case let .string(text): Self.writeString(text, into: &output)
        case let .array(values):
            output.append(0x5B)
            for (index, element) in values.enumerated() {
                if index > 0 { output.append(0x2C) }
                write(element, into: &output)
            }
            output.append(0x5D)
        case let .object(members):
            output.append(0x7B)
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(0x2C) }
                Self.writeString(member.0, into: &output)
                output.append(0x3A)
                write(member.1, into: &output)
            }
            output.append(0x7D)
        }
    }

    /// Appends a `.number`'s text: at most `maxDecimals` decimals and always a decimal point, or
    /// `null` when not finite. Also used by the writers that stream records without a `JSONValue`.
    public func writeNumber(_ number: Double, into output: inout [UInt8]) {
        output.append(addingCapacity: Self.numberCapacity) { writeNumber(number, into: &$0) }
    }

    /// The most bytes a `.number`'s text takes: `FixedDecimal.compactCapacity` and ".0".
    static let numberCapacity = FixedDecimal.compactCapacity + 2

    /// Writes a `.number`'s text into `span`, which has room for `numberCapacity` bytes.
    @inline(__always)
    func writeNumber(_ number: Double, into span: inout OutputSpan<UInt8>) {
        if number.isFinite {
            if !FixedDecimal.appendCompactReportingPoint(number, maxDecimals: maxDecimals, into: &span) {
                span.append(".0")
            }
        } else {
            span.append("null")
        }
    }

    /// Appends `text` as a quoted, escaped JSON string.
    public static func writeString(_ text: String, into output: inout String) {
        var bytes: [UInt8] = []
        writeString(text, into: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a quoted, escaped JSON string, as UTF-8.
    public static func writeString(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            output.append(addingCapacity: escapedCapacity(utf8) + 2) { span in writeString(utf8, into: &span) }
        }
    }

    /// Appends `text` escaped as in a JSON string, without the quotes: for a string written in
    /// pieces (a streamed feature's id is its document's id, "/", and the layer's id).
    public static func writeEscaped(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            output.append(addingCapacity: escapedCapacity(utf8)) { span in writeEscaped(utf8, into: &span) }
        }
    }

    /// The most bytes the UTF-8 text `utf8` takes escaped, without the quotes: six per byte (a
    /// control character's `\u00XX`), the room reserved before writing it through a span.
    @inline(__always)
    static func escapedCapacity(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        utf8.count * 6
    }

    /// Writes the UTF-8 text `utf8` as a quoted, escaped JSON string into `span`, which has room
    /// for `escapedCapacity(utf8) + 2` bytes.
    @inline(__always)
    static func writeString(_ utf8: UnsafeBufferPointer<UInt8>, into span: inout OutputSpan<UInt8>) {
        span.append(0x22)
        writeEscaped(utf8, into: &span)
        span.append(0x22)
    }

    /// Writes the UTF-8 text `utf8` escaped into `span`, which has room for `escapedCapacity(utf8)`
    /// bytes. Runs of bytes that need no escape are copied whole (the writers emit every name and
    /// sentence through here).
    static func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>, into span: inout OutputSpan<UInt8>) {
        let raw = UnsafeRawBufferPointer(utf8)
        var runStart = 0
        var index = 0
        while index < utf8.count {
            // Eight bytes at once while none of them may need a look (most of a sentence).
            if index + 8 <= utf8.count, !mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = utf8[index]
            // Nearly every byte is copied as it is: printable ASCII but the quote and the
            // backslash, and UTF-8 bytes but the lead byte of U+2028 and U+2029.
            if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0xE2 {
                index += 1
                continue
            }
            var escape: StaticString?
            var width = 1
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case 0x00..<0x20:
                // \u00XX, the hex digits in lower case.
                span.append(copying: UnsafeRawBufferPointer(rebasing: raw[runStart..<index]))
                span.append("\\u00")
                span.append(0x30 | byte >> 4)
                let low = byte & 0x0F
                span.append(low < 10 ? 0x30 + low : 0x57 + low)
                index += 1
                runStart = index
                continue
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end lines in JavaScript: escaped.
                if index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                    escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                }
            default: break
            }
            if let escape {
                span.append(copying: UnsafeRawBufferPointer(rebasing: raw[runStart..<index]))
                span.append(escape)
                index += width
                runStart = index
            } else {
                index += 1
            }
        }
        span.append(copying: UnsafeRawBufferPointer(rebasing: raw[runStart..<utf8.count]))
    }

    /// Whether any of the eight bytes of `word` is a control character, a quote, a backslash or
    /// 0xE2 (which may start U+2028 or U+2029): false means all eight are copied as they are.
    /// Bitwise tests on the whole word (a byte below n, or equal to 0, sets its high bit in
    /// `(v - n·ones) & ~v`); a borrow can flag a byte that needs nothing, never miss one that does.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func below(_ v: UInt64, _ n: UInt64) -> UInt64 { (v &- ones &* n) & ~v }
        let flagged = below(word, 0x20) | below(word ^ (ones &* 0x22), 1) | below(word ^ (ones &* 0x5C), 1)
            | below(word ^ (ones &* 0xE2), 1)
        return flagged & (ones &* 0x80) != 0
    }

    /// Appends a literal's bytes.
    @inline(__always)
    static func append(_ literal: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
