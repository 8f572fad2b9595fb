/// Where to write country names: points deep inside each country's visible area.
///
/// The frame is sampled on a grid; a point is a candidate when the whole label box fits inside
/// the country, and candidates are ranked by their distance from the country's edge (the frame
/// counts as an edge), so names sit in the open middle of the land, not on a border.
enum CountryLabels {
    static let fontPixels = 13.0
    static let letterSpacingPixels = 3.0

    static func requests(for countries: [(adm0A3: String, name: String, rings: [[PixelPoint]])], frame: PixelRect)
        -> [LabelRequest]
    {
        let step = 14.0
        var requests: [LabelRequest] = []
        for country in countries {
            let text = country.name.uppercased()
            let width = TextMetrics.widthPixels(of: text, fontSizePixels: fontPixels, letterSpacingPixels: letterSpacingPixels)
            let height = fontPixels * TextMetrics.boxHeightEm
            var scored: [(point: PixelPoint, score: Double)] = []
            let edges = EdgeRuns(country.rings)
            var y = frame.minY + step / 2
            while y < frame.maxY {
                // The top and bottom every box of the row has, and where the country's rings
                // cross them and the row's own line.
                let row = PixelRect(x: 0, y: y - height / 2, width: width, height: height)
                let top = RowCrossings(edges, y: row.minY)
                let middle = RowCrossings(edges, y: y)
                let bottom = RowCrossings(edges, y: row.maxY)
                var x = frame.minX + step / 2
                while x < frame.maxX {
                    let point = PixelPoint(x: x, y: y)
                    let box = PixelRect(x: x - width / 2, y: y - height / 2, width: width, height: height)
                    // The box's four corners and its centre, as `Clipping.contains` judges them.
                    if frame.insetBy(4).contains(box), top.contains(box.minX), top.contains(box.maxX),
                       bottom.contains(box.minX), bottom.contains(box.maxX), middle.contains(point.x) {
                        scored.append((point, edgeDistance(point, edges: edges, frame: frame)))
                    }
                    x += step
                }
                y += step
            }
            scored.sort { ($0.score, $1.point.y, $1.point.x) > ($1.score, $0.point.y, $0.point.x) }
            // Keep candidates apart so the alternatives are real alternatives.
            var chosen: [PixelPoint] = []
            for candidate in scored where chosen.allSatisfy({ $0.distance(to: candidate.point) > 3 * step }) {
                chosen.append(candidate.point)
                if chosen.count == 8 { break }
            }
            guard let first = chosen.first else { continue }
            requests.append(LabelRequest(
                id: "country-\(country.adm0A3.lowercased())", text: text, anchor: first, symbolRadiusPixels: 0,
                widthPixels: width, heightPixels: height, priority: country.adm0A3 == "RUS" || country.adm0A3 == "UKR" ? 600 : 500,
                allowsLeader: false, isCentred: true, alternativeAnchors: Array(chosen.dropFirst())))
        }
        return requests
    }

    /// The distance from `point` to the nearest edge of the country or of the frame.
    private static func edgeDistance(_ point: PixelPoint, edges: EdgeRuns, frame: PixelRect) -> Double {
        let best = min(point.x - frame.minX, frame.maxX - point.x, point.y - frame.minY, frame.maxY - point.y)
        return edges.distance(from: point, within: best)
    }
}

/// A country's ring edges in runs of consecutive edges, each with the box around its points,
/// so that the distance from a label candidate to the nearest edge skips every run whose box
/// lies farther than the nearest edge found so far: an edge lies within its run's box, so it
/// can be no nearer than the box. `edgeDistance` walked every edge for every candidate (94M of
/// the 2,121M instructions of `borderline map seeds`, callgrind), though a candidate deep in
/// the land is near few of them; with the runs, `requests(for:frame:)` took 49.7M, not 124.1M.
private struct EdgeRuns {
    /// A run's edges, `ends[i - 1]` to `ends[i]` for i in `first..<end`, and their box (a NaN
    /// coordinate left out: an edge with one has a NaN distance and crossing, never counted).
    private struct Run {
        var first: Int, end: Int
        /// Whether the ring has three points or more, as `Clipping.contains` asks of a ring.
        var isArea: Bool
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
    }

