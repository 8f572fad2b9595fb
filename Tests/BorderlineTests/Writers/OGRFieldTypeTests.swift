import Foundation
import Testing
@testable import Borderline

/// GDAL reads every layer as it is meant: it opens as one GeoJSON layer, counts the features
/// written, types each field exactly as the layer's schema declares (Integer, Real, String,
/// Date, DateTime), and puts it in WGS 84. This is what QGIS's ogr provider then shows.
@Suite struct OGRFieldTypeTests {
    /// ogrinfo, or a recorded failure saying how to get it.
    static func ogrinfo() -> String? {
        if let path = OGRInfo.find("ogrinfo") { return path }
        Issue.record("ogrinfo not found on PATH: install gdal-bin (`make test` installs it; apt-get install gdal-bin)")
        return nil
    }

    /// The fields OGR should report: the string feature ids become an "id" String field first.
    static func expectedFields(_ schema: LayerSchema, _ collection: FeatureCollection) -> [String] {
        let stringIDs = !collection.features.isEmpty && collection.features.allSatisfy { $0.id?.stringValue != nil }
        return (stringIDs ? ["id: String"] : []) + schema.fields.map { "\($0.name): \($0.type.rawValue)" }
    }

    static func check(_ ogrinfo: String, path: String, schema: LayerSchema, collection: FeatureCollection) throws {
        let info = try OGRInfo.run(ogrinfo, path: path)
        #expect(info.driver == "GeoJSON", "\(path)")
        try #require(info.layers.count == 1, "\(path): \(info.layers.count) layers")
        let layer = info.layers[0]
        #expect(layer.featureCount == collection.features.count, "\(path)")
        #expect(layer.fields.map { "\($0.name): \($0.type)" } == expectedFields(schema, collection), "\(path)")
        #expect(layer.isWGS84, "\(path): SRS \(layer.srsWKT)")
    }

    @Test func everySeedLayerHasItsDeclaredTypesAndWGS84() throws {
        guard let ogrinfo = Self.ogrinfo() else { return }
        let (folder, layers) = try SeedLayers.write()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for layer in layers {
            try Self.check(ogrinfo, path: folder + "/" + layer.geoJSONFileName, schema: layer.schema, collection: layer.collection)
        }
    }

    /// Dates and date-times as the claims and events layers will write them (ISO 8601 text,
    /// nulls where unknown) come back as OGR Date and DateTime, not String.
    @Test func isoDatesBecomeDateAndDateTimeFields() throws {
        guard let ogrinfo = Self.ogrinfo() else { return }
        let places = try SeedLayers.layers.get()[0].collection.features.prefix(3)
        let schema = LayerSchema(name: "dated", geometryType: "Point", fields: [
            ("published", .date), ("reported_at", .dateTime), ("count", .integer), ("km", .real), ("note", .string),
        ])
        let values: [[(String, LayerSchema.Value)]] = [
            [("published", .date("2024-08-07")), ("reported_at", .dateTime("2024-08-07T15:00:00")), ("count", .integer(3)),
             ("km", .real(10)), ("note", .string("a"))],
            [("published", .date(nil)), ("reported_at", .dateTime("2024-08-08T06:30:00Z")), ("count", .integer(nil)),
             ("km", .real(33.25)), ("note", .string(nil))],
            [("published", .date("2023-12-30")), ("reported_at", .dateTime(nil)), ("count", .integer(0)),
             ("km", .real(nil)), ("note", .string("c"))],
        ]
        let collection = FeatureCollection(features: zip(places, values).map { place, row in
            Feature(id: place.id, geometry: place.geometry, properties: schema.properties(row))
        })
        let folder = NSTemporaryDirectory() + "borderline-ogr-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try OutputFolder(path: folder).write([("dated.geojson", Data(GeoJSONText().collection(collection).utf8))])
        try Self.check(ogrinfo, path: folder + "/dated.geojson", schema: schema, collection: collection)
    }

    @Test func parsesTheSummaryText() {
        let text = """
            INFO: Open of `x.geojson'
                  using driver `GeoJSON' successful.

            Layer name: x
            Geometry: Point
            Feature Count: 2
            Extent: (30.314130, 41.691430) - (44.834120, 59.938630)
            Layer SRS WKT:
            GEOGCRS["WGS 84",
                CS[ellipsoidal,2],
                ID["EPSG",4326]]
            Data axis to CRS axis mapping: 2,1
            id: String (0.0)
            population: Integer (0.0)
            flag: Integer(Boolean) (0.0)
            """
        let info = OGRInfo.parse(text)
        #expect(info.driver == "GeoJSON")
        #expect(info.layers.count == 1)
        #expect(info.layers.first?.featureCount == 2)
        #expect(info.layers.first?.fields.map(\.type) == ["String", "Integer", "Integer(Boolean)"])
        #expect(info.layers.first?.isWGS84 == true)
    }
}
