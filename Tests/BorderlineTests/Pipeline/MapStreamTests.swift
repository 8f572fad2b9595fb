import Foundation
import Testing
@testable import Borderline

/// `MapPipeline.mapStream`: results come back batch by batch in input order for any number of
/// workers, and a read error still lets every batch read before it be written.
@Suite struct MapStreamTests {
    struct ReadFailure: Error {}
    struct WriteRefused: Error {}

    /// `count` documents in batches of `size`, as `DocumentReader.stream` hands them over.
    static func batches(_ count: Int, size: Int) -> [[Document]] {
        stride(from: 0, to: count, by: size).map { start in
            (start..<min(start + size, count)).map { Document(id: "d\($0)", source: "test:\($0)", text: String(repeating: "x", count: $0 % 7 + 1)) }
        }
    }

    /// A transform that takes longer on some documents, so workers finish out of order.
    @Sendable static func slowly(_ document: Document) -> String {
        if document.text.count % 3 == 0 { usleep(200) }
        return document.id
    }

    @Test(arguments: [1, 2, 3, 5])
    func resultsComeBackInInputOrderBatchByBatch(jobs: Int) throws {
        let batches = Self.batches(200, size: 9)
        var written: [[String]] = []
        try MapPipeline.mapStream(jobs: jobs) { body in
            for batch in batches { try body(batch) }
        } transform: { Self.slowly($0) } write: { written.append($0) }
        #expect(written == batches.map { $0.map(\.id) })
    }

    @Test(arguments: [1, 2, 4])
    func aReadErrorIsRethrownAfterTheBatchesReadBeforeItAreWritten(jobs: Int) throws {
        let batches = Self.batches(50, size: 4)
        var written: [[String]] = []
        #expect(throws: ReadFailure.self) {
            try MapPipeline.mapStream(jobs: jobs, batchesInFlight: 3) { body in
                for batch in batches.prefix(7) { try body(batch) }
                throw ReadFailure()
            } transform: { Self.slowly($0) } write: { written.append($0) }
        }
        #expect(written == batches.prefix(7).map { $0.map(\.id) })
    }

    @Test(arguments: [1, 2, 4])
    func aWriteErrorStopsTheStream(jobs: Int) throws {
        let batches = Self.batches(60, size: 4)
        var written: [[String]] = []
        var offered = 0
        #expect(throws: WriteRefused.self) {
            try MapPipeline.mapStream(jobs: jobs) { body in
                for batch in batches {
                    offered += 1
                    try body(batch)
                }
            } transform: { Self.slowly($0) } write: { results in
                guard written.count < 2 else { throw WriteRefused() }
                written.append(results)
            }
        }
        #expect(written == batches.prefix(2).map { $0.map(\.id) })
        #expect(offered < batches.count, "reading stops at the write error")
    }
    @Test(arguments: [(1, 1), (1, 5), (2, 5), (3, 64), (4, 3)])
    func runsAreConsecutiveDocumentsOfOneBatchNoLongerThanAsked(jobs: Int, longestRun: Int) throws {
        let batches = Self.batches(157, size: 23)
        var written: [[String]] = []
        let runs = LockedList<[String]>()
        try MapPipeline.mapStream(jobs: jobs, longestRun: longestRun) { body in
            for batch in batches { try body(batch) }
        } transformRun: { documents in
            runs.append(documents.map(\.id))
            return documents.map { Self.slowly($0) }
        } write: { written.append($0) }
        #expect(written == batches.map { $0.map(\.id) })
        let batchOf = Dictionary(uniqueKeysWithValues: batches.enumerated().flatMap { number, batch in batch.map { ($0.id, number) } })
        let all = runs.all
        #expect(all.reduce(0) { $0 + $1.count } == 157)
        for run in all {
            #expect(!run.isEmpty && run.count <= longestRun)
            #expect(Set(run.map { batchOf[$0]! }).count == 1, "a run stays within its batch")
            let numbers = run.map { Int($0.dropFirst())! }
            #expect(numbers == Array(numbers[0]..<numbers[0] + numbers.count), "a run is consecutive documents")
        }
    }
}
