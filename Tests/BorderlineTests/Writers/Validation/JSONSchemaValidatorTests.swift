import Foundation
import Testing
@testable import Borderline

/// The compact validator on schemas small enough to read at a glance.
@Suite struct JSONSchemaValidatorTests {
    static func value(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    static func failures(_ schema: String, _ instance: String) throws -> [String] {
        JSONSchemaValidator(root: try value(schema)).validate(try value(instance)).map(\.description)
    }

    @Test func typesIncludingIntegerAsNumber() throws {
        #expect(try Self.failures(#"{"type":"number"}"#, "3") == [])
        #expect(try Self.failures(#"{"type":["string","number"]}"#, "2.5") == [])
        #expect(try Self.failures(#"{"type":["object","null"]}"#, "null") == [])
        #expect(try Self.failures(#"{"type":"number"}"#, #""3""#) == ["$: expected number, found string"])
        #expect(try Self.failures(#"{"type":"integer"}"#, "2.0") == [])
        #expect(try Self.failures(#"{"type":"integer"}"#, "2.5") == ["$: expected integer, found number"])
    }

    @Test func requiredPropertiesItemsAndMinItems() throws {
        let schema = #"{"type":"object","required":["a"],"properties":{"a":{"type":"array","minItems":2,"items":{"type":"number"}}}}"#
        #expect(try Self.failures(schema, #"{"a":[1,2]}"#) == [])
        #expect(try Self.failures(schema, #"{}"#) == ["$: missing required member 'a'"])
        #expect(try Self.failures(schema, #"{"a":[1]}"#) == ["$.a: 1 items, fewer than 2"])
        #expect(try Self.failures(schema, #"{"a":[1,"x"]}"#) == ["$.a[1]: expected number, found string"])
    }

    @Test func constEnumAndRefs() throws {
        let schema = ##"{"definitions":{"P":{"const":"Point"}},"properties":{"type":{"$ref":"#/definitions/P"},"k":{"enum":[1,"b"]}}}"##
        #expect(try Self.failures(schema, #"{"type":"Point","k":1.0}"#) == [])
        let wrongType = try Self.failures(schema, #"{"type":"Line","k":"b"}"#)
        #expect(wrongType.count == 1 && wrongType[0].hasPrefix("$.type: expected"))
        #expect(try Self.failures(schema, #"{"type":"Point","k":2}"#).count == 1)
        #expect(try Self.failures(##"{"$ref":"#/definitions/Missing"}"##, "1").count == 1)
    }

    @Test func oneOfNeedsExactlyOneAndIfThenElseBranches() throws {
        let oneOf = #"{"oneOf":[{"type":"null"},{"type":"object"}]}"#
        #expect(try Self.failures(oneOf, "null") == [])
        #expect(try Self.failures(oneOf, "1").first == "$: matches no schema of oneOf")
        #expect(try Self.failures(#"{"oneOf":[{"type":"number"},{"type":"integer"}]}"#, "1")
                == ["$: matches 2 schemas of oneOf, exactly one allowed"])
        let conditional = #"{"if":{"properties":{"t":{"const":"a"}}},"then":{"required":["x"]},"else":{"required":["y"]}}"#
        #expect(try Self.failures(conditional, #"{"t":"a","x":1}"#) == [])
        #expect(try Self.failures(conditional, #"{"t":"a"}"#) == ["$: missing required member 'x'"])
        #expect(try Self.failures(conditional, #"{"t":"b"}"#) == ["$: missing required member 'y'"])
        #expect(try Self.failures(#"{"anyOf":[{"type":"string"},{"minItems":1}]}"#, "[]").first == "$: matches no schema of anyOf")
    }

    @Test func refusesKeywordsItDoesNotImplement() throws {
        #expect(try Self.failures(#"{"maximum":3}"#, "5") == ["$: unsupported schema keyword 'maximum'"])
        #expect(try Self.failures(#"{"title":"t","description":"d"}"#, "5") == [])
    }

    @Test func theHarnessSchemaUsesOnlySupportedKeywords() throws {
        // Validating an empty object walks the schema's top level; each definition is reached
        // through a FeatureCollection with one feature of every geometry type.
        let schema = try WriterFixtures.schema()
        let every = try Self.value("""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[36,50]}},
             {"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":[[36,50]]}},
             {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[36,50],[37,51]]}},
             {"type":"Feature","properties":{},"geometry":{"type":"MultiLineString","coordinates":[[[36,50],[37,51]]]}},
             {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[36,50],[37,50],[37,51],[36,50]]]}},
             {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[36,50],[37,50],[37,51],[36,50]]]]}},
             {"type":"Feature","id":"x","properties":{},"geometry":{"type":"GeometryCollection","geometries":[]}},
             {"type":"Feature","properties":{},"geometry":null}],"bbox":[36,50,37,51]}
            """)
        #expect(schema.validate(every) == [])
        let broken = try Self.value(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[36,50]]}}]}"#)
        #expect(schema.validate(broken).map(\.description).contains("$.features[0].geometry.coordinates: 1 items, fewer than 2"))
    }
}
