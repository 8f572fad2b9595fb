@testable import Borderline
import Foundation
import Testing

/// The finder tells the resolver which candidates bear a mention's surface as their main name
/// (`Mention.MainNames`, from the name index); the resolver compares folded names only when it
/// does not. Both must give the same answer for every candidate.
@Suite("Main names from the index")
struct MainNameTests {
    @Test("the index's answer is the name comparison's, over the seeds and the fixtures")
    func agreesWithComparison() throws {
        let folders = [PlaceFixture.root.appendingPathComponent("seeds").path,
                       PlaceFixture.url("sentences.jsonl").path,
                       try TestPaths.fixture("Claims/claim_sentences.jsonl").path,
                       try TestPaths.fixture("BadInput").path]
        let documents = try DocumentReader().read(folders).documents
        let pipeline = PlaceFixture.pipeline
        var known = 0, unknown = 0
        for document in documents {
            for mention in pipeline.finder.mentions(in: document) where !mention.candidates.isEmpty {
                if mention.mainNames.contains(0) == nil { unknown += 1 } else { known += 1 }
                for k in mention.candidates.indices {
                    guard let answer = mention.mainNames.contains(k) else { continue }
                    #expect(answer == pipeline.resolver.comparesAsMainName(mention, candidate: k),
                            "\(document.id) \(mention.start): \(mention.surface), candidate \(mention.candidates[k])")
                }
            }
        }
        // Most mentions come with the answer; region phrases and inflected words do not.
        print("main names known for \(known) mentions, compared for \(unknown)")
        #expect(known > 3 * unknown && unknown > 0)
    }

    @Test("changing the surface or the candidates forgets the answer")
    func forgottenOnChange() throws {
        let document = Document(id: "d", source: "test", text: "Shelling hit Kharkiv and Sumy on Monday.")
        let mentions = PlaceFixture.pipeline.finder.mentions(in: document)
        let mention = try #require(mentions.first)
        #expect(mention.mainNames.contains(0) != nil)
        var renamed = mention
        renamed.surface = "Kharkiv region"
        #expect(renamed.mainNames.contains(0) == nil)
        var narrowed = mention
        narrowed.candidates.removeLast()
        #expect(narrowed.mainNames.contains(0) == nil)
        #expect(renamed != mention && narrowed != mention)
    }
}
