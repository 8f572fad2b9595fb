import Borderline
import Foundation
import Testing

/// GeoJSONText: byte-stable GeoJSON, compared as exact strings.
@Suite("GeoJSONText writes exact, byte-stable GeoJSON")
struct GeoJSONTextTests {
    static let collection = FeatureCollection(features: [
        Feature(
            id: .string("belgorod"), geometry: .point(GeoPoint(latitude: 50.60343, longitude: 36.58091)),
            properties: .object([("name", .string("Белгород")), ("population", .integer(345289)), ("km", .number(35.3899203))])),
        Feature(
            geometry: .lineString([
                GeoPoint(latitude: 50.3045812, longitude: 36.4100049), GeoPoint(latitude: -0.0000001, longitude: -0.0000004),
            ]),
            properties: .object([("note", .string("say \"hi\"\\\n\t\u{01}\u{2028}end"))])),
        Feature(id: .integer(7), geometry: nil, properties: .null),
    ])

    @Test("a small collection, byte for byte: bbox, one feature per line, rounding, escaping, UTF-8")
    func collectionText() {
        let expected = #"""
            {"type":"FeatureCollection","bbox":[0,0,36.58091,50.60343],"features":[
            {"type":"Feature","id":"belgorod","geometry":{"type":"Point","coordinates":[36.58091,50.60343]},"properties":{"name":"Белгород","population":345289,"km":35.38992}},
            {"type":"Feature","geometry":{"type":"LineString","coordinates":[[36.410005,50.304581],[0,0]]},"properties":{"note":"say \"hi\"\\\n\t\u0001\u2028end"}},
            {"type":"Feature","id":7,"geometry":null,"properties":null}
            ]}

            """#
        #expect(GeoJSONText().collection(Self.collection) == expected)
        // Twice the same input, twice the same bytes.
        #expect(Data(GeoJSONText().collection(Self.collection).utf8) == Data(expected.utf8))
    }

    @Test("foreign members come after type; the bbox can be left out; an empty collection has none")
    func options() {
        let text = GeoJSONText(coordinateDecimals: 2, includeBoundingBox: false).collection(
            FeatureCollection(features: [Feature(geometry: .point(GeoPoint(latitude: 50.60343, longitude: -36.58591)), properties: .object([]))]),
            foreignMembers: [("name", .string("places")), ("version", .integer(1))])
        #expect(text == """
            {"type":"FeatureCollection","name":"places","version":1,"features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[-36.59,50.6]},"properties":{}}
            ]}

            """)
        #expect(GeoJSONText().collection(FeatureCollection(features: [])) == "{\"type\":\"FeatureCollection\",\"features\":[\n]}\n")
    }

    @Test("every geometry type nests its coordinates as RFC 7946 says")
    func geometries() {
        let a = GeoPoint(latitude: 50, longitude: 36), b = GeoPoint(latitude: 51, longitude: 36), c = GeoPoint(latitude: 51, longitude: 37)
        let text = GeoJSONText()
        #expect(text.geometry(.multiPoint([a, b])) == #"{"type":"MultiPoint","coordinates":[[36,50],[36,51]]}"#)
        #expect(text.geometry(.multiLineString([[a, b], [b, c]])) == #"{"type":"MultiLineString","coordinates":[[[36,50],[36,51]],[[36,51],[37,51]]]}"#)
        #expect(text.geometry(.polygon([[a, c, b, a]])) == #"{"type":"Polygon","coordinates":[[[36,50],[37,51],[36,51],[36,50]]]}"#)
        #expect(text.geometry(.multiPolygon([[[a, c, b, a]]])) == #"{"type":"MultiPolygon","coordinates":[[[[36,50],[37,51],[36,51],[36,50]]]]}"#)
    }

    @Test("the bbox is computed on the rounded positions, so it holds exactly what the file holds")
    func boundingBox() {
        let text = GeoJSONText(coordinateDecimals: 3)
        let box = text.boundingBox([
            .point(GeoPoint(latitude: 50.12345, longitude: 36.99951)), .point(GeoPoint(latitude: -10.0004, longitude: -20.0006)),
        ])
        #expect(box == [-20.001, -10.0, 37.0, 50.123])
        #expect(text.boundingBox([]) == nil)
    }

    @Test("what it writes, FeatureCollection.parse reads back")
    func roundTrip() throws {
        let text = GeoJSONText().collection(Self.collection)
        let parsed = try FeatureCollection.parse(Data(text.utf8), path: "memory")
        #expect(parsed.features.count == 3)
        #expect(parsed.features[0].geometry == .point(GeoPoint(latitude: 50.60343, longitude: 36.58091)))
        #expect(parsed.features[0].properties["name"] == .string("Белгород"))
        #expect(parsed.features[0].id == .string("belgorod"))
        #expect(parsed.features[1].properties["note"] == .string("say \"hi\"\\\n\t\u{01}\u{2028}end"))
        #expect(parsed.features[2].geometry == nil && parsed.features[2].id == .integer(7))
    }
}
