import Foundation
import Testing

@testable import Borderline

/// The map viewports and the QGIS canvas extent project through PROJ pipelines written out in
/// full (`MapProjection.operation`, `ProjectCRS.makeTransform`), which spare proj.db. They must be
/// the operation `proj_create_crs_to_crs` itself chooses: these tests project the same points
/// both ways, the CRS-to-CRS transform being the independent reading, and ask for the same
/// coordinates to the nanometre. Should a PROJ upgrade choose another operation, they fail.
@Suite("Fixed PROJ pipelines give the coordinates PROJ's own CRS-to-CRS operation gives")
struct FixedPipelineTests {
    /// Points over the base map's region and beyond it, corners and the far east included.
    static let points: [GeoPoint] = stride(from: 40.0, through: 62.0, by: 5.5).flatMap { latitude in
        stride(from: 20.0, through: 52.0, by: 8.0).map { GeoPoint(latitude: latitude, longitude: $0) }
    } + [GeoPoint(latitude: 50.59543, longitude: 36.58715), GeoPoint(latitude: 51.2, longitude: 35.27)]

    /// The largest difference, in metres, between two transforms over `points`.
    static func largestDifference(_ a: CoordinateTransform, _ b: CoordinateTransform) throws -> Double {
        var largest = 0.0
        for point in points {
            let (ax, ay) = try a.forward(point)
            let (bx, by) = try b.forward(point)
            largest = max(largest, abs(ax - bx), abs(ay - by))
        }
        return largest
    }

    @Test("a map viewport's Lambert conformal conic pipeline", arguments: [
        (30.0, 48.0, 40.0, 54.0), (22.0, 44.0, 41.0, 56.0), (35.5, 50.0, 37.5, 51.5), (24.0, 40.0, 50.0, 60.0),
    ])
    func viewport(_ box: (Double, Double, Double, Double)) throws {
        let projection = MapProjection(fitting: try GeoBoundingBox(west: box.0, south: box.1, east: box.2, north: box.3))
        let fixed = try projection.makeTransform()
        let chosen = try CoordinateTransform(source: "EPSG:4326", target: projection.projString)
        let difference = try Self.largestDifference(fixed, chosen)
        #expect(difference < 1e-6, "\(projection.projString): \(difference) m apart")
        #expect(fixed.targetDefinition == chosen.targetDefinition)
    }

    @Test("the QGIS project's LAEA Europe pipeline (EPSG:3035)")
    func laeaEurope() throws {
        let fixed = try ProjectCRS.laeaEurope.makeTransform()
        let chosen = try CoordinateTransform(source: "EPSG:4326", target: ProjectCRS.laeaEurope.authID)
        let difference = try Self.largestDifference(fixed, chosen)
        #expect(difference < 1e-6, "\(difference) m apart")
        // Belgorod in LAEA Europe as PROJ's command-line tool gives it
        // (`echo "50.59543 36.58715" | cs2cs EPSG:4326 EPSG:3035`: northing 3392858.06, easting 6155956.09).
        let (x, y) = try fixed.forward(GeoPoint(latitude: 50.59543, longitude: 36.58715))
        #expect(abs(x - 6_155_956.09) < 0.01 && abs(y - 3_392_858.06) < 0.01, "\(x) \(y)")
    }
}
