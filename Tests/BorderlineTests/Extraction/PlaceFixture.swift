import Borderline
import Foundation

/// The shipped gazetteer and a pipeline over it, loaded once for every place test (building the
/// name index takes a few seconds in a debug build).
enum PlaceFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let gazetteer: Gazetteer = try! Gazetteer.load(directory: root.appendingPathComponent("gazetteer").path)
    static let pipeline = MapPipeline(gazetteer: gazetteer)

    /// A file of the test bundle's Fixtures/Places folder.
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("Places/\(name)")
    }
}

/// One hand-checked mention of a gold file.
struct GoldMention: Hashable {
    var document: String
    var start: Int
    var end: Int
    var surface: String
    /// A GeoNames id, "ambiguous" or "unresolvable".
    var expected: String
    var admin1: String
    var country: String

    /// Reads a gold file (header: document, start, end, surface, expected, admin1, country, note).
    static func read(_ url: URL) throws -> [GoldMention] {
        let rows = try TabularText.read(path: url.path, expectedFields: 8)
        return rows.dropFirst().map { row in
            let f = row.fields
            return GoldMention(document: f[0], start: Int(f[1])!, end: Int(f[2])!, surface: f[3], expected: f[4],
                               admin1: f[5], country: f[6])
        }
    }
}

/// Mention precision and recall, and resolution accuracy, of a run against a gold file.
struct PlaceScores: CustomStringConvertible {
    var precision: Double
    var recall: Double
    /// Share of gold mentions found with the right span and resolved as expected (missed ones count as wrong).
    var accuracy: Double
    var goldCount: Int
    var systemCount: Int
    /// Lines explaining every miss, spurious mention and wrong resolution.
    var errors: [String]

    var description: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return "precision \(f(precision)), recall \(f(recall)), resolution accuracy \(f(accuracy)) "
            + "(\(goldCount) gold mentions, \(systemCount) found)"
    }

    static func score(gold: [GoldMention], documents: [Document], pipeline: MapPipeline) -> PlaceScores {
        let result = pipeline.run(documents)
        let gazetteer = pipeline.gazetteer
        var system: [String: ResolvedMention] = [:]
        for mention in result.mentions {
            system["\(mention.mention.documentID):\(mention.mention.start):\(mention.mention.end)"] = mention
        }
        var matched = 0, correct = 0
        var errors: [String] = []
        var goldKeys: Set<String> = []
        for item in gold {
            let key = "\(item.document):\(item.start):\(item.end)"
            goldKeys.insert(key)
            guard let found = system[key] else {
                errors.append("missed \(key) '\(item.surface)' (expected \(item.expected))")
                continue
            }
            matched += 1
            let ok: Bool
            switch (item.expected, found.status) {
            case ("unresolvable", .ambiguous), ("unresolvable", .unknown), ("ambiguous", .ambiguous): ok = true
            case let (expected, .resolved(index)): ok = String(gazetteer.places[index].geonameID) == expected
            default: ok = false
            }
            if ok {
                correct += 1
            } else {
                let got: String
                switch found.status {
                case let .resolved(index): got = "\(gazetteer.places[index].name) \(gazetteer.places[index].geonameID)"
                case .ambiguous: got = "ambiguous"
                case .unknown: got = "unknown"
                }
                errors.append("wrong \(key) '\(item.surface)': expected \(item.expected), got \(got) (\(found.reason))")
            }
        }
        for (key, mention) in system where !goldKeys.contains(key) {
            errors.append("spurious \(key) '\(mention.mention.surface)'")
        }
        return PlaceScores(
            precision: system.isEmpty ? 0 : Double(matched) / Double(system.count),
            recall: gold.isEmpty ? 0 : Double(matched) / Double(gold.count),
            accuracy: gold.isEmpty ? 0 : Double(correct) / Double(gold.count),
            goldCount: gold.count, systemCount: system.count, errors: errors.sorted())
    }
}
