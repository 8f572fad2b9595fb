import Foundation
@testable import Borderline

/// Files under Tests/BorderlineTests/Fixtures used by the writer tests.
enum WriterFixtures {
    static let folder = SeedLayers.packageRoot + "/Tests/BorderlineTests/Fixtures"

    /// The RFC 7946 JSON Schema of the validation harness (see Fixtures/Schemas/README.md).
    static func schema() throws -> JSONSchemaValidator {
        JSONSchemaValidator(root: try SeedLayers.json(at: folder + "/Schemas/geojson-rfc7946.schema.json"))
    }

    /// A sample of the validation harness, by file name ("bad.geojson").
    static func geoJSON(_ name: String) throws -> JSONValue {
        try SeedLayers.json(at: folder + "/GeoJSON/" + name)
    }
}
