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

    /// A distance in km the geodesic from the point `p` (`ellipsoidPoint`) to that of unit vector
    /// `v` is surely not below: the straight line between the two points (no path over the
    /// surface is shorter), less a metre for rounding (the points are off by nanometres).
    /// At the few hundred km the resolver compares, the line falls short of the geodesic by
    /// well under a kilometre (about s³/24R²), where a(1−e²)·θ, the bound on the angle alone,
    /// falls short by half a percent or more: the tighter bound spares exact distances.
    @inline(__always)
    static func leastKm(from p: SIMD3<Double>, to v: SIMD3<Double>) -> Double {
        let d = p - ellipsoidPoint(v)
        return ((d * d).sum().squareRoot() - 1) / 1000
    }

    /// The Earth-centred point, in metres, of the geodetic position whose unit vector
    /// (`unitVector`, the ellipsoid's normal there) is `u`: N·(cos φ cos λ, cos φ sin λ,
    /// (1−e²) sin φ) with N = a/√(1−e² sin²φ), where sin φ is u.z (WGS84: a = 6378137 m,
    /// e² = f(2−f) with f = 1/298.257223563).
    @inline(__always)
    static func ellipsoidPoint(_ u: SIMD3<Double>) -> SIMD3<Double> {
        let eSquared = 0.0066943799901413165
        let n = 6_378_137 / (1 - eSquared * u.z * u.z).squareRoot()
        return SIMD3(n * u.x, n * u.y, n * (1 - eSquared) * u.z)
    }

    /// The unit vector of a geodetic position on the sphere.
    @inline(__always)
    static func unitVector(_ p: GeoPoint) -> SIMD3<Double> {
        let lat = p.latitude * .pi / 180, lon = p.longitude * .pi / 180
        return SIMD3(cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat))
    }
}
