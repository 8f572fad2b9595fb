/// A scale bar in kilometres and one in miles, true at the map's centre.
///
/// A conformal conic's scale changes across the map, so the bar is measured where the reader
/// is told it holds: the round length is laid out along the geodesic through the map's
/// centre (half west, half east, computed with PROJ's geodesic.h on WGS84), and the bar is as
/// long as the projected distance between the two ends.
public struct ScaleBar: Sendable, Hashable {
    /// One bar: its round length and its length on the page.
    public struct Bar: Sendable, Hashable {
        /// The length the bar stands for, in its unit (km or mi).
        public var length: Double
        /// The unit's name as printed ("km", "mi").
        public var unit: String
        /// The bar's length on the page, in pixels.
        public var lengthPixels: Double
    }

    /// Where the scale holds: the centre of the map frame.
    public var centre: GeoPoint
    public var kilometres: Bar
    public var miles: Bar

    /// Metres in an international mile.
    public static let metresPerMile = 1609.344
    /// Round lengths a bar may take (1, 2, 2.5 and 5 times a power of ten).
    static let roundLengths: [Double] = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000]

    /// The longest round bars not longer than `maximumPixels`, for the map in `viewport`.
    /// - Throws: `SVGMapError.projection` when the map's centre cannot be projected.
    public init(viewport: MapViewport, maximumPixels: Double) throws {
        guard let centre = viewport.geoPoint(viewport.frame.center) else {
            throw SVGMapError.projection("the map's centre is outside the projection's domain")
        }
        self.centre = centre
        func bar(unitMetres: Double, unit: String) throws -> Bar {
            var best: Bar?
            for length in Self.roundLengths {
                let pixels = try Self.pixels(lengthMetres: length * unitMetres, centre: centre, viewport: viewport)
                if pixels <= maximumPixels { best = Bar(length: length, unit: unit, lengthPixels: pixels) } else { break }
            }
            if let best { return best }
            return Bar(
                length: 1, unit: unit,
                lengthPixels: try Self.pixels(lengthMetres: unitMetres, centre: centre, viewport: viewport))
        }
        kilometres = try bar(unitMetres: 1000, unit: "km")
        miles = try bar(unitMetres: Self.metresPerMile, unit: "mi")
    }

    /// The projected length, in pixels, of a geodesic of `lengthMetres` centred on `centre`
    /// and running east–west through it.
    static func pixels(lengthMetres: Double, centre: GeoPoint, viewport: MapViewport) throws -> Double {
        let west = Geodesic.wgs84.direct(from: centre, azimuthDegrees: -90, distanceMeters: lengthMetres / 2).point
        let east = Geodesic.wgs84.direct(from: centre, azimuthDegrees: 90, distanceMeters: lengthMetres / 2).point
        guard let a = viewport.pixel(west), let b = viewport.pixel(east) else {
            throw SVGMapError.projection("the scale bar's ends cannot be projected")
        }
        return a.distance(to: b)
    }
}
