/// Where the parts of the page go: the title block, the map frame, and the panel that holds
/// the legend, scale bar, north arrow and notes.
///
/// Landscape pages put the panel to the right of the map; portrait pages put it below, in
/// columns. The margins leave room for the graticule's labels outside the frame.
public struct MapLayout: Sendable, Hashable {
    public var page: PixelRect
    public var titleBaselineY: Double
    public var subtitleBaselineY: Double
    /// The map frame: everything geographic is drawn inside it.
    public var frame: PixelRect
    /// The columns of the panel, filled top to bottom, left to right.
    public var panelColumns: [PixelRect]

    public static let marginPixels = 18.0

    /// The layout of a page of `widthPixels` × `heightPixels`.
    /// - Throws: `SVGMapError.pageTooSmall` below `SVGMapOptions.minimumWidthPixels` × `minimumHeightPixels`.
    public init(widthPixels: Int, heightPixels: Int) throws {
        guard widthPixels >= SVGMapOptions.minimumWidthPixels, heightPixels >= SVGMapOptions.minimumHeightPixels else {
            throw SVGMapError.pageTooSmall(widthPixels: widthPixels, heightPixels: heightPixels)
        }
        let w = Double(widthPixels), h = Double(heightPixels), m = Self.marginPixels
        page = PixelRect(x: 0, y: 0, width: w, height: h)
        titleBaselineY = m + 18
        subtitleBaselineY = m + 37
        let top = m + 50
        // Room for parallels' labels left of the frame and meridians' labels below it.
        let left = m + 40, belowFrame = 16.0
        if w >= h {
            let panelWidth = min(max(w * 0.23, 200), 280)
            frame = PixelRect(x: left, y: top, width: w - m - panelWidth - 16 - left, height: h - m - belowFrame - top)
            panelColumns = [PixelRect(x: w - m - panelWidth, y: top, width: panelWidth, height: h - m - top)]
        } else {
            let panelHeight = min(max(h * 0.3, 220), 360)
            frame = PixelRect(x: left, y: top, width: w - m - left, height: h - m - panelHeight - belowFrame - 10 - top)
            let panelTop = h - m - panelHeight
            let columnWidth = (w - 2 * m - 16) / 2
            panelColumns = [
                PixelRect(x: m, y: panelTop, width: columnWidth, height: panelHeight),
                PixelRect(x: m + columnWidth + 16, y: panelTop, width: columnWidth, height: panelHeight),
            ]
        }
    }
}
