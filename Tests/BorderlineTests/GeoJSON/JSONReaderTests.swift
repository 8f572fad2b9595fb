@testable import Borderline
import Foundation
import Testing

/// JSONReader is FeatureCollection.parse's fast path: whatever text it reads, it must read to
/// exactly the value JSONDecoder gives (`JSONValue.init(from:)`), numbers bit for bit, and it must
/// refuse (nil, so that JSONDecoder answers) whatever JSONDecoder rejects. These tests hold it to
/// JSONDecoder as the independent reading: on every GeoJSON file the gazetteer ships, on edge
/// cases, and on seeded random mutations of a feature collection.
@Suite("JSONReader reads what JSONDecoder reads, value for value")
struct JSONReaderTests {
    /// JSONDecoder's reading, or nil when it rejects the text.
    static func decoded(_ data: Data) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// Equal as values and as bits: the same cases, the same member order, numbers with the
    /// same bit pattern (`==` would let -0.0 pass for 0.0).
    static func identical(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.integer(x), .integer(y)): return x == y
        case let (.number(x), .number(y)): return x.bitPattern == y.bitPattern
        case let (.string(x), .string(y)): return x.utf8.elementsEqual(y.utf8)
        case let (.array(x), .array(y)): return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0.utf8.elementsEqual($1.0.utf8) && identical($0.1, $1.1) }
        default: return false
        }
    }

    /// The check of one text: when the reader vouches for it, JSONDecoder reads the same value.
    /// Returns whether the reader vouched; names the text in a failure (the text itself when nil: a whole file would be too long).
    @discardableResult
    static func agree(_ text: some Collection<UInt8>, label: String? = nil) -> Bool {
        let data = Data(text)
        guard let read = JSONReader.object(in: data) else { return false }
        let name = label ?? String(decoding: data, as: UTF8.self)
        // Compared into a Bool first, so that a failure prints the name rather than both trees.
        guard let reference = decoded(data) else {
            Issue.record("the reader accepted what JSONDecoder rejects: \(name)")
            return true
        }
        let same = identical(read, reference)
        #expect(same, "the reader and JSONDecoder read \(name) differently")
        return true
    }

    @Test("every GeoJSON file of the gazetteer is read as JSONDecoder reads it")
    func gazetteerFiles() throws {
        let root = URL(fileURLWithPath: TestPaths.gazetteer)
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "geojson" }.sorted { $0.path < $1.path }
        #expect(files.count >= 7, "the border line and six base-map layers")
        for file in files {
            let data = try Data(contentsOf: file)
            let vouched = Self.agree(data, label: file.lastPathComponent)
            #expect(vouched, "the reader should read \(file.lastPathComponent) itself, not hand it to JSONDecoder")
        }
    }

    @Test("numbers: integers, fractions and exponents take JSONDecoder's types and values", arguments: [
        "0", "-0", "7", "-12", "123456789012345", "1234567890123456", "9007199254740991", "9007199254740993",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999",
        "0.5", "-0.0", "1.0", "30.512345", "0.1", "0.30000000000000004", "123456789012345.6", "1.7976931348623157e308",
        "1e400", "-1e400", "1e-400", "1E2", "2.5e-3", "1e22", "1e23", "5e-324", "578072.0", "4.35", "44.999999999999999",
    ])
    func numbers(_ number: String) {
        Self.agree(Array(#"{"n":\#(number),"a":[\#(number)]}"#.utf8))
    }

    @Test("strings, escapes, nesting and keys: read as JSONDecoder reads them, or left to it", arguments: [
        #"{"s":"Бєлгород","e":"tab\tquote\"slash\/back\\"}"#,
        #"{"u":"\u0041\u00e9\u0411\ud83d\ude00"}"#,
        #"{"lone":"\ud83d"}"#,
        #"{"low":"\ude00x"}"#,
        #"{"bad":"\x"}"#,
        "{\"ctrl\":\"a\u{09}b\"}",
        #"{"a":1,"a":2}"#,
        #"{"b":1,"a":{"d":[true,false,null],"c":{}}}"#,
        #"{"x":[]}"#,
        #"  {"x":1}  "#,
        #"{"x":1} x"#,
        #"{"x":01}"#,
        #"{"x":1.}"#,
        #"{"x":.5}"#,
        #"{"x":+1}"#,
        #"{"x":NaN}"#,
        #"{"x":tru}"#,
        #"{"x":1,}"#,
        #"[1,2]"#,
        #""string""#,
        #"{"é":1,"e":2,"z":3,"Z":4}"#,
    ])
    func edgeCases(_ text: String) {
        Self.agree(Array(text.utf8))
    }

    @Test("deep nesting is left to JSONDecoder")
    func deepNesting() {
        let deep = #"{"x":"# + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "}"
        #expect(JSONReader.object(in: Data(deep.utf8)) == nil)
        let shallow = #"{"x":"# + String(repeating: "[", count: 20) + String(repeating: "]", count: 20) + "}"
        #expect(Self.agree(Array(shallow.utf8)))
    }

    @Test("invalid UTF-8 in a string is left to JSONDecoder")
    func invalidUTF8() {
        let bytes = Array(#"{"s":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(JSONReader.object(in: Data(bytes)) == nil)
    }

    /// A fixed-seed generator (SplitMix64), so that a failure names a mutation that can be replayed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("random mutations of a feature collection: whatever the reader reads, JSONDecoder reads the same")
    func mutations() {
        let base = Array(#"""
            {"type":"FeatureCollection","features":[{"type":"Feature","id":42,"geometry":{"type":"LineString",
            "coordinates":[[36.58091,50.60343],[-0.5,1e-3],[35.0,51]]},"properties":{"name":"Суджа \u00e9","pop":5400,
            "area":12.75,"capital":false,"note":null,"tags":["a","b\n"]}}]}
            """#.utf8)
        let alphabet = Array(#"{}[]":,.-+eE0123456789 \tnulltruefalse\u00e9ЖAz"#.utf8)
        var generator = SplitMix64(state: 20_261_206)
        var vouched = 0
        for _ in 0..<3_000 {
            var text = base
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let position = Int.random(in: 0..<text.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: text[position] = alphabet.randomElement(using: &generator)!
                case 1: text.insert(alphabet.randomElement(using: &generator)!, at: position)
                default: text.remove(at: position)
                }
            }
            if Self.agree(text) { vouched += 1 }
        }
        // Most single-byte mutations break the JSON; a fair share (digits in numbers, letters
        // in strings) keep it valid, and those are the ones compared.
        #expect(vouched > 300, "too few mutations were read to compare: \(vouched)")
    }
}
