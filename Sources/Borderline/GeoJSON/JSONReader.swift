import Foundation

/// A strict reader of JSON text into `JSONValue`, for the GeoJSON files Borderline loads.
///
/// Why not JSONDecoder alone: `JSONValue.init(from:)` can only learn a value's kind by asking
/// for a keyed container, then an unkeyed one, then Bool and Int, and every refusal is a thrown
/// DecodingError that builds its coding path; a coordinate is a number four arrays deep, so each
/// one cost four such errors. Loading the base map for `borderline map seeds` (700 kB of
/// GeoJSON) took 3.17G of the process's 6.27G instructions (callgrind), most of it in
/// `_CodingPathNode.path`.
///
/// The reader vouches only for plain, strict JSON whose top level is an object; it returns nil
/// for anything else (a syntax error, a lone surrogate, invalid UTF-8, a duplicate key, a number
/// out of range, deep nesting), and the caller then asks JSONDecoder, so that odd input keeps
/// JSONDecoder's answer and error message. What it accepts it reads as `JSONValue.init(from:)`
/// would: object members sorted by key, a number that JSONDecoder can read as an Int (a whole
/// number in range, written with or without a fraction or exponent) as `.integer`, any other
/// as `.number`.
struct JSONReader {
    private let bytes: [UInt8]
    private var index = 0

    /// Nesting kept well under JSONDecoder's own limit (512), so that whatever this reader
    /// accepts JSONDecoder accepts too; GeoJSON needs about 8.
    private static let maximumDepth = 100

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The object that `data` holds, or nil when the reader does not vouch for the text.
    static func object(in data: Data) -> JSONValue? {
        var reader = JSONReader(bytes: [UInt8](data))
        reader.skipWhitespace()
        guard reader.next == UInt8(ascii: "{"), let value = reader.value(depth: 0) else { return nil }
        reader.skipWhitespace()
        return reader.index == reader.bytes.count ? value : nil
    }

