/// SVG path data from pixel coordinates, in the compact form "M x y x y … Z".
///
/// Written as UTF-8 into one buffer per path, each number by `FixedDecimal.appendCompact` (the
/// text `SVGText.number` gives): built by string interpolation, a String per number and per
/// point, the paths of the base map took 212M of the 3,015M instructions of `borderline map
/// seeds` (callgrind), half of it in `String.append`.
enum PathData {
    /// An open line.
    static func line(_ points: [PixelPoint]) -> String {
        var output: [UInt8] = []
        append(points, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Several open lines in one path.
    static func lines(_ pieces: [[PixelPoint]]) -> String {
        var output: [UInt8] = []
        for piece in pieces where piece.count >= 2 { append(piece, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Closed rings in one path (draw with fill-rule evenodd so holes stay holes).
    static func rings(_ rings: [[PixelPoint]]) -> String {
        var output: [UInt8] = []
        for ring in rings where ring.count >= 3 {
            append(ring, into: &output)
            output.append(UInt8(ascii: "Z"))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `line(points)`: "M", then each point's x and y, all apart by spaces.
    private static func append(_ points: [PixelPoint], into output: inout [UInt8]) {
        guard !points.isEmpty else { return }
        output.append(UInt8(ascii: "M"))
        for (index, point) in points.enumerated() {
            if index > 0 { output.append(UInt8(ascii: " ")) }
            FixedDecimal.appendCompact(point.x, maxDecimals: 1, into: &output)
            output.append(UInt8(ascii: " "))
            FixedDecimal.appendCompact(point.y, maxDecimals: 1, into: &output)
        }
    }
}
