import Testing

@testable import Borderline

@Suite("Clipping base-map geometry to the view")
struct ClippingTests {
    static let view = PixelRect(x: 0, y: 0, width: 100, height: 100)

    static func p(_ x: Double, _ y: Double) -> PixelPoint { PixelPoint(x: x, y: y) }

    @Test("a segment crossing the view is cut at its edges; one outside is dropped")
    func segment() throws {
        let (a, b) = try #require(Clipping.clipSegment(Self.p(-50, 50), Self.p(150, 50), to: Self.view))
        #expect(a == Self.p(0, 50) && b == Self.p(100, 50))
        #expect(Clipping.clipSegment(Self.p(-50, -10), Self.p(150, -10), to: Self.view) == nil)
    }

    @Test("a line that leaves and comes back gives two pieces")
    func polyline() {
        let pieces = Clipping.clipPolyline(
            [Self.p(10, 10), Self.p(50, 10), Self.p(150, 50), Self.p(50, 90), Self.p(10, 90)], to: Self.view)
        #expect(pieces.count == 2)
        #expect(pieces[0].first == Self.p(10, 10) && pieces[0].last?.x == 100)
        #expect(pieces[1].first?.x == 100 && pieces[1].last == Self.p(10, 90))
    }

    @Test("a ring larger than the view becomes the view; one outside it disappears")
    func ring() {
        let big = Clipping.clipRing([Self.p(-10, -10), Self.p(110, -10), Self.p(110, 110), Self.p(-10, 110)], to: Self.view)
        #expect(abs(abs(Clipping.signedArea(big)) - 10_000) < 1e-9)
        #expect(Clipping.clipRing([Self.p(200, 200), Self.p(300, 200), Self.p(300, 300)], to: Self.view).isEmpty)
    }

    @Test("vertices closer than the tolerance are dropped, the ends kept")
    func simplify() {
        let line = [Self.p(0, 0), Self.p(0.1, 0), Self.p(0.2, 0), Self.p(5, 0), Self.p(5.1, 0)]
        #expect(Clipping.simplify(line, tolerancePixels: 0.3) == [Self.p(0, 0), Self.p(5.1, 0)])
    }

    @Test("even-odd containment treats holes as outside")
    func contains() {
        let outer = [Self.p(0, 0), Self.p(10, 0), Self.p(10, 10), Self.p(0, 10)]
        let hole = [Self.p(4, 4), Self.p(6, 4), Self.p(6, 6), Self.p(4, 6)]
        #expect(Clipping.contains([outer, hole], point: Self.p(2, 2)))
        #expect(!Clipping.contains([outer, hole], point: Self.p(5, 5)))
    }
}
