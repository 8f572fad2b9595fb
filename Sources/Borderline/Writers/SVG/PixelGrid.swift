/// Items on the page (symbol and label boxes, line segments) filed under the cells of a coarse
/// grid that their bounding boxes cover, so that asking what lies near a box looks at the items
/// filed nearby instead of at every item on the map.
///
/// Label placement asks "does anything touch this box?" for up to 200 candidate boxes per label;
/// over a corpus of a few hundred articles the map has thousands of symbols, claim lines and
/// labels, and comparing each candidate with all of them made the overview map take minutes.
/// The grid only narrows the search: callers still run their exact test on each item it
/// offers, so answers are the same as a scan of every item.
///
/// An item with a non-finite coordinate cannot be filed by position; it is kept apart and
/// offered to every query, as a scan of every item would test it. A query box with a
/// non-finite coordinate is offered every item.
struct PixelGrid: Sendable {
    /// The top-left corner of cell (0, 0).
    private let originX: Double
    private let originY: Double
    private let cellPixels: Double
    private let columns: Int
    private let rows: Int
    /// The items of each cell, row by row, by the number they were inserted under.
    private var cells: [[Int32]]
    /// Items with a non-finite coordinate.
    private var unplaced: [Int32] = []
    /// Every item inserted so far, for a query box that cannot be placed.
    private(set) var count = 0

    /// A grid over `area`; items and queries outside it fall in its edge cells.
    /// - Parameter cellPixels: the side of a cell: about the size of a label keeps the cells a
    ///   query covers, and the items in each, few.
    init(covering area: PixelRect, cellPixels: Double = 32) {
        let width = area.width.isFinite ? max(area.width, 0) : 0
        let height = area.height.isFinite ? max(area.height, 0) : 0
        self.originX = area.x.isFinite ? area.x : 0
        self.originY = area.y.isFinite ? area.y : 0
        self.cellPixels = cellPixels
        // At most 256 cells a side: a frame of any sane size is covered, and an absurd one
        // gets coarser cells rather than a huge table.
        self.columns = min(256, max(1, Int((width / cellPixels).rounded(.up))))
        self.rows = min(256, max(1, Int((height / cellPixels).rounded(.up))))
        self.cells = Array(repeating: [], count: columns * rows)
    }

    /// Files item number `item` under every cell that `box` covers (edges included).
    mutating func insert(_ item: Int, covering box: PixelRect) {
        count = max(count, item + 1)
        guard let (columnRange, rowRange) = cellRanges(of: box) else {
            unplaced.append(Int32(item))
            return
        }
        for row in rowRange {
            for column in columnRange { cells[row * columns + column].append(Int32(item)) }
        }
    }

    /// Whether `test` holds for some item filed under a cell that `box` covers (edges
    /// included), or for an item that could not be filed. An item that shares a point with
    /// `box` is always offered; others may be, so `test` must be the exact check.
    func containsItem(near box: PixelRect, where test: (Int) -> Bool) -> Bool {
        if unplaced.contains(where: { test(Int($0)) }) { return true }
        guard let (columnRange, rowRange) = cellRanges(of: box) else {
            return (0..<count).contains(where: test)
        }
        for row in rowRange {
            for column in columnRange where cells[row * columns + column].contains(where: { test(Int($0)) }) {
                return true
            }
        }
        return false
    }

    /// The columns and rows of the cells `box` covers, clamped to the grid; nil when a
    /// coordinate is not finite.
    private func cellRanges(of box: PixelRect) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        let minX = box.minX, maxX = box.maxX, minY = box.minY, maxY = box.maxY
        guard minX.isFinite, maxX.isFinite, minY.isFinite, maxY.isFinite else { return nil }
        let first = column(of: min(minX, maxX)), last = column(of: max(minX, maxX))
        let top = row(of: min(minY, maxY)), bottom = row(of: max(minY, maxY))
        return (first...last, top...bottom)
    }

    private func column(of x: Double) -> Int {
        Self.clamped(((x - originX) / cellPixels).rounded(.down), below: columns)
    }

    private func row(of y: Double) -> Int {
        Self.clamped(((y - originY) / cellPixels).rounded(.down), below: rows)
    }

    /// `value` as a cell number in 0..<limit (clamped before conversion, so no value traps).
    private static func clamped(_ value: Double, below limit: Int) -> Int {
        Int(min(max(value, 0), Double(limit - 1)))
    }
}

extension PixelRect {
    /// The bounding box of the segment from `a` to `b`; not finite when an end is not, so that
    /// `PixelGrid` keeps such a segment apart (`min` and `max` would drop a NaN end).
    init(spanning a: PixelPoint, _ b: PixelPoint) {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else {
            self.init(x: .nan, y: .nan, width: .nan, height: .nan)
            return
        }
        self.init(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
    }
}

/// Items filed under the one-pixel cell their point falls in, to find the first item whose
/// point lies within a pixel of a given point by looking at the nine cells around it.
struct PixelPointBuckets: Sendable {
    private struct Cell: Hashable {
        var x: Int
        var y: Int
    }

    private var items: [Cell: [Int]] = [:]
    /// Items whose point is not finite (or too far out to file): offered to every query.
    private var unfiled: [Int] = []

    /// Files item number `item` (numbers given in increasing order) under `point`'s cell.
    mutating func insert(_ item: Int, at point: PixelPoint) {
        guard let cell = Self.cell(of: point) else {
            unfiled.append(item)
            return
        }
        items[cell, default: []].append(item)
    }

    /// The lowest-numbered item for which `test` holds among those filed within a cell of
    /// `point` (every item within one pixel of it is) and those not filed; `test` must be
    /// the exact check.
    func first(near point: PixelPoint, where test: (Int) -> Bool) -> Int? {
        var best = unfiled.first(where: test)
        guard let centre = Self.cell(of: point) else {
            // A point that cannot be filed is compared with every item, as a plain scan would.
            for list in items.values {
                for item in list where test(item) { best = min(best ?? item, item) }
            }
            return best
        }
        for dy in -1...1 {
            for dx in -1...1 {
                // Each cell's items are in increasing order, so its first match is its lowest.
                if let item = items[Cell(x: centre.x + dx, y: centre.y + dy)]?.first(where: test) {
                    best = min(best ?? item, item)
                }
            }
        }
        return best
    }

    private static func cell(of point: PixelPoint) -> Cell? {
        let x = point.x.rounded(.down), y = point.y.rounded(.down)
        guard abs(x) < 1e15, abs(y) < 1e15 else { return nil }
        return Cell(x: Int(x), y: Int(y))
    }
}
