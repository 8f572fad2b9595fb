/// The panel beside (or below) the map: legend, scale bars, north arrow and notes, laid out
/// top to bottom in the layout's columns, in smaller type when the notes are long.
struct Panel {
    var legend: Legend
    var scaleBar: ScaleBar
    var notes: [String]
    var attribution: String

    /// The panel's SVG groups (legend, scale, notes), laid out in `columns`.
    func render(columns: [PixelRect]) -> (legend: String, scale: String, notes: String) {
        let scales = [1.0, 0.92, 0.84, 0.76, 0.68]
        let texts = Texts(legend: legend.entries.map { Words($0.text) }, notes: (notes + [attribution]).map { Words($0) })
        var last: (String, String, String, Bool) = ("", "", "", false)
        for scale in scales {
            last = render(columns: columns, scale: scale, texts: texts)
            if last.3 { break }
        }
        return (last.0, last.1, last.2)
    }

    /// The words of the legend entries' texts and of the notes (the attribution last), measured
    /// once for every scale `render` tries.
    private struct Texts {
        var legend: [Words]
        var notes: [Words]
    }

    /// A text's words, each with its advance width in thousandths of an em (`TextMetrics`):
    /// what `wrap` needs of the text at any font size. Measured once, not once per scale
    /// tried: the panels of `borderline map seeds` tried five scales each.
    struct Words {
        var words: [Substring]
        var thousandths: [Double]
        /// The width of the space between words.
        var space: Double

        init(_ text: String, bold: Bool = false) {
            words = text.split(separator: " ", omittingEmptySubsequences: true)
            thousandths = words.map { TextMetrics.thousandths(of: $0, bold: bold) }
            space = TextMetrics.thousandths(of: " ", bold: bold)
        }
    }

    private struct Flow {
        let columns: [PixelRect]
        var column = 0
        var y: Double
        var overflowed = false

        init(columns: [PixelRect]) {
            self.columns = columns
            self.y = columns[0].minY
        }

        var current: PixelRect { columns[min(column, columns.count - 1)] }

        /// The top-left corner of a block of `height` pixels, moving to the next column when needed.
        mutating func take(_ height: Double) -> PixelPoint {
            if y + height > current.maxY && y > current.minY {
                if column + 1 < columns.count {
                    column += 1
                    y = columns[column].minY
                } else {
                    overflowed = true
                }
            }
            if y + height > current.maxY { overflowed = true }
            let origin = PixelPoint(x: current.minX, y: y)
            y += height
            return origin
        }
    }

    private func render(columns: [PixelRect], scale: Double, texts: Texts) -> (String, String, String, Bool) {
        let n = { (value: Double) in SVGText.number(value) }
        var flow = Flow(columns: columns)
        let width = columns[0].width
        var legendOut = ""
        let headingSize = 12 * scale, textSize = 10.5 * scale, lineHeight = textSize * 1.25
        var origin = flow.take(headingSize * 1.5)
        legendOut += "<text class=\"panel-heading\" x=\"\(n(origin.x))\" y=\"\(n(origin.y + headingSize))\" "
            + "font-size=\"\(n(headingSize))\">Legend</text>\n"
        for (entry, words) in zip(legend.entries, texts.legend) {
            let lines = Self.wrap(words, widthPixels: width - 34, fontPixels: textSize)
            let height = max(16, Double(lines.count) * lineHeight + 3)
            origin = flow.take(height)
            legendOut += "<g class=\"legend-entry\" data-legend=\"\(SVGText.escape(entry.key))\">"
            legendOut += Legend.sample(entry.key, at: PixelPoint(x: origin.x, y: origin.y + (height - 14) / 2 - 1))
            let firstBaseline = origin.y + height / 2 - Double(lines.count - 1) * lineHeight / 2 + textSize * 0.35
            for (index, line) in lines.enumerated() {
                legendOut += "<text class=\"legend-text\" x=\"\(n(origin.x + 34))\" "
                    + "y=\"\(n(firstBaseline + Double(index) * lineHeight))\" font-size=\"\(n(textSize))\">\(SVGText.escape(line))</text>"
            }
            legendOut += "</g>\n"
        }

        // Scale bars, with the north arrow to their right.
        _ = flow.take(8)
        let arrowWidth = 34.0
        var scaleOut = ""
        let scaleTop = flow.take(76).y
        let scaleLeft = flow.current.minX + 6
        for (index, bar) in [scaleBar.kilometres, scaleBar.miles].enumerated() {
            scaleOut += Self.bar(bar, left: scaleLeft, top: scaleTop + 4 + Double(index) * 30)
        }
        let longest = max(scaleBar.kilometres.lengthPixels, scaleBar.miles.lengthPixels)
        let arrowX = min(scaleLeft + longest + 78, flow.current.maxX - arrowWidth / 2)
        scaleOut += Self.northArrow(centreX: arrowX, top: scaleTop + 4)
        let centreText = scaleBar.centre.formatted(decimals: 2)
        scaleOut += "<text class=\"scale-text\" x=\"\(n(scaleLeft - 6))\" y=\"\(n(scaleTop + 72))\" font-size=\"\(n(9 * scale))\">"
            + "Scale true at the map centre (\(SVGText.escape(centreText)))</text>\n"

        _ = flow.take(6)
        var notesOut = ""
        let noteSize = 9.5 * scale, noteLine = noteSize * 1.3
        origin = flow.take(headingSize * 1.5)
        notesOut += "<text class=\"panel-heading\" x=\"\(n(origin.x))\" y=\"\(n(origin.y + headingSize))\" "
            + "font-size=\"\(n(headingSize))\">Notes</text>\n"
        for words in texts.notes {
            let lines = Self.wrap(words, widthPixels: width - 2, fontPixels: noteSize)
            for line in lines {
                origin = flow.take(noteLine)
                notesOut += "<text class=\"note\" x=\"\(n(origin.x))\" y=\"\(n(origin.y + noteSize))\" "
                    + "font-size=\"\(n(noteSize))\">\(SVGText.escape(line))</text>\n"
            }
            _ = flow.take(noteLine * 0.35)
        }
        return (legendOut, scaleOut, notesOut, !flow.overflowed)
    }

