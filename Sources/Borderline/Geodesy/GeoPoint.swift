/// A position on the WGS84 ellipsoid, in decimal degrees.
///
/// Latitude comes first in the initialiser because that is how people say it
/// ("50.60 N, 36.58 E"); GeoJSON writers put longitude first, as RFC 7946 wants.
public struct GeoPoint: Hashable, Sendable, Codable {
    /// Geodetic latitude in degrees, −90…90, positive north.
    public var latitude: Double
    /// Longitude in degrees, −180…180, positive east.
    public var longitude: Double

    /// Creates a point from latitude and longitude in degrees.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Whether both numbers are finite and within the ranges of latitude and longitude.
    public var isValid: Bool {
        latitude.isFinite && longitude.isFinite
            && (-90...90).contains(latitude) && (-180...180).contains(longitude)
    }

    /// "50.38 N, 36.41 E": the readable form used in verdicts and reports.
    public func formatted(decimals: Int = 2) -> String {
        let ns = latitude >= 0 ? "N" : "S"
        let ew = longitude >= 0 ? "E" : "W"
        return "\(FixedDecimal.format(abs(latitude), decimals: decimals)) \(ns), "
            + "\(FixedDecimal.format(abs(longitude), decimals: decimals)) \(ew)"
    }
}