    /// Edges per run: long enough that the box test is cheap beside the edges it stands for.
    private static let runLength = 16
    /// A run is skipped only when its box is farther than the best distance by more than this
    /// (pixels), far above the rounding of either distance, so a skipped edge could not have
    /// given a smaller computed distance: the result is the walk over every edge, to the bit.
    private static let margin = 1e-6

    /// Each ring's points, its last point repeated before its first so that every edge,
    /// the closing one first as the walk took them, is a pair of neighbours.
    private var ends: [PixelPoint] = []
    private var runs: [Run] = []

    init(_ rings: [[PixelPoint]]) {
        for ring in rings {
            guard let last = ring.last else { continue }
            let start = ends.count
            ends.append(last)
            ends.append(contentsOf: ring)
            var first = start + 1
            while first < ends.count {
                let end = min(first + Self.runLength, ends.count)
                var run = Run(first: first, end: end, isArea: ring.count >= 3)
                for point in ends[(first - 1)..<end] {
                    run.minX = min(run.minX, point.x)
                    run.minY = min(run.minY, point.y)
                    run.maxX = max(run.maxX, point.x)
                    run.maxY = max(run.maxY, point.y)
                }
                runs.append(run)
                first = end
            }
        }
    }

    /// The smaller of `best` and the distance from `point` to the nearest edge
    /// (`Clipping.distance(from:toSegment:)`).
    func distance(from point: PixelPoint, within best: Double) -> Double {
        var best = best
        for run in runs {
            let dx = max(run.minX - point.x, 0, point.x - run.maxX)
            let dy = max(run.minY - point.y, 0, point.y - run.maxY)
            let limit = best + Self.margin
            if dx * dx + dy * dy > limit * limit { continue }
            for index in run.first..<run.end {
                best = min(best, Clipping.distance(from: point, toSegment: ends[index - 1], ends[index]))
            }
        }
        return best
    }

    /// The x of every crossing of the horizontal line at `y` by an edge of a ring of three
    /// points or more (`Clipping.crossing`, a NaN left out), in the order of the walk over
    /// every edge; a run wholly above the line, or wholly on or below it, has none.
    func crossings(y: Double) -> [Double] {
        var xs: [Double] = []
        for run in runs where run.isArea && run.minY <= y && run.maxY > y {
            for index in run.first..<run.end {
                if let x = Clipping.crossing(ends[index - 1], ends[index], y: y), !x.isNaN { xs.append(x) }
            }
        }
        return xs
    }
}

/// Where a horizontal line crosses a country's rings, to answer `Clipping.contains` for every
/// point of the line at once: a point is inside when an odd number of crossings lie right of it,
/// the even–odd walk `contains` makes, each crossing computed by the same `Clipping.crossing`.
/// The label grid asked `contains` for the five points of each of its boxes, each a walk over
/// every edge of the country (`requests(for:frame:)` 363M of the 3,015M instructions of
/// `borderline map seeds`, callgrind, after a test of the rings' extent); the three lines of a
/// row of boxes are walked once each, over the runs of edges that reach the line.
private struct RowCrossings {
    /// The x of every crossing, ascending (a NaN, which `contains` never counts, left out).
    private var xs: [Double]

    init(_ edges: EdgeRuns, y: Double) {
        xs = edges.crossings(y: y)
        xs.sort()
    }

    /// `Clipping.contains(rings, point: PixelPoint(x: x, y: y))`: whether an odd number of
    /// crossings lie right of `x` (`x < crossing`), the first of them found by bisection.
    func contains(_ x: Double) -> Bool {
        var low = 0, high = xs.count
        while low < high {
            let middle = (low + high) / 2
            if x < xs[middle] { high = middle } else { low = middle + 1 }
        }
        return (xs.count - low) % 2 == 1
    }
}
