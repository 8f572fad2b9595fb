import Foundation
import Testing
@testable import Borderline

/// Every layer written for the seeds obeys RFC 7946 and the GeoJSON JSON Schema; the checks
/// themselves are shown to catch each defect planted in the harness's bad samples.
@Suite struct RFC7946ValidationTests {
    /// The project's area: a lat/lon swap that stays in range lands outside it.
    static let regionBox = [22.0, 40.0, 50.0, 60.0]

    @Test func everySeedLayerObeysRFC7946AndTheSchema() throws {
        let (folder, layers) = try SeedLayers.write()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let schema = try WriterFixtures.schema()
        for layer in layers {
            let path = folder + "/" + layer.geoJSONFileName
            let root = try SeedLayers.json(at: path)
            #expect(RFC7946Rules(expectedBox: Self.regionBox).problems(in: root) == [], "\(layer.geoJSONFileName)")
            #expect(schema.validate(root).map(\.description) == [], "\(layer.geoJSONFileName)")
            #expect(root["bbox"] != nil, "\(layer.geoJSONFileName): top-level bbox")
            #expect(root["features"].map { if case let .array(items) = $0 { return items.count } else { return -1 } }
                    == layer.collection.features.count)
        }
    }

    @Test func theHarnessGoodSampleHasNoProblems() throws {
        let root = try WriterFixtures.geoJSON("good.geojson")
        #expect(RFC7946Rules(expectedBox: Self.regionBox).problems(in: root) == [])
        #expect(try WriterFixtures.schema().validate(root) == [])
    }

    @Test func catchesCrsSwappedPositionMixedTypesAndClockwiseRing() throws {
        let problems = RFC7946Rules(expectedBox: [30, 45, 45, 56]).problems(in: try WriterFixtures.geoJSON("bad.geojson"))
        #expect(problems.contains("top level: 'crs' member (RFC 7946 §4 removed it)"))
        #expect(problems.contains { $0.hasPrefix("feature 0: position [50.5955, 36.5873] is outside the expected box") && $0.hasSuffix("(inside when swapped)") })
        #expect(problems.contains { $0.hasPrefix("feature 0: position [50.5955, 36.5873] is not [longitude, latitude]") })
        #expect(problems.contains("feature 1: property 'population' is a string here, a number elsewhere"))
        #expect(problems.contains("feature 3: exterior ring is clockwise (right-hand rule: counter-clockwise)"))
    }

    @Test func catchesUnclosedRingOutOfRangeAndWrongBbox() throws {
        let problems = RFC7946Rules().problems(in: try WriterFixtures.geoJSON("bad_geometry.geojson"))
        #expect(problems.contains("feature 1: Polygon part with 4 positions, fewer than 4") == false)
        #expect(problems.contains("feature 1: ring 0 is not closed (first ≠ last position)"))
        #expect(problems.contains { $0.hasPrefix("feature 2: position [36.0, 94.0] is out of range") })
        #expect(problems.contains { $0.hasPrefix("feature 3: 36.123456789 has more than 6 decimals") })
        #expect(problems.contains { $0.hasPrefix("top level: bbox [35.0, 50.0, 36.0, 51.0] does not contain") })
    }

    @Test func catchesCounterClockwiseHoleAndGeometryCollection() throws {
        let problems = RFC7946Rules().problems(in: try WriterFixtures.geoJSON("bad_multi.geojson"))
        #expect(problems.contains("feature 1: hole 1 is counter-clockwise (right-hand rule: clockwise)"))
        #expect(problems.contains { $0.hasPrefix("feature 2: GeometryCollection") })
    }

    @Test func schemaRejectsNonFeaturesAndALoneFeature() throws {
        let schema = try WriterFixtures.schema()
        let members = schema.validate(try WriterFixtures.geoJSON("bad_members.geojson"))
        #expect(members.contains { $0.path == "$.features[1]" })
        #expect(members.contains { $0.path == "$.features[2]" && $0.message == "missing required member 'type'" })
        #expect(!members.contains { $0.path.hasPrefix("$.features[0]") || $0.path.hasPrefix("$.features[3]") })
        let lone = schema.validate(try WriterFixtures.geoJSON("not_fc.geojson"))
        #expect(lone.contains(.init(path: "$", message: "missing required member 'features'")))
        #expect(lone.contains { $0.path == "$.type" })
    }

    @Test func nanIsNotJSON() {
        #expect(throws: (any Error).self) { try WriterFixtures.geoJSON("bad_nan.geojson") }
    }
}
