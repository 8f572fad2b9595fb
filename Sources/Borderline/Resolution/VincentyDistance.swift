import Foundation

/// The WGS84 geodesic distance by Vincenty's inverse formula (1975): a few iterations of plain
/// trigonometry, about a sixth of the instructions of PROJ's exact solution (Karney's), and
/// within `toleranceKm` of it wherever it converges.
///
/// Vincenty's series are accurate to a fraction of a millimetre on the ellipsoid; `toleranceKm`
/// (a metre) leaves a wide margin over that and over rounding, and the tests hold the formula to
/// a tenth of it against PROJ. So an answer that must be exact (a rounded number of km, which of
/// two distances is shorter) is read from the estimate when no point within the tolerance would
/// change it, and from PROJ otherwise.
enum VincentyDistance {
    /// How far the estimate may lie from the exact geodesic, in km.
    static let toleranceKm = 0.001

    private static let a = 6_378_137.0, f = 1 / 298.257223563
    private static let b = a * (1 - f)

    /// The estimate in km, or nil where the iteration does not settle (nearly antipodal points).
    static func km(_ from: GeoPoint, _ to: GeoPoint) -> Double? {
        let degrees = Double.pi / 180
        let difference = (to.longitude - from.longitude) * degrees
        let u1 = atan((1 - f) * tan(from.latitude * degrees)), u2 = atan((1 - f) * tan(to.latitude * degrees))
        let sinU1 = sin(u1), cosU1 = cos(u1), sinU2 = sin(u2), cosU2 = cos(u2)
        var lambda = difference
        for _ in 0..<50 {
            let sinLambda = sin(lambda), cosLambda = cos(lambda)
            let p = cosU2 * sinLambda, q = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda
            let sinSigma = (p * p + q * q).squareRoot()
            if sinSigma == 0 { return 0 }
            let cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda
            let sigma = atan2(sinSigma, cosSigma)
            let sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma
            let cosSqAlpha = 1 - sinAlpha * sinAlpha
            let cos2SigmaM = cosSqAlpha != 0 ? cosSigma - 2 * sinU1 * sinU2 / cosSqAlpha : 0
            let c = f / 16 * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha))
            let previous = lambda
            lambda = difference + (1 - c) * f * sinAlpha
                * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)))
            guard abs(lambda - previous) < 1e-12 else { continue }
            let uSq = cosSqAlpha * (a * a - b * b) / (b * b)
            let bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)))
            let bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)))
            let deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)))
            return b * bigA * (sigma - deltaSigma) / 1000
        }
        return nil
    }
}
