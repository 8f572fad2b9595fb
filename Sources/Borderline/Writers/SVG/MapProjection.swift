import CProj

/// The projection of a map, chosen for the extent of its data and computed with PROJ.
///
/// A Lambert conformal conic suits a region wider east–west than north–south at mid
/// latitudes: shapes stay true (it is conformal) and the scale error across the map stays
/// small when the two standard parallels sit at 1/6 and 5/6 of the latitude span (the rule of
/// thumb of Snyder, *Map Projections — A Working Manual*, p. 105). Centring the central
/// meridian on the extent makes north straight up at the map's centre.
public struct MapProjection: Hashable, Sendable {
    /// First standard parallel, degrees north.
    public var standardParallel1Degrees: Double
    /// Second standard parallel, degrees north.
    public var standardParallel2Degrees: Double
    /// Latitude of origin (the extent's middle), degrees north.
    public var originLatitudeDegrees: Double
    /// Central meridian (the extent's middle), degrees east.
    public var centralMeridianDegrees: Double

    /// The projection fitted to `box`.
    public init(fitting box: GeoBoundingBox) {
        let span = box.north - box.south
        standardParallel1Degrees = Self.rounded(box.south + span / 6)
        standardParallel2Degrees = Self.rounded(box.south + span * 5 / 6)
        originLatitudeDegrees = Self.rounded((box.south + box.north) / 2)
        centralMeridianDegrees = Self.rounded((box.west + box.east) / 2)
    }

    /// The PROJ definition, for `CoordinateTransform` and for the map's metadata.
    public var projString: String {
        "+proj=lcc +lat_1=\(Self.text(standardParallel1Degrees)) +lat_2=\(Self.text(standardParallel2Degrees)) "
            + "+lat_0=\(Self.text(originLatitudeDegrees)) +lon_0=\(Self.text(centralMeridianDegrees)) "
            + "+x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    }

    /// The name printed in the map's notes.
    public var name: String {
        "Lambert conformal conic, standard parallels \(Self.degrees(standardParallel1Degrees, "N", "S")) and "
            + "\(Self.degrees(standardParallel2Degrees, "N", "S")), central meridian "
            + "\(Self.degrees(centralMeridianDegrees, "E", "W")), WGS84 (computed with PROJ)"
    }

    /// A PROJ transformation from WGS84 longitude/latitude into this projection (metres).
    /// - Throws: `ProjError` when PROJ rejects the definition.
    public func makeTransform() throws -> CoordinateTransform {
        try CoordinateTransform(pipeline: operation, source: "EPSG:4326", targetDefinition: projString, takesRadians: true)
    }

    /// The projection step of the pipeline PROJ builds from EPSG:4326 to `projString` (what
    /// `projinfo -s EPSG:4326 -t "<projString> +type=crs"` prints: unitconvert deg->rad, then
    /// this step, less its axis swap, which `proj_normalize_for_visualization` undoes), so the
    /// same coordinates without the proj.db look-ups of `proj_create_crs_to_crs`: the three
    /// viewports of `borderline map seeds` made their transforms in 80M instructions
    /// (callgrind), with the pipeline in 1.5M. The transform takes radians and converts
    /// degrees itself, as the pipeline's unitconvert step would: through the pipeline, each
    /// point took three proj_trans calls (the pipeline, then each step), and the 101k points of
    /// `map seeds` 124.9M instructions in PROJ (callgrind); through this step alone, 88.4M.
    var operation: String {
        "+proj=lcc +lat_0=\(Self.text(originLatitudeDegrees)) +lon_0=\(Self.text(centralMeridianDegrees)) "
            + "+lat_1=\(Self.text(standardParallel1Degrees)) +lat_2=\(Self.text(standardParallel2Degrees)) "
            + "+x_0=0 +y_0=0 +ellps=WGS84"
    }

    /// Parameters are kept to 0.01° so the definition, and the file, are stable and readable.
    private static func rounded(_ value: Double) -> Double {
        (value * 100).rounded(.toNearestOrAwayFromZero) / 100
    }

    private static func text(_ value: Double) -> String { FixedDecimal.compact(value, maxDecimals: 2) }

    static func degrees(_ value: Double, _ positive: String, _ negative: String) -> String {
        "\(FixedDecimal.compact(abs(value), maxDecimals: 2))° \(value >= 0 ? positive : negative)"
    }
}
