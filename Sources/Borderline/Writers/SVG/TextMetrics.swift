/// Text widths for label placement, measured with the advance widths of DejaVu Sans.
///
/// The SVG names a font stack (DejaVu Sans, then Helvetica/Arial/Segoe UI on macOS and Windows);
/// DejaVu Sans is the widest of them, so a box measured with its widths holds the text in every
/// font of the stack, and the label boxes the placer keeps apart stay apart when drawn.
/// The tables in `TextMetrics+DejaVu.swift` were generated with PIL:
/// `ImageFont.truetype("DejaVuSans.ttf", 1000).getlength(chr(c))` for Basic Latin, Latin-1,
/// Latin Extended-A, Cyrillic and general punctuation. Characters outside them count as 1 em.
public enum TextMetrics {
    /// Height of a label's box as a multiple of the font size: DejaVu's ascender (0.93) and
    /// descender (0.24), slightly trimmed to the tallest glyphs of Latin and Cyrillic text.
    public static let boxHeightEm = 1.16
    /// Distance from the box's top to the baseline, as a multiple of the font size.
    public static let baselineEm = 0.92

    /// The advance width of `text` at `fontSizePixels`, in pixels, plus `letterSpacingPixels`
    /// after every character (as SVG's letter-spacing does).
    public static func widthPixels(
        of text: String, fontSizePixels: Double, bold: Bool = false, letterSpacingPixels: Double = 0
    ) -> Double {
        let table = bold ? boldWidths : regularWidths
        var thousandths = 0.0
        var count = 0
        for scalar in text.unicodeScalars {
            thousandths += Double(advance(of: scalar.value, in: table))
            count += 1
        }
        return pixels(thousandths: thousandths, fontSizePixels: fontSizePixels) + Double(count) * letterSpacingPixels
    }

    /// The advance width of `text` in thousandths of an em, without letter spacing: a whole
    /// number, so the widths of pieces of a text add up exactly to the width of the text.
    static func thousandths(of text: Substring, bold: Bool = false) -> Double {
        let table = bold ? boldWidths : regularWidths
        var thousandths = 0.0
        for scalar in text.unicodeScalars { thousandths += Double(advance(of: scalar.value, in: table)) }
        return thousandths
    }

    /// An advance width in thousandths of an em, in pixels at `fontSizePixels`.
    static func pixels(thousandths: Double, fontSizePixels: Double) -> Double {
        thousandths / 1000 * fontSizePixels
    }

    private static func advance(of codePoint: UInt32, in table: [(first: UInt32, widths: [UInt16])]) -> UInt16 {
        for range in table where codePoint >= range.first && codePoint < range.first + UInt32(range.widths.count) {
            return range.widths[Int(codePoint - range.first)]
        }
        // Combining marks take no advance; anything else unknown counts as a full em.
        if (0x300...0x36F).contains(codePoint) { return 0 }
        return 1000
    }
}
