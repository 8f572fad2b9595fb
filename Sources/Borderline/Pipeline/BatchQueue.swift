import Foundation

/// The batches a stream has read but not yet written, oldest first, shared by the reading thread
/// and the worker threads: workers claim runs of documents (see `MapPipeline.analyse(run:)`) one
/// at a time across all of them, so the next batch is under way while the last run of the oldest
/// one finishes, and no worker waits at a batch's end for the slowest run.
final class BatchQueue<Result>: @unchecked Sendable {
    /// One batch: its documents and, by index, the results filled in so far.
    private final class Batch {
        let documents: [Document]
        /// How many documents a worker claims at a time in this batch.
        let runLength: Int
        var results: [Result?]
        var claimed = 0
        var done = 0

        init(_ documents: [Document], runLength: Int) {
            self.documents = documents
            self.runLength = runLength
            results = Array(repeating: nil, count: documents.count)
        }
    }

    /// The number of workers, and the longest run one claims.
    private let workers: Int
    private let longestRun: Int
    private let condition = NSCondition()
    private var batches: [Batch] = []
    /// The first batch with a document no worker has claimed yet.
    private var claimable = 0
    private var closed = false

    /// Batches added and not yet taken back.
    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return batches.count
    }

    /// A queue for `workers` workers that claim runs of up to `longestRun` documents.
    init(workers: Int, longestRun: Int) {
        self.workers = max(1, workers)
        self.longestRun = max(1, longestRun)
    }

    /// Queues a batch for the workers, in runs short enough that every worker gets one.
    func add(_ documents: [Document]) {
        let runLength = min(longestRun, max(1, (documents.count + workers - 1) / workers))
        condition.lock()
        batches.append(Batch(documents, runLength: runLength))
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every document of the oldest batch is done, removes it and returns its
    /// results in document order.
    func takeOldest() -> [Result] {
        condition.lock()
        defer { condition.unlock() }
        while batches[0].done < batches[0].documents.count { condition.wait() }
        let batch = batches.removeFirst()
        claimable -= 1
        return batch.results.map { $0! }
    }

    /// Lets the workers return once the documents they hold are done: no more batches come, and
    /// the documents not yet claimed are left alone.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// A worker's loop: claims the next run of documents, runs `transform` on it (which gives one
    /// result per document), stores the results; returns when the queue is closed.
    func work(_ transform: (ArraySlice<Document>) -> [Result]) {
        condition.lock()
        while true {
            while !closed && claimable == batches.count { condition.wait() }
            if closed { break }
            let batch = batches[claimable]
            let run = batch.claimed..<min(batch.claimed + batch.runLength, batch.documents.count)
            batch.claimed = run.upperBound
            if batch.claimed == batch.documents.count { claimable += 1 }
            condition.unlock()
            let results = transform(batch.documents[run])
            precondition(results.count == run.count, "a run's transform gives one result per document")
            condition.lock()
            for (index, result) in zip(run, results) { batch.results[index] = result }
            batch.done += run.count
            if batch.done == batch.documents.count { condition.broadcast() }
        }
        condition.unlock()
    }
}
