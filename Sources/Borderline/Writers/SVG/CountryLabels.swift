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
            var y = frame.minY + step / 2
            while y < frame.maxY {
                // The top and bottom every box of the row has, and where the country's rings
                // cross them and the row's own line.
                let row = PixelRect(x: 0, y: y - height / 2, width: width, height: height)
                let top = RowCrossings(country.rings, y: row.minY)
                let middle = RowCrossings(country.rings, y: y)
                let bottom = RowCrossings(country.rings, y: row.maxY)
                var x = frame.minX + step / 2
                while x < frame.maxX {
                    let point = PixelPoint(x: x, y: y)
                    let box = PixelRect(x: x - width / 2, y: y - height / 2, width: width, height: height)
                    // The box's four corners and its centre, as `Clipping.contains` judges them.
                    if frame.insetBy(4).contains(box), top.contains(box.minX), top.contains(box.maxX),
                       bottom.contains(box.minX), bottom.contains(box.maxX), middle.contains(point.x) {
                        scored.append((point, edgeDistance(point, rings: country.rings, frame: frame)))
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

    private static func edgeDistance(_ point: PixelPoint, rings: [[PixelPoint]], frame: PixelRect) -> Double {
        var best = min(point.x - frame.minX, frame.maxX - point.x, point.y - frame.minY, frame.maxY - point.y)
        for ring in rings {
            var previous = ring[ring.count - 1]
            for current in ring {
                best = min(best, Clipping.distance(from: point, toSegment: previous, current))
                previous = current
            }
        }
        return best
    }
}

/// Where a horizontal line crosses a country's rings, to answer `Clipping.contains` for every
/// point of the line at once: a point is inside when an odd number of crossings lie right of it,
/// the even–odd walk `contains` makes, each crossing computed by the same `Clipping.crossing`.
/// The label grid asked `contains` for the five points of each of its boxes, each a walk over
/// every edge of the country (`requests(for:frame:)` 363M of the 3,015M instructions of
/// `borderline map seeds`, callgrind, after a test of the rings' extent); the three lines of a
/// row of boxes are walked once each.
private struct RowCrossings {
    /// The x of every crossing, ascending (a NaN, which `contains` never counts, left out).
    private var xs: [Double] = []

    init(_ rings: [[PixelPoint]], y: Double) {
        for ring in rings where ring.count >= 3 {
            var previous = ring[ring.count - 1]
            for current in ring {
                if let x = Clipping.crossing(previous, current, y: y), !x.isNaN { xs.append(x) }
                previous = current
            }
        }
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
