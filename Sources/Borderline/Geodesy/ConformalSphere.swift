import Foundation

/// The WGS84 ellipsoid mapped onto a unit sphere by conformal latitude χ (longitude kept), and
/// rigorous brackets on how a spherical angle relates to a geodesic length. Used only to choose
/// which border segments to measure; no distance it gives is ever reported.
///
/// The map is conformal, so it stretches a length by the same factor in every direction: a
/// spherical angle dθ corresponds to N·cos φ / cos χ metres, a radius that depends on latitude
/// alone and falls monotonically from a (6,378,137 m) at the equator to 6,356,800 m at the
/// poles. Along any curve that stays between two latitudes the ratio of its ellipsoidal length to
/// its spherical length therefore lies between that radius at the band's edges. The bracket is
/// 0.03 % wide over the border region, ten times narrower than the 0.4 % of the plain
/// latitude–longitude sphere (which stretches meridians and parallels differently), so far fewer
/// segments survive pruning.
enum ConformalSphere {
    /// WGS84's first eccentricity squared and first eccentricity.
    static let eccentricitySquared = (1 / 298.257223563) * (2 - 1 / 298.257223563)
    static let eccentricity = eccentricitySquared.squareRoot()
    /// WGS84 semi-major axis in metres.
    static let semiMajorAxisMeters = 6_378_137.0

    /// The unit vector of `point` on the conformal sphere.
    static func unitVector(_ point: GeoPoint) -> SIMD3<Double> {
        let (sinChi, cosChi) = conformal(latitudeDegrees: point.latitude)
        let lambda = point.longitude * .pi / 180
        return SIMD3(cosChi * cos(lambda), cosChi * sin(lambda), sinChi)
    }

    /// sin χ and cos χ of the conformal latitude, through the isometric latitude ψ
    /// (sin χ = tanh ψ, cos χ = 1 / cosh ψ), which stays exact up to the poles.
    static func conformal(latitudeDegrees: Double) -> (sin: Double, cos: Double) {
        let s = sin(latitudeDegrees * .pi / 180)
        if abs(s) >= 1 { return (s < 0 ? -1 : 1, 0) }
        let psi = atanh(s) - eccentricity * atanh(eccentricity * s)
        return (tanh(psi), 1 / cosh(psi))
    }

    /// Metres per radian of the conformal sphere at `latitudeDegrees` (N·cos φ / cos χ).
    static func radiusMeters(latitudeDegrees: Double) -> Double {
        let magnitude = abs(latitudeDegrees)
        if magnitude >= 89.9 { return poleRadiusMeters }
        let s = sin(magnitude * .pi / 180)
        let primeVertical = semiMajorAxisMeters / (1 - eccentricitySquared * s * s).squareRoot()
        return primeVertical * cos(magnitude * .pi / 180) / conformal(latitudeDegrees: magnitude).cos
    }

    /// The radius at the poles, a/√(1−e²)·((1−e)/(1+e))^(e/2), the smallest anywhere; also used
    /// within 0.1° of a pole, where the ratio N·cos φ / cos χ loses precision and is never more
    /// than a few centimetres from it.
    static let poleRadiusMeters = semiMajorAxisMeters / (1 - eccentricitySquared).squareRoot()
        * pow((1 - eccentricity) / (1 + eccentricity), eccentricity / 2)

    /// The radius every 0.1° of |latitude| from 0° to 90°; monotonic, so a band's bracket is read
    /// at its ends, rounded outwards to the table's steps.
    private static let radiusTable: [Double] = (0...900).map { radiusMeters(latitudeDegrees: Double($0) / 10) }
    /// Relative slack on values read from the table, far above its rounding error.
    private static let tableSlack = 1e-7

    /// The smallest and largest metres-per-radian over the latitudes `south`…`north` (degrees,
    /// clamped to ±90): a geodesic that stays in the band is at least `lower`·θ long, and the
    /// great circle's image at most `upper`·θ, for a spherical angle θ.
    static func radii(south: Double, north: Double) -> (lower: Double, upper: Double) {
        let lo = max(south, -90), hi = min(north, 90)
        let minAbs = (lo <= 0 && hi >= 0) ? 0 : min(abs(lo), abs(hi))
        let maxAbs = min(max(abs(lo), abs(hi)), 90)
        let lower = radiusTable[min(Int((maxAbs * 10).rounded(.up)), 900)] * (1 - tableSlack)
        let upper = radiusTable[max(Int((minAbs * 10).rounded(.down)), 0)] * (1 + tableSlack)
        return (lower, upper)
    }

    /// How far (degrees) a geodesic of spherical length at most `angle` radians can rise beyond the
    /// larger |latitude| of its ends, `topDegrees`; nil when it may reach a pole, or the
    /// estimate is too loose to be worth using (then use the whole globe's bracket).
    ///
    /// On the sphere the arc bulges most when its ends are at the same latitude, where the vertex
    /// latitude φᵥ satisfies sin φᵥ = sin φ / cos(θ/2). An ellipsoidal geodesic follows a great
    /// circle of the auxiliary sphere within a fraction of a percent, and the conformal,
    /// geodetic and reduced latitudes differ by under 0.2°, so the bulge is doubled and 0.01°
    /// added.
    static func bulgeMarginDegrees(angle: Double, topDegrees: Double) -> Double? {
        guard angle < 1, topDegrees < 85 else { return nil }
        let top = min(abs(topDegrees) + 0.2, 90) * .pi / 180
        let sine = sin(top) / cos(angle / 2)
        guard sine < 1 else { return nil }
        let margin = 2 * (asin(sine) - top) * 180 / .pi + 0.01
        return margin < 10 ? margin : nil
    }
}
