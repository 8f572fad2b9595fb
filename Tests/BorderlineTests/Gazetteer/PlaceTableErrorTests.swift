import Borderline
import Foundation
import Testing

/// PlaceTable.read rejects a corrupt row with an error naming the file and the line.
@Suite("PlaceTable.read names the file and line of a bad row")
struct PlaceTableErrorTests {
    static let header = PlaceTable.columns.joined(separator: "\t")
    static let belgorod = "578072\tplace\tBelgorod\t50.60343\t36.58091\tRU\tRussia\t09\tBelgorod Oblast\t345289\t\tBelgarad,Белгород"

    /// A table whose bad row is on line 4: header, a good row, a blank line, then `badRow` bytes.
    static func table(badRow: [UInt8]) -> [UInt8] {
        Array("\(header)\n\(belgorod)\n\n".utf8) + badRow + Array("\n".utf8)
    }

    struct Corruption: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var row: [UInt8]
        var reason: String
    }

    static func replacing(_ column: Int, with value: String) -> [UInt8] {
        var fields = belgorod.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        fields[column] = value
        return Array(fields.joined(separator: "\t").utf8)
    }

    static let corruptions: [Corruption] = [
        Corruption(testDescription: "latitude out of range", row: replacing(3, with: "95.1"),
                   reason: "latitude '95.1' is not a number in −90…90"),
        Corruption(testDescription: "latitude not a number", row: replacing(3, with: "50,60343"),
                   reason: "latitude '50,60343' is not a number in −90…90"),
        Corruption(testDescription: "latitude NaN", row: replacing(3, with: "nan"),
                   reason: "latitude 'nan' is not a number in −90…90"),
        Corruption(testDescription: "longitude out of range", row: replacing(4, with: "-180.5"),
                   reason: "longitude '-180.5' is not a number in −180…180"),
        Corruption(testDescription: "non-integer id", row: replacing(0, with: "578072.5"),
                   reason: "geonameid '578072.5' is not a positive integer"),
        Corruption(testDescription: "unknown kind", row: replacing(1, with: "village"),
                   reason: "kind 'village' is not one of place, admin1, country"),
        Corruption(testDescription: "negative population", row: replacing(9, with: "-3"),
                   reason: "population '-3' is not a non-negative integer"),
        Corruption(testDescription: "one field missing",
                   row: Array(belgorod.split(separator: "\t", omittingEmptySubsequences: false).dropLast().joined(separator: "\t").utf8),
                   reason: "expected 12 tab-separated fields, found 11"),
        Corruption(testDescription: "one field too many", row: Array((belgorod + "\textra").utf8),
                   reason: "expected 12 tab-separated fields, found 13"),
    ]

    @Test("a corrupt row gives corruptRow with the path and line 4", arguments: corruptions)
    func corruptRow(_ corruption: Corruption) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("places.tsv", bytes: Self.table(badRow: corruption.row))
        #expect(throws: GazetteerError.corruptRow(path: path, line: 4, reason: corruption.reason)) {
            _ = try PlaceTable.read(path: path)
        }
        #expect("\(GazetteerError.corruptRow(path: path, line: 4, reason: corruption.reason))".hasPrefix("\(path):4: "))
    }

    @Test("invalid UTF-8 bytes give invalidUTF8 with the path and line")
    func invalidUTF8() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // "Belgorod" with a lone continuation byte and a truncated two-byte sequence in it.
        let row = Array("578072\tplace\tBel".utf8) + [0x80, 0x67, 0xD0] + Array("\t50.60343\t36.58091\tRU\tRussia\t09\tBelgorod Oblast\t345289\t\t".utf8)
        let path = try folder.write("places.tsv", bytes: Self.table(badRow: row))
        #expect(throws: TabularTextError.invalidUTF8(path: path, line: 4)) {
            _ = try PlaceTable.read(path: path)
        }
    }

    @Test("a good table reads; an empty file, a wrong header and a missing file are reported")
    func wholeFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = try folder.write("good.tsv", text: "\(Self.header)\n\(Self.belgorod)\n")
        let places = try PlaceTable.read(path: good)
        #expect(places.count == 1)
        #expect(places.first?.coordinate == GeoPoint(latitude: 50.60343, longitude: 36.58091))
        #expect(places.first?.alternateNames == ["Belgarad", "Белгород"])
        #expect(places.first?.admin1Key == "RU.09")

        let empty = try folder.write("empty.tsv", text: "")
        #expect(throws: GazetteerError.corruptRow(path: empty, line: 1, reason: "the file is empty (expected a header line)")) {
            _ = try PlaceTable.read(path: empty)
        }
        let noHeader = try folder.write("noheader.tsv", text: "\(Self.belgorod)\n")
        #expect {
            _ = try PlaceTable.read(path: noHeader)
        } throws: { error in
            guard case let .missingHeader(path, expected, _)? = error as? TabularTextError else { return false }
            return path == noHeader && expected == PlaceTable.columns && "\(error)".hasPrefix("\(noHeader):1: ")
        }
        let missing = folder.file("missing.tsv")
        #expect {
            _ = try PlaceTable.read(path: missing)
        } throws: { error in
            guard case let .unreadable(path, _)? = error as? TabularTextError else { return false }
            return path == missing
        }
    }
}
