import Foundation

/// A label to place: its text's box size, the symbol it names and how important it is.
public struct LabelRequest: Sendable, Hashable {
    /// Stable identifier ("place-578072"), also the tie-breaker between equal priorities.
    public var id: String
    public var text: String
    /// The centre of the symbol the label names (or the point a centred label sits on).
    public var anchor: PixelPoint
    /// Half the size of the symbol's box, in pixels (0 when there is no symbol).
    public var symbolRadiusPixels: Double
    public var widthPixels: Double
    public var heightPixels: Double
    /// Higher is placed first, so the least important labels are the ones left out.
    public var priority: Int
    /// Whether the label may be moved away from its symbol and joined to it by a leader line.
    public var allowsLeader: Bool
    /// A label centred on its anchor (area names such as countries) rather than beside a symbol;
    /// `alternativeAnchors` are the other points it may be centred on, best first.
    public var isCentred: Bool
    public var alternativeAnchors: [PixelPoint]

    public init(
        id: String, text: String, anchor: PixelPoint, symbolRadiusPixels: Double, widthPixels: Double,
        heightPixels: Double, priority: Int, allowsLeader: Bool = true, isCentred: Bool = false,
        alternativeAnchors: [PixelPoint] = []
    ) {
        self.id = id
        self.text = text
        self.anchor = anchor
        self.symbolRadiusPixels = symbolRadiusPixels
        self.widthPixels = widthPixels
        self.heightPixels = heightPixels
        self.priority = priority
        self.allowsLeader = allowsLeader
        self.isCentred = isCentred
        self.alternativeAnchors = alternativeAnchors
    }
}

/// Where a label ended up relative to its symbol.
public enum LabelPosition: String, Sendable, Hashable {
    case northEast, east, southEast, northWest, west, southWest, north, south, centre, leader
}

/// How the text sits in its box, so narrower fonts of the stack keep the label next to the symbol.
public enum LabelTextAnchor: String, Sendable, Hashable {
    case start, middle, end
}

/// A label with its box on the page.
public struct PlacedLabel: Sendable, Hashable {
    public var request: LabelRequest
    /// The box the text is drawn in, in pixels.
    public var box: PixelRect
    public var position: LabelPosition
    public var textAnchor: LabelTextAnchor
    /// Start (on the symbol's edge) and end (on the box) of the leader line, when moved away.
    public var leader: [PixelPoint]?
}

/// A straight segment that labels must not cross (claim lines, leader lines).
public struct PixelSegment: Sendable, Hashable {
    public var start: PixelPoint
    public var end: PixelPoint

    public init(_ start: PixelPoint, _ end: PixelPoint) {
        self.start = start
        self.end = end
    }
}

/// The result of placing a set of labels: what was placed, and what did not fit.
public struct LabelPlacement: Sendable, Hashable {
    public var placed: [PlacedLabel]
    /// Labels left out for lack of space, least important last; the map lists them in its notes.
    public var dropped: [LabelRequest]
}

/// Places labels so that no two overlap and none covers a symbol.
///
/// Labels are taken in order of importance. Each tries the eight positions around its symbol
/// in the cartographer's order of preference (upper right first, as Imhof recommends: the
/// text reads on from the symbol and sits above the baseline clutter), then positions further
/// out joined to the symbol by a leader line, and is dropped only when none is free. Placing
/// the important labels first means the labels dropped are the least important ones. Pure and
/// deterministic: the same requests give the same placement.
public struct LabelPlacer: Sendable {
    /// Labels must lie wholly inside this rectangle (the map frame).
    public var bounds: PixelRect
    /// Boxes labels must not touch: every symbol on the map.
    public private(set) var obstacles: [PixelRect]
    /// Lines labels must not cross.
    public private(set) var segments: [PixelSegment]
    /// Gap between a symbol and its label, in pixels.
    public var gapPixels: Double
    /// Clearance kept between a label and anything else, in pixels.
    public var clearancePixels: Double
    /// The labels placed so far.
    public private(set) var placed: [PlacedLabel] = []
    /// `obstacles`, `segments` and the boxes of `placed`, filed by where they lie on the page, so
    /// that testing a candidate box compares it with what is near it, not with everything on
    /// the map (see `PixelGrid`).
    private var obstacleGrid: PixelGrid
    private var segmentGrid: PixelGrid
    private var placedGrid: PixelGrid

    public init(
        bounds: PixelRect, obstacles: [PixelRect], segments: [PixelSegment] = [], gapPixels: Double = 2.5,
        clearancePixels: Double = 1.5
    ) {
        self.bounds = bounds
        self.obstacles = obstacles
        self.segments = segments
        self.gapPixels = gapPixels
        self.clearancePixels = clearancePixels
        self.obstacleGrid = PixelGrid(covering: bounds)
        self.segmentGrid = PixelGrid(covering: bounds)
        self.placedGrid = PixelGrid(covering: bounds)
        for (item, box) in obstacles.enumerated() { obstacleGrid.insert(item, covering: box) }
        for (item, segment) in segments.enumerated() { segmentGrid.insert(item, covering: PixelRect(spanning: segment.start, segment.end)) }
    }

    /// Adds a symbol box that later labels must avoid.
    public mutating func addObstacle(_ box: PixelRect) {
        obstacleGrid.insert(obstacles.count, covering: box)
        obstacles.append(box)
    }

    /// Whether `box` is inside the bounds and clear of every symbol and label placed so far.
    public func isFree(_ box: PixelRect) -> Bool {
        guard bounds.contains(box) else { return false }
        let padded = box.insetBy(-clearancePixels)
        return !obstacleGrid.containsItem(near: padded) { padded.intersects(obstacles[$0]) }
            && !placedGrid.containsItem(near: padded) { padded.intersects(placed[$0].box) }
    }

