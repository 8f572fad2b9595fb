@testable import Borderline
import Testing

/// `Resolver.UnitQuad` gives coherence four dot products at once; they must be the scalar ones
/// (`(q * u).sum()`) to the bit, or a candidate at a bracket's edge could change its answer.
@Suite("Four anchors' unit vectors at a time")
struct UnitQuadTests {
    /// Points spread over the globe by a fixed linear congruential sequence, with a few poles,
    /// the antimeridian and near neighbours of Kharkiv among them.
    static func points() -> [GeoPoint] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var points = [GeoPoint(latitude: 90, longitude: 0), GeoPoint(latitude: -90, longitude: 180),
                      GeoPoint(latitude: 0, longitude: 180), GeoPoint(latitude: 0, longitude: -180),
                      GeoPoint(latitude: 49.98081, longitude: 36.25272), GeoPoint(latitude: 49.98082, longitude: 36.25273)]
        for _ in 0..<400 { points.append(GeoPoint(latitude: next() * 180 - 90, longitude: next() * 360 - 180)) }
        return points
    }

    @Test("each lane's dot product is the scalar one, bit for bit, and an empty lane's is 0")
    func dotsMatchScalar() {
        let units = Self.points().map(DistanceBracket.unitVector)
        for start in stride(from: 0, to: units.count, by: 3) {
            let filled = min(3, units.count - start)
            var quad = Resolver.UnitQuad()
            for lane in 0..<filled { quad.set(lane: lane, units[start + lane]) }
            for q in units[..<50] {
                let dots = quad.dots(SIMD4(repeating: q.x), SIMD4(repeating: q.y), SIMD4(repeating: q.z))
                for lane in 0..<filled {
                    #expect(dots[lane].bitPattern == (q * units[start + lane]).sum().bitPattern)
                }
                for lane in filled..<4 { #expect(dots[lane] == 0) }
            }
        }
    }

    @Test("a unit vector's dot product with itself is surely within every distance bracket")
    func selfIsNear() {
        let near = DistanceBracket(km: Resolver.coherenceNearKm)
        for unit in Self.points().map(DistanceBracket.unitVector) {
            var quad = Resolver.UnitQuad()
            quad.set(lane: 2, unit)
            let dots = quad.dots(SIMD4(repeating: unit.x), SIMD4(repeating: unit.y), SIMD4(repeating: unit.z))
            #expect(dots[2] >= near.surelyWithin)
            #expect(dots[0] == 0 && dots[1] == 0 && dots[3] == 0)
            #expect(0 < DistanceBracket(km: Resolver.coherenceFarKm).possiblyWithin)
        }
    }
}
