import Borderline
import Foundation
import Testing

/// JSONWriter: compact, deterministic JSON text.
@Suite("JSONWriter writes exact, valid JSON")
struct JSONWriterTests {
    let writer = JSONWriter(maxDecimals: 6)

    @Test("members keep their given order; arrays and nesting are compact")
    func structure() {
        let value = JSONValue.object([
            ("z", .integer(1)), ("a", .array([.null, .bool(true), .bool(false), .array([])])), ("m", .object([])),
        ])
        #expect(writer.string(value) == #"{"z":1,"a":[null,true,false,[]],"m":{}}"#)
    }

    @Test("numbers: integers as integers, reals compact and rounded but always with a decimal point, no negative zero, no NaN")
    func numbers() {
        let cases: [(JSONValue, String)] = [
            (.integer(-5), "-5"), (.integer(1_421_125), "1421125"), (.number(2), "2.0"), (.number(0.1 + 0.2), "0.3"),
            (.number(-0.0), "0.0"), (.number(-0.0000001), "0.0"), (.number(35.3899203), "35.38992"),
            (.number(0.0000025), "0.000003"), (.number(-1.0000005), "-1.000001"),
            (.number(.nan), "null"), (.number(.infinity), "null"), (.number(-.infinity), "null"),
        ]
        for (value, expected) in cases {
            #expect(writer.string(value) == expected, "\(value)")
        }
        #expect(JSONWriter(maxDecimals: 2).string(.number(0.125)) == "0.13")
        #expect(JSONWriter(maxDecimals: 0).string(.number(-2.5)) == "-3.0")
    }

    @Test("quotes, backslashes and control characters are escaped; slash and DEL are not")
    func escaping() {
        let text = "say \"hi\" \\ / \u{7F}"
        #expect(writer.string(.string(text)) == #""say \"hi\" \\ / "# + "\u{7F}\"")
        #expect(writer.string(.string("\n\r\t\u{08}\u{0C}")) == #""\n\r\t\b\f""#)
        #expect(writer.string(.string("\u{00}\u{01}\u{1B}\u{1F}")) == #""\u0000\u0001\u001b\u001f""#)
        // Every C0 control character comes out as an escape, never raw.
        for value in 0..<0x20 {
            let written = writer.string(.string(String(UnicodeScalar(UInt8(value)))))
            #expect(written.unicodeScalars.allSatisfy { $0.value >= 0x20 }, "U+\(String(value, radix: 16)) written raw")
        }
    }

    @Test("U+2028 and U+2029 are escaped, for JavaScript readers")
    func lineSeparators() {
        #expect(writer.string(.string("a\u{2028}b\u{2029}c")) == #""a\u2028b\u2029c""#)
    }

    @Test("Cyrillic and other non-ASCII text is written as UTF-8, not as \\u escapes")
    func utf8() {
        let written = writer.string(.string("Харків – Kharkiv ✓"))
        #expect(written == "\"Харків – Kharkiv ✓\"")
        #expect(Array(written.utf8.prefix(3)) == [0x22, 0xD0, 0xA5], "Х is D0 A5 in UTF-8")
        #expect(!written.contains("\\u"))
        #expect(writer.string(.object([("назва", .string("Суджа"))])) == #"{"назва":"Суджа"}"#)
    }

    @Test("what it writes, a JSON parser reads back to the same strings")
    func roundTrip() throws {
        let original = "q\"b\\s/\n\r\t\u{08}\u{0C}\u{00}\u{1F}\u{2028}\u{2029}Харків😀"
        let written = writer.string(.array([.string(original)]))
        let parsed = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String]
        #expect(parsed == [original])
    }
}
