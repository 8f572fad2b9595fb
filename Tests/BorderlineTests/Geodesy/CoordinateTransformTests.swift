import Borderline
import Foundation
import Testing

/// CoordinateTransform: PROJ's CRS-to-CRS transformations, longitude/latitude in, easting/northing out.
@Suite("CoordinateTransform")
struct CoordinateTransformTests {
    /// A Lambert conformal conic fitted to the border region (the one the map writers use).
    static let lambert = "+proj=lcc +lat_1=49 +lat_2=53 +lat_0=51 +lon_0=36 +datum=WGS84 +units=m"

    static let points = [
        GeoPoint(latitude: 50.60343, longitude: 36.58091),  // Belgorod
        GeoPoint(latitude: 49.98177, longitude: 36.25475),  // Kharkiv
        GeoPoint(latitude: 55.75222, longitude: 37.61556),  // Moscow
        GeoPoint(latitude: 46.3, longitude: 36.8),  // Sea of Azov
        GeoPoint(latitude: 59.9, longitude: 22.1),  // corner of the map box
        GeoPoint(latitude: 43.0, longitude: 50.0),  // opposite corner
    ]

    @Test("WGS84 → Lambert conformal conic → WGS84 round-trips within 1e-9°")
    func lambertRoundTrip() throws {
        let transform = try CoordinateTransform(target: Self.lambert)
        #expect(transform.targetDefinition == Self.lambert)
        for point in Self.points {
            let projected = try transform.forward(point)
            let back = try transform.inverse(x: projected.x, y: projected.y)
            #expect(abs(back.latitude - point.latitude) <= 1e-9, "\(point)")
            #expect(abs(back.longitude - point.longitude) <= 1e-9, "\(point)")
        }
    }

    @Test("the Lambert projection's origin maps to (0, 0); east is +x and north is +y")
    func lambertOrigin() throws {
        let transform = try CoordinateTransform(target: Self.lambert)
        let origin = try transform.forward(GeoPoint(latitude: 51, longitude: 36))
        #expect(abs(origin.x) < 1e-6 && abs(origin.y) < 1e-6)
        // Along the central meridian x stays 0; one degree east and north move x and y the right way.
        let north = try transform.forward(GeoPoint(latitude: 52, longitude: 36))
        #expect(abs(north.x) < 1e-6 && north.y > 110_000 && north.y < 112_000)
        let east = try transform.forward(GeoPoint(latitude: 51, longitude: 37))
        #expect(east.x > 69_000 && east.x < 71_000)
    }

    @Test("EPSG:3857 of Belgorod matches cs2cs and the Web Mercator formula")
    func webMercator() throws {
        let transform = try CoordinateTransform(source: "EPSG:4326", target: "EPSG:3857")
        let point = GeoPoint(latitude: 50.60343, longitude: 36.58091)
        let projected = try transform.forward(point)
        // From PROJ 9.1.1's cs2cs, run once: `echo "50.60343 36.58091" | cs2cs -d 6 EPSG:4326 EPSG:3857`
        // prints "4072168.273955  6551442.619837" (cs2cs keeps EPSG:4326's latitude-first axis
        // order; the transform under test is normalised to longitude first).
        #expect(abs(projected.x - 4_072_168.273955) < 1e-5)
        #expect(abs(projected.y - 6_551_442.619837) < 1e-5)
        // Web Mercator on the sphere of radius a: x = a·λ, y = a·ln tan(π/4 + φ/2).
        let a = 6_378_137.0
        let lambda = point.longitude * .pi / 180, phi = point.latitude * .pi / 180
        #expect(abs(projected.x - a * lambda) < 1e-4)
        #expect(abs(projected.y - a * log(tan(.pi / 4 + phi / 2))) < 1e-4)
    }

    @Test("a CRS PROJ does not know throws cannotCreateTransformation with PROJ's message")
    func bogusCRS() {
        #expect {
            _ = try CoordinateTransform(target: "not a crs")
        } throws: { error in
            guard case let .cannotCreateTransformation(source, target, message)? = error as? ProjError else { return false }
            // libproj 9.1.1: proj_context_errno_string for PROJ_ERR_INVALID_OP_WRONG_SYNTAX.
            return source == "EPSG:4326" && target == "not a crs" && message.contains("Invalid PROJ string syntax")
                && "\(error)".contains("not a crs") && "\(error)".contains("Invalid PROJ string syntax")
        }
        #expect {
            _ = try CoordinateTransform(source: "+proj=bogus +datum=WGS84", target: "EPSG:3857")
        } throws: { error in
            guard case let .cannotCreateTransformation(_, _, message)? = error as? ProjError else { return false }
            return !message.isEmpty && message != "unknown PROJ error"
        }
    }

    @Test("an invalid coordinate throws invalidCoordinate before PROJ sees it")
    func invalidCoordinate() throws {
        let transform = try CoordinateTransform(target: Self.lambert)
        for point in [GeoPoint(latitude: 91, longitude: 36), GeoPoint(latitude: 50, longitude: 181)] {
            #expect(throws: ProjError.invalidCoordinate(point)) {
                _ = try transform.forward(point)
            }
        }
        // NaN is not equal to itself, so these are matched by case.
        for point in [GeoPoint(latitude: .nan, longitude: 36), GeoPoint(latitude: 50, longitude: .infinity)] {
            #expect {
                _ = try transform.forward(point)
            } throws: { error in
                guard case .invalidCoordinate? = error as? ProjError else { return false }
                return true
            }
        }
    }

    @Test("a point outside the projection's domain throws transformationFailed")
    func outsideDomain() throws {
        // An orthographic view centred on the border region cannot show the far side of the Earth.
        let transform = try CoordinateTransform(target: "+proj=ortho +lat_0=51 +lon_0=36 +datum=WGS84 +units=m")
        let farSide = GeoPoint(latitude: -51, longitude: -144)
        #expect {
            _ = try transform.forward(farSide)
        } throws: { error in
            guard case let .transformationFailed(point, message)? = error as? ProjError else { return false }
            return point == farSide && !message.isEmpty
        }
        // Far outside the disc of the projection, the inverse fails too.
        #expect(throws: ProjError.self) {
            _ = try transform.inverse(x: 1e8, y: 1e8)
        }
    }
}
