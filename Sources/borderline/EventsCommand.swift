import ArgumentParser
import Borderline
import Foundation

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the events the articles report: type, place, date, casualties and sources.",
        discussion: """
            Reports of one event (same type, place and date) are merged. Events with no place
            are listed as 'unlocated'; the map's events layer leaves them out.

            Examples:
              borderline events seeds
              borderline events seeds/001_7d8314d09207095c.txt --format json
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: table (for people) or json (one object per line, for machines).")
    var format: ListFormat = .table

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        let documents = try input.read()
        let gazetteer = try gazetteerOptions.load()
        let pipeline = MapPipeline(gazetteer: gazetteer)
        // The analyses carry each document's events already: merged here as `map` merges them.
        let events = EventMerger.merge(pipeline.analyse(documents).flatMap(\.events))
        switch format {
        case .json:
            for event in events { print(JSONWriter().string(EventRow(event: event).json)) }
        case .table:
            print(TextTable(header: EventRow.header, rows: events.map { EventRow(event: $0).cells }).text)
        }
    }
}

/// One event as a row of the `events` table and as a JSON object.
struct EventRow {
    static let header = ["id", "type", "date", "precision", "time", "place", "geo", "killed", "injured", "responsibility", "sources", "reports"]
    let event: Event

    static func figure(_ value: Int?, _ qualifier: String?, children: Int?) -> String {
        guard let value else { return "" }
        var text = (qualifier.map { $0 + " " } ?? "") + String(value)
        if let children { text += " (\(children) children)" }
        return text
    }

    var cells: [String] {
        [
            event.id, event.type.rawValue, event.date.date ?? event.date.text ?? "undated", event.date.precision.rawValue,
            event.time?.value ?? "", event.place?.name ?? "unlocated", event.geoPrecision.rawValue,
            Self.figure(event.casualties.killed, event.casualties.killedQualifier, children: event.casualties.childrenKilled),
            Self.figure(event.casualties.injured, event.casualties.injuredQualifier, children: event.casualties.childrenInjured),
            event.attribution.responsibility?.rawValue ?? "", event.attribution.sources.joined(separator: "; "),
            String(event.evidence.count),
        ]
    }

    var json: JSONValue {
        func int(_ value: Int?) -> JSONValue { value.map { .integer($0) } ?? .null }
        func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        return .object([
            ("id", .string(event.id)), ("type", .string(event.type.rawValue)), ("date", string(event.date.date)),
            ("date_text", string(event.date.text)), ("date_precision", .string(event.date.precision.rawValue)),
            ("time", string(event.time?.value)), ("time_text", string(event.time?.text)),
            ("place", string(event.place?.name)), ("geonameid", int(event.place?.geonameID)),
            ("geo_precision", .string(event.geoPrecision.rawValue)), ("place_method", .string(event.placeMethod)),
            ("latitude", event.place.map { .number($0.coordinate.latitude) } ?? .null),
            ("longitude", event.place.map { .number($0.coordinate.longitude) } ?? .null),
            ("killed", int(event.casualties.killed)), ("killed_qualifier", string(event.casualties.killedQualifier)),
            ("injured", int(event.casualties.injured)), ("injured_qualifier", string(event.casualties.injuredQualifier)),
            ("children_killed", int(event.casualties.childrenKilled)), ("children_injured", int(event.casualties.childrenInjured)),
            ("sources", .array(event.attribution.sources.map { .string($0) })),
            ("responsibility", string(event.attribution.responsibility?.rawValue)),
            ("documents", .array(event.documents.map { .string($0) })),
            ("evidence", .array(event.evidence.map { evidence in
                .object([
                    ("document", .string(evidence.documentID)), ("sentence_index", .integer(evidence.sentenceIndex)),
                    ("start", .integer(evidence.start)), ("end", .integer(evidence.end)), ("sentence", .string(evidence.sentence)),
                ])
            })),
            ("confidence", .number(event.confidence)),
        ])
    }
}
