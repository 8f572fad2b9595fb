/// Clipping and simplification of projected base-map geometry to the map's viewport.
///
/// Natural Earth layers cover lon 22–50 E, lat 43–60 N; a border-region map shows a small part
/// of that. Cutting every line and ring to the viewport (plus a small margin, so strokes do not
/// end visibly at the frame) and dropping vertices closer together than a fraction of a pixel
/// keeps the file small without a visible change.
public enum Clipping {
    /// The part of segment `a`–`b` inside `rect` (Liang–Barsky), or nil when none of it is.
    public static func clipSegment(_ a: PixelPoint, _ b: PixelPoint, to rect: PixelRect) -> (PixelPoint, PixelPoint)? {
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        let checks: [(Double, Double)] = [
            (-dx, a.x - rect.minX), (dx, rect.maxX - a.x), (-dy, a.y - rect.minY), (dy, rect.maxY - a.y),
        ]
        for (p, q) in checks {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let t = q / p
                if p < 0 {
                    if t > t1 { return nil }
                    if t > t0 { t0 = t }
                } else {
                    if t < t0 { return nil }
                    if t < t1 { t1 = t }
                }
            }
        }
        return (PixelPoint(x: a.x + t0 * dx, y: a.y + t0 * dy), PixelPoint(x: a.x + t1 * dx, y: a.y + t1 * dy))
    }

    /// The pieces of an open polyline that lie inside `rect`, in order; a line that leaves
    /// and re-enters the rectangle gives several pieces.
    public static func clipPolyline(_ points: [PixelPoint], to rect: PixelRect) -> [[PixelPoint]] {
        var pieces: [[PixelPoint]] = []
        var current: [PixelPoint] = []
        for index in points.indices.dropLast() {
            guard let (start, end) = clipSegment(points[index], points[index + 1], to: rect) else {
                if current.count >= 2 { pieces.append(current) }
                current = []
                continue
            }
            if let last = current.last, last == start {
                current.append(end)
            } else {
                if current.count >= 2 { pieces.append(current) }
                current = [start, end]
            }
            // The segment left the rectangle: the piece ends here.
            if end != points[index + 1] {
                if current.count >= 2 { pieces.append(current) }
                current = []
            }
        }
        if current.count >= 2 { pieces.append(current) }
        return pieces
    }

    /// A closed ring cut to `rect` (Sutherland–Hodgman). The result may run along the
    /// rectangle's edges where the ring left it, which is right for a fill; it is empty when
    /// the ring lies wholly outside. Rings are given without the repeated closing vertex.
    public static func clipRing(_ ring: [PixelPoint], to rect: PixelRect) -> [PixelPoint] {
        var output = ring
        for side in RectSide.allCases {
            guard !output.isEmpty else { return [] }
            output = clip(output, to: side, of: rect)
        }
        return output.count >= 3 ? output : []
    }

    /// A side of a rectangle, whose inner half-plane one pass of `clipRing` keeps.
    ///
    /// Why not a closure per side: called through a table of closures, the test and the cut
    /// of each vertex were two calls the compiler could not inline (`borderline map seeds
    /// --per-document`, callgrind: 42.9M instructions in `clipRing`; the rings of the base map
    /// drawn in 138.2M, 104.9M with this).
    private enum RectSide: CaseIterable {
        case minX, maxX, minY, maxY
    }

    /// One pass of `clipRing`: the ring cut to the half-plane inside `side` of `rect`.
    private static func clip(_ input: [PixelPoint], to side: RectSide, of rect: PixelRect) -> [PixelPoint] {
        var output: [PixelPoint] = []
        guard var previous = input.last else { return output }
        output.reserveCapacity(input.count)
        var previousInside = isInside(previous, side, of: rect)
        for point in input {
            let pointInside = isInside(point, side, of: rect)
            if pointInside {
                if !previousInside { output.append(cross(previous, point, side, of: rect)) }
                output.append(point)
            } else if previousInside {
                output.append(cross(previous, point, side, of: rect))
            }
            previous = point
            previousInside = pointInside
        }
        return output
    }

    /// Whether `point` lies on the inner side of `side` (on the side counts as inside).
    private static func isInside(_ point: PixelPoint, _ side: RectSide, of rect: PixelRect) -> Bool {
        switch side {
        case .minX: return point.x >= rect.minX
        case .maxX: return point.x <= rect.maxX
        case .minY: return point.y >= rect.minY
        case .maxY: return point.y <= rect.maxY
        }
    }

    /// Where the edge from `a` to `b` crosses the line of `side`.
    private static func cross(_ a: PixelPoint, _ b: PixelPoint, _ side: RectSide, of rect: PixelRect) -> PixelPoint {
        switch side {
        case .minX: return atX(a, b, rect.minX)
        case .maxX: return atX(a, b, rect.maxX)
        case .minY: return atY(a, b, rect.minY)
        case .maxY: return atY(a, b, rect.maxY)
        }
    }

    /// Drops vertices closer than `tolerancePixels` to the last vertex kept; the first and
    /// last vertices always stay, so pieces still meet where they met before.
    public static func simplify(_ points: [PixelPoint], tolerancePixels: Double) -> [PixelPoint] {
        guard points.count > 2 else { return points }
        var kept = [points[0]]
        for point in points.dropFirst().dropLast() where point.distance(to: kept[kept.count - 1]) >= tolerancePixels {
            kept.append(point)
        }
        let last = points[points.count - 1]
        if kept.count > 1 && last.distance(to: kept[kept.count - 1]) < tolerancePixels { kept.removeLast() }
        kept.append(last)
        return kept
    }

    /// The signed area of a ring in square pixels (positive when clockwise on screen).
    public static func signedArea(_ ring: [PixelPoint]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        var previous = ring[ring.count - 1]
        for point in ring {
            sum += previous.x * point.y - point.x * previous.y
            previous = point
        }
        return sum / 2
    }

    /// Whether `point` lies inside the rings (even–odd rule, so holes count as outside).
    public static func contains(_ rings: [[PixelPoint]], point: PixelPoint) -> Bool {
        var inside = false
        for ring in rings where ring.count >= 3 {
            var previous = ring[ring.count - 1]
            for current in ring {
                if let x = crossing(previous, current, y: point.y), point.x < x { inside.toggle() }
                previous = current
            }
        }
        return inside
    }

    /// Where the edge from `previous` to `current` crosses the horizontal line at `y`, when it
    /// does (one end above the line, the other not): the crossings `contains` counts.
    static func crossing(_ previous: PixelPoint, _ current: PixelPoint, y: Double) -> Double? {
        guard (current.y > y) != (previous.y > y) else { return nil }
        return current.x + (y - current.y) * (previous.x - current.x) / (previous.y - current.y)
    }

    /// Distance from `point` to the segment `a`–`b`, in pixels.
    public static func distance(from point: PixelPoint, toSegment a: PixelPoint, _ b: PixelPoint) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        guard lengthSquared > 0 else { return point.distance(to: a) }
        let t = min(max(((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared, 0), 1)
        return point.distance(to: PixelPoint(x: a.x + t * dx, y: a.y + t * dy))
    }

    private static func atX(_ a: PixelPoint, _ b: PixelPoint, _ x: Double) -> PixelPoint {
        let t = (x - a.x) / (b.x - a.x)
        return PixelPoint(x: x, y: a.y + t * (b.y - a.y))
    }

    private static func atY(_ a: PixelPoint, _ b: PixelPoint, _ y: Double) -> PixelPoint {
        let t = (y - a.y) / (b.y - a.y)
        return PixelPoint(x: a.x + t * (b.x - a.x), y: y)
    }
}
