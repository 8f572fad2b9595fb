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

    /// Appends `text` as a quoted, escaped JSON string.
    public static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
