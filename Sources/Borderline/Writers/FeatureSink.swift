/// Receives the properties of one record, in schema order, each through the method of its type.
///
/// Typed methods rather than one taking a `LayerSchema.Value`: the streaming writer then writes
/// each value as it comes, with no enum to build and switch over and no String copied into it
/// (retained and released per field, a tenth of writing a record).
protocol FieldSink {
    /// A String field; nil is written as null.
    mutating func field(_ name: String, string: String?)
    /// An Integer field; nil is written as null.
    mutating func field(_ name: String, integer: Int?)
    /// A Real field; nil and non-finite values are written as null.
    mutating func field(_ name: String, real: Double?)
    /// A Date field ("2023-12-30"); nil is written as null.
    mutating func field(_ name: String, date: String?)
}

/// Receives one feature of a layer as the layer describes it: its id and geometry, then its
/// properties in schema order.
///
/// Each layer lists its fields once, in its `describe` function, and both ways of writing a
/// feature go through that list, so they cannot drift apart: `FeatureBuilder` makes a `Feature`
/// (FeatureCollection files, checked against the schema), `FeatureRecordWriter` writes the same
/// JSON text straight into a byte buffer (the streaming GeoJSONSeq output, where building a
/// `JSONValue` tree per feature cost more than writing it).
protocol FeatureSink: FieldSink {
    /// The feature's id (unprefixed) and geometry, given once, before any property.
    mutating func begin(id: String, geometry: Geometry)
}

/// Keeps the fields a `FieldSink` is given as typed values, in order.
struct FieldValues: FieldSink {
    var values: [(String, LayerSchema.Value)] = []

    mutating func field(_ name: String, string: String?) { values.append((name, .string(string))) }
    mutating func field(_ name: String, integer: Int?) { values.append((name, .integer(integer))) }
    mutating func field(_ name: String, real: Double?) { values.append((name, .real(real))) }
    mutating func field(_ name: String, date: String?) { values.append((name, .date(date))) }
}

/// Makes a `Feature` from a layer's description, its typed fields checked against the schema.
struct FeatureBuilder: FeatureSink {
    let schema: LayerSchema
    private var id = ""
    private var geometry: Geometry?
    private var fields = FieldValues()

    init(schema: LayerSchema) {
        self.schema = schema
        fields.values.reserveCapacity(schema.fields.count)
    }

    /// Runs `describe` on a new builder; the feature, or nil when `describe` gives none.
    static func feature(_ schema: LayerSchema, _ describe: (inout FeatureBuilder) -> Bool) -> Feature? {
        var builder = FeatureBuilder(schema: schema)
        guard describe(&builder) else { return nil }
        return Feature(id: .string(builder.id), geometry: builder.geometry, properties: schema.properties(builder.fields.values))
    }

    mutating func begin(id: String, geometry: Geometry) {
        self.id = id
        self.geometry = geometry
    }

    mutating func field(_ name: String, string: String?) { fields.field(name, string: string) }
    mutating func field(_ name: String, integer: Int?) { fields.field(name, integer: integer) }
    mutating func field(_ name: String, real: Double?) { fields.field(name, real: real) }
    mutating func field(_ name: String, date: String?) { fields.field(name, date: date) }
}
