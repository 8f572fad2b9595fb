/// SVG path data from pixel coordinates, in the compact form "M x y x y … Z".
enum PathData {
    /// An open line.
    static func line(_ points: [PixelPoint]) -> String {
        guard let first = points.first else { return "" }
        var text = "M\(SVGText.number(first.x)) \(SVGText.number(first.y))"
        for point in points.dropFirst() {
            text += " \(SVGText.number(point.x)) \(SVGText.number(point.y))"
        }
        return text
    }

    /// Several open lines in one path.
    static func lines(_ pieces: [[PixelPoint]]) -> String {
        pieces.filter { $0.count >= 2 }.map(line).joined()
    }

    /// Closed rings in one path (draw with fill-rule evenodd so holes stay holes).
    static func rings(_ rings: [[PixelPoint]]) -> String {
        rings.filter { $0.count >= 3 }.map { line($0) + "Z" }.joined()
    }
}
