/// Writes features as GeoJSON text sequence records (RS, the Feature on one line, LF) straight
/// from the layers' descriptions into a byte buffer: the bytes are those `GeoJSONSequence`
/// writes for the `Feature` that `FeatureBuilder` makes from the same description, with the id
/// prefixed by `idPrefix` and "/", without building the feature's `JSONValue` tree first.
///
/// Each member (its name and value) and the feature's start (its id and point) are written with
/// one reservation in `output` and filled through an `OutputSpan`, not appended piece by piece.
struct FeatureRecordWriter: FeatureSink {
    /// The records written so far.
    var output: [UInt8] = []
    /// The document id each feature id is prefixed with.
    let idPrefix: String
    let text: GeoJSONText
    private let writer: JSONWriter
    private var propertyCount = 0
    /// The layer's `LayerSchema.memberText` and `memberEnds`, of the records being written.
    private var memberText: [UInt8] = []
    private var memberEnds: [Int] = []

    init(idPrefix: String, sequence: GeoJSONSequence) {
        self.idPrefix = idPrefix
        self.text = sequence.text
        self.writer = JSONWriter(maxDecimals: sequence.text.coordinateDecimals)
    }

    /// Makes the records that follow records of the layer `schema` describes: its member names
    /// are taken once per layer, not once per record.
    mutating func startLayer(_ schema: LayerSchema) {
        memberText = schema.memberText
        memberEnds = schema.memberEnds
    }

    /// Writes one record of the current layer if `describe` gives a feature (returns true),
    /// nothing otherwise.
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
        let prefix = "\u{1E}{\"type\":\"Feature\",\"id\":\"" as StaticString
        Self.withUTF8(idPrefix) { documentID in
            Self.withUTF8(id) { id in
                let capacity = prefix.utf8CodeUnitCount + JSONWriter.escapedCapacity(documentID) + JSONWriter.escapedCapacity(id) + 2
                output.append(addingCapacity: capacity) { span in
                    span.append(prefix)
                    JSONWriter.writeEscaped(documentID, into: &span)
                    span.append(0x2F)
                    JSONWriter.writeEscaped(id, into: &span)
                    span.append(0x22)
                }
            }
        }
        text.writeGeometryMember(geometry, into: &output)
        propertyCount = 0
    }

    mutating func field(_ name: String, string text: String?) {
        guard let text else { return null(name) }
        Self.withUTF8(text) { utf8 in
            member(name, capacity: JSONWriter.escapedCapacity(utf8) + 2) { JSONWriter.writeString(utf8, into: &$0) }
        }
    }

    mutating func field(_ name: String, integer: Int?) {
        guard let integer else { return null(name) }
        member(name, capacity: FixedDecimal.integerCapacity) { FixedDecimal.appendInteger(integer, into: &$0) }
    }

    mutating func field(_ name: String, real: Double?) {
        guard let real else { return null(name) }
        let writer = writer
        member(name, capacity: JSONWriter.numberCapacity) { writer.writeNumber(real, into: &$0) }
    }

    mutating func field(_ name: String, date: String?) {
        field(name, string: date)
    }

    /// A member whose value is null.
    private mutating func null(_ name: String) {
        member(name, capacity: 4) { $0.append("null") }
    }

    /// Calls `body` with the UTF-8 bytes of `text`, read in place (a native or small String),
    /// without the copy (and its retain and release) that `String.withUTF8` needs as it mutates.
    @inline(__always)
    private static func withUTF8<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = text
        return text.withUTF8(body)
    }

    /// Writes a member: opens the properties object before the first member or separates the
    /// others, writes the name (the `propertyCount`-th of the layer's member prefixes, as the
    /// layers give their fields in schema order), then the value by `value`, all in one
    /// reservation of the prefix and `capacity` bytes.
    @inline(__always)
    private mutating func member(_ name: String, capacity: Int, _ value: (inout OutputSpan<UInt8>) -> Void) {
        let prefix = (propertyCount == 0 ? 0 : memberEnds[propertyCount - 1])..<memberEnds[propertyCount]
        assert(memberText[prefix].dropFirst(2).dropLast(2).elementsEqual(name.utf8), "field \(name) is not the schema's next field")
        memberText.withUnsafeBytes { text in
            output.append(addingCapacity: prefix.count + capacity) { span in
                span.append(copying: UnsafeRawBufferPointer(rebasing: text[prefix]))
                value(&span)
            }
        }
        propertyCount += 1
    }
}
