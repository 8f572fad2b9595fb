import Borderline
import Testing

/// Geodesic against GeographicLib's published WGS84 test geodesics.
///
/// Source: the `testcases` table of Charles Karney's geodesic test suite (MIT/X11), shipped with
/// PROJ as `geodtest.c` (now `test/unit/geodtest.cpp`) and with GeographicLib; read from the copy
/// of PROJ's `src/geodtest.c` in OSGeo/gdal at `proj4/src/geodtest.c`. Each row there is
/// (lat1, lon1, azi1, lat2, lon2, azi2, s12, a12, m12, M12, M21, S12); ten rows are kept here,
/// with the first seven columns: degrees, and s12 in metres. The rows mix hemispheres, long and
/// short lines, longitudes outside −180…180 and a start 2° from the South Pole.
@Suite("Geodesic reproduces GeographicLib's test geodesics")
struct GeodesicGeographicLibCasesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var lat1, lon1, azi1, lat2, lon2, azi2, s12: Double
        var testDescription: String { "(\(lat1), \(lon1)) → (\(lat2), \(lon2))" }
    }

    // Rows 1–5, 8–10, 13 and 15 of `testcases` (1-based).
    static let cases: [Case] = [
        Case(lat1: 35.60777, lon1: -139.44815, azi1: 111.098748429560326,
             lat2: -11.17491, lon2: -69.95921, azi2: 129.289270889708762, s12: 8935244.5604818305),
        Case(lat1: 55.52454, lon1: 106.05087, azi1: 22.020059880982801,
             lat2: 77.03196, lon2: 197.18234, azi2: 109.112041110671519, s12: 4105086.1713924406),
        Case(lat1: -21.97856, lon1: 142.59065, azi1: -32.44456876433189,
             lat2: 41.84138, lon2: 98.56635, azi2: -41.84359951440466, s12: 8394328.894657671),
        Case(lat1: -66.99028, lon1: 112.2363, azi1: 173.73491240878403,
             lat2: -12.70631, lon2: 285.90344, azi2: 2.512956620913668, s12: 11150344.2312080241),
        Case(lat1: -17.42761, lon1: 173.34268, azi1: -159.033557661192928,
             lat2: -15.84784, lon2: 5.93557, azi2: -20.787484651536988, s12: 16076603.1631180673),
        Case(lat1: -50.56724, lon1: -16.30485, azi1: -105.439679907590164,
             lat2: -33.56571, lon2: -94.97412, azi2: -47.348547835650331, s12: 6455670.5118668696),
        Case(lat1: -58.93002, lon1: -8.90775, azi1: 140.965397902500679,
             lat2: -8.91104, lon2: 133.13503, azi2: 19.255429433416599, s12: 11756066.0219864627),
        Case(lat1: -68.82867, lon1: -74.28391, azi1: 93.774347763114881,
             lat2: -50.63005, lon2: -8.36685, azi2: 34.65564085411343, s12: 3956936.926063544),
        Case(lat1: -19.79938, lon1: -174.47484, azi1: 71.167275780171533,
             lat2: -11.99349, lon2: -154.35109, azi2: 65.589099775199228, s12: 2319004.8601169389),
        Case(lat1: -87.85331, lon1: 85.66836, azi1: -65.120313040242748,
             lat2: 66.48646, lon2: 16.09921, azi2: -4.888658719272296, s12: 17286615.3147144645),
    ]

    @Test("inverse: distance to 1e-6 m, azimuths to 1e-8°", arguments: cases)
    func inverse(_ c: Case) {
        let result = Geodesic.wgs84.inverse(
            from: GeoPoint(latitude: c.lat1, longitude: c.lon1), to: GeoPoint(latitude: c.lat2, longitude: c.lon2))
        #expect(abs(result.distanceMeters - c.s12) <= 1e-6)
        #expect(abs(result.initialAzimuthDegrees - c.azi1) <= 1e-8)
        #expect(abs(result.finalAzimuthDegrees - c.azi2) <= 1e-8)
        #expect(Geodesic.wgs84.distanceMeters(
            from: GeoPoint(latitude: c.lat1, longitude: c.lon1), to: GeoPoint(latitude: c.lat2, longitude: c.lon2)
        ) == result.distanceMeters)
    }

    @Test("direct: end point and azimuth to 1e-8°", arguments: cases)
    func direct(_ c: Case) {
        let result = Geodesic.wgs84.direct(
            from: GeoPoint(latitude: c.lat1, longitude: c.lon1), azimuthDegrees: c.azi1, distanceMeters: c.s12)
        #expect(abs(result.point.latitude - c.lat2) <= 1e-8)
        // The table's longitudes are unrolled (e.g. 285.90344); the direct problem reduces to −180…180.
        #expect(abs(Self.reduced(result.point.longitude - c.lon2)) <= 1e-8)
        #expect((-180...180).contains(result.point.longitude))
        #expect(abs(result.finalAzimuthDegrees - c.azi2) <= 1e-8)
    }

    @Test("a geodesic line ends where the inverse problem says, with the table's length", arguments: cases)
    func line(_ c: Case) {
        let line = Geodesic.wgs84.line(
            from: GeoPoint(latitude: c.lat1, longitude: c.lon1), to: GeoPoint(latitude: c.lat2, longitude: c.lon2))
        #expect(abs(line.lengthMeters - c.s12) <= 1e-6)
        let end = line.position(atMeters: c.s12)
        #expect(abs(end.point.latitude - c.lat2) <= 1e-8)
        #expect(abs(Self.reduced(end.point.longitude - c.lon2)) <= 1e-8)
        #expect(abs(end.azimuthDegrees - c.azi2) <= 1e-8)
        let start = line.position(atMeters: 0)
        #expect(abs(start.azimuthDegrees - c.azi1) <= 1e-8)
    }

    /// `degrees` reduced to −180…180, so that 285.9° and −74.1° compare equal.
    static func reduced(_ degrees: Double) -> Double {
        var d = degrees.truncatingRemainder(dividingBy: 360)
        if d > 180 { d -= 360 }
        if d < -180 { d += 360 }
        return d
    }
}
