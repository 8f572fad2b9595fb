import Testing

@testable import Borderline

@Suite("Label placement")
struct LabelPlacerTests {
    static let bounds = PixelRect(x: 0, y: 0, width: 400, height: 300)

    static func request(_ id: String, at x: Double, _ y: Double, priority: Int, width: Double = 60, leader: Bool = true)
        -> LabelRequest
    {
        LabelRequest(
            id: id, text: id, anchor: PixelPoint(x: x, y: y), symbolRadiusPixels: 4, widthPixels: width, heightPixels: 12,
            priority: priority, allowsLeader: leader)
    }

    @Test("a free label goes to the upper right of its symbol, clear of it")
    func preferredPosition() throws {
        var placer = LabelPlacer(bounds: Self.bounds, obstacles: [PixelRect(center: PixelPoint(x: 100, y: 100), radius: 4)])
        let placed = placer.place(Self.request("a", at: 100, 100, priority: 1))
        let label = try #require(placed)
        #expect(label.position == .northEast)
        #expect(label.box.minX > 100 && label.box.maxY <= 96)
        #expect(!label.box.intersects(PixelRect(center: PixelPoint(x: 100, y: 100), radius: 4)))
    }

    @Test("near the right edge the label moves to the left and ends at the symbol")
    func edge() throws {
        var placer = LabelPlacer(bounds: Self.bounds, obstacles: [])
        let placed = placer.place(Self.request("a", at: 380, 150, priority: 1))
        let label = try #require(placed)
        #expect(label.position == .northWest)
        #expect(label.textAnchor == .end)
        #expect(Self.bounds.contains(label.box))
    }

    @Test("when the eight positions are taken the label is moved out with a leader line")
    func leader() throws {
        let centre = PixelPoint(x: 200, y: 150)
        // Symbols to the left and right take all eight positions next to it.
        let obstacles = [
            PixelRect(center: centre, radius: 4),
            PixelRect(x: 130, y: 120, width: 64, height: 60),
            PixelRect(x: 206, y: 120, width: 64, height: 60),
        ]
        var placer = LabelPlacer(bounds: Self.bounds, obstacles: obstacles)
        let placed = placer.place(Self.request("a", at: centre.x, centre.y, priority: 1))
        let label = try #require(placed)
        #expect(label.position == .leader)
        #expect(label.leader?.count == 2)
        for obstacle in obstacles { #expect(!label.box.intersects(obstacle)) }
    }

    @Test("in a crowd no labels overlap each other or any symbol, and the least important are dropped")
    func crowd() {
        var requests: [LabelRequest] = []
        var obstacles: [PixelRect] = []
        for i in 0..<60 {
            let x = 40 + Double((i * 37) % 320), y = 30 + Double((i * 53) % 240)
            requests.append(Self.request("label-\(i)", at: x, y, priority: i, width: 50 + Double(i % 4) * 10))
            obstacles.append(PixelRect(center: PixelPoint(x: x, y: y), radius: 4))
        }
        var placer = LabelPlacer(bounds: Self.bounds, obstacles: obstacles)
        let result = placer.place(requests)
        #expect(result.placed.count + result.dropped.count == 60)
        #expect(!result.dropped.isEmpty)
        #expect(result.placed.count >= 25)
        for (i, label) in result.placed.enumerated() {
            #expect(Self.bounds.contains(label.box))
            for other in result.placed[(i + 1)...] { #expect(!label.box.intersects(other.box)) }
            for obstacle in obstacles { #expect(!label.box.intersects(obstacle)) }
        }
        // The most important labels are placed; what is dropped is ordered from most to least important.
        #expect(result.placed.contains { $0.request.priority == 59 })
        #expect(result.dropped.map(\.priority) == result.dropped.map(\.priority).sorted(by: >))
        // Same input, same placement.
        var again = LabelPlacer(bounds: Self.bounds, obstacles: obstacles)
        #expect(again.place(requests.reversed()) == result)
    }

    @Test("labels for one spot: the more important one gets it, the other is dropped when leaders are not allowed")
    func priorityWins() {
        var placer = LabelPlacer(bounds: PixelRect(x: 0, y: 0, width: 120, height: 30), obstacles: [])
        let result = placer.place([
            Self.request("minor", at: 60, 20, priority: 1, width: 100, leader: false),
            Self.request("major", at: 60, 20, priority: 9, width: 100, leader: false),
        ])
        #expect(result.placed.map(\.request.id) == ["major"])
        #expect(result.dropped.map(\.id) == ["minor"])
    }

    @Test("labels do not cross the lines they are told to avoid")
    func segments() throws {
        let line = PixelSegment(PixelPoint(x: 100, y: 0), PixelPoint(x: 100, y: 300))
        var placer = LabelPlacer(bounds: Self.bounds, obstacles: [], segments: [line])
        let placed = placer.place(Self.request("a", at: 90, 150, priority: 1, width: 80))
        let label = try #require(placed)
        #expect(!label.box.intersectsSegment(line.start, line.end))
    }
}
