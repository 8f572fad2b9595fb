import ArgumentParser
import Borderline
import Foundation

struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "List every place mention with its resolution, confidence and reason.",
        discussion: """
            Examples:
              borderline places seeds/000_b226895ee19b64e6.txt
              borderline places seeds --format json
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: table (for people) or json (one object per line, for machines).")
    var format: ListFormat = .table

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        let documents = try input.read()
        let gazetteer = try gazetteerOptions.load()
        let result = MapPipeline(gazetteer: gazetteer).run(documents)
        let rows = result.mentions.map { MentionRow(mention: $0, gazetteer: gazetteer) }
        switch format {
        case .json:
            for row in rows { print(JSONWriter().string(row.json)) }
        case .table:
            print(TextTable(header: MentionRow.header, rows: rows.map(\.cells)).text)
        }
    }
}

/// One mention as a row of the `places` table and as a JSON object.
struct MentionRow {
    static let header = ["document", "line:col", "surface", "resolution", "geonameid", "country/admin1", "confidence", "reason"]
    let mention: ResolvedMention
    let gazetteer: Gazetteer

    var resolution: (label: String, place: Place?, candidates: [Place]) {
        switch mention.status {
        case let .resolved(index): return (gazetteer.places[index].name, gazetteer.places[index], [])
        case let .ambiguous(indices): return ("ambiguous", nil, indices.map { gazetteer.places[$0] })
        case .unknown: return ("unknown", nil, [])
        }
    }

    var cells: [String] {
        let (label, place, _) = resolution
        return [
            mention.mention.documentID, "\(mention.mention.line):\(mention.mention.column)", mention.mention.surface, label,
            place.map { String($0.geonameID) } ?? "", place.map { "\($0.countryCode)/\($0.admin1Name)" } ?? "",
            FixedDecimal.format(mention.confidence, decimals: 2), mention.reason,
        ]
    }

    var json: JSONValue {
        let (label, place, candidates) = resolution
        return .object([
            ("document", .string(mention.mention.documentID)),
            ("line", .integer(mention.mention.line)), ("column", .integer(mention.mention.column)),
            ("start", .integer(mention.mention.start)), ("end", .integer(mention.mention.end)),
            ("surface", .string(mention.mention.surface)),
            ("status", .string(place == nil ? label : "resolved")),
            ("name", place.map { .string($0.name) } ?? .null),
            ("geonameid", place.map { .integer($0.geonameID) } ?? .null),
            ("country_code", place.map { .string($0.countryCode) } ?? .null),
            ("admin1", place.map { .string($0.admin1Name) } ?? .null),
            ("candidates", .array(candidates.map { .integer($0.geonameID) })),
            ("confidence", .number(mention.confidence)),
            ("reason", .string(mention.reason)),
            ("sentence", .string(mention.mention.sentenceText)),
        ])
    }
}

/// A plain text table with columns padded to their widest cell.
struct TextTable {
    let header: [String]
    let rows: [[String]]

    var text: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
