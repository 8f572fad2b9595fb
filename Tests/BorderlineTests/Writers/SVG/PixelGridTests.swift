import Testing

@testable import Borderline

/// The grids only narrow the search: every answer must be the one a scan of every item gives.
@Suite("Pixel grids")
struct PixelGridTests {
    /// A fixed pseudo-random sequence (xorshift), so the cases are the same on every run.
    struct Sequence {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next(_ range: ClosedRange<Double>) -> Double {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return range.lowerBound + (range.upperBound - range.lowerBound) * Double(state >> 11) / Double(1 << 53)
        }
    }

    static let page = PixelRect(x: 0, y: 0, width: 640, height: 400)

    @Test("boxes near a query: the same answer as testing every box, inside and outside the page")
    func boxes() {
        var random = Sequence()
        var boxes: [PixelRect] = []
        var grid = PixelGrid(covering: Self.page)
        for item in 0..<400 {
            // Some boxes lie partly or wholly off the page, as symbols near the frame do.
            let box = PixelRect(x: random.next(-80...700), y: random.next(-60...460), width: random.next(0...70), height: random.next(0...20))
            boxes.append(box)
            grid.insert(item, covering: box)
        }
        var hits = 0
        for _ in 0..<2_000 {
            let query = PixelRect(x: random.next(-40...660), y: random.next(-40...420), width: random.next(1...90), height: random.next(1...30))
            let scan = boxes.contains { query.intersects($0) }
            #expect(grid.containsItem(near: query) { query.intersects(boxes[$0]) } == scan)
            if scan { hits += 1 }
        }
        // Both answers occur, so the comparison above says something.
        #expect(hits > 200 && hits < 1_800)
    }

    @Test("segments crossing a box: the same answer as testing every segment")
    func segments() {
        var random = Sequence(state: 42)
        var segments: [PixelSegment] = []
        var grid = PixelGrid(covering: Self.page)
        for item in 0..<300 {
            let start = PixelPoint(x: random.next(-50...690), y: random.next(-50...450))
            let end = PixelPoint(x: start.x + random.next(-200...200), y: start.y + random.next(-200...200))
            segments.append(PixelSegment(start, end))
            grid.insert(item, covering: PixelRect(spanning: start, end))
        }
        for _ in 0..<2_000 {
            let box = PixelRect(x: random.next(0...600), y: random.next(0...380), width: random.next(1...60), height: random.next(1...14))
            let scan = segments.contains { box.intersectsSegment($0.start, $0.end) }
            #expect(grid.containsItem(near: box) { box.intersectsSegment(segments[$0].start, segments[$0].end) } == scan)
        }
    }

    @Test("an item or a query with a non-finite coordinate is compared with everything")
    func nonFinite() {
        var grid = PixelGrid(covering: Self.page)
        grid.insert(0, covering: PixelRect(x: 10, y: 10, width: 5, height: 5))
        grid.insert(1, covering: PixelRect(spanning: PixelPoint(x: .nan, y: 3), PixelPoint(x: 600, y: 390)))
        grid.insert(2, covering: PixelRect(x: 500, y: .infinity, width: 5, height: 5))
        var offered: Set<Int> = []
        _ = grid.containsItem(near: PixelRect(x: 300, y: 200, width: 4, height: 4)) { offered.insert($0); return false }
        #expect(offered == [1, 2])
        offered = []
        _ = grid.containsItem(near: PixelRect(x: .nan, y: 0, width: 1, height: 1)) { offered.insert($0); return false }
        #expect(offered == [0, 1, 2])
    }

    @Test("the first point within a pixel: the same item as a scan in order")
    func pointBuckets() {
        var random = Sequence(state: 7)
        var points: [PixelPoint] = []
        var buckets = PixelPointBuckets()
        for item in 0..<500 {
            // Points on a coarse lattice with jitter, so that many lie within a pixel of another.
            let point = PixelPoint(x: (random.next(0...40)).rounded() * 2 + random.next(-0.8...0.8), y: (random.next(0...30)).rounded() * 2 + random.next(-0.8...0.8))
            points.append(point)
            buckets.insert(item, at: point)
        }
        buckets.insert(500, at: PixelPoint(x: .nan, y: 1))
        points.append(PixelPoint(x: .nan, y: 1))
        var found = 0
        for _ in 0..<2_000 {
            let query = PixelPoint(x: random.next(-2...84), y: random.next(-2...64))
            let test = { (item: Int) in points[item].distance(to: query) < 1 }
            let scan = points.indices.first(where: test)
            #expect(buckets.first(near: query, where: test) == scan)
            if scan != nil { found += 1 }
        }
        #expect(found > 100)
        // A query that cannot be filed scans everything and still answers the lowest item.
        #expect(buckets.first(near: PixelPoint(x: .infinity, y: 0)) { $0 >= 3 && $0 != 500 } == 3)
    }
}
