import Borderline
import Foundation
import Testing

/// FeatureCollection.parse: JSON values keep their types (0 and 1 are numbers, not booleans), and
/// positions are read longitude first.
@Suite("FeatureCollection.parse reads values with their JSON types")
struct FeatureCollectionParseTests {
    @Test("numbers, booleans, null and strings keep their types; members come back sorted by key")
    func valueTypes() throws {
        let text = #"""
            {"type":"FeatureCollection","features":[{"type":"Feature","id":12,"geometry":{"type":"Point","coordinates":[36.58091,50.60343,150]},
            "properties":{"scalerank":1,"min_zoom":0,"area":1.5,"capital":true,"note":null,"name":"Бєлгород","big":1e300}}]}
            """#
        let feature = try #require(try FeatureCollection.parse(Data(text.utf8), path: "memory").features.first)
        #expect(feature.id == .integer(12))
        #expect(feature.geometry == .point(GeoPoint(latitude: 50.60343, longitude: 36.58091)), "altitude ignored")
        #expect(feature.properties == .object([
            ("area", .number(1.5)), ("big", .number(1e300)), ("capital", .bool(true)), ("min_zoom", .integer(0)),
            ("name", .string("Бєлгород")), ("note", .null), ("scalerank", .integer(1)),
        ]))
    }

    @Test("a float id such as Natural Earth's 578072.0 is read as that number")
    func floatID() throws {
        let text = #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"GEONAMEID":578072.0}}]}"#
        let feature = try #require(try FeatureCollection.parse(Data(text.utf8), path: "memory").features.first)
        #expect(feature.properties["GEONAMEID"]?.doubleValue == 578072)
    }
}