    /// A bar of four alternating segments with 0, half and full length written above it.
    static func bar(_ bar: ScaleBar.Bar, left: Double, top: Double) -> String {
        let n = { (value: Double) in SVGText.number(value) }
        let length = FixedDecimal.compact(bar.length, maxDecimals: 1)
        let half = FixedDecimal.compact(bar.length / 2, maxDecimals: 2)
        let barTop = top + 13, barHeight = 5.0
        var out = "<g id=\"scale-bar-\(bar.unit)\" class=\"scale-bar\" data-length=\"\(length)\" data-unit=\"\(bar.unit)\" "
            + "data-length-pixels=\"\(FixedDecimal.compact(bar.lengthPixels, maxDecimals: 3))\" "
            + "data-x=\"\(n(left))\" data-y=\"\(n(barTop))\">"
        let segment = bar.lengthPixels / 4
        for i in 0..<4 {
            out += "<rect class=\"\(i % 2 == 0 ? "scale-bar-dark" : "scale-bar-light")\" x=\"\(FixedDecimal.compact(left + Double(i) * segment, maxDecimals: 2))\" "
                + "y=\"\(n(barTop))\" width=\"\(FixedDecimal.compact(segment, maxDecimals: 2))\" height=\"\(n(barHeight))\"/>"
        }
        for (offset, text) in [(0.0, "0"), (bar.lengthPixels / 2, half), (bar.lengthPixels, length)] {
            out += "<text class=\"scale-text\" x=\"\(n(left + offset))\" y=\"\(n(barTop - 3))\" text-anchor=\"middle\" "
                + "font-size=\"9.5\">\(text)</text>"
        }
        out += "<text class=\"scale-text\" x=\"\(n(left + bar.lengthPixels + 5))\" y=\"\(n(barTop + barHeight))\" "
            + "font-size=\"9.5\">\(bar.unit == "km" ? "kilometres" : "miles")</text>"
        return out + "</g>\n"
    }

    /// A two-tone north arrow with an N above it.
    static func northArrow(centreX x: Double, top: Double) -> String {
        let n = { (value: Double) in SVGText.number(value) }
        let tip = top + 14, base = top + 50, side = 8.0
        return "<g id=\"north-arrow\" class=\"north-arrow-group\">"
            + "<text class=\"north-text\" x=\"\(n(x))\" y=\"\(n(top + 10))\" text-anchor=\"middle\">N</text>"
            + "<path class=\"north-arrow\" d=\"M\(n(x)) \(n(tip)) \(n(x)) \(n(base - 8)) \(n(x - side)) \(n(base))Z\"/>"
            + "<path class=\"north-arrow-light\" d=\"M\(n(x)) \(n(tip)) \(n(x + side)) \(n(base)) \(n(x)) \(n(base - 8))Z\"/>"
            + "</g>\n"
    }

    /// Greedy word wrap to `widthPixels`; a word longer than the width gets a line of its own.
    ///
    /// The line's width is kept as words join it (`TextMetrics.thousandths` of the pieces add
    /// up exactly to that of the line), not measured again from its start for each word, which
    /// made the wrap quadratic in the words of a paragraph (`borderline map seeds`, callgrind:
    /// 22.8M instructions in `wrap`, 19.7M with this).
    static func wrap(_ text: Words, widthPixels: Double, fontPixels: Double) -> [String] {
        let space = text.space
        var lines: [String] = []
        var current = ""
        var currentThousandths = 0.0
        for (word, wordThousandths) in zip(text.words, text.thousandths) {
            if current.isEmpty {
                current = String(word)
                currentThousandths = wordThousandths
            } else if TextMetrics.pixels(thousandths: currentThousandths + space + wordThousandths, fontSizePixels: fontPixels)
                <= widthPixels
            {
                current += " " + word
                currentThousandths += space + wordThousandths
            } else {
                lines.append(current)
                current = String(word)
                currentThousandths = wordThousandths
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
