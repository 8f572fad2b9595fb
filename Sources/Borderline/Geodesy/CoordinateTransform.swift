import CProj

/// A CRS-to-CRS transformation by PROJ, from WGS84 longitude/latitude to a target CRS.
///
/// The axis order is normalised with `proj_normalize_for_visualization`, so input is always
/// (longitude, latitude) in degrees and output is (easting, northing), whatever order the CRS
/// definitions declare. A `PJ_CONTEXT` is not thread-safe: each instance owns its own context,
/// so give each thread or worker its own transform.
public final class CoordinateTransform {
    /// The definition of the target CRS, as given (for notes in maps and reports).
    public let targetDefinition: String
    private let context: OpaquePointer
    private let transformation: OpaquePointer
    /// Whether `transformation` takes and gives angles in radians, not degrees.
    private let takesRadians: Bool

    /// Creates a transformation from `source` (default WGS84 geographic) to `target`.
    /// - Parameters:
    ///   - source: any CRS PROJ accepts ("EPSG:4326", a PROJ string, WKT).
    ///   - target: the CRS to project into, for example
    ///     "+proj=lcc +lat_1=49 +lat_2=53 +lat_0=51 +lon_0=36 +datum=WGS84 +units=m".
    /// - Throws: `ProjError` with PROJ's message when either definition is rejected.
    public init(source: String = "EPSG:4326", target: String) throws {
        let context = try Self.makeContext()
        guard let raw = proj_create_crs_to_crs(context, source, target, nil) else {
            let message = Self.message(context)
            proj_context_destroy(context)
            throw ProjError.cannotCreateTransformation(source: source, target: target, projMessage: message)
        }
        guard let normalised = proj_normalize_for_visualization(context, raw) else {
            let message = Self.message(context)
            proj_destroy(raw)
            proj_context_destroy(context)
            throw ProjError.cannotCreateTransformation(source: source, target: target, projMessage: message)
        }
        proj_destroy(raw)
        self.context = context
        self.transformation = normalised
        self.takesRadians = false
        self.targetDefinition = target
    }

    /// Creates the transformation given as a PROJ pipeline that already takes (longitude,
    /// latitude) in degrees, with `targetDefinition` the CRS it projects into; with
    /// `takesRadians`, `pipeline` is an operation that takes them in radians (a bare
    /// projection), and `forward` and `inverse` convert degrees as a first pipeline step
    /// `unitconvert +xy_in=deg +xy_out=rad` would (see `radiansPerDegree`).
    ///
    /// Why: `proj_create_crs_to_crs` reads proj.db to find the operations between two CRSs,
    /// which costs far more than the projection itself when only a few hundred points are
    /// projected; a pipeline needs no database.
    /// - Throws: `ProjError` with PROJ's message when the pipeline is rejected.
    init(pipeline: String, source: String, targetDefinition: String, takesRadians: Bool = false) throws {
        let context = try Self.makeContext()
        guard let transformation = proj_create(context, pipeline) else {
            let message = Self.message(context)
            proj_context_destroy(context)
            throw ProjError.cannotCreateTransformation(source: source, target: targetDefinition, projMessage: message)
        }
        self.context = context
        self.transformation = transformation
        self.takesRadians = takesRadians
        self.targetDefinition = targetDefinition
    }

    /// The radians in a degree as PROJ's `unitconvert` step has them: multiplying by it here
    /// (dividing, for the inverse) gives a bare projection the very radians the pipeline's
    /// first step would, so the same coordinates, bit for bit (checked with a C program against
    /// libproj: forward and inverse of six map projections over the base map's 28k positions
    /// and 5.2M grid points, errno included).
    static let radiansPerDegree = 0.017453292519943296

    /// A new PROJ context that logs nothing (errors are reported by the thrown `ProjError`).
    private static func makeContext() throws -> OpaquePointer {
        guard let context = proj_context_create() else { throw ProjError.contextCreationFailed }
        proj_log_level(context, PJ_LOG_NONE)
        return context
    }

    deinit {
        proj_destroy(transformation)
        proj_context_destroy(context)
    }

    /// Projects a WGS84 point to (x, y) in the target CRS's units (metres for the projections used here).
    /// - Throws: `ProjError.transformationFailed` with PROJ's reason.
    public func forward(_ point: GeoPoint) throws -> (x: Double, y: Double) {
        guard point.isValid else { throw ProjError.invalidCoordinate(point) }
        let scale = takesRadians ? Self.radiansPerDegree : 1
        let input = proj_coord(point.longitude * scale, point.latitude * scale, 0, 0)
        proj_errno_reset(transformation)
        let output = proj_trans(transformation, PJ_FWD, input)
        let x = output.v.0, y = output.v.1
        if !x.isFinite || !y.isFinite || proj_errno(transformation) != 0 {
            throw ProjError.transformationFailed(point: point, projMessage: Self.message(context, errno: proj_errno(transformation)))
        }
        return (x, y)
    }

    /// Un-projects (x, y) in the target CRS back to WGS84.
    public func inverse(x: Double, y: Double) throws -> GeoPoint {
        let input = proj_coord(x, y, 0, 0)
        proj_errno_reset(transformation)
        let output = proj_trans(transformation, PJ_INV, input)
        let scale = takesRadians ? Self.radiansPerDegree : 1
        let point = GeoPoint(latitude: output.v.1 / scale, longitude: output.v.0 / scale)
        if !point.isValid || proj_errno(transformation) != 0 {
            throw ProjError.transformationFailed(point: point, projMessage: Self.message(context, errno: proj_errno(transformation)))
        }
        return point
    }

    private static func message(_ context: OpaquePointer, errno: Int32? = nil) -> String {
        let code = errno ?? proj_context_errno(context)
        guard code != 0, let text = proj_context_errno_string(context, code) else { return "unknown PROJ error" }
        return String(cString: text)
    }
}
