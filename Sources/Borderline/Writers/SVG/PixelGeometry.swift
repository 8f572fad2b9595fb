/// A point on the SVG page, in CSS pixels, x to the right and y downwards (SVG user units).
public struct PixelPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Euclidean distance to `other`, in pixels.
    public func distance(to other: PixelPoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}

/// An axis-aligned rectangle on the SVG page, in pixels: `x`, `y` is the top-left corner.
///
/// Label and symbol boxes are rectangles of this kind; they are written into the SVG as
/// `data-bbox="x y width height"` so a test (or a reviewer) can check placement from the file.
public struct PixelRect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The square of half-side `radius` centred on `center`: the box of a point symbol.
    public init(center: PixelPoint, radius: Double) {
        self.init(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var center: PixelPoint { PixelPoint(x: x + width / 2, y: y + height / 2) }

    /// Whether the interiors overlap; rectangles that only touch along an edge do not.
    public func intersects(_ other: PixelRect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// Whether `other` lies wholly inside (edges may touch).
    public func contains(_ other: PixelRect) -> Bool {
        other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
    }

    /// Whether `point` lies inside or on the edge.
    public func contains(_ point: PixelPoint) -> Bool {
        point.x >= x && point.x <= maxX && point.y >= y && point.y <= maxY
    }

    /// The rectangle grown by `amount` pixels on every side (shrunk when negative).
    public func insetBy(_ amount: Double) -> PixelRect {
        PixelRect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// The point of the rectangle nearest to `point` (the point itself when inside).
    public func nearestPoint(to point: PixelPoint) -> PixelPoint {
        PixelPoint(x: min(max(point.x, x), maxX), y: min(max(point.y, y), maxY))
    }

    /// Whether the segment from `a` to `b` passes through the rectangle's interior
    /// (Liang–Barsky on the open rectangle, so a segment along an edge does not count).
    public func intersectsSegment(_ a: PixelPoint, _ b: PixelPoint) -> Bool {
        let inner = insetBy(1e-9)
        guard inner.width > 0, inner.height > 0 else { return false }
        return Clipping.clipSegment(a, b, to: inner) != nil
    }
}
