/// Where the projected map sits on the page: the frame in pixels and the affine map from
/// projected metres to pixels (uniform scale, y flipped so north is up).
///
/// Holds the PROJ transformation, so it is not `Sendable`: make one per map being drawn.
public final class MapViewport {
    /// The projection of the map.
    public let projection: MapProjection
    /// The map frame on the page, in pixels.
    public let frame: PixelRect
    /// Metres of the projection per pixel.
    public let metresPerPixel: Double
    /// Projected coordinates (metres) of the page's pixel (0, 0).
    public let originX: Double, originY: Double
    /// The longitude/latitude box that holds everything visible in the frame.
    public let visibleBox: GeoBoundingBox
    private let transform: CoordinateTransform

    /// Fits `box` into `frame`: the whole box is visible, centred, and the frame is filled
    /// (the map shows a little more than the box along one axis).
    /// - Throws: `ProjError` when PROJ cannot project the box.
    public init(box: GeoBoundingBox, frame: PixelRect) throws {
        let projection = MapProjection(fitting: box)
        let transform = try projection.makeTransform()
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for point in box.outline(perEdge: 24) {
            let (x, y) = try transform.forward(point)
            minX = min(minX, x)
            maxX = max(maxX, x)
            minY = min(minY, y)
            maxY = max(maxY, y)
        }
        let metresPerPixel = max((maxX - minX) / frame.width, (maxY - minY) / frame.height)
        self.projection = projection
        self.transform = transform
        self.frame = frame
        self.metresPerPixel = metresPerPixel
        self.originX = (minX + maxX) / 2 - frame.center.x * metresPerPixel
        self.originY = (minY + maxY) / 2 + frame.center.y * metresPerPixel
        var west = Double.infinity, east = -Double.infinity, south = Double.infinity, north = -Double.infinity
        let corners = [
            PixelPoint(x: frame.minX, y: frame.minY), PixelPoint(x: frame.maxX, y: frame.minY),
            PixelPoint(x: frame.maxX, y: frame.maxY), PixelPoint(x: frame.minX, y: frame.maxY),
        ]
        for side in 0..<4 {
            let a = corners[side], b = corners[(side + 1) % 4]
            for step in 0..<24 {
                let t = Double(step) / 24
                let x = originX + (a.x + (b.x - a.x) * t) * metresPerPixel
                let y = originY - (a.y + (b.y - a.y) * t) * metresPerPixel
                let point = try transform.inverse(x: x, y: y)
                west = min(west, point.longitude)
                east = max(east, point.longitude)
                south = min(south, point.latitude)
                north = max(north, point.latitude)
            }
        }
        self.visibleBox = GeoBoundingBox(unchecked: west, south, east, north)
    }

    /// The page position of `point`, or nil when PROJ cannot project it.
    public func pixel(_ point: GeoPoint) -> PixelPoint? {
        guard let (x, y) = try? transform.forward(point) else { return nil }
        return PixelPoint(x: (x - originX) / metresPerPixel, y: (originY - y) / metresPerPixel)
    }

    /// The longitude/latitude under the page position `pixel`, or nil outside PROJ's domain.
    public func geoPoint(_ pixel: PixelPoint) -> GeoPoint? {
        try? transform.inverse(x: originX + pixel.x * metresPerPixel, y: originY - pixel.y * metresPerPixel)
    }

    /// Projects a line of geographic points, dropping none: a point PROJ cannot project ends
    /// the piece, so the result may be several pieces.
    public func pixels(_ points: [GeoPoint]) -> [[PixelPoint]] {
        var pieces: [[PixelPoint]] = []
        var current: [PixelPoint] = []
        for point in points {
            if let pixel = pixel(point) {
                current.append(pixel)
            } else if !current.isEmpty {
                pieces.append(current)
                current = []
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// "originX originY metresPerPixel": how a reader of the SVG turns page pixels back into
    /// projected metres (x = originX + px·m, y = originY − py·m), written as `data-pixel-to-crs`.
    public var pixelToCRS: String {
        "\(FixedDecimal.compact(originX, maxDecimals: 3)) \(FixedDecimal.compact(originY, maxDecimals: 3)) "
            + FixedDecimal.compact(metresPerPixel, maxDecimals: 6)
    }
}
