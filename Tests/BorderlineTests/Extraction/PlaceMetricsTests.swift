import Borderline
import Foundation
import Testing

/// Mention finding and resolution measured against hand-checked gold annotations
/// (Fixtures/Places; see its README for what counts as a mention).
@Suite("Place metrics")
struct PlaceMetricsTests {
    static let threshold = 0.95

    @Test("seed articles: precision, recall and resolution accuracy ≥ 0.95")
    func seeds() throws {
        let gold = try GoldMention.read(PlaceFixture.url("seed_gold.tsv"))
        let names = Set(gold.map(\.document)).sorted()
        let documents = try names.map { name in
            let url = PlaceFixture.root.appendingPathComponent("seeds/\(name).txt")
            return Document(id: name, source: url.path, text: try String(contentsOf: url, encoding: .utf8))
        }
        let scores = PlaceScores.score(gold: gold, documents: documents, pipeline: PlaceFixture.pipeline)
        print("places, seed articles: \(scores)")
        for error in scores.errors { print("  \(error)") }
        #expect(scores.precision >= Self.threshold)
        #expect(scores.recall >= Self.threshold)
        #expect(scores.accuracy >= Self.threshold)
    }

    @Test("written sentences: precision, recall and resolution accuracy ≥ 0.95")
    func sentences() throws {
        let gold = try GoldMention.read(PlaceFixture.url("sentences_gold.tsv"))
        let text = try String(contentsOf: PlaceFixture.url("sentences.jsonl"), encoding: .utf8)
        let documents = try text.split(separator: "\n").map { line -> Document in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: String]
            return Document(id: object["id"]!, source: "sentences.jsonl", text: object["text"]!)
        }
        #expect(documents.count >= 60)
        let scores = PlaceScores.score(gold: gold, documents: documents, pipeline: PlaceFixture.pipeline)
        print("places, written sentences: \(scores)")
        for error in scores.errors { print("  \(error)") }
        #expect(scores.precision >= Self.threshold)
        #expect(scores.recall >= Self.threshold)
        #expect(scores.accuracy >= Self.threshold)
    }

    @Test("every gold id exists and its admin1 and country agree with the gazetteer")
    func goldIsConsistent() throws {
        for file in ["seed_gold.tsv", "sentences_gold.tsv"] {
            for item in try GoldMention.read(PlaceFixture.url(file)) {
                guard let id = Int(item.expected) else {
                    #expect(["ambiguous", "unresolvable"].contains(item.expected), "\(file): \(item.expected)")
                    continue
                }
                let place = try #require(PlaceFixture.gazetteer.place(geonameID: id), "\(file): no entry \(id)")
                #expect(place.admin1Key == item.admin1 && place.countryCode == item.country, "\(file): \(item.surface)")
            }
        }
    }
}
