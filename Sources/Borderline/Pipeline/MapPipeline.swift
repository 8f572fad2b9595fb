import Dispatch

/// What the pipeline found in one document.
public struct DocumentAnalysis: Sendable {
    public var document: Document
    /// Every mention, resolved or not, in text order.
    public var mentions: [ResolvedMention]
    /// Every checkable statement, measured and judged, in text order.
    public var claims: [CheckedClaim]
    /// The events the document reports, before merging across documents.
    public var events: [Event]
}

/// The result of running the pipeline over a set of documents.
public struct MapResult: Sendable {
    public var documents: [Document]
    /// Every mention, resolved or not, by document (in input order) then text order.
    public var mentions: [ResolvedMention]
    /// Each resolved place once, by GeoNames id, with its border distance.
    public var places: [PlaceMeasurement]
    /// Every checked claim, by document then text order.
    public var claims: [CheckedClaim]
    /// Every event, one per happening: reports that agree on type, place and date are merged.
    public var events: [Event]
}

/// Documents in, places measured, claims judged and events coded: extraction, resolution,
/// measurement, verification and event coding in order.
///
/// Each document is analysed on its own (a pure function of the document and the gazetteer),
/// so documents can be spread over worker threads; results are put back in input order before
/// they are combined, so the output is the same whatever the number of workers. Many documents
/// are analysed in runs, stage by stage (`analyse(run:)`), which gives the same results faster.
public struct MapPipeline: Sendable {
    public let gazetteer: Gazetteer
    public let finder: MentionFinder
    public let resolver: Resolver
    public let claimChecker: ClaimChecker
    public let eventExtractor: EventExtractor
    /// Border measurements already made, shared by every copy of the pipeline and its workers,
    /// and with the claim checker, which measures the places its border distance claims name.
    private let borderDistances: BorderDistances

    /// Prepares the pipeline (building the name index takes most of the time).
    /// - Parameter index: a name index already built for `gazetteer`, to share it.
    public init(gazetteer: Gazetteer, index: NameIndex? = nil) {
        self.gazetteer = gazetteer
        self.finder = MentionFinder(gazetteer: gazetteer, index: index)
        self.resolver = Resolver(gazetteer: gazetteer)
        self.claimChecker = ClaimChecker(gazetteer: gazetteer)
        self.eventExtractor = EventExtractor(gazetteer: gazetteer)
        self.borderDistances = claimChecker.borderDistances
    }

    /// Every stage for one document. The text is decoded and split into sentences once, at the
    /// breaks the finder's scan records, and the stages share it.
    public func analyse(_ document: Document) -> DocumentAnalysis {
        let scan = finder.scan(document)
        let text = DocumentText(document.text, sentenceBreaks: scan.sentenceBreaks, byteOffsets: scan.byteOffsets)
        let mentions = resolver.resolve(finder.mentions(in: document, scan: scan, text: text))
        return DocumentAnalysis(
            document: document, mentions: mentions, claims: claimChecker.check(document, text: text, mentions: mentions),
            events: eventExtractor.events(in: document, text: text, mentions: mentions, mentionsShareSentences: true))
    }

    /// How many documents a worker analyses together, stage by stage (`analyse(run:)`), when it
    /// has that many to do.
    public static let runLength = 64

    /// Every stage for a run of documents, stage by stage: the same analyses as `analyse(_:)`
    /// gives for each document in turn, made faster. Done document by document, each stage's code
    /// and tables are pushed out of the processor's caches (and its branch history overwritten)
    /// by the three other stages before the next document comes; stage by stage they stay warm
    /// for the whole run. On the bench corpus, runs of 64 documents took about 15% less CPU time
    /// than one document at a time. A run holds its documents' decoded text and mentions until
    /// its last stage, which for 64 news articles is about a megabyte.
    public func analyse(run documents: some Collection<Document>) -> [DocumentAnalysis] {
        var texts: [DocumentText] = []
        var found: [[Mention]] = []
        texts.reserveCapacity(documents.count)
        found.reserveCapacity(documents.count)
        for document in documents {
            let scan = finder.scan(document)
            let text = DocumentText(document.text, sentenceBreaks: scan.sentenceBreaks, byteOffsets: scan.byteOffsets)
            found.append(finder.mentions(in: document, scan: scan, text: text))
            texts.append(text)
        }
        var resolved: [[ResolvedMention]] = []
        resolved.reserveCapacity(documents.count)
        for offset in found.indices {
            // Moved out and handed over (`consume`), so that `resolve` takes the only reference
            // to its mentions: passed as a variable still alive, the array was retained for the
            // call, and `resolve`, which writes to it, copied every mention (and freed the copy
            // later), about 2% of the pipeline.
            var mentions: [Mention] = []
            swap(&mentions, &found[offset])
            resolved.append(resolver.resolve(consume mentions))
        }
        var claims: [[CheckedClaim]] = []
        claims.reserveCapacity(documents.count)
        // Counted by hand, not with `zip(0..., documents)`: the zip's iterator was left generic,
        // looking up type metadata for every document (about 1% of the pipeline).
        var offset = 0
        for document in documents {
            claims.append(claimChecker.check(document, text: texts[offset], mentions: resolved[offset]))
            offset += 1
        }
        var analyses: [DocumentAnalysis] = []
        analyses.reserveCapacity(documents.count)
        offset = 0
        for document in documents {
            let events = eventExtractor.events(in: document, text: texts[offset], mentions: resolved[offset], mentionsShareSentences: true)
            analyses.append(DocumentAnalysis(document: document, mentions: resolved[offset], claims: claims[offset], events: events))
            offset += 1
        }
        return analyses
    }

