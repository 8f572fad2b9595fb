@testable import Borderline
import Foundation
import Testing

/// The resolver reads a nearest candidate's distance from Vincenty's formula when no point
/// within `VincentyDistance.toleranceKm` would change the answer, so the formula must stay well
/// within that tolerance of PROJ's exact geodesic.
@Suite("Vincenty distances against PROJ")
struct VincentyDistanceTests {
    @Test("within a tenth of the tolerance over pairs from a metre to thousands of km")
    func withinTolerance() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Double {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Double(state >> 11) / Double(1 << 53)
        }
        var checked = 0
        for round in 0..<20_000 {
            let from = GeoPoint(latitude: -85 + 170 * next(), longitude: -180 + 360 * next())
            // Spans from metres to a quarter of the globe, most of them at border-region scale.
            let span = [0.00001, 0.01, 1, 5, 20, 60][round % 6]
            let to = GeoPoint(latitude: max(-89.9, min(89.9, from.latitude + span * (2 * next() - 1))),
                              longitude: from.longitude + span * (2 * next() - 1))
            guard let estimate = VincentyDistance.km(from, to) else { continue }
            let exact = Geodesic.wgs84.distanceMeters(from: from, to: to) / 1000
            #expect(abs(estimate - exact) < VincentyDistance.toleranceKm / 10, "\(from) → \(to)")
            checked += 1
        }
        #expect(checked > 19_900)
    }
}
