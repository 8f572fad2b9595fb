/// A coordinate reference system as a QGIS project names it (`<spatialrefsys>`).
///
/// QGIS identifies a CRS by its authority id when the element carries one with a built-in
/// `srsid`, so the WKT is left out; `description` and the acronyms are what QGIS shows before
/// it has looked the CRS up.
public struct ProjectCRS: Sendable, Hashable {
    public var authID: String
    public var description: String
    public var proj4: String
    /// QGIS's internal id of the CRS in its srs.db (QGIS reads the CRS by `authID` when this is
    /// a built-in one).
    public var qgisSrsID: Int
    public var projectionAcronym: String
    public var ellipsoidAcronym: String
    public var isGeographic: Bool

    /// WGS 84 longitude/latitude (EPSG:4326), the CRS of every GeoJSON layer (RFC 7946).
    public static let wgs84 = ProjectCRS(
        authID: "EPSG:4326", description: "WGS 84", proj4: "+proj=longlat +datum=WGS84 +no_defs", qgisSrsID: 3452,
        projectionAcronym: "longlat", ellipsoidAcronym: "EPSG:7030", isGeographic: true)

    /// ETRS89-extended / LAEA Europe (EPSG:3035): equal-area, defined for Europe to 44.8° E, so
    /// the border region keeps its shape instead of being stretched east–west by about 1.6 at
    /// 50° N as it is in plain longitude/latitude.
    public static let laeaEurope = ProjectCRS(
        authID: "EPSG:3035", description: "ETRS89-extended / LAEA Europe",
        proj4: "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +units=m +no_defs",
        qgisSrsID: 1000, projectionAcronym: "laea", ellipsoidAcronym: "EPSG:7019", isGeographic: false)

    /// A PROJ transformation from WGS 84 longitude/latitude into this CRS.
    ///
    /// For LAEA Europe it is made from the pipeline `proj_create_crs_to_crs` finds: both of
    /// its candidate operations from EPSG:4326 (the ETRS89-to-WGS 84 null transformation over
    /// Europe and the world-wide ballpark offset) are this same pipeline, in the (easting,
    /// northing) order `proj_normalize_for_visualization` leaves (`projinfo -s EPSG:4326 -t
    /// EPSG:3035 --spatial-test intersects`), so the coordinates are the same without the
    /// proj.db look-ups: the canvas extent of `borderline map seeds` took 158.8M instructions,
    /// with the pipeline 23.6M (callgrind).
    /// - Throws: `ProjError` when PROJ cannot make the transformation.
    func makeTransform() throws -> CoordinateTransform {
        guard self == .laeaEurope else { return try CoordinateTransform(target: authID) }
        return try CoordinateTransform(
            pipeline: "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
                + "+step +proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80",
            source: "EPSG:4326", targetDefinition: authID)
    }

    /// The `<spatialrefsys>` element.
    var xml: XMLTag {
        let srid = authID.split(separator: ":").last.map(String.init) ?? ""
        return XMLTag("spatialrefsys", children: [
            XMLTag("wkt", text: ""), XMLTag("proj4", text: proj4), XMLTag("srsid", text: String(qgisSrsID)),
            XMLTag("srid", text: srid), XMLTag("authid", text: authID), XMLTag("description", text: description),
            XMLTag("projectionacronym", text: projectionAcronym), XMLTag("ellipsoidacronym", text: ellipsoidAcronym),
            XMLTag("geographicflag", text: isGeographic ? "true" : "false"),
        ])
    }
}
