import Foundation
@testable import Borderline

/// Shared inputs of the event tests: the shipped gazetteer, the seed articles and the fixtures.
enum EventFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Loaded once: building the name index is the slow part.
    static let pipeline: MapPipeline = {
        let gazetteer = try! Gazetteer.load(directory: packageRoot.appendingPathComponent("gazetteer").path)
        return MapPipeline(gazetteer: gazetteer)
    }()

    static var extractor: EventExtractor { EventExtractor(gazetteer: pipeline.gazetteer) }

    /// Merged events of `documents`, as `borderline events` finds them.
    static func events(_ documents: [Document]) -> [Event] {
        EventMerger.merge(documents.flatMap { document in
            extractor.events(in: document, mentions: pipeline.analyse(document).mentions)
        })
    }

    static func seedDocuments() throws -> [Document] {
        try DocumentReader().read([packageRoot.appendingPathComponent("seeds").path]).documents
    }

    static func json(_ name: String) throws -> [[String: Any]] {
        guard let url = Bundle.module.url(forResource: "Fixtures/Events/\(name)", withExtension: "json") else {
            throw FixtureError.missing(name)
        }
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [[String: Any]]
    }

    enum FixtureError: Error { case missing(String) }

    /// The fields a gold event states (absent keys mean null or an empty list).
    static let fields = [
        "type", "place", "geonameid", "geo_precision", "date", "date_text", "date_precision", "time", "killed",
        "killed_qualifier", "injured", "injured_qualifier", "children_killed", "children_injured", "responsibility", "sources",
    ]

    /// An event's fields as the gold files write them.
    static func fields(of event: Event) -> [String: String] {
        func text(_ value: Any?) -> String {
            switch value {
            case nil: return "null"
            case let value as Int: return String(value)
            case let value as String: return value
            case let value as [String]: return value.joined(separator: "; ")
            default: return "\(value!)"
            }
        }
        let values: [String: Any?] = [
            "type": event.type.rawValue, "place": event.place?.name, "geonameid": event.place?.geonameID,
            "geo_precision": event.geoPrecision.rawValue, "date": event.date.date, "date_text": event.date.text,
            "date_precision": event.date.precision.rawValue, "time": event.time?.value, "killed": event.casualties.killed,
            "killed_qualifier": event.casualties.killedQualifier, "injured": event.casualties.injured,
            "injured_qualifier": event.casualties.injuredQualifier, "children_killed": event.casualties.childrenKilled,
            "children_injured": event.casualties.childrenInjured, "responsibility": event.attribution.responsibility?.rawValue,
            "sources": event.attribution.sources.isEmpty ? nil : event.attribution.sources,
        ]
        return values.mapValues { text($0) }
    }

    static func fields(ofGold gold: [String: Any]) -> [String: String] {
        var out: [String: String] = [:]
        for field in fields {
            switch gold[field] {
            case nil: out[field] = "null"
            case let value as [String]: out[field] = value.isEmpty ? "null" : value.joined(separator: "; ")
            case let value as NSNumber: out[field] = value.stringValue
            case let value as String: out[field] = value
            default: out[field] = "\(gold[field]!)"
            }
        }
        return out
    }

    /// The identity used to match a found event to a gold one: type, place and date (or date
    /// words), as the merger defines one event.
    static func key(_ fields: [String: String]) -> String {
        [fields["type"]!, fields["geonameid"]!, fields["date"]!, EventMerger.normalized(fields["date_text"] == "null" ? nil : fields["date_text"])]
            .joined(separator: "|")
    }
}
