/// Meridians and parallels at a round step, with their labels at the frame's edges.
///
/// In a conic projection meridians converge and parallels curve, so the lines are drawn from
/// PROJ-projected points every few hundredths of a degree and labelled where they leave the frame:
/// meridians at the bottom edge, parallels at the left.
public struct Graticule: Sendable, Hashable {
    /// A line of the graticule with its label position, if it meets the labelled edge.
    public struct Line: Sendable, Hashable {
        public var label: String
        /// Pieces inside the frame, in pixels.
        public var pieces: [[PixelPoint]]
        /// Where the line meets the bottom (meridians) or left (parallels) edge.
        public var edgePoint: PixelPoint?
    }

    /// The step between lines, in degrees.
    public var stepDegrees: Double
    public var meridians: [Line]
    public var parallels: [Line]

    static let steps: [Double] = [0.25, 0.5, 1, 2, 5, 10]

    /// The graticule of `viewport`, with about three to six lines each way.
    public init(viewport: MapViewport) {
        let box = viewport.visibleBox
        let span = max(box.east - box.west, box.north - box.south)
        let step = Self.steps.first { span / $0 <= 9 } ?? 10
        stepDegrees = step
        let frame = viewport.frame
        func line(_ points: [GeoPoint], label: String, edge: (PixelPoint) -> Bool) -> Line {
            let pieces = viewport.pixels(points).flatMap { Clipping.clipPolyline($0, to: frame) }
                .map { Clipping.simplify($0, tolerancePixels: 0.3) }
            let ends = pieces.flatMap { [$0[0], $0[$0.count - 1]] }
            return Line(label: label, pieces: pieces, edgePoint: ends.first(where: edge))
        }
        let decimals = step < 1 ? 2 : 0
        var meridians: [Line] = []
        var longitude = (box.west / step).rounded(.up) * step
        while longitude <= box.east {
            let points = stride(from: box.south, through: box.north, by: 0.05).map {
                GeoPoint(latitude: $0, longitude: longitude)
            } + [GeoPoint(latitude: box.north, longitude: longitude)]
            meridians.append(line(
                points, label: MapProjection.degrees(FixedDecimal.rounded(longitude, decimals: decimals), "E", "W"),
                edge: { abs($0.y - frame.maxY) < 0.01 }))
            longitude += step
        }
        var parallels: [Line] = []
        var latitude = (box.south / step).rounded(.up) * step
        while latitude <= box.north {
            let points = stride(from: box.west, through: box.east, by: 0.05).map {
                GeoPoint(latitude: latitude, longitude: $0)
            } + [GeoPoint(latitude: latitude, longitude: box.east)]
            parallels.append(line(
                points, label: MapProjection.degrees(FixedDecimal.rounded(latitude, decimals: decimals), "N", "S"),
                edge: { abs($0.x - frame.minX) < 0.01 }))
            latitude += step
        }
        self.meridians = meridians
        self.parallels = parallels
    }
}

extension Graticule {
    /// The lines, one path for meridians and one for parallels.
    var lineElements: [String] {
        let meridianPieces = meridians.flatMap(\.pieces), parallelPieces = parallels.flatMap(\.pieces)
        var out: [String] = []
        if !meridianPieces.isEmpty { out.append("<path class=\"graticule\" d=\"\(PathData.lines(meridianPieces))\"/>") }
        if !parallelPieces.isEmpty { out.append("<path class=\"graticule\" d=\"\(PathData.lines(parallelPieces))\"/>") }
        return out
    }

    /// Labels outside the frame: longitudes below it, latitudes to its left; a label too close
    /// to the one before it is skipped (the line is still drawn).
    func labelElements(frame: PixelRect) -> [String] {
        let n = { (value: Double) in SVGText.number(value) }
        var out: [String] = []
        var lastX = -Double.infinity
        for line in meridians {
            guard let point = line.edgePoint, point.x - lastX > 44, point.x > frame.minX + 14, point.x < frame.maxX - 14 else { continue }
            lastX = point.x
            out.append("<text class=\"graticule-label\" x=\"\(n(point.x))\" y=\"\(n(frame.maxY + 11))\" text-anchor=\"middle\">\(SVGText.escape(line.label))</text>")
        }
        var lastY = Double.infinity
        for line in parallels {
            guard let point = line.edgePoint, lastY - point.y > 16, point.y > frame.minY + 6, point.y < frame.maxY - 6 else { continue }
            lastY = point.y
            out.append("<text class=\"graticule-label\" x=\"\(n(frame.minX - 4))\" y=\"\(n(point.y + 3))\" text-anchor=\"end\">\(SVGText.escape(line.label))</text>")
        }
        return out
    }
}
