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
        var output = ""
        write(value, into: &output)
        return output
    }

    /// Appends the JSON text of `value` to `output`.
    public func write(_ value: JSONValue, into output: inout String) {
        switch value {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .integer(number): output += String(number)
        case let .number(number):
            if number.isFinite {
                let text = FixedDecimal.compact(number, maxDecimals: maxDecimals)
                output += text.contains(".") ? text : text + ".0"
            } else {
                output += "null"
            }
        case let .string(text): Self.writeString(text, into: &output)
        case let .array(values):
            output += "["
            for (index, element) in values.enumerated() {
                if index > 0 { output += "," }
                write(element, into: &output)
            }
            output += "]"
        case let .object(members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(member.0, into: &output)
                output += ":"
                write(member.1, into: &output)
            }
            output += "}"
        }
    }

    /// Appends `text` as a quoted, escaped JSON string. Runs of bytes that need no escape are
    /// copied whole (the writers emit every name and sentence through here, so a scalar-by-scalar
    /// append was most of the cost of writing GeoJSON).
    public static func writeString(_ text: String, into output: inout String) {
        output += "\""
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            var escape: String?
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
                let hex = String(byte, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end lines in JavaScript: escaped.
                let second = utf8.index(after: index)
                if second != utf8.endIndex, utf8[second] == 0x80 {
                    let third = utf8.index(after: second)
                    if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
                        escape = utf8[third] == 0xA8 ? "\\u2028" : "\\u2029"
                        width = 3
                    }
                }
            default: break
            }
            if let escape {
                output.append(contentsOf: Substring(utf8[runStart..<index]))
                output += escape
                index = utf8.index(index, offsetBy: width)
                runStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        output.append(contentsOf: Substring(utf8[runStart..<utf8.endIndex]))
        output += "\""
    }
}
