/// Escaping and number formatting for SVG output.
///
/// Every string from an article (titles, place names, event labels) passes through `escape`
/// before it is written, so text such as `</svg><script>` stays text.
public enum SVGText {
    /// Escapes `text` for use as XML character data or inside a double- or single-quoted
    /// attribute: `&`, `<`, `>`, `"` and `'` become entities, characters XML 1.0 forbids
    /// (C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF; lone
    /// surrogates cannot occur in a Swift String) become U+FFFD, and line breaks become spaces.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: mayChange) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\r", "\t": out += " "
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether `escape` may change text holding this UTF-8 byte: a markup character, a control
    /// character, or 0xEF, the first byte of U+FFFE and U+FFFF. Text without any such byte is
    /// its own escape, returned as it is: copied scalar by scalar, the lines of a map's legend
    /// and notes took 14.2M of the 1,886M instructions of `borderline map seeds` (callgrind).
    private static func mayChange(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xEF
    }

    /// A pixel coordinate with at most `decimals` digits after the point (default one tenth
    /// of a pixel, finer than any screen or printer resolves at the page sizes offered).
    public static func number(_ value: Double, decimals: Int = 1) -> String {
        FixedDecimal.compact(value, maxDecimals: decimals)
    }

    /// "x y width height" for a `data-bbox` attribute.
    public static func box(_ rect: PixelRect) -> String {
        "\(number(rect.x)) \(number(rect.y)) \(number(rect.width)) \(number(rect.height))"
    }
}