    /// Whether one of the lines labels must not cross passes through `box`.
    public func isCrossed(_ box: PixelRect) -> Bool {
        segmentGrid.containsItem(near: box) { box.intersectsSegment(segments[$0].start, segments[$0].end) }
    }

    /// Places `requests` in order of priority (highest first, ties by id).
    public mutating func place(_ requests: [LabelRequest]) -> LabelPlacement {
        let ordered = requests.sorted { ($0.priority, $1.id) > ($1.priority, $0.id) }
        var placedNow: [PlacedLabel] = []
        var dropped: [LabelRequest] = []
        for request in ordered {
            if let label = place(request) {
                placedNow.append(label)
            } else {
                dropped.append(request)
            }
        }
        return LabelPlacement(placed: placedNow, dropped: dropped)
    }

    /// Places one label, or returns nil (and changes nothing) when no candidate is free.
    public mutating func place(_ request: LabelRequest) -> PlacedLabel? {
        for candidate in candidates(for: request) where fits(candidate) {
            let label = PlacedLabel(
                request: request, box: candidate.box, position: candidate.position, textAnchor: candidate.textAnchor,
                leader: candidate.leader.map { [$0.start, $0.end] })
            placedGrid.insert(placed.count, covering: label.box)
            placed.append(label)
            if let leader = candidate.leader {
                segmentGrid.insert(segments.count, covering: PixelRect(spanning: leader.start, leader.end))
                segments.append(leader)
            }
            return label
        }
        return nil
    }

    private func fits(_ candidate: Candidate) -> Bool {
        guard isFree(candidate.box), !isCrossed(candidate.box) else { return false }
        if let leader = candidate.leader {
            let start = leader.start, end = leader.end
            let span = PixelRect(spanning: start, end)
            // A label's box grown by half a pixel meets the leader only if the box itself comes
            // within half a pixel of the leader's span.
            if placedGrid.containsItem(near: span.insetBy(-0.5), where: { placed[$0].box.insetBy(-0.5).intersectsSegment(start, end) }) {
                return false
            }
            if obstacleGrid.containsItem(near: span, where: { !obstacles[$0].contains(start) && obstacles[$0].intersectsSegment(start, end) }) {
                return false
            }
        }
        return true
    }

    /// A position a label may take: its geometry alone, so that trying up to 200 of them per
    /// label copies no request and allocates no leader; the label is made for the one that fits.
    struct Candidate {
        var box: PixelRect
        var position: LabelPosition
        var textAnchor: LabelTextAnchor
        /// From the symbol's edge to the box, for a label moved away from its symbol.
        var leader: PixelSegment?
    }

    /// Every position a label may take, in order of preference.
    func candidates(for request: LabelRequest) -> [Candidate] {
        let w = request.widthPixels, h = request.heightPixels
        if request.isCentred {
            return ([request.anchor] + request.alternativeAnchors).map { point in
                Candidate(
                    box: PixelRect(x: point.x - w / 2, y: point.y - h / 2, width: w, height: h), position: .centre,
                    textAnchor: .middle, leader: nil)
            }
        }
        let x = request.anchor.x, y = request.anchor.y
        let r = request.symbolRadiusPixels, gap = gapPixels
        // Diagonal positions sit just above or below the symbol's square box, overlapping it
        // sideways by half its width, so they read as belonging to it.
        let d = r * 0.55
        var result: [Candidate] = []
        result.reserveCapacity(request.allowsLeader ? 8 + 8 * 24 : 8)
        func add(_ left: Double, _ top: Double, _ position: LabelPosition, _ anchor: LabelTextAnchor) {
            result.append(Candidate(box: PixelRect(x: left, y: top, width: w, height: h), position: position, textAnchor: anchor, leader: nil))
        }
        add(x + d + gap, y - r - gap - h, .northEast, .start)
        add(x + r + gap, y - h / 2, .east, .start)
        add(x + d + gap, y + r + gap, .southEast, .start)
        add(x - d - gap - w, y - r - gap - h, .northWest, .end)
        add(x - r - gap - w, y - h / 2, .west, .end)
        add(x - d - gap - w, y + r + gap, .southWest, .end)
        add(x - w / 2, y - r - gap - h, .north, .middle)
        add(x - w / 2, y + r + gap, .south, .middle)
        guard request.allowsLeader else { return result }
        // Further out, in 24 directions from upper right clockwise, with a leader line.
        for ring in 1...8 {
            let distance = r + gap + 8 + Double(ring) * 13
            for step in 0..<24 {
                let angle = (-45 + Double(step) * 15) * .pi / 180
                let dx = cos(angle), dy = sin(angle)
                let qx = x + distance * dx, qy = y + distance * dy
                let left = dx > 0.38 ? qx : (dx < -0.38 ? qx - w : qx - w / 2)
                let top = dy > 0.38 ? qy : (dy < -0.38 ? qy - h : qy - h / 2)
                let box = PixelRect(x: left, y: top, width: w, height: h)
                let start = PixelPoint(x: x + (r + 0.5) * dx, y: y + (r + 0.5) * dy)
                let end = box.nearestPoint(to: request.anchor)
                let anchor: LabelTextAnchor = dx > 0.38 ? .start : (dx < -0.38 ? .end : .middle)
                result.append(Candidate(box: box, position: .leader, textAnchor: anchor, leader: PixelSegment(start, end)))
            }
        }
        return result
    }
}
