/// The type of an attribute field as GIS programs see it (OGR's field types).
public enum FieldType: String, Sendable, Hashable, CaseIterable {
    case integer = "Integer"
    case real = "Real"
    case string = "String"
    /// ISO 8601 calendar date, "2023-12-30".
    case date = "Date"
    /// ISO 8601 date and time, "2023-12-30T15:00:00".
    case dateTime = "DateTime"
}

/// The fields of an output layer, in order, with their types.
///
/// QGIS and OGR type each field from the values they find, so a field that holds a number in
/// one feature and a string in another becomes text that no longer sorts or filters as numbers.
/// Each layer declares its schema once; `properties(_:)` refuses values of another type, and the
/// tests check that OGR reads back exactly these types.
public struct LayerSchema: Sendable, Hashable {
    /// The layer's name (file base name: "places" → places.geojson, places.qml).
    public var name: String
    /// The geometry type of every feature ("Point", "LineString", "MultiLineString").
    public var geometryType: String
    public var fields: [(name: String, type: FieldType)] {
        didSet { (memberText, memberEnds) = Self.memberPrefixes(fields) }
    }
    /// The JSON text before each field's value in a properties object, `{"name":` for the first
    /// field and `,"name":` for the others, one after the other: made once per layer, so that
    /// `FeatureRecordWriter` writes each member's name with one copy, from one buffer (no array
    /// per field to retain and release).
    private(set) var memberText: [UInt8]
    /// Where each field's prefix ends in `memberText` (the next one starts there).
    private(set) var memberEnds: [Int]

    public init(name: String, geometryType: String, fields: [(String, FieldType)]) {
        self.name = name
        self.geometryType = geometryType
        self.fields = fields.map { (name: $0.0, type: $0.1) }
        (memberText, memberEnds) = Self.memberPrefixes(self.fields)
    }

    private static func memberPrefixes(_ fields: [(name: String, type: FieldType)]) -> ([UInt8], [Int]) {
        var text: [UInt8] = [], ends: [Int] = []
        for index in fields.indices {
            text.append(index == 0 ? 0x7B : 0x2C)
            JSONWriter.writeString(fields[index].name, into: &text)
            text.append(0x3A)
            ends.append(text.count)
        }
        return (text, ends)
    }

    public static func == (lhs: LayerSchema, rhs: LayerSchema) -> Bool {
        lhs.name == rhs.name && lhs.geometryType == rhs.geometryType
            && lhs.fields.map(\.name) == rhs.fields.map(\.name) && lhs.fields.map(\.type) == rhs.fields.map(\.type)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(fields.map(\.name))
    }

    /// A typed value for one field.
    public enum Value: Sendable, Hashable {
        case integer(Int?)
        case real(Double?)
        case string(String?)
        case date(String?)
        case dateTime(String?)

        var type: FieldType {
            switch self {
            case .integer: return .integer
            case .real: return .real
            case .string: return .string
            case .date: return .date
            case .dateTime: return .dateTime
            }
        }

        var json: JSONValue {
            switch self {
            case let .integer(value): return value.map { .integer($0) } ?? .null
            case let .real(value): return value.map { $0.isFinite ? .number($0) : .null } ?? .null
            case let .string(value), let .date(value), let .dateTime(value): return value.map { .string($0) } ?? .null
            }
        }
    }

    /// The properties object of one feature, in schema order.
    /// - Precondition: `values` holds exactly the schema's fields with their declared types; a
    ///   mismatch is a programming error in the layer, caught by the layer's tests.
    public func properties(_ values: [(String, Value)]) -> JSONValue {
        precondition(values.map(\.0) == fields.map(\.name), "layer \(name): fields \(values.map(\.0)) differ from the schema")
        for (value, field) in zip(values, fields) {
            precondition(value.1.type == field.type, "layer \(name): field \(field.name) is \(field.type), got \(value.1.type)")
        }
        return .object(values.map { ($0.0, $0.1.json) })
    }
}
