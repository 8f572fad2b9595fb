import Foundation
import Testing
@testable import Borderline

/// `MapPipeline.analyse(run:)` analyses documents stage by stage for speed: its analyses must be
/// exactly those of `analyse(_:)` document by document, and the parallel paths built on it must
/// keep input order whatever the number of workers.
@Suite struct AnalysisRunTests {
    /// The seed articles, the place and claim test sentences (about 150 documents, so more than
    /// one run), an empty document and one in Cyrillic.
    static let documents: [Document] = {
        let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        let (read, _) = try! DocumentReader().read([
            PlaceFixture.root.appendingPathComponent("seeds").path,
            fixtures.appendingPathComponent("Places/sentences.jsonl").path,
            fixtures.appendingPathComponent("Claims/claim_sentences.jsonl").path,
        ])
        return read + [
            Document(id: "empty", source: "test", text: ""),
            Document(id: "cyrillic", source: "test", text: "Белгород обстреляли в пятницу. Drones struck Sudzha, 10 km from the border, on 3 May 2024."),
        ]
    }()

    /// What one document's analysis says, in a form that compares whole.
    struct Summary: Hashable {
        var id: String
        var mentions: [ResolvedMention]
        var claims: [CheckedClaim]
        var events: [Event]

        init(_ analysis: DocumentAnalysis) {
            id = analysis.document.id
            mentions = analysis.mentions
            claims = analysis.claims
            events = analysis.events
        }
    }

    static let oneByOne: [Summary] = documents.map { Summary(PlaceFixture.pipeline.analyse($0)) }

    @Test func theFixturesMakeSeveralRunsWithWorkInEachStage() {
        #expect(Self.documents.count > 2 * MapPipeline.runLength)
        #expect(Self.oneByOne.reduce(0) { $0 + $1.mentions.count } > 200)
        #expect(Self.oneByOne.reduce(0) { $0 + $1.claims.count } > 50)
        #expect(Self.oneByOne.reduce(0) { $0 + $1.events.count } > 20)
    }

    @Test func aRunGivesTheAnalysesOfItsDocumentsOneByOne() {
        let run = PlaceFixture.pipeline.analyse(run: Self.documents).map(Summary.init)
        #expect(run == Self.oneByOne)
        // A run that is a slice in the middle of the array, and a run of one.
        let middle = PlaceFixture.pipeline.analyse(run: Self.documents[5..<40]).map(Summary.init)
        #expect(middle == Array(Self.oneByOne[5..<40]))
        #expect(PlaceFixture.pipeline.analyse(run: Self.documents.suffix(1)).map(Summary.init) == [Self.oneByOne.last!])
        #expect(PlaceFixture.pipeline.analyse(run: [Document]()).isEmpty)
    }

    @Test(arguments: [1, 2, 3])
    func analysingInRunsOnWorkersKeepsInputOrder(jobs: Int) {
        let reported = LockedList<Int>()
        let analyses = PlaceFixture.pipeline.analyse(Self.documents, jobs: jobs) { done in
            reported.append(done)
        }
        #expect(analyses.map(Summary.init) == Self.oneByOne)
        let progress = reported.all.sorted()
        #expect(progress.last == Self.documents.count)
        #expect(progress.count == (Self.documents.count + MapPipeline.runLength(documents: Self.documents.count, jobs: jobs) - 1)
            / MapPipeline.runLength(documents: Self.documents.count, jobs: jobs))
    }

    @Test func runsAreShortEnoughForEveryWorkerToGetSome() {
        #expect(MapPipeline.runLength(documents: 24_418, jobs: 1) == 64)
        #expect(MapPipeline.runLength(documents: 24_418, jobs: 2) == 64)
        #expect(MapPipeline.runLength(documents: 3, jobs: 1) == 64)
        #expect(MapPipeline.runLength(documents: 100, jobs: 2) == 12)
        #expect(MapPipeline.runLength(documents: 5, jobs: 4) == 1)
    }
}
