import Foundation

/// The batches a stream has read but not yet written, oldest first, shared by the reading thread
/// and the worker threads: workers claim documents one at a time across all of them, so the
/// next batch is under way while the last documents of the oldest one finish, and no worker waits
/// at a batch's end for the slowest document.
final class BatchQueue<Result>: @unchecked Sendable {
    /// One batch: its documents and, by index, the results filled in so far.
    private final class Batch {
        let documents: [Document]
        var results: [Result?]
        var claimed = 0
        var done = 0

        init(_ documents: [Document]) {
            self.documents = documents
            results = Array(repeating: nil, count: documents.count)
        }
    }

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

    /// Queues a batch for the workers.
    func add(_ documents: [Document]) {
        condition.lock()
        batches.append(Batch(documents))
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

    /// A worker's loop: claims the next document, runs `transform` on it, stores the result;
    /// returns when the queue is closed.
    func work(_ transform: (Document) -> Result) {
        condition.lock()
        while true {
            while !closed && claimable == batches.count { condition.wait() }
            if closed { break }
            let batch = batches[claimable]
            let index = batch.claimed
            batch.claimed += 1
            if batch.claimed == batch.documents.count { claimable += 1 }
            condition.unlock()
            let result = transform(batch.documents[index])
            condition.lock()
            batch.results[index] = result
            batch.done += 1
            if batch.done == batch.documents.count { condition.broadcast() }
        }
        condition.unlock()
    }
}
