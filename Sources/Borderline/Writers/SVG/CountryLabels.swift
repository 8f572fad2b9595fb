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
            let bounds = RingBounds(country.rings)
            var y = frame.minY + step / 2
            while y < frame.maxY {
                var x = frame.minX + step / 2
                while x < frame.maxX {
                    let point = PixelPoint(x: x, y: y)
                    let box = PixelRect(x: x - width / 2, y: y - height / 2, width: width, height: height)
                    let corners = [
                        PixelPoint(x: box.minX, y: box.minY), PixelPoint(x: box.maxX, y: box.minY),
                        PixelPoint(x: box.minX, y: box.maxY), PixelPoint(x: box.maxX, y: box.maxY), point,
                    ]
                    if frame.insetBy(4).contains(box),
                       corners.allSatisfy({ !bounds.excludes($0) && Clipping.contains(country.rings, point: $0) }) {
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

/// The extent of the rings `Clipping.contains` reads (those of three or more points), to tell
/// a point that is surely outside them without walking every edge: most points of the label
/// grid lie outside any one country, and the walk over all of its edges for each of a box's
/// five points made `requests(for:frame:)` 573M of the 3,220M instructions of
/// `borderline map seeds` (callgrind).
///
/// Exactly as `contains` decides: a point below the lowest vertex or at or above the highest
/// crosses no edge (its test compares y values only); right of every vertex, no crossing lies
/// right of it; left of every vertex, it toggles at every crossing, an even number per closed
/// ring. The x margin covers the rounding of the crossing's x, a few units in the last place
/// of the coordinates. A non-finite vertex turns the test off.
private struct RingBounds {
    private var minX = Double.infinity, maxX = -Double.infinity
    private var minY = Double.infinity, maxY = -Double.infinity
    private var margin = 1.0
    private var isUsable = true

    init(_ rings: [[PixelPoint]]) {
        for ring in rings where ring.count >= 3 {
            for point in ring {
                guard point.x.isFinite && point.y.isFinite else {
                    isUsable = false
                    return
                }
                minX = min(minX, point.x)
                maxX = max(maxX, point.x)
                minY = min(minY, point.y)
                maxY = max(maxY, point.y)
            }
        }
        if minX <= maxX { margin = 1 + max(abs(minX), abs(maxX)) * 1e-9 }
    }

    /// Whether `Clipping.contains` surely says no for `point`.
    func excludes(_ point: PixelPoint) -> Bool {
        isUsable && (point.y < minY || point.y >= maxY || point.x < minX - margin || point.x > maxX + margin)
    }
}
