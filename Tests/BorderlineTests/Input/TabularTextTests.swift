import Borderline
import Foundation
import Testing

/// TabularText: tab-separated bytes to rows, with physical line numbers for error messages.
@Suite("TabularText splits tab-separated text")
struct TabularTextTests {
    static func parse(_ bytes: [UInt8], expectedFields: Int? = nil) throws -> [TabularRow] {
        try TabularText.parse(Data(bytes), path: "t.tsv", expectedFields: expectedFields)
    }

    @Test("a UTF-8 byte-order mark is dropped and CRLF line ends are read as LF")
    func bomAndCRLF() throws {
        let rows = try Self.parse([0xEF, 0xBB, 0xBF] + Array("id\tname\r\n1\tХарків\r\n2\tKharkiv\r\n".utf8))
        #expect(rows.map(\.fields) == [["id", "name"], ["1", "Харків"], ["2", "Kharkiv"]])
        #expect(rows.map(\.line) == [1, 2, 3])
        #expect(rows[0].fields[0].unicodeScalars.first == "i", "no U+FEFF left on the first field")
    }

    @Test("blank lines are skipped but counted; the last line needs no newline")
    func lineNumbers() throws {
        let rows = try Self.parse(Array("a\tb\n\n\r\nc\td\n\ne\tf".utf8))
        #expect(rows.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(rows.map(\.line) == [1, 4, 6])
        #expect(try Self.parse([]).isEmpty)
    }

    @Test("empty fields are kept, leading, inner and trailing")
    func emptyFields() throws {
        let rows = try Self.parse(Array("\tx\t\t\n".utf8))
        #expect(rows.first?.fields == ["", "x", "", ""])
    }

    @Test("a row with the wrong number of fields is reported with its line")
    func fieldCount() throws {
        #expect(throws: TabularTextError.wrongFieldCount(path: "t.tsv", line: 3, expected: 3, found: 2)) {
            _ = try Self.parse(Array("a\tb\tc\n\nd\te\n".utf8), expectedFields: 3)
        }
        #expect("\(TabularTextError.wrongFieldCount(path: "t.tsv", line: 3, expected: 3, found: 2))"
            == "t.tsv:3: expected 3 tab-separated fields, found 2")
    }

    @Test("invalid UTF-8 is reported with its line, wherever in the line it is")
    func invalidUTF8() throws {
        // An overlong encoding of "/" (0xC0 0xAF) in the last field of line 2.
        #expect(throws: TabularTextError.invalidUTF8(path: "t.tsv", line: 2)) {
            _ = try Self.parse(Array("a\tb\nc\t".utf8) + [0xC0, 0xAF] + Array("\n".utf8))
        }
        // A CESU-style surrogate (0xED 0xA0 0x80) in the first field of line 1.
        #expect(throws: TabularTextError.invalidUTF8(path: "t.tsv", line: 1)) {
            _ = try Self.parse([0xED, 0xA0, 0x80] + Array("\tb\n".utf8))
        }
    }

    @Test("a places table with BOM and CRLF reads like a plain one")
    func placeTableWithBOMAndCRLF() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let header = PlaceTable.columns.joined(separator: "\t")
        let row = "706483\tplace\tKharkiv\t49.98177\t36.25475\tUA\tUkraine\t07\tKharkiv\t1421125\t\tKharkov,Харків"
        let plain = try folder.write("plain.tsv", text: "\(header)\n\(row)\n")
        let windows = try folder.write("windows.tsv", bytes: [0xEF, 0xBB, 0xBF] + Array("\(header)\r\n\(row)\r\n".utf8))
        let expected = try PlaceTable.read(path: plain)
        #expect(try PlaceTable.read(path: windows) == expected)
        #expect(expected.first?.alternateNames == ["Kharkov", "Харків"])
    }
}
