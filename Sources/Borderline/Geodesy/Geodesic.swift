import CProj

/// The answer to the inverse geodesic problem between two points on WGS84.
public struct GeodesicInverse: Hashable, Sendable {
    /// Length of the shortest geodesic between the points, in metres.
    public var distanceMeters: Double
    /// Azimuth of the geodesic at the first point, degrees clockwise from north, −180…180.
    public var initialAzimuthDegrees: Double
    /// Azimuth of the geodesic at the second point (direction of travel), −180…180.
    public var finalAzimuthDegrees: Double

    /// The distance in kilometres.
    public var distanceKm: Double { distanceMeters / 1000 }
}

/// Geodesics on the WGS84 ellipsoid, computed by PROJ's geodesic.h (Karney's algorithms,
/// accurate to 15 nanometres).
///
/// Latitudes and longitudes are in degrees, distances in metres, azimuths in degrees clockwise
/// from north. The object only holds PROJ's precomputed ellipsoid coefficients, so one shared
/// instance is safe to use from any number of threads.
public final class Geodesic: @unchecked Sendable {
    /// The WGS84 ellipsoid: a = 6378137 m, f = 1/298.257223563 (EPSG:7030).
    public static let wgs84 = Geodesic(equatorialRadiusMeters: 6_378_137, flattening: 1 / 298.257223563)

    private let storage: UnsafeMutablePointer<geod_geodesic>

    /// Creates the geodesic solver for an ellipsoid.
    /// - Parameters:
    ///   - equatorialRadiusMeters: the semi-major axis *a*, in metres.
    ///   - flattening: *f* = (a − b) / a.
    public init(equatorialRadiusMeters: Double, flattening: Double) {
        storage = .allocate(capacity: 1)
        geod_init(storage, equatorialRadiusMeters, flattening)
    }

    deinit { storage.deallocate() }

    /// Solves the inverse problem: distance and azimuths from `from` to `to`.
    public func inverse(from: GeoPoint, to: GeoPoint) -> GeodesicInverse {
        var s12 = 0.0, azi1 = 0.0, azi2 = 0.0
        geod_inverse(storage, from.latitude, from.longitude, to.latitude, to.longitude, &s12, &azi1, &azi2)
        return GeodesicInverse(distanceMeters: s12, initialAzimuthDegrees: azi1, finalAzimuthDegrees: azi2)
    }

    /// The geodesic distance in metres from `from` to `to`.
    public func distanceMeters(from: GeoPoint, to: GeoPoint) -> Double {
        var s12 = 0.0
        geod_inverse(storage, from.latitude, from.longitude, to.latitude, to.longitude, &s12, nil, nil)
        return s12
    }

    /// Solves the direct problem: where one arrives from `from` after `distanceMeters` along the
    /// geodesic that leaves at `azimuthDegrees`.
    /// - Returns: the end point and the azimuth of travel there, in degrees.
    public func direct(
        from: GeoPoint, azimuthDegrees: Double, distanceMeters: Double
    ) -> (point: GeoPoint, finalAzimuthDegrees: Double) {
        var lat2 = 0.0, lon2 = 0.0, azi2 = 0.0
        geod_direct(storage, from.latitude, from.longitude, azimuthDegrees, distanceMeters, &lat2, &lon2, &azi2)
        return (GeoPoint(latitude: lat2, longitude: lon2), azi2)
    }

    /// A geodesic line from `from` towards `to`, for sampling points along the way.
    public func line(from: GeoPoint, to: GeoPoint) -> GeodesicLine {
        GeodesicLine(geodesic: self, from: from, to: to)
    }

    fileprivate var pointer: UnsafePointer<geod_geodesic> { UnsafePointer(storage) }
}

/// The geodesic segment between two points, with positions along it by distance from the start.
public struct GeodesicLine: Sendable {
    /// Where the line starts.
    public let start: GeoPoint
    /// Length of the segment from `start` to its end point, in metres.
    public let lengthMeters: Double
    private let line: geod_geodesicline

    init(geodesic: Geodesic, from: GeoPoint, to: GeoPoint) {
        var line = geod_geodesicline()
        geod_inverseline(&line, geodesic.pointer, from.latitude, from.longitude, to.latitude, to.longitude, 0)
        self.line = line
        self.start = from
        self.lengthMeters = line.s13
    }

    /// The point `distanceMeters` from the start along the line, with the azimuth of travel there.
    public func position(atMeters distanceMeters: Double) -> (point: GeoPoint, azimuthDegrees: Double) {
        var lat = 0.0, lon = 0.0, azi = 0.0
        withUnsafePointer(to: line) { pointer in
            geod_position(pointer, distanceMeters, &lat, &lon, &azi)
        }
        return (GeoPoint(latitude: lat, longitude: lon), azi)
    }
}
