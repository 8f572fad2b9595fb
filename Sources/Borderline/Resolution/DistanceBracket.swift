import Foundation

/// A distance limit restated on the cosine of the spherical angle between two points, so that
/// comparing a geodesic with the limit needs PROJ only when the answer is in doubt, and not even
/// a trigonometric call otherwise.
///
/// For the spherical angle θ between the geodetic positions (as unit vectors),
/// a(1−e²)·θ ≤ s ≤ a/√(1−e²)·θ: the WGS84 radius of curvature never falls below a(1−e²) nor
/// rises above a/√(1−e²). With a metre of slack each way for rounding, the geodesic is surely
/// within `km` when θ ≤ (km − 1 m)/(a/√(1−e²)), and surely beyond it when θ > (km + 1 m)/(a(1−e²));
/// θ ≤ t exactly when cos θ = u·v ≥ cos t. (The dot product's rounding moves θ by well under a
/// micrometre at these distances, far inside the slack.)
struct DistanceBracket: Sendable {
    /// `u·v` at or above this: the geodesic is at most the limit.
    let surelyWithin: Double
    /// `u·v` below this: the geodesic is more than the limit.
    let possiblyWithin: Double

    init(km: Double) {
        surelyWithin = cos(max(0, km * 1000 - 1) / 6_399_593.626)
        possiblyWithin = cos(min(.pi, (km * 1000 + 1) / 6_335_439.327))
    }

    /// What the bracket says of two unit vectors: true within, false beyond, nil when only the
    /// exact geodesic can tell.
    @inline(__always)
    func isWithin(_ u: SIMD3<Double>, _ v: SIMD3<Double>) -> Bool? {
        let dot = (u * v).sum()
        if dot >= surelyWithin { return true }
        if dot < possiblyWithin { return false }
        return nil
    }

    /// A distance in km the geodesic between the points of two unit vectors is surely not below:
    /// a(1−e²)·θ, less a metre for rounding (near θ = 0, where `acos` is most sensitive, the dot
    /// product's rounding moves θ by a few times 1e-8, a fifth of a metre at most).
    @inline(__always)
    static func leastKm(_ u: SIMD3<Double>, _ v: SIMD3<Double>) -> Double {
        (acos(min(1, max(-1, (u * v).sum()))) * 6_335_439.327 - 1) / 1000
    }

    /// The unit vector of a geodetic position on the sphere.
    @inline(__always)
    static func unitVector(_ p: GeoPoint) -> SIMD3<Double> {
        let lat = p.latitude * .pi / 180, lon = p.longitude * .pi / 180
        return SIMD3(cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat))
    }
}