    /// The byte at the read position, or nil at the end.
    private var next: UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func skipWhitespace() {
        while let byte = next, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            index += 1
        }
    }

    /// Moves past `byte` when it is next; says whether it was.
    private mutating func take(_ byte: UInt8) -> Bool {
        guard next == byte else { return false }
        index += 1
        return true
    }

    private mutating func value(depth: Int) -> JSONValue? {
        guard depth < Self.maximumDepth, let byte = next else { return nil }
        switch byte {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return number()
        }
    }

    private mutating func literal(_ text: String, _ value: JSONValue) -> JSONValue? {
        let end = index + text.utf8.count
        guard end <= bytes.count, bytes[index..<end].elementsEqual(text.utf8) else { return nil }
        index = end
        return value
    }

    /// Members sorted by key, as `JSONValue.init(from:)` sorts them; a repeated key (String
    /// equality, as JSONDecoder's dictionary compares them) is left to JSONDecoder.
    private mutating func object(depth: Int) -> JSONValue? {
        index += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return .object(members) }
        repeat {
            skipWhitespace()
            guard next == UInt8(ascii: "\""), let key = string() else { return nil }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipWhitespace()
            guard let member = value(depth: depth + 1) else { return nil }
            members.append((key, member))
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { return nil }
        members.sort { $0.0 < $1.0 }
        for position in members.indices.dropFirst() where members[position - 1].0 == members[position].0 {
            return nil
        }
        return .object(members)
    }

    private mutating func array(depth: Int) -> JSONValue? {
        index += 1
        var values: [JSONValue] = []
        skipWhitespace()
        if take(UInt8(ascii: "]")) { return .array(values) }
        // Room for a position's two numbers made at once, not grown from nothing as they come
        // (a JSONValue takes 24 bytes): the base map's 29,455 arrays made their storage again
        // 29,943 times before, 2,079 times with this.
        values.reserveCapacity(2)
        repeat {
            skipWhitespace()
            guard let element = value(depth: depth + 1) else { return nil }
            values.append(element)
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "]")) else { return nil }
        return .array(values)
    }

    /// A string from its opening quote; nil for a control character, invalid UTF-8 or a bad escape.
    private mutating func string() -> String? {
        index += 1
        let start = index
        while let byte = next {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(validating: bytes[start..<(index - 1)], as: UTF8.self)
            case UInt8(ascii: "\\"):
                return escapedString(from: start)
            case ..<0x20:
                return nil
            default:
                index += 1
            }
        }
        return nil
    }

    /// The rest of a string that has an escape, copied with its escapes decoded.
    private mutating func escapedString(from start: Int) -> String? {
        var text = Array(bytes[start..<index])
        while let byte = next {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(validating: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escaped = next else { return nil }
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = escapedScalar() else { return nil }
                    UTF8.encode(scalar) { text.append($0) }
                default: return nil
                }
            case ..<0x20:
                return nil
            default:
                text.append(byte)
            }
        }
        return nil
    }

    /// The scalar of a `\u` escape whose `\u` is read, joining a surrogate pair; nil for a lone surrogate.
    private mutating func escapedScalar() -> Unicode.Scalar? {
        guard let unit = hexUnit() else { return nil }
        switch unit {
        case 0xD800...0xDBFF:
            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hexUnit(), (0xDC00...0xDFFF).contains(low)
            else { return nil }
            return Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
        case 0xDC00...0xDFFF:
            return nil
        default:
            return Unicode.Scalar(unit)
        }
    }

    /// Four hexadecimal digits.
    private mutating func hexUnit() -> UInt16? {
        guard index + 4 <= bytes.count else { return nil }
        var unit: UInt16 = 0
        for byte in bytes[index..<(index + 4)] {
            guard let digit = Self.hexDigit(byte) else { return nil }
            unit = unit << 4 | UInt16(digit)
        }
        index += 4
        return unit
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// A number in JSON's grammar: `.integer` when JSONDecoder would read it as an Int, `.number`
    /// when only as a Double, nil when JSONDecoder's answer needs its Decimal reading.
    private mutating func number() -> JSONValue? {
        let start = index
        let negative = take(UInt8(ascii: "-"))
        guard let first = next, Self.isDigit(first) else { return nil }
        var digits = Digits()
        if first == UInt8(ascii: "0") { digits.add(first); index += 1 } else { skipDigits(into: &digits) }
        var decimals = 0
        if take(UInt8(ascii: ".")) {
            let before = digits.count
            guard skipDigits(into: &digits) else { return nil }
            decimals = digits.count - before
        }
        var hasExponent = false
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard skipDigits() else { return nil }
            hasExponent = true
        }
        if !hasExponent, let value = digits.value {
            // Digits that fit a Double's significand over an exact power of ten: the one
            // division rounds correctly, as strtod does, without making the text (the
            // coordinates of the base map, "30.512345").
            if decimals == 0 { return .integer(negative ? -value : value) }
            if decimals < Self.powersOfTen.count {
                let magnitude = Double(value) / Self.powersOfTen[decimals]
                return Self.classify(negative ? -magnitude : magnitude)
            }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if decimals == 0 && !hasExponent, let integer = Int(text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else { return nil }
        return Self.classify(double)
    }

    /// A number read as a Double: `.integer` when it is whole and below 2^53 (where JSONDecoder
    /// takes a Double for an Int, no other integer rounding to it), nil when whole and larger
    /// (JSONDecoder then reads the digits as a Decimal; left to it), else `.number`.
    private static func classify(_ double: Double) -> JSONValue? {
        guard let integer = Int(exactly: double) else { return .number(double) }
        return double.magnitude < exactIntegerLimit ? .integer(integer) : nil
    }

    /// 2^53: below it, every integer is a Double of its own.
    private static let exactIntegerLimit = Double(sign: .plus, exponent: Double.significandBitCount + 1, significand: 1)

    /// 10^0 … 10^22, each exactly a Double.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]

    /// The digits of a number as read, and their value while it is exact in a Double (at most
    /// 15 digits, below 2^53).
    private struct Digits {
        private(set) var count = 0
        private var mantissa = 0

        mutating func add(_ digit: UInt8) {
            count += 1
            if count <= 15 { mantissa = mantissa * 10 + Int(digit - UInt8(ascii: "0")) }
        }

        var value: Int? { count <= 15 ? mantissa : nil }
    }

    /// Moves past a run of digits, adding them to `digits`; says whether there was at least one.
    @discardableResult
    private mutating func skipDigits(into digits: inout Digits) -> Bool {
        let start = index
        while let byte = next, Self.isDigit(byte) {
            digits.add(byte)
            index += 1
        }
        return index > start
    }

    /// Moves past a run of digits; says whether there was at least one.
    @discardableResult
    private mutating func skipDigits() -> Bool {
        let start = index
        while let byte = next, Self.isDigit(byte) { index += 1 }
        return index > start
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