    /// Analyses `documents` on `jobs` worker threads, in input order.
    /// - Parameter progress: called after each run of documents with the number done so far (from
    ///   any thread).
    public func analyse(_ documents: [Document], jobs: Int = 1, progress: (@Sendable (Int) -> Void)? = nil) -> [DocumentAnalysis] {
        analyse(documents, jobs: jobs, progress: progress) { $0 }
    }

    /// Analyses `documents` on `jobs` worker threads and passes each analysis through `transform`
    /// on the worker that made it, for work that belongs with the analysis (such as turning it
    /// into output records); results in input order.
    /// - Parameter progress: called after each run of documents with the number done so far (from
    ///   any thread).
    public func analyse<Result: Sendable>(
        _ documents: [Document], jobs: Int = 1, progress: (@Sendable (Int) -> Void)? = nil,
        then transform: @Sendable (DocumentAnalysis) -> Result
    ) -> [Result] {
        Self.mapRuns(documents, jobs: jobs, runLength: Self.runLength(documents: documents.count, jobs: jobs), progress: progress) { run in
            analyse(run: run).map(transform)
        }
    }

    /// `transform` applied to every document on `jobs` worker threads, results in input order.
    /// - Parameter progress: called after each document with the number done so far (from any thread).
    public static func map<Result: Sendable>(
        _ documents: [Document], jobs: Int, progress: (@Sendable (Int) -> Void)? = nil,
        _ transform: @Sendable (Document) -> Result
    ) -> [Result] {
        mapRuns(documents, jobs: jobs, runLength: 1, progress: progress) { run in run.map(transform) }
    }

    /// The run length for `documents` documents on `jobs` workers: `runLength`, but short enough
    /// that each worker gets a few runs, so that a small input is still spread over all of them.
    static func runLength(documents: Int, jobs: Int) -> Int {
        jobs > 1 ? max(1, min(runLength, documents / (jobs * 4))) : runLength
    }

    /// `transform` applied to runs of up to `runLength` consecutive documents on `jobs` worker
    /// threads; the runs' results joined in input order.
    static func mapRuns<Result: Sendable>(
        _ documents: [Document], jobs: Int, runLength: Int, progress: (@Sendable (Int) -> Void)?,
        _ transform: @Sendable (ArraySlice<Document>) -> [Result]
    ) -> [Result] {
        let runLength = max(1, runLength)
        let runs = (documents.count + runLength - 1) / runLength
        @Sendable func run(_ number: Int) -> ArraySlice<Document> {
            documents[number * runLength..<min((number + 1) * runLength, documents.count)]
        }
        guard jobs > 1, runs > 1 else {
            var results: [Result] = []
            results.reserveCapacity(documents.count)
            for number in 0..<runs {
                let documents = run(number)
                results.append(contentsOf: transform(documents))
                progress?(documents.endIndex)
            }
            return results
        }
        let results = ResultSlots<[Result]>(count: runs)
        let claimed = ResultSlots<Int>(count: 1)
        let done = ResultSlots<Int>(count: 1)
        // Each worker claims the next run until none is left, so a slow run or a worker thread
        // that starts late does not leave the others idle.
        DispatchQueue.concurrentPerform(iterations: min(jobs, runs)) { _ in
            while true {
                let number = claimed.increment() - 1
                guard number < runs else { break }
                let documents = run(number)
                results.set(number, transform(documents))
                if let progress { progress(done.increment(by: documents.count)) }
            }
        }
        return results.values().flatMap { $0 }
    }

    /// Combines per-document analyses: places once each, measured to the border.
    public func combine(_ analyses: [DocumentAnalysis]) -> MapResult {
        let mentions = analyses.flatMap(\.mentions)
        return MapResult(
            documents: analyses.map(\.document), mentions: mentions, places: places(of: mentions),
            claims: analyses.flatMap(\.claims), events: EventMerger.merge(analyses.flatMap(\.events)))
    }

    /// The places `mentions` resolve to, once each in GeoNames-id order, each with its mentions
    /// in the order given and its border measurement.
    func places(of mentions: [ResolvedMention]) -> [PlaceMeasurement] {
        // The resolved mentions sorted by place, then cut into runs of one place: the order is
        // the same on every run, and no dictionary of arrays is built for each document. The
        // GeoNames id is read once per mention, not copied out of its `Place` at each comparison.
        let places = gazetteer.places
        var resolved: [(geonameID: Int, place: Int, mention: Int)] = []
        for offset in mentions.indices {
            if let index = mentions[offset].placeIndex { resolved.append((places[index].geonameID, index, offset)) }
        }
        resolved.sort { ($0.geonameID, $0.place, $0.mention) < ($1.geonameID, $1.place, $1.mention) }
        var measured: [PlaceMeasurement] = []
        var start = 0
        while start < resolved.count {
            let index = resolved[start].place
            var end = start + 1
            while end < resolved.count && resolved[end].place == index { end += 1 }
            measured.append(PlaceMeasurement(
                place: places[index], mentions: resolved[start..<end].map { mentions[$0.mention] },
                border: borderDistances.nearest(toPlace: index)))
            start = end
        }
        return measured
    }

    /// Runs every stage over `documents`.
    public func run(_ documents: [Document], jobs: Int = 1) -> MapResult {
        combine(analyse(documents, jobs: jobs))
    }
}
