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

    init(idPrefix: String, sequence: GeoJSONSequence) {
        self.idPrefix = idPrefix
        self.text = sequence.text
        self.writer = JSONWriter(maxDecimals: sequence.text.coordinateDecimals)
    }

    /// Writes one record if `describe` gives a feature (returns true), nothing otherwise.
    mutating func record(_ describe: (inout FeatureRecordWriter) -> Bool) {
        let start = output.count
        if describe(&self) {
            if propertyCount == 0 { output.append(0x7B) }
            JSONWriter.append("}}\n", to: &output)
        } else {
            output.removeSubrange(start...)
        }
    }

    mutating func begin(id: String, geometry: Geometry) {
        output.append(0x1E)
        JSONWriter.append("{\"type\":\"Feature\",\"id\":\"", to: &output)
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
    /// name. Field names are schema identifiers (lower-case ASCII, digits, "_"), which JSON
    /// strings hold unescaped, so their bytes are copied as they are.
    private mutating func key(_ name: String) {
        assert(name.utf8.allSatisfy { $0 == 0x5F || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) },
               "field name \(name) is not a plain identifier")
        output.append(propertyCount == 0 ? 0x7B : 0x2C)
        propertyCount += 1
        output.append(0x22)
        output.append(contentsOf: name.utf8)
        JSONWriter.append("\":", to: &output)
    }
}
