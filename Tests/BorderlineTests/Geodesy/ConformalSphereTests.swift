@testable import Borderline
import Testing

/// The conformal sphere's bracket is what lets the border index drop segments unmeasured: a
/// geodesic must never be shorter than the lower radius times its spherical angle, nor longer than
/// the upper radius times it, over the band it stays in.
@Suite("ConformalSphere brackets geodesic lengths rigorously")
struct ConformalSphereTests {
    @Test("the radius falls monotonically from a at the equator to the pole value")
    func monotonic() {
        var previous = Double.infinity
        for tenth in 0...900 {
            let radius = ConformalSphere.radiusMeters(latitudeDegrees: Double(tenth) / 10)
            #expect(radius <= previous, "at \(Double(tenth) / 10)°")
            previous = radius
        }
        #expect(abs(ConformalSphere.radiusMeters(latitudeDegrees: 0) - 6_378_137) < 1e-6)
        #expect(abs(ConformalSphere.poleRadiusMeters - 6_356_800.05) < 0.01)
    }

    @Test("PROJ's geodesics between points of the border region lie inside the bracket")
    func bracketsGeodesics() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func uniform() -> Double {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Double(state >> 11) / Double(1 << 53)
        }
        for _ in 0..<2_000 {
            let a = GeoPoint(latitude: 40 + 20 * uniform(), longitude: 20 + 30 * uniform())
            let b = GeoPoint(latitude: a.latitude + 8 * (uniform() - 0.5), longitude: a.longitude + 12 * (uniform() - 0.5))
            let u = ConformalSphere.unitVector(a), v = ConformalSphere.unitVector(b)
            let angle = NearestPointIndex.angle(u, v)
            let top = max(abs(a.latitude), abs(b.latitude))
            guard let margin = ConformalSphere.bulgeMarginDegrees(angle: angle, topDegrees: top) else { continue }
            let radii = ConformalSphere.radii(
                south: min(a.latitude, b.latitude) - margin, north: max(a.latitude, b.latitude) + margin)
            let distance = Geodesic.wgs84.distanceMeters(from: a, to: b)
            #expect(angle * radii.lower <= distance + 1e-6, "\(a) → \(b)")
            #expect(angle * radii.upper >= distance - 1e-6, "\(a) → \(b)")
            // And the bracket is narrow: under 0.1 % over a band of a few degrees.
            #expect(radii.upper / radii.lower < 1.001)
        }
    }
}
