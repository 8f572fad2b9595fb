import Dispatch

extension MapPipeline {
    /// `transform` applied to every document that `read` hands over, batch by batch, on `jobs`
    /// worker threads; `write` gets each batch's results in input order.
    ///
    /// For input too long to hold at once (`map --format geojsonseq`). The workers live for the
    /// whole stream and up to `batchesInFlight` batches are under way at once, so the workers
    /// keep going while this thread reads the next batch and writes the last one; a batch is
    /// written once all of its documents are done, so memory stays bounded by those batches.
    ///
    /// When `read` throws (a bad line in the input), the batches it had already handed over are
    /// finished and written before the error is rethrown: everything read before the error is
    /// in the output, as when the batches were done one at a time. When `write` throws, the
    /// workers stop and the error is rethrown.
    ///
    /// - Parameters:
    ///   - read: calls its argument with each batch in turn, as `DocumentReader.stream` does.
    ///   - transform: the work for one document, run on any worker thread.
    ///   - write: takes the results of one batch, in document order, on this thread.
    public static func mapStream<Result: Sendable>(
        jobs: Int, batchesInFlight: Int = 3,
        read: (_ batch: ([Document]) throws -> Void) throws -> Void,
        transform: @escaping @Sendable (Document) -> Result,
        write: ([Result]) throws -> Void
    ) throws {
        try mapStream(jobs: jobs, batchesInFlight: batchesInFlight, longestRun: 1, read: read,
                      transformRun: { $0.map(transform) }, write: write)
    }

    /// `mapStream` with work done on runs of consecutive documents of a batch, as
    /// `analyse(run:)` does it: each worker claims up to `longestRun` documents at a time (fewer
    /// when a batch is too small to give every worker a run).
    /// - Parameter transformRun: the work for a run of documents, one result per document in
    ///   order, run on any worker thread.
    public static func mapStream<Result: Sendable>(
        jobs: Int, batchesInFlight: Int = 3, longestRun: Int = MapPipeline.runLength,
        read: (_ batch: ([Document]) throws -> Void) throws -> Void,
        transformRun: @escaping @Sendable (ArraySlice<Document>) -> [Result],
        write: ([Result]) throws -> Void
    ) throws {
        // `read` calls back into `write` only while it runs, so `write` does not really escape.
        try withoutActuallyEscaping(write) { write in
            try stream(jobs: jobs, batchesInFlight: batchesInFlight, longestRun: longestRun, read: read,
                       transform: transformRun, write: write)
        }
    }

    private static func stream<Result: Sendable>(
        jobs: Int, batchesInFlight: Int, longestRun: Int,
        read: (_ batch: ([Document]) throws -> Void) throws -> Void,
        transform: @escaping @Sendable (ArraySlice<Document>) -> [Result],
        write: @escaping ([Result]) throws -> Void
    ) throws {
        precondition(jobs >= 1 && batchesInFlight >= 1, "jobs and batchesInFlight must be at least 1")
        guard jobs > 1 else {
            try read { batch in try write(mapRuns(batch, jobs: 1, runLength: longestRun, progress: nil, transform)) }
            return
        }
        let queue = BatchQueue<Result>(workers: jobs, longestRun: longestRun)
        let workers = DispatchGroup()
        for _ in 0..<jobs {
            DispatchQueue.global().async(group: workers) { queue.work(transform) }
        }
        defer {
            queue.close()
            workers.wait()
        }
        var readError: Error?
        do {
            try read { batch in
                guard !batch.isEmpty else { return }
                queue.add(batch)
                guard queue.count >= batchesInFlight else { return }
                do {
                    try write(queue.takeOldest())
                } catch {
                    throw WriteFailure(error: error)
                }
            }
        } catch let failure as WriteFailure {
            throw failure.error
        } catch {
            readError = error
        }
        while queue.count > 0 { try write(queue.takeOldest()) }
        if let readError { throw readError }
    }
}

/// An error of `mapStream`'s `write`, carried through `read` so that it is not taken for a read
/// error (after which the batches in flight would still be written).
private struct WriteFailure: Error {
    let error: Error
}
