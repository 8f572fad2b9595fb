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
/// they are combined, so the output is the same whatever the number of workers.
public struct MapPipeline: Sendable {
    public let gazetteer: Gazetteer
    public let finder: MentionFinder
    public let resolver: Resolver
    public let claimChecker: ClaimChecker
    public let eventExtractor: EventExtractor
    /// Border measurements already made, shared by every copy of the pipeline and its workers.
    private let borderDistances: BorderDistances

    /// Prepares the pipeline (building the name index takes most of the time).
    /// - Parameter index: a name index already built for `gazetteer`, to share it.
    public init(gazetteer: Gazetteer, index: NameIndex? = nil) {
        self.gazetteer = gazetteer
        self.finder = MentionFinder(gazetteer: gazetteer, index: index)
        self.resolver = Resolver(gazetteer: gazetteer)
        self.claimChecker = ClaimChecker(gazetteer: gazetteer)
        self.eventExtractor = EventExtractor(gazetteer: gazetteer)
        self.borderDistances = BorderDistances(gazetteer: gazetteer)
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

    /// Analyses `documents` on `jobs` worker threads, in input order.
    /// - Parameter progress: called after each document with the number done so far (from any thread).
    public func analyse(_ documents: [Document], jobs: Int = 1, progress: (@Sendable (Int) -> Void)? = nil) -> [DocumentAnalysis] {
        Self.map(documents, jobs: jobs, progress: progress) { analyse($0) }
    }

    /// `transform` applied to every document on `jobs` worker threads, results in input order:
    /// for work that belongs with the analysis, such as turning it into output records.
    public static func map<Result: Sendable>(
        _ documents: [Document], jobs: Int, progress: (@Sendable (Int) -> Void)? = nil,
        _ transform: @Sendable (Document) -> Result
    ) -> [Result] {
        guard jobs > 1, documents.count > 1 else {
            return documents.enumerated().map { offset, document in
                defer { progress?(offset + 1) }
                return transform(document)
            }
        }
        let results = ResultSlots<Result>(count: documents.count)
        let claimed = ResultSlots<Int>(count: 1)
        let done = ResultSlots<Int>(count: 1)
        let workers = min(jobs, documents.count)
        // Each worker claims the next unanalysed document until none is left, so a slow document
        // or a worker thread that starts late does not leave the others idle.
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = claimed.increment() - 1
                guard index < documents.count else { break }
                results.set(index, transform(documents[index]))
                if let progress { progress(done.increment()) }
            }
        }
        return results.values()
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
