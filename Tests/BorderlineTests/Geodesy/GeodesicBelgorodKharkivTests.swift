import Borderline
import Testing

/// Belgorod → Kharkiv, as published in shared/data/README.md ("Place to place"): 72.951 km, forward
/// azimuth −161.30°, back azimuth 18.45° (WGS84, pyproj `Geod.inv`), from the GeoNames coordinates.
@Suite("Geodesic: Belgorod to Kharkiv matches the shared data README")
struct GeodesicBelgorodKharkivTests {
    @Test("72.951 km, azimuth −161.30°, back azimuth 18.45°")
    func belgorodToKharkiv() throws {
        let belgorod = try GazetteerFixture.place(578072)
        let kharkiv = try GazetteerFixture.place(706483)
        #expect(belgorod.coordinate == GeoPoint(latitude: 50.60343, longitude: 36.58091))
        #expect(kharkiv.coordinate == GeoPoint(latitude: 49.98177, longitude: 36.25475))

        let result = Geodesic.wgs84.inverse(from: belgorod.coordinate, to: kharkiv.coordinate)
        #expect(abs(result.distanceKm - 72.951) < 0.0005)
        #expect(abs(result.initialAzimuthDegrees - -161.30) < 0.005)
        // The back azimuth points from Kharkiv to Belgorod: the final azimuth turned round.
        let back = result.finalAzimuthDegrees + (result.finalAzimuthDegrees < 0 ? 180 : -180)
        #expect(abs(back - 18.45) < 0.005)

        // And the other way round: the same length, the azimuths exchanged.
        let reverse = Geodesic.wgs84.inverse(from: kharkiv.coordinate, to: belgorod.coordinate)
        #expect(abs(reverse.distanceMeters - result.distanceMeters) < 1e-6)
        #expect(abs(reverse.initialAzimuthDegrees - back) < 1e-9)
    }
}
