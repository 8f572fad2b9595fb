/// Receives one feature of a layer as the layer describes it: its id and geometry, then its
/// properties in schema order.
///
/// Each layer lists its fields once, in its `describe` function, and both ways of writing a
/// feature go through that list, so they cannot drift apart: `FeatureBuilder` makes a `Feature`
/// (FeatureCollection files, checked against the schema), `FeatureRecordWriter` writes the same
/// JSON text straight into a byte buffer (the streaming GeoJSONSeq output, where building a
/// `JSONValue` tree per feature cost more than writing it).
protocol FeatureSink {
    /// The feature's id (unprefixed) and geometry, given once, before any property.
    mutating func begin(id: String, geometry: Geometry)
    /// One property, in schema order.
    mutating func field(_ name: String, _ value: LayerSchema.Value)
    /// Properties already held as JSON members, in order (a claim's `ClaimRecord` fields).
    mutating func members(_ members: [(String, JSONValue)])
}

/// Makes a `Feature` from a layer's description, its typed fields checked against the schema.
struct FeatureBuilder: FeatureSink {
    let schema: LayerSchema
    private var id = ""
    private var geometry: Geometry?
    private var fields: [(String, LayerSchema.Value)] = []
    private var jsonMembers: [(String, JSONValue)] = []

    init(schema: LayerSchema) {
        self.schema = schema
        fields.reserveCapacity(schema.fields.count)
    }

    /// Runs `describe` on a new builder; the feature, or nil when `describe` gives none.
    static func feature(_ schema: LayerSchema, _ describe: (inout FeatureBuilder) -> Bool) -> Feature? {
        var builder = FeatureBuilder(schema: schema)
        guard describe(&builder) else { return nil }
        let properties: JSONValue = builder.fields.isEmpty ? .object(builder.jsonMembers) : schema.properties(builder.fields)
        return Feature(id: .string(builder.id), geometry: builder.geometry, properties: properties)
    }

    mutating func begin(id: String, geometry: Geometry) {
        self.id = id
        self.geometry = geometry
    }

    mutating func field(_ name: String, _ value: LayerSchema.Value) {
        fields.append((name, value))
    }

    mutating func members(_ members: [(String, JSONValue)]) {
        jsonMembers += members
    }
}
