/// Writes features as GeoJSON text sequence records (RS, the Feature on one line, LF) straight
/// from the layers' descriptions into a byte buffer: the bytes are those `GeoJSONSequence`
/// writes for the `Feature` that `FeatureBuilder` makes from the same description, with the id
/// prefixed by `idPrefix` and "/", without building the feature's `JSONValue` tree first.
struct FeatureRecordWriter: FeatureSink {
    /// The records written so far.
    var output: [UInt8] = []
    /// The document id each feature id is prefixed with.
    let idPrefix: String
    let text: GeoJSONText
    private let writer: JSONWriter
    private var propertyCount = 0
    /// The layer's `LayerSchema.memberText` and `memberEnds`, of the record being written.
    private var memberText: [UInt8] = []
    private var memberEnds: [Int] = []

    init(idPrefix: String, sequence: GeoJSONSequence) {
        self.idPrefix = idPrefix
        self.text = sequence.text
        self.writer = JSONWriter(maxDecimals: sequence.text.coordinateDecimals)
    }

    /// Writes one record of the layer `schema` describes if `describe` gives a feature (returns
    /// true), nothing otherwise.
    mutating func record(_ schema: LayerSchema, _ describe: (inout FeatureRecordWriter) -> Bool) {
        memberText = schema.memberText
        memberEnds = schema.memberEnds
        let start = output.count
        if describe(&self) {
            if propertyCount == 0 { output.append(0x7B) }
            JSONWriter.append("}}\n", to: &output)
        } else {
            output.removeSubrange(start...)
        }
    }

    mutating func begin(id: String, geometry: Geometry) {
        JSONWriter.append("\u{1E}{\"type\":\"Feature\",\"id\":\"", to: &output)
        JSONWriter.writeEscaped(idPrefix, into: &output)
        output.append(0x2F)
        JSONWriter.writeEscaped(id, into: &output)
        output.append(0x22)
        text.writeGeometryMember(geometry, into: &output)
        propertyCount = 0
    }

    mutating func field(_ name: String, _ value: LayerSchema.Value) {
        key(name)
        switch value {
        case let .integer(number?): FixedDecimal.appendInteger(number, into: &output)
        case let .real(number?): writer.writeNumber(number, into: &output)
        case let .string(text?), let .date(text?), let .dateTime(text?): JSONWriter.writeString(text, into: &output)
        case .integer(nil), .real(nil), .string(nil), .date(nil), .dateTime(nil): JSONWriter.append("null", to: &output)
        }
    }

    mutating func members(_ members: [(String, JSONValue)]) {
        for (name, value) in members {
            key(name)
            writer.write(value, into: &output)
        }
    }

    /// Opens the properties object before the first member, separates the others, and writes the
    /// name: the `propertyCount`-th of the layer's member prefixes, as the layers give their
    /// fields in schema order.
    private mutating func key(_ name: String) {
        let prefix = (propertyCount == 0 ? 0 : memberEnds[propertyCount - 1])..<memberEnds[propertyCount]
        assert(memberText[prefix].dropFirst(2).dropLast(2).elementsEqual(name.utf8), "field \(name) is not the schema's next field")
        memberText.withUnsafeBufferPointer { text in output.append(contentsOf: UnsafeBufferPointer(rebasing: text[prefix])) }
        propertyCount += 1
    }
}
