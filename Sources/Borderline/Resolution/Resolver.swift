import Foundation

/// Decides which gazetteer entry each mention of a document means, using the document itself.
///
/// Every candidate gets a score; the parts of the score that favour the winner become the reason.
/// - Feature weight: a country 6, an admin1 region 2 (5 when named as a region: "Kursk
///   region"), a populated place log10(population + 1);
///   "the town of X" removes regions and countries.
/// - The border region first: entries in Russia, Ukraine or Belarus +2; within 400 km of the
///   Russia–Ukraine border +1. The main GeoNames name as written +0.5.
/// - Country and region cues: a possessive ("Russia's Belgorod") +4 when the candidate is in
///   that country or region, −4 when not; a container ("Bryansk in Ukraine", "Sudzha, Kursk
///   region") +3 / −1.5; a demonym in the sentence ("Ukrainian") +0.5; a country named in the
///   same sentence +0.75 (elsewhere in the document +0.25); a region named in the document
///   that contains the candidate +1.
/// - Spatial coherence: +1.5 within 200 km of a place the document names unambiguously, +0.5
///   within 800 km.
/// - Relation phrases: "south of Chernihiv" +4 when the candidate lies within 150 km of the
///   anchor and within 60° of that bearing, −4 otherwise; "near Kharkiv" +4 within 50 km.
///
/// Resolution runs twice: the first pass resolves on weight and sentence cues alone, the second
/// adds what the first pass resolved (possessors, containers, anchors, coherence). The best
/// candidate is chosen when it leads every candidate more than 25 km away by at least 1 point.
/// Otherwise the mention is ambiguous and the best three are reported; when a relation phrase
/// rules out every candidate, or nothing in the gazetteer bears the name, it is unknown.
/// Confidence is the best candidate's softmax share of the scores, with an extra "a place the
/// gazetteer lacks" alternative scored 4 (about a village of 1,000 people in the border region),
/// so a lone small village is never reported as certain.
public struct Resolver: Sendable {
    public let gazetteer: Gazetteer
    private let geodesic = Geodesic.wgs84
    /// Unit vectors, weights, kinds, code identities and folded names of the entries
    /// (`ResolverEntries`). Whether each entry lies within `nearBorderKm` of the border is worked
    /// out once for the whole gazetteer: a few tens of milliseconds with the border index
    /// (entries far from the line are ruled out by its bounds at once), and then worker threads
    /// share a plain read-only table instead of a memo behind a lock that both would contend for.
    private let table: ResolverEntries
    /// The names and descriptions reasons quote, as UTF-8 (`ReasonTexts`).
    private let texts: ReasonTexts

    static let countryWeight = 6.0, admin1Weight = 2.0, namedRegionWeight = 5.0, regionBonus = 2.0, nearBorderBonus = 1.0
    static let nearBorderKm = 400.0, mainNameBonus = 0.5
    static let possessorBonus = 4.0, containerBonus = 3.0, containerPenalty = 1.5, demonymBonus = 0.5
    static let sentenceCountryBonus = 0.75, documentCountryBonus = 0.25, documentRegionBonus = 1.0
    static let coherenceNearKm = 200.0, coherenceNearBonus = 1.5, coherenceFarKm = 800.0, coherenceFarBonus = 0.5
    static let relationBonus = 4.0, relationMaxKm = 150.0, relationSectorDegrees = 60.0, nearKm = 50.0
    static let decisiveGap = 1.0, sameSpotKm = 25.0, anchorGap = 2.0, unlistedScore = 4.0

    /// The distance limits above as brackets on the angle between points (`DistanceBracket`),
    /// kept in the resolver rather than as statics: each read of a static is a call to check it
    /// is set up, and scoring reads them for every candidate.
    private let coherenceNear = DistanceBracket(km: Resolver.coherenceNearKm), coherenceFar = DistanceBracket(km: Resolver.coherenceFarKm)
    private let sameSpot = DistanceBracket(km: Resolver.sameSpotKm)
    private let relationReach = DistanceBracket(km: Resolver.relationMaxKm), nearReach = DistanceBracket(km: Resolver.nearKm)

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        let nearBorder = gazetteer.places.indices.map {
            gazetteer.isNearBorder(gazetteer.places[$0].coordinate, withinKm: Self.nearBorderKm)
        }
        self.table = ResolverEntries(gazetteer.places, nearBorder: nearBorder)
        self.texts = ReasonTexts(gazetteer.places)
    }

    /// A confidently resolved place, once per point: the first mention that placed it there and
    /// how many did (a place named a thousand times is one anchor, not a thousand). The point is
    /// that of entry `position` (the first mention's), read only for an exact distance: each
    /// entry is a cache miss, and the unit vector settles most questions.
    struct Anchor {
        var unit: SIMD3<Double>
        var position: Int
        var firstMention: Int
        var count: Int
    }

    /// What the first pass established about the document. Countries and regions are kept as
    /// entry positions and compared field by field, so no key string is built or hashed.
    struct DocumentContext {
        var placeByStart = PlaceByStart()
        /// Resolved countries (`ResolverEntries.Entry.country`) with the sentence of the mention,
        /// in order of sentence (`sortCountries`), so that a mention finds those of its own
        /// sentence by a search by halves (`countries(inSentence:)`).
        var countries: [(country: Int32, sentence: Int)] = []
        /// The identities of the resolved countries, so a candidate's country is found named in
        /// the document by one bit test: every candidate asks, and searching `countries` for it
        /// (one entry per country mention) cost a mispredicted branch or two per candidate.
        /// And the admin1 identities (`ResolverEntries.Entry.admin1`) of resolved admin1 regions,
        /// after them (`regionBit`): scoring asks about every place candidate, which a list of
        /// the regions answered by a search. One set holds both, so a document that names a
        /// country and a region allocates its bits once, not once for each.
        var identityBits = IdentityBits()
        /// Where the regions' bits start in `identityBits`: past every country identity.
        var firstRegionBit: Int32 = 0

        /// The bit of admin1 identity `admin1` in `identityBits`.
        @inline(__always)
        func regionBit(_ admin1: Int32) -> Int32 { firstRegionBit + admin1 }

        /// Puts `countries` in order of sentence. The finder gives a document's mentions in order
        /// of position, so the list is in order already and this only checks that it is.
        mutating func sortCountries() {
            for index in countries.indices.dropFirst() where countries[index].sentence < countries[index - 1].sentence {
                countries.sort { $0.sentence < $1.sentence }
                return
            }
        }

        /// Where `countries(inSentence:cursor:)` last looked: the sentence and its countries.
        /// Every country after `range` is of a later sentence: so it is at first past the last
        /// country, as if after every sentence (`cursorAfterLastSentence`).
        struct CountryCursor {
            var sentence: Int
            var range: Range<Int>
        }

        /// A cursor for `countries(inSentence:cursor:)` placed after every sentence.
        func cursorAfterLastSentence() -> CountryCursor {
            CountryCursor(sentence: .max, range: countries.count..<countries.count)
        }

        /// The countries resolved in sentence `sentence`: their range in `countries`, which
        /// `sortCountries` put in order of sentence. Mentions ask in reverse order
        /// (`decideAll`), so their sentences descend as a rule and come two or three to a
        /// sentence: the range of the last sentence asked about is kept in `cursor` and given
        /// again for the same sentence, and the search for an earlier one goes back from where
        /// that range starts (for a later one, from the end).
        func countries(inSentence sentence: Int, cursor: inout CountryCursor) -> Range<Int> {
            if sentence == cursor.sentence { return cursor.range }
            var end = sentence < cursor.sentence ? cursor.range.lowerBound : countries.count
            while end > 0 && countries[end - 1].sentence > sentence { end -= 1 }
            var start = end
            while start > 0 && countries[start - 1].sentence == sentence { start -= 1 }
            cursor = CountryCursor(sentence: sentence, range: start..<end)
            return start..<end
        }

        /// Anchors in first-mention order, so iteration does not depend on hashing.
        var anchors: [Anchor] = []
        /// The anchors' unit vectors, in the same order, four to a `UnitQuad`: coherence scans
        /// them for every candidate, four dot products at a time.
        var quads: [UnitQuad] = []
        /// The first anchor with each unit vector, only once there are too many anchors to
        /// search in turn.
        var anchorByUnit: [SIMD3<Double>: Int]?
        static let anchorsSearchedInTurn = 32
        /// One bit for each anchor's unit vector (`filterBit`): a unit vector whose bit is clear
        /// is no anchor's, so `addAnchor` searches for it only when its bit is set. Nearly every
        /// anchor is a new point, which the search in turn compared with every anchor before it.
        var unitFilter: UInt64 = 0

        /// The bit of `unitFilter` for `unit`, chosen by its x coordinate (equal vectors have
        /// equal x; adding 0 makes −0 the +0 it equals, so equal coordinates have one bit pattern).
        @inline(__always)
        static func filterBit(_ unit: SIMD3<Double>) -> UInt64 {
            1 << ((unit.x + 0).bitPattern &* 0x9E37_79B9_7F4A_7C15 >> 58)
        }

        /// Counts one more mention placed at entry `position`, whose unit vector is `unit`, a new
        /// anchor when none is at its point yet. Equal points have equal unit vectors, so anchors
        /// are found by unit vector and the coordinates read only to confirm a match with another
        /// entry; distinct points that share a unit vector are told apart by a search in turn.
        /// The usual case, a point whose filter bit is clear while the anchors are still searched
        /// in turn, is all this does itself, so that it is inlined into the first pass;
        /// `addAnchor(searching:)` does the rest.
        mutating func addAnchor(_ position: Int, unit: SIMD3<Double>, mention: Int, _ places: UnsafeBufferPointer<Place>) {
            let bit = Self.filterBit(unit)
            if unitFilter & bit == 0 && anchorByUnit == nil && anchors.count < Self.anchorsSearchedInTurn {
                unitFilter |= bit
                appendAnchor(position, unit: unit, mention: mention)
            } else {
                addAnchor(searching: position, unit: unit, mention: mention, places)
            }
        }

        /// `addAnchor` when the point may be an anchor's already, or the anchors are many.
        private mutating func addAnchor(searching position: Int, unit: SIMD3<Double>, mention: Int, _ places: UnsafeBufferPointer<Place>) {
            func isHere(_ anchor: Anchor) -> Bool {
                anchor.unit == unit && (anchor.position == position || places[anchor.position].coordinate == places[position].coordinate)
            }
            let bit = Self.filterBit(unit)
            let found: Int?
            if unitFilter & bit == 0 {
                found = nil
            } else if let byUnit = anchorByUnit {
                if let first = byUnit[unit] {
                    found = isHere(anchors[first]) ? first : anchors.firstIndex(where: isHere)
                } else {
                    found = nil
                }
            } else {
                found = anchors.firstIndex(where: isHere)
            }
            if let found {
                anchors[found].count += 1
                return
            }
            if anchorByUnit == nil && anchors.count >= Self.anchorsSearchedInTurn {
                var byUnit = [SIMD3<Double>: Int](minimumCapacity: 2 * anchors.count)
                for index in anchors.indices where byUnit[anchors[index].unit] == nil { byUnit[anchors[index].unit] = index }
                anchorByUnit = byUnit
            }
            if anchorByUnit?[unit] == nil { anchorByUnit?[unit] = anchors.count }
            unitFilter |= bit
            appendAnchor(position, unit: unit, mention: mention)
        }

        /// Adds a new anchor, at entry `position` with unit vector `unit`, first given by `mention`.
        private mutating func appendAnchor(_ position: Int, unit: SIMD3<Double>, mention: Int) {
            if anchors.count % 4 == 0 { quads.append(UnitQuad()) }
            quads[anchors.count / 4].set(lane: anchors.count % 4, unit)
            anchors.append(Anchor(unit: unit, position: position, firstMention: mention, count: 1))
        }

        /// An empty context, its bit sets made for `table`'s identities. It allocates nothing:
        /// `resolve` makes it outside the closures that fill it, and the compiler copies it
        /// there once, so the arrays get their room afterwards (`reserve(mentions:)`), while the
        /// copy's arrays are still the shared empty one (no reference counting to speak of).
        @inline(__always)
        init(_ table: ResolverEntries) {
            firstRegionBit = table.largestCountry + 1
            identityBits = IdentityBits(largest: firstRegionBit + table.largestAdmin1)
        }

        /// Room for the entries of a document of `mentions` mentions, so the arrays are not
        /// regrown (and copied) as the first pass fills them.
        mutating func reserve(mentions: Int) {
            placeByStart.entries.reserveCapacity(mentions)
            anchors.reserveCapacity(mentions)
            quads.reserveCapacity(mentions / 4 + 1)
        }

        /// The anchor given only by mention `index`, which must not support that mention itself.
        /// Anchors are added in mention order, so their first mentions ascend, and the mentions
        /// ask in reverse order (`decideAll`): `cursor` (`anchors.count` before the last mention)
        /// moves back past the anchors of later mentions and stays there for the next.
        func anchorExcluded(by index: Int, cursor: inout Int) -> Int? {
            while cursor > 0 && anchors[cursor - 1].firstMention > index { cursor -= 1 }
            let last = cursor - 1
            return last >= 0 && anchors[last].firstMention == index && anchors[last].count == 1 ? last : nil
        }
    }

    /// The entry each first-pass-resolved mention went to, by the mention's `start`. Mentions
    /// normally come in order of `start`, so a sorted array searched by halves does; a dictionary
    /// takes over when they do not (the last mention at a start wins either way). Each start is
    /// kept with its entry in one array, so that setting one is one append (one uniqueness and
    /// capacity check), not one per array.
    struct PlaceByStart {
        var entries: [(start: Int, position: Int)] = []
        var dictionary: [Int: Int]?

        /// Sets the entry of `start`: appended while starts ascend, the usual case, kept small
        /// (`setInDictionary` does the rest) so that it is inlined into the first pass, which
        /// called it for every resolved mention (some 58 instructions a call with the dictionary
        /// steps in it).
        mutating func set(_ start: Int, _ position: Int) {
            if dictionary == nil && (entries.isEmpty || entries[entries.count - 1].start < start) {
                entries.append((start, position))
            } else {
                setInDictionary(start, position)
            }
        }

        /// Sets the entry of `start` in the dictionary, made from the array the first time.
        private mutating func setInDictionary(_ start: Int, _ position: Int) {
            if dictionary == nil {
                var built: [Int: Int] = [:]
                for entry in entries { built[entry.start] = entry.position }
                dictionary = built
            }
            dictionary![start] = position
        }

        subscript(start: Int) -> Int? {
            if let dictionary { return dictionary[start] }
            var low = 0, high = entries.count
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].start < start { low = middle + 1 } else { high = middle }
            }
            return low < entries.count && entries[low].start == start ? entries[low].position : nil
        }
    }

    /// The entries a mention's cues point at, looked up once per mention rather than per candidate.
    struct Cues {
        var owner: Int?
        var container: Int?
        var anchor: Int?
    }

    /// Four anchors' unit vectors by coordinate (lane `k` of `x`, `y` and `z` is one vector), so
    /// that one pass of vector arithmetic gives four dot products. A lane no anchor fills holds
    /// the zero vector, whose dot product with anything is 0: below every bracket's cosines (all
    /// limits are well under a quarter of the way round the earth), so it is never near nor in
    /// reach, and never a largest dot product that matters.
    struct UnitQuad {
        var x = SIMD4<Double>(), y = SIMD4<Double>(), z = SIMD4<Double>()

        mutating func set(lane: Int, _ unit: SIMD3<Double>) {
            x[lane] = unit.x
            y[lane] = unit.y
            z[lane] = unit.z
        }

        /// The dot products of `q` (each coordinate repeated in a vector) with the four vectors,
        /// each summed as `(q * u).sum()` sums it, x + y first, then z, so bit for bit the same.
        /// Worked out as two halves of two lanes, one SSE register each: written on whole
        /// four-lane vectors, the compiler mixed lanes of different halves into scalar products
        /// and shuffles, some 22 instructions where 10 do.
        @inline(__always)
        func dots(_ qx: SIMD4<Double>, _ qy: SIMD4<Double>, _ qz: SIMD4<Double>) -> SIMD4<Double> {
            let low = (qx.lowHalf * x.lowHalf + qy.lowHalf * y.lowHalf) + qz.lowHalf * z.lowHalf
            let high = (qx.highHalf * x.highHalf + qy.highHalf * y.highHalf) + qz.highHalf * z.highHalf
            return SIMD4(lowHalf: low, highHalf: high)
        }

        /// Lane `k` the larger of lanes `k` and `k + 2` of `v`: the largest of four values is the
        /// larger of this pair's two lanes. Written as `a > b ? a : b` lane by lane, which is
        /// what one x86 `maxpd` on the two halves computes (`Swift.max` orders equal zeros of
        /// either sign, which takes four instructions a half instead); the values here are
        /// never NaN, and which zero a comparison sees makes no difference.
        @inline(__always)
        static func halvesMax(_ v: SIMD4<Double>) -> SIMD2<Double> {
            let low = v.lowHalf, high = v.highHalf
            return SIMD2(high[0] > low[0] ? high[0] : low[0], high[1] > low[1] ? high[1] : low[1])
        }
    }

    /// A candidate with the part of its score that does not depend on the rest of the document
    /// (feature weight, border region, main name, demonym), worked out once for both passes.
    struct Candidate {
        var position: Int
        var base: Double
        var unit: SIMD3<Double>
    }

    /// A candidate's full score (`candidate` indexes the mention's candidates) with what the
    /// winner's reason names of it: nearness to the anchors, how it stands with the relation
    /// phrase, and which other cues in its favour held (`NotedCues`), so the reason is written
    /// from these rather than by scoring the winner again.
    struct Scored {
        var candidate: Int
        var score: Double
        var coherence: Coherence
        var relation: RelationFit
        var noted: NotedCues
    }

    /// How a candidate stands with its mention's relation phrase ("south of Chernihiv"):
    /// `none` when there is no phrase, no resolved anchor, or the candidate is the anchor itself.
    enum RelationFit { case none, fits, breaks }

    /// The cues of `contextScore` in a candidate's favour that a reason names (besides nearness
    /// and the relation phrase, which `Scored.coherence` and `Scored.relation` tell).
    struct NotedCues: OptionSet {
        let rawValue: UInt8
        /// The possessor ("Russia's Belgorod") holds the candidate.
        static let possessor = NotedCues(rawValue: 1)
        /// The container ("Sudzha, Kursk region") holds the candidate.
        static let container = NotedCues(rawValue: 2)
        /// A region named in the document holds the candidate.
        static let documentRegion = NotedCues(rawValue: 4)
    }

    /// Resolves the mentions of one document together (they share context).
    ///
    /// The array is taken `consuming` so that each mention can be moved into its result rather
    /// than copied: a copy retains the mention's six reference-counted fields, and freeing the
    /// array afterwards released them again. The pipelines pass the finder's array straight in,
    /// which this call then holds alone; a caller that keeps its own reference still gets its
    /// array untouched (the array is copied before the mentions are moved out of it, which
    /// costs about what copying each mention into its result did before).
    public func resolve(_ mentions: consuming [Mention]) -> [ResolvedMention] {
        // Entries are read in place: an array subscript would copy the whole `Place`, retaining
        // every one of its strings, for each field read.
        // Mentions are read in place too: each has six reference-counted fields, so passing a
        // copy to each step would retain and release them all.
        gazetteer.places.withUnsafeBufferPointer { places in
            var candidates = DocumentCandidates(mentions: mentions.count,
                                                candidates: mentions.reduce(0) { $0 + $1.candidateList.count })
            defer { candidates.deallocate() }
            // The context is made here and filled in place (`establish`), then lent to the second
            // pass: made by the first pass and handed back out of the closures, it was copied
            // twice a document (a retain of each of its arrays) and the copies destroyed.
            var context = DocumentContext(table)
            mentions.withUnsafeBufferPointer { mentions in
                var surfaceKey: [UInt32] = []
                for index in mentions.indices {
                    appendCandidates(mentions.baseAddress! + index, places, to: &candidates, surfaceKey: &surfaceKey)
                    candidates.endMention()
                }
                establish(&context, mentions, candidates, places: places)
            }
            return decideAll(&mentions, context: context, candidates, places: places)
        }
    }

    /// A document's candidates with their context-free scores, mention `i`'s at
    /// `bounds[i]..<bounds[i + 1]`, and room to score any one mention's, in one allocation made
    /// at its final size (the candidates the mentions name, at most) and freed by
    /// `deallocate()`. As arrays, the candidates and their bounds were two objects a document to
    /// allocate, reference-count and free, and each append checked uniqueness and capacity.
    /// `Candidate` and `Scored` hold no references, so nothing needs deinitialising.
    struct DocumentCandidates {
        private let memory: UnsafeMutableRawPointer
        private let all: UnsafeMutablePointer<Candidate>
        private let scoredRoom: UnsafeMutablePointer<Scored>
        private let bounds: UnsafeMutablePointer<Int>
        private let capacity: Int
        /// The candidates written, and the mentions whose candidates are all written.
        private(set) var count = 0, mentions = 0

        init(mentions: Int, candidates: Int) {
            func aligned(_ offset: Int, _ alignment: Int) -> Int { (offset + alignment - 1) / alignment * alignment }
            let scoredStart = aligned(MemoryLayout<Candidate>.stride * candidates, MemoryLayout<Scored>.alignment)
            let boundsStart = aligned(scoredStart + MemoryLayout<Scored>.stride * candidates, MemoryLayout<Int>.alignment)
            memory = .allocate(byteCount: boundsStart + MemoryLayout<Int>.stride * (mentions + 1),
                               alignment: max(MemoryLayout<Candidate>.alignment, MemoryLayout<Scored>.alignment, MemoryLayout<Int>.alignment))
            all = memory.bindMemory(to: Candidate.self, capacity: candidates)
            scoredRoom = (memory + scoredStart).bindMemory(to: Scored.self, capacity: candidates)
            bounds = (memory + boundsStart).bindMemory(to: Int.self, capacity: mentions + 1)
            bounds.initialize(to: 0)
            capacity = candidates
        }

        /// Adds a candidate of the current mention.
        @inline(__always)
        mutating func append(_ candidate: Candidate) {
            precondition(count < capacity, "more candidates than the mentions name")
            (all + count).initialize(to: candidate)
            count += 1
        }

        /// Closes the current mention's candidates; the next appended are the next mention's.
        @inline(__always)
        mutating func endMention() {
            mentions += 1
            (bounds + mentions).initialize(to: count)
        }

        /// The candidates of mention `index`.
        @inline(__always)
        func candidates(of index: Int) -> UnsafeBufferPointer<Candidate> {
            precondition(index < mentions)
            return UnsafeBufferPointer(start: all + bounds[index], count: bounds[index + 1] - bounds[index])
        }

        /// Room for the scores of mention `index`'s candidates, shared by all mentions.
        @inline(__always)
        func scored(of index: Int) -> UnsafeMutableBufferPointer<Scored> {
            UnsafeMutableBufferPointer(start: scoredRoom, count: bounds[index + 1] - bounds[index])
        }

        func deallocate() {
            memory.deallocate()
        }
    }

    /// The first pass over a document's mentions: what their context-free winners establish,
    /// written into `context` (made empty for the document).
    private func establish(_ context: inout DocumentContext, _ mentions: UnsafeBufferPointer<Mention>,
                           _ candidates: DocumentCandidates, places: UnsafeBufferPointer<Place>) {
        context.reserve(mentions: mentions.count)
        for index in mentions.indices {
            guard let (position, margin) = firstPass(candidates.candidates(of: index), places) else { continue }
            context.placeByStart.set(mentions[index].start, position)
            switch table.entries[position].kind {
            case .country:
                // Room for every mention left at the first country, so the list is allocated
                // once rather than grown from one entry to two and four (a few hundred
                // instructions a growth, in most documents that name a country).
                if context.countries.isEmpty { context.countries.reserveCapacity(mentions.count - index) }
                context.countries.append((table.entries[position].country, mentions[index].sentenceIndex))
                context.identityBits.insert(table.entries[position].country)
            case .admin1:
                context.identityBits.insert(context.regionBit(table.entries[position].admin1))
            case .place:
                if margin >= Self.anchorGap || mentions[index].candidateList.count == 1 {
                    context.addAnchor(position, unit: table.entries[position].unit, mention: index, places)
                }
            }
        }
        context.sortCountries()
    }

    /// The second pass: each mention decided on the whole document's context where it lies, and
    /// then moved into its result rather than copied (a copy retains its six reference-counted
    /// fields, which freeing `mentions` released again). The mentions are taken off the end of
    /// `mentions` (`removeLast`), last first, and each result written in its own place: so
    /// `mentions` is left empty, with nothing to free but its storage. Moved out in place and
    /// the place refilled with an empty mention, every mention was made and freed a second
    /// time (about 110 instructions a mention, most of them freeing its six empty fields).
    /// A mention's decision does not depend on the order the mentions are decided in.
    private func decideAll(_ mentions: inout [Mention], context: DocumentContext, _ candidates: DocumentCandidates,
                           places: UnsafeBufferPointer<Place>) -> [ResolvedMention] {
        let count = mentions.count
        // One buffer holds each mention's scored candidates in turn (`DocumentCandidates.scored`):
        // written and ranked in place, with none of an array's uniqueness and capacity checks per
        // append, nor its emptying.
        var reasonBuffer = Notes(), anchorCursor = context.anchors.count, countryCursor = context.cursorAfterLastSentence()
        defer { reasonBuffer.deallocate() }
        return [ResolvedMention](unsafeUninitializedCapacity: count) { results, initialized in
            // `mentions` has `count` mentions, so every place from `count - 1` down to 0 is filled.
            // Each is decided where it lies (the pointer is to its place in the array), and only
            // then taken off: taken off first, it was copied out and copied again to point at, and
            // the array lent out for each mention (`withUnsafeBufferPointer`) was retained and
            // released each time.
            while !mentions.isEmpty {
                let index = mentions.count - 1
                let excluded = context.anchorExcluded(by: index, cursor: &anchorCursor)
                let decision = withUnsafePointer(to: &mentions[index]) { mention in
                    decide(mention, excludedAnchor: excluded, candidates: candidates.candidates(of: index), context: context,
                           sentenceCountries: context.countries(inSentence: mention.pointee.sentenceIndex, cursor: &countryCursor),
                           scored: candidates.scored(of: index), reasonBuffer: &reasonBuffer, places)
                }
                (results.baseAddress! + index).initialize(
                    to: ResolvedMention(mention: mentions.removeLast(), status: decision.status, confidence: decision.confidence,
                                        reason: decision.reason))
            }
            initialized = count
        }
    }

    /// The candidates a mention admits ("the town of X" admits populated places only), with
    /// their context-free scores. Which bear the surface as their main name comes with the
    /// mention when the finder knows it (`Mention.MainNames`); otherwise the surface is folded
    /// and the names compared.
    private func appendCandidates(_ mention: UnsafePointer<Mention>, _ places: UnsafeBufferPointer<Place>, to result: inout DocumentCandidates,
                                  surfaceKey: inout [UInt32]) {
        var fingerprint: UInt32?
        mention.pointee.candidateList.forEachCandidate { k, position in
            guard !mention.pointee.context.isSettlement || table.entries[position].kind == .place else { return }
            var notes: Notes?
            let mainName: Bool
            if let known = mention.pointee.mainNames.contains(k) {
                mainName = known
            } else {
                if fingerprint == nil { fingerprint = Self.foldSurface(mention, into: &surfaceKey) }
                mainName = table.nameKey(of: position, equals: surfaceKey, fingerprint: fingerprint!)
            }
            let base = baseScore(position, mention, places, mainName: mainName, notes: &notes)
            result.append(Candidate(position: position, base: base, unit: table.entries[position].unit))
        }
    }

    /// Folds `mention`'s surface into `key` (`appendFoldedWords`) and returns its fingerprint.
    private static func foldSurface(_ mention: UnsafePointer<Mention>, into key: inout [UInt32]) -> UInt32 {
        key.removeAll(keepingCapacity: true)
        appendFoldedWords(mention.pointee.surface, to: &key)
        return ResolverEntries.fingerprint(key[...])
    }

    /// Whether candidate `k` of `mention` bears its surface as its main name, by comparing the
    /// folded names: what `Mention.MainNames` must agree with (the tests check that it does).
    func comparesAsMainName(_ mention: Mention, candidate k: Int) -> Bool {
        var key: [UInt32] = []
        let fingerprint = withUnsafePointer(to: mention) { Self.foldSurface($0, into: &key) }
        return table.nameKey(of: mention.candidateList[k], equals: key, fingerprint: fingerprint)
    }

    /// Appends the folded words of `text` to `key`, each closed by a value no scalar takes, so
    /// two keys are equal exactly when `ScalarFolding.foldedWords` of the two texts are.
    ///
    /// The text's scalars are read from its UTF-8 in place (an ASCII byte is its own scalar, and
    /// a longer sequence is decoded by `ScalarText.multiByteScalar`), not through
    /// `String.UnicodeScalarView`'s iterator, and the values are written through a pointer into
    /// scratch room on the stack, then appended at once: a scalar folds to at most two values
    /// and closes at most one word, and a text has no more scalars than UTF-8 bytes, so three
    /// values a byte, and one for the last word, always suffice. (Making that room in `key`
    /// itself, filled with zeros first, cost more than the folding.)
    static func appendFoldedWords(_ text: String, to key: inout [UInt32]) {
        // Read from the string's own UTF-8 when contiguous, as every native string's is:
        // `withUTF8` wants a mutable copy of the string, a retain and two releases a call.
        if text.utf8.withContiguousStorageIfAvailable({ appendFoldedWords(utf8: $0, to: &key) }) == nil {
            var text = text
            text.withUTF8 { appendFoldedWords(utf8: $0, to: &key) }
        }
    }

    /// Appends the folded words of the UTF-8 `bytes` to `key` (`appendFoldedWords(_:to:)`).
    private static func appendFoldedWords(utf8 bytes: UnsafeBufferPointer<UInt8>, to key: inout [UInt32]) {
        let folding = ScalarFolding.shared
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 3 * bytes.count + 1) { scratch in
            let output = scratch.baseAddress!
            var count = 0, wordStart = 0
            // Each word closed with its separator.
            folding.foldWords(ofUTF8: bytes, into: output, count: &count) { count in
                if count > wordStart {
                    output[count] = UInt32.max
                    count += 1
                    wordStart = count
                }
            }
            key.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<count]))
        }
    }

    /// The first pass: the winner on context-free scores and its lead over the nearest distant
    /// rival, or nil when the mention stays ambiguous or unknown. A lone candidate wins with no
    /// rival, what `firstPass(amongSeveral:_:)` finds for it, here without that call (its frame
    /// and two loops): most mentions have one.
    private func firstPass(_ candidates: UnsafeBufferPointer<Candidate>, _ places: UnsafeBufferPointer<Place>) -> (position: Int, margin: Double)? {
        guard candidates.count > 1 else { return candidates.first.map { ($0.position, .infinity) } }
        return firstPass(amongSeveral: candidates, places)
    }

    /// `firstPass` for a mention with any number of candidates.
    private func firstPass(amongSeveral candidates: UnsafeBufferPointer<Candidate>, _ places: UnsafeBufferPointer<Place>) -> (position: Int, margin: Double)? {
        guard !candidates.isEmpty else { return nil }
        var best = 0
        for index in candidates.indices.dropFirst()
        where Self.ranksBefore(candidates[index].base, candidates[index].position, candidates[best].base, candidates[best].position) {
            best = index
        }
        // The rival is the best-ranked of the distant candidates.
        var rival: Int?
        for index in candidates.indices where index != best {
            if let current = rival,
               !Self.ranksBefore(candidates[index].base, candidates[index].position, candidates[current].base, candidates[current].position) {
                continue
            }
            if isDistinctSpot(candidates[index], from: candidates[best], places) { rival = index }
        }
        let margin = rival.map { candidates[best].base - candidates[$0].base } ?? .infinity
        return margin < Self.decisiveGap ? nil : (candidates[best].position, margin)
    }

    /// Sorts `scored` by `ranksBefore`. A mention has one or two candidates as a rule, and an
    /// insertion sort ranks a few without the general sort's set-up (~150 instructions a
    /// mention); positions differ, so the ranking is a strict total order and every sort gives
    /// the same result. A lone candidate is ranked already, and two take one comparison and at
    /// most a swap, what the insertion sort does for them, without its loop.
    static func rank(_ scored: UnsafeMutableBufferPointer<Scored>, _ candidates: UnsafeBufferPointer<Candidate>) {
        func before(_ a: Scored, _ b: Scored) -> Bool {
            ranksBefore(a.score, candidates[a.candidate].position, b.score, candidates[b.candidate].position)
        }
        guard scored.count > 2 else {
            if scored.count == 2 && before(scored[1], scored[0]) { scored.swapAt(0, 1) }
            return
        }
        guard scored.count <= 16 else {
            var scored = scored
            return scored.sort(by: before)
        }
        for end in scored.indices.dropFirst() {
            let item = scored[end]
            var slot = end
            while slot > 0 && before(item, scored[slot - 1]) {
                scored[slot] = scored[slot - 1]
                slot -= 1
            }
            scored[slot] = item
        }
    }

    /// The ranking: higher score first, then gazetteer order.
    @inline(__always)
    static func ranksBefore(_ score: Double, _ position: Int, _ otherScore: Double, _ otherPosition: Int) -> Bool {
        score != otherScore ? score > otherScore : position < otherPosition
    }

    /// Whether `candidate` lies more than `sameSpotKm` from `best`: a rival rather than another
    /// entry for the same spot.
    private func isDistinctSpot(_ candidate: Candidate, from best: Candidate, _ places: UnsafeBufferPointer<Place>) -> Bool {
        if let within = sameSpot.isWithin(candidate.unit, best.unit) { return !within }
        return geodesic.distanceMeters(from: places[candidate.position].coordinate,
                                       to: places[best.position].coordinate) / 1000 > Self.sameSpotKm
    }

    /// A mention's reason as UTF-8, made a `String` once when complete: appending to a `String`
    /// piece by piece grows it, and reserving room for the longest reason allocated as much for
    /// every mention. The text is `bytes[..<count]`: the array only grows, and is reused from one
    /// mention to the next, so pieces are copied straight into room already there rather than
    /// appended (the generic append costs about a hundred instructions a piece).
    struct Notes {
        /// The room, allocated by `grow(to:)` and freed by `deallocate()`: raw memory rather than
        /// an array, because an array made at a given size goes through the standard library's
        /// unspecialised allocation (some 700 instructions, looking up the array type's
        /// metadata) and every document's first reason grew it.
        private var room = UnsafeMutableRawBufferPointer(start: nil, count: 0)
        var count = 0

        /// Appends `source`, making room first when there is too little.
        @inline(__always)
        mutating func add(_ source: UnsafeRawBufferPointer) {
            let end = count + source.count
            if end > room.count { grow(to: end) }
            UnsafeMutableRawBufferPointer(rebasing: room[count..<end]).copyMemory(from: source)
            count = end
        }

        /// Makes room for `end` bytes at least (twice the room, 256 bytes at first), with the text
        /// so far copied in.
        @inline(never)
        private mutating func grow(to end: Int) {
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(end, 2 * room.count, 256), alignment: 1)
            larger.bindMemory(to: UInt8.self) // read as UTF-8 code units by `text`
            if count > 0 { UnsafeMutableRawBufferPointer(rebasing: larger[..<count]).copyMemory(from: UnsafeRawBufferPointer(rebasing: room[..<count])) }
            room.deallocate()
            room = larger
        }

        /// Whether the notes are exactly the UTF-8 of `text`.
        func spells(_ text: String) -> Bool {
            text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.count == count && (count == 0 || memcmp(bytes.baseAddress!, room.baseAddress!, count) == 0)
            } ?? false
        }

        /// Frees the room; the notes are not to be used after.
        func deallocate() {
            room.deallocate()
        }

        /// Appends a literal's bytes.
        @inline(__always)
        mutating func add(_ text: StaticString) {
            text.withUTF8Buffer { add(UnsafeRawBufferPointer($0)) }
        }

        /// Appends a text's bytes, at once from its contiguous UTF-8 (every native string has it).
        mutating func add(contentsOf text: String) {
            if text.utf8.withContiguousStorageIfAvailable({ add(UnsafeRawBufferPointer($0)) }) == nil {
                Array(text.utf8).withUnsafeBytes { add($0) }
            }
        }

        /// Appends `number` in decimal, as `String(number)` writes it, without making the string.
        /// The digits are written straight into the room, last first, once the number's length is
        /// known (an `Int` has at most 19 digits and a sign), rather than into scratch bytes and
        /// then copied. Both the counting and the writing go two digits a step (a division by
        /// 100, then the pair split by a division by 10 of a number below 100): one digit a step
        /// took some 120 instructions for a population of six or seven digits, the most
        /// frequent number a reason writes.
        mutating func add(_ number: Int) {
            var magnitude = number.magnitude, length = number < 0 ? 2 : 1
            while magnitude >= 100 {
                magnitude /= 100
                length += 2
            }
            if magnitude >= 10 { length += 1 }
            let end = count + length
            if end > room.count { grow(to: end) }
            magnitude = number.magnitude
            var at = end
            while magnitude >= 100 {
                let pair = UInt8(magnitude % 100)
                magnitude /= 100
                room[at - 1] = UInt8(ascii: "0") + pair % 10
                room[at - 2] = UInt8(ascii: "0") + pair / 10
                at -= 2
            }
            if magnitude >= 10 {
                room[at - 1] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                room[at - 2] = UInt8(ascii: "0") + UInt8(magnitude / 10)
                at -= 2
            } else {
                room[at - 1] = UInt8(ascii: "0") + UInt8(magnitude)
                at -= 1
            }
            if number < 0 { room[at - 1] = UInt8(ascii: "-") }
            count = end
        }

        /// The reason as a `String`, its bytes copied without the standard library's check of
        /// every byte (`ValidUTF8`): they are valid UTF-8 by construction, whole pieces of
        /// Strings (names, surfaces, phrases) and ASCII literals and digits put end to end.
        /// `String(unsafeUninitializedCapacity:initializingUTF8With:)` validated each reason
        /// (and would have repaired it), about 350 instructions a reason where this takes 310.
        var text: String {
            ValidUTF8.string(UnsafeBufferPointer(start: room.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// What `decide` found for a mention; the caller pairs it with the mention, so the mention
    /// (six reference-counted fields) is copied once, into the result.
    struct Decision {
        var status: ResolutionStatus
        var confidence: Double
        var reason: String
    }

    /// Scores the candidates of `mention` on the whole document's context and writes the reason;
    /// `excludedAnchor` is the anchor this mention alone gave (`DocumentContext.anchorExcluded`).
    /// `sentenceCountries` is the range of `context.countries` resolved in the mention's sentence.
    private func decide(_ mention: UnsafePointer<Mention>, excludedAnchor excluded: Int?, candidates: UnsafeBufferPointer<Candidate>, context: DocumentContext,
                        sentenceCountries: Range<Int>,
                        scored: UnsafeMutableBufferPointer<Scored>, reasonBuffer: inout Notes, _ places: UnsafeBufferPointer<Place>) -> Decision {
        func result(_ status: ResolutionStatus, _ confidence: Double, _ reason: String) -> Decision {
            Decision(status: status, confidence: confidence, reason: reason)
        }
        guard !candidates.isEmpty else {
            if mention.pointee.kind == .district {
                return result(.unknown, 0, "a district: the gazetteer holds no districts (GeoNames ADM2), so it cannot be placed")
            }
            return result(.unknown, 0, mention.pointee.candidateList.isEmpty
                ? "no gazetteer entry has this name" : "named as a settlement, but no populated place has this name")
        }
        let cues = Cues(owner: mention.pointee.context.possessorStart.flatMap { context.placeByStart[$0] },
                        container: mention.pointee.context.containerStart.flatMap { context.placeByStart[$0] },
                        anchor: mention.pointee.context.relation.flatMap { context.placeByStart[$0.anchorStart] })
        // Every reason is written into bytes reused from the last mention and made a String once.
        var notes: Notes? = Notes()
        swap(&notes!, &reasonBuffer)
        notes!.count = 0
        func finish(_ status: ResolutionStatus, _ confidence: Double) -> Decision {
            let reason = notes!.text
            swap(&notes!, &reasonBuffer)
            return result(status, confidence, reason)
        }
        // The relation phrase is weighed first, each candidate's fit kept in its slot of `scored`
        // for the full score: when every candidate breaks the phrase, the mention is unknown and
        // the reason names the nearest of them, so the rest of the scores (coherence above all)
        // would go unread but for a tie in distance. About one mention in eleven of the bench
        // corpus ends so, and scoring its candidates took some 300 instructions each.
        if let relation = mention.pointee.context.relation, let anchor = cues.anchor {
            var allBreak = true
            // The candidate closest to the anchor by angle (the first of the closest), which
            // `nearest` measures first, and its distance when `relationFit` measured it already.
            var closest = 0, closestDot = -Double.infinity, closestKm: Double?
            let anchorUnit = table.entries[anchor].unit
            for candidate in candidates.indices {
                var measuredKm: Double?
                let fit = relationFit(candidates[candidate], anchor: anchor, relation, places, measuredKm: &measuredKm)
                if fit != .breaks { allBreak = false }
                (scored.baseAddress! + candidate).initialize(to: Scored(candidate: candidate, score: 0, coherence: .none, relation: fit, noted: []))
                let dot = (candidates[candidate].unit * anchorUnit).sum()
                if dot > closestDot { (closest, closestDot, closestKm) = (candidate, dot, measuredKm) }
            }
            if allBreak {
                let nearest = nearest(candidates, to: anchor, closest: closest, closestKm: closestKm, mention, cues: cues, context: context,
                                      sentenceCountries: sentenceCountries, excludedAnchor: excluded, places)
                notes!.add("no entry named ")
                notes!.add(contentsOf: mention.pointee.surface)
                notes!.add(" lies ")
                notes!.add(contentsOf: relation.phrase)
                notes!.add(" ")
                texts.write(.name, of: anchor, into: &notes!)
                notes!.add(" (nearest: ")
                texts.write(.description, of: nearest.position, into: &notes!)
                notes!.add(", ")
                notes!.add(Int(Self.roundedHalfAway(nearest.km)))
                notes!.add(" km away); the gazetteer may lack it")
                return finish(.unknown, 0)
            }
        }
        for candidate in candidates.indices {
            let relation = cues.anchor == nil ? RelationFit.none : scored[candidate].relation
            (scored.baseAddress! + candidate).initialize(
                to: contextScore(candidate, of: candidates, mention, cues: cues, context: context, sentenceCountries: sentenceCountries,
                                 relation: relation, excludedAnchor: excluded, places))
        }
        if scored.count > 1 { Self.rank(scored, candidates) }
        let maxScore = max(scored[0].score, Self.unlistedScore)
        // The best candidate's term, the first of the sum, is worked out once.
        let bestTerm = Self.softmaxTerm(scored[0].score - maxScore)
        var total = bestTerm
        for candidate in scored.dropFirst() { total += Self.softmaxTerm(candidate.score - maxScore) }
        total += Self.softmaxTerm(Self.unlistedScore - maxScore)
        let confidence = Self.roundedHalfAway(bestTerm / total * 100) / 100

        let best = scored[0]
        let bestPosition = candidates[best.candidate].position
        // Rivals are found in ranked order, only as far as the decision reads them.
        var searched = 0
        func nextRival() -> Scored? {
            while searched + 1 < scored.count {
                searched += 1
                if isDistinctSpot(candidates[scored[searched].candidate], from: candidates[best.candidate], places) { return scored[searched] }
            }
            return nil
        }
        let rival = nextRival()
        let margin = rival.map { best.score - $0.score } ?? .infinity
        if margin < Self.decisiveGap {
            // The best two or three positions in one array made at its final size: no array of
            // the scored options first, nor one grown from two to three.
            let rivalPosition = candidates[rival!.candidate].position
            let positions = nextRival().map { [bestPosition, rivalPosition, candidates[$0.candidate].position] } ?? [bestPosition, rivalPosition]
            notes!.add(candidates.count)
            notes!.add(" entries share this name and none stands out: ")
            for (k, position) in positions.enumerated() {
                if k > 0 { notes!.add("; ") }
                texts.write(.description, of: position, into: &notes!)
            }
            return finish(.ambiguous(positions), confidence)
        }
        // The resolved reason: the kind, then each cue after "; ".
        switch table.entries[bestPosition].kind {
        case .country: notes!.add("country")
        case .admin1: notes!.add(mention.pointee.kind == .region ? "named as a region" : "admin1 region")
        case .place:
            let population = table.entries[bestPosition].population
            if population > 0 {
                notes!.add("population ")
                notes!.add(population)
            } else {
                notes!.add("populated place")
            }
        }
        _ = baseScore(bestPosition, mention, places, mainName: false, notes: &notes)
        writeCues(of: best, at: bestPosition, mention, cues: cues, into: &notes!)
        if candidates.count > 1 {
            notes!.add("; best of ")
            notes!.add(candidates.count)
            notes!.add(" entries with this name")
        }
        // A reason that quotes no name nor number is handed out as the literal it spells, when it
        // does (`PlainReasons`), rather than made a String. Most places' reasons quote their
        // population, so the table is not asked about them.
        let entry = table.entries[bestPosition]
        if entry.kind != .place || entry.population == 0,
           let plain = PlainReasons.reason(kind: entry.kind, population: entry.population, namedAsRegion: mention.pointee.kind == .region,
                                           borderRegion: entry.nearBorder, near: best.coherence == .near, twoCandidates: candidates.count == 2),
           notes!.spells(plain) {
            swap(&notes!, &reasonBuffer)
            return result(.resolved(bestPosition), confidence, plain)
        }
        return finish(.resolved(bestPosition), confidence)
    }

    /// `x.rounded()` (to the nearest whole number, halves away from zero) for 0 ≤ x < 2⁵², without
    /// the call to libm's `round` that x86-64 makes of it (its rounding instruction needs SSE4.1).
    /// The whole part is the truncation `Int(x)`, and `x` less it is exact (for x ≥ 2 the two
    /// are within a factor of two; below, the whole part is 0 or 1 in the same binade as x), so
    /// comparing that fraction with one half rounds exactly as `round` does.
    @inline(__always)
    static func roundedHalfAway(_ x: Double) -> Double {
        let whole = Double(Int(x))
        return x - whole >= 0.5 ? whole + 1 : whole
    }

    /// `exp(x)`, without the call when `x` is 0: exp(±0) is exactly 1 (C's Annex F), and one
    /// term of every softmax is (the larger of the best score and the unlisted one is the maximum).
    @inline(__always)
    static func softmaxTerm(_ x: Double) -> Double {
        x == 0 ? 1 : exp(x)
    }

    /// The context-free part of a candidate's score; `notes`, when given, collects the cues,
    /// each after "; ".
    private func baseScore(_ candidate: Int, _ mention: UnsafePointer<Mention>, _ places: UnsafeBufferPointer<Place>, mainName: Bool, notes: inout Notes?) -> Double {
        let entry = table.entries[candidate]
        var score = entry.base
        // Named as a region, an admin1 region weighs more; every term of its sum so far is a
        // small whole number, so adding the difference last gives the same sum to the bit.
        if entry.kind == .admin1 && mention.pointee.kind == .region { score += Self.namedRegionWeight - Self.admin1Weight }
        if entry.nearBorder { notes?.add("; border region") }
        if mainName { score += Self.mainNameBonus }
        // The entry's country code is read only when the sentence has a demonym at all, and
        // then by its country identity (`ResolverEntries.countryCodes`), not from its `Place`.
        if !mention.pointee.context.demonymCountries.isEmpty
            && mention.pointee.context.demonymCountries.contains(table.countryCodes[Int(entry.country)]) {
            score += Self.demonymBonus
            if notes != nil {
                notes!.add("; ")
                texts.write(.countryName, of: candidate, into: &notes!)
                notes!.add(" cued in the sentence")
            }
        }
        return score
    }

    /// Whether an ISO code is one of the border-region countries (Russia, Ukraine, Belarus).
    @inline(__always)
    static func isBorderCountry(_ code: String) -> Bool {
        code == "RU" || code == "UA" || code == "BY"
    }

    /// The full score of candidate `index` in the second pass, adding what the first pass
    /// resolved. Terms are added in a fixed order, so the sum is the same to the last bit every
    /// time; the cues in the candidate's favour that a reason names are noted in the result
    /// (`writeCues` names them). `relation` is the candidate's `relationFit`, weighed beforehand.
    private func contextScore(_ index: Int, of candidates: UnsafeBufferPointer<Candidate>, _ mention: UnsafePointer<Mention>, cues found: Cues,
                              context: DocumentContext, sentenceCountries: Range<Int>, relation: RelationFit, excludedAnchor: Int?,
                              _ places: UnsafeBufferPointer<Place>) -> Scored {
        let candidate = candidates[index]
        let position = candidate.position
        var score = candidate.base
        var noted: NotedCues = []
        if let owner = found.owner, table.entries[owner].kind != .place {
            if contains(owner, position, places) {
                score += Self.possessorBonus
                noted.insert(.possessor)
            } else {
                score -= Self.possessorBonus
            }
        }
        if let container = found.container, table.entries[container].kind != .place {
            if contains(container, position, places) {
                score += Self.containerBonus
                noted.insert(.container)
            } else {
                score -= Self.containerPenalty
            }
        }
        let countryID = table.entries[position].country
        if context.identityBits.contains(countryID) {
            // Named in the document; in the same sentence when among that sentence's countries.
            var inSentence = false
            for k in sentenceCountries where context.countries[k].country == countryID {
                inSentence = true
                break
            }
            score += inSentence ? Self.sentenceCountryBonus : Self.documentCountryBonus
        }
        let kind = table.entries[position].kind
        if kind == .place && context.identityBits.contains(context.regionBit(table.entries[position].admin1)) {
            score += Self.documentRegionBonus
            noted.insert(.documentRegion)
        }
        var nearness = Coherence.none
        if kind != .country {
            nearness = coherence(candidate, context: context, excluding: excludedAnchor, places)
            switch nearness {
            case .near: score += Self.coherenceNearBonus
            case .far: score += Self.coherenceFarBonus
            case .none: break
            }
        }
        switch relation {
        case .fits: score += Self.relationBonus
        case .breaks: score -= Self.relationBonus
        case .none: break
        }
        return Scored(candidate: index, score: score, coherence: nearness, relation: relation, noted: noted)
    }

    /// How `candidate` stands with `relation`, the mention's relation phrase, whose anchor
    /// resolved to entry `anchor`: it fits within `relationMaxKm` of the anchor and within
    /// `relationSectorDegrees` of the phrase's bearing ("south of"), or within `nearKm` ("near").
    /// `measuredKm` is set to the exact distance from the anchor when it is measured (the
    /// bracket leaves it in doubt), for `nearest` to use rather than measure it again.
    private func relationFit(_ candidate: Candidate, anchor: Int, _ relation: SpatialRelation, _ places: UnsafeBufferPointer<Place>,
                             measuredKm: inout Double?) -> RelationFit {
        guard anchor != candidate.position else { return .none }
        let fits: Bool
        let reach = relation.bearingDegrees == nil ? nearReach : relationReach
        if reach.isWithin(table.entries[anchor].unit, candidate.unit) == false {
            fits = false // too far whatever the bearing
        } else {
            let inverse = geodesic.inverse(from: places[anchor].coordinate, to: places[candidate.position].coordinate)
            measuredKm = inverse.distanceKm
            if let bearing = relation.bearingDegrees {
                var difference = abs(inverse.initialAzimuthDegrees - bearing).truncatingRemainder(dividingBy: 360)
                if difference > 180 { difference = 360 - difference }
                fits = inverse.distanceKm <= Self.relationMaxKm && difference <= Self.relationSectorDegrees
            } else {
                fits = inverse.distanceKm <= Self.nearKm
            }
        }
        return fits ? .fits : .breaks
    }

    /// Appends the cues `contextScore` noted in the winner's favour, each after "; ", in the
    /// order it adds their terms.
    private func writeCues(of best: Scored, at position: Int, _ mention: UnsafePointer<Mention>, cues found: Cues, into notes: inout Notes) {
        if best.noted.contains(.possessor), let owner = found.owner {
            notes.add("; ")
            texts.write(.name, of: owner, into: &notes)
            notes.add("'s")
        }
        if best.noted.contains(.container), let container = found.container {
            notes.add("; in ")
            texts.write(.name, of: container, into: &notes)
        }
        if best.noted.contains(.documentRegion) {
            notes.add("; in ")
            texts.write(.admin1Name, of: position, into: &notes)
            notes.add(", named in the document")
        }
        if best.coherence == .near { notes.add("; near other places in the document") }
        if best.relation == .fits, let anchor = found.anchor, let relation = mention.pointee.context.relation {
            notes.add("; ")
            notes.add(contentsOf: relation.phrase)
            notes.add(" ")
            texts.write(.name, of: anchor, into: &notes)
        }
    }

    /// Whether the admin1 keys (`Place.admin1Key`: "RU.09", or "" without an admin1 code) of two
    /// entries agree, without building them: every way into the gazetteer checks that country
    /// codes are two upper-case letters, so the keys agree exactly when both parts do, which is
    /// when `ResolverEntries` gave the two entries the same admin1 identity.
    @inline(__always)
    private func sameAdmin1(_ a: Int, _ b: Int, _ places: UnsafeBufferPointer<Place>) -> Bool {
        table.entries[a].admin1 == table.entries[b].admin1
    }

    /// Whether entry `container` (a country or admin1 region) holds entry `place`.
    private func contains(_ container: Int, _ place: Int, _ places: UnsafeBufferPointer<Place>) -> Bool {
        switch table.entries[container].kind {
        case .country: return table.entries[place].country == table.entries[container].country
        case .admin1: return sameAdmin1(place, container, places) && table.entries[place].kind != .admin1
        case .place: return false
        }
    }

    /// How close a candidate lies to the places the document names unambiguously.
    enum Coherence { case near, far, none }

    /// Which side of `coherenceNearKm` and `coherenceFarKm` the distance to the nearest anchor
    /// (other than `excluding`) falls: exact (PROJ) wherever the bracket leaves it in doubt,
    /// the bracket alone elsewhere, so the answer is that of the exact minimum. `none` when
    /// there is no anchor.
    ///
    /// One pass over the anchors settles most candidates: it stops at an anchor surely near, and
    /// its largest dot product tells whether any anchor is in reach of either limit at all, so
    /// the later passes run only when one is (each skips exactly the anchors it would skip).
    /// That pass reads the anchors' `UnitQuad`s, four dot products at a time; the excluded
    /// anchor's lane is set to 0, like an empty lane (`UnitQuad`).
    ///
    /// An anchor surely within the far limit makes the answer `far` once none is near: the last
    /// pass would stop at it (the largest dot product is one), whatever it measured before, so
    /// that pass runs only when the largest dot product leaves the far limit in doubt.
    private func coherence(_ candidate: Candidate, context: DocumentContext, excluding: Int?, _ places: UnsafeBufferPointer<Place>) -> Coherence {
        let anchors = context.anchors
        guard anchors.count > (excluding == nil ? 0 : 1) else { return .none }
        let near = coherenceNear, far = coherenceFar
        return anchors.withUnsafeBufferPointer { anchors in
            let q = candidate.unit
            // The generic mask and lane-wise helpers (`any`, `pointwiseMax`) are not inlined
            // here, so each quad's four products are folded to a pair (`UnitQuad.halvesMax`),
            // the pair kept as a running maximum lane by lane, and only the quad's own largest
            // product (the larger lane of its pair) compared with the near limit, for the early
            // exit; the running pair is folded to one number once, after the loop.
            // The quads are read by index rather than through a lent buffer pointer, whose closure
            // was not inlined: a call for every candidate.
            let quads = context.quads
            let qx = SIMD4(repeating: q.x), qy = SIMD4(repeating: q.y), qz = SIMD4(repeating: q.z)
            let skippedQuad = excluding.map { $0 / 4 } ?? quads.count, skippedLane = (excluding ?? 0) % 4
            var running = SIMD2<Double>()
            for index in quads.indices {
                var dots = quads[index].dots(qx, qy, qz)
                if index == skippedQuad { dots[skippedLane] = 0 }
                let pair = UnitQuad.halvesMax(dots)
                if (pair[1] > pair[0] ? pair[1] : pair[0]) >= near.surelyWithin { return .near }
                running = SIMD2(pair[0] > running[0] ? pair[0] : running[0], pair[1] > running[1] ? pair[1] : running[1])
            }
            let largest = running[1] > running[0] ? running[1] : running[0]
            if largest < far.possiblyWithin { return .none }
            // The candidate's point is read for an exact distance only, which few candidates need
            // (the brackets settle the rest): it lies in the candidate's `Place`, a cache miss,
            // which read here for every candidate in reach of an anchor took most of this
            // function's time.
            func exactKm(to anchor: Int) -> Double {
                geodesic.distanceMeters(from: places[anchors[anchor].position].coordinate, to: places[candidate.position].coordinate) / 1000
            }
            var best = Double.infinity
            if largest >= near.possiblyWithin {
                for index in anchors.indices where index != excluding {
                    guard (q * anchors[index].unit).sum() >= near.possiblyWithin else { continue }
                    let exact = exactKm(to: index)
                    if exact <= Self.coherenceNearKm { return .near }
                    best = min(best, exact)
                }
            }
            if best <= Self.coherenceFarKm || largest >= far.surelyWithin { return .far }
            for index in anchors.indices where index != excluding {
                let dot = (q * anchors[index].unit).sum()
                guard dot >= far.possiblyWithin else { continue }
                if dot >= far.surelyWithin { return .far }
                // Those within reach of the near limit were measured above, beyond the far limit.
                guard dot < near.possiblyWithin else { continue }
                let exact = exactKm(to: index)
                if exact <= Self.coherenceFarKm { return exact <= Self.coherenceNearKm ? .near : .far }
            }
            return .none
        }
    }

    /// The candidate nearest to entry `anchor` and its distance in km: of those at the least
    /// distance, the first in ranked order, for which candidates equally near are given their
    /// full scores (`breakingRanksBefore`; the caller scores none, since all break the relation
    /// phrase). The rest of the parameters are those of `contextScore`. A name borne by dozens of villages would take dozens of exact (PROJ) distances,
    /// each a few thousand instructions; instead the candidate closest by angle (`closest`, the
    /// first of the largest dot products with the anchor's unit vector) is measured first, and
    /// then only those whose least possible distance (`DistanceBracket.leastKm`, the straight
    /// line between the points) does not already exceed its distance. `closestKm` is the
    /// closest candidate's distance when `relationFit` measured it (the same PROJ distance,
    /// from the anchor): in the bench corpus about one mention in twenty-three that ends here
    /// has it, and measuring it again took some 6,500 instructions.
    private func nearest(_ candidates: UnsafeBufferPointer<Candidate>, to anchor: Int, closest: Int, closestKm: Double?,
                         _ mention: UnsafePointer<Mention>, cues: Cues, context: DocumentContext, sentenceCountries: Range<Int>,
                         excludedAnchor: Int?, _ places: UnsafeBufferPointer<Place>) -> (position: Int, km: Double) {
        let anchorUnit = table.entries[anchor].unit
        func exactKm(_ position: Int) -> Double {
            geodesic.distanceMeters(from: places[anchor].coordinate, to: places[position].coordinate) / 1000
        }
        let bound = closestKm ?? exactKm(candidates[closest].position), anchorPoint = DistanceBracket.ellipsoidPoint(anchorUnit)
        var best = (index: 0, km: Double.infinity)
        for index in candidates.indices {
            guard index == closest || DistanceBracket.leastKm(from: anchorPoint, to: candidates[index].unit) <= bound else { continue }
            let km = index == closest ? bound : exactKm(candidates[index].position)
            if km < best.km || km == best.km && breakingRanksBefore(index, best.index, of: candidates, mention, cues: cues, context: context,
                                                                      sentenceCountries: sentenceCountries, excludedAnchor: excludedAnchor, places) {
                best = (index, km)
            }
        }
        return (candidates[best.index].position, best.km)
    }

    /// Whether candidate `a` ranks before candidate `b` on their full scores (`contextScore`),
    /// both breaking the relation phrase.
    private func breakingRanksBefore(_ a: Int, _ b: Int, of candidates: UnsafeBufferPointer<Candidate>, _ mention: UnsafePointer<Mention>,
                                     cues: Cues, context: DocumentContext, sentenceCountries: Range<Int>, excludedAnchor: Int?,
                                     _ places: UnsafeBufferPointer<Place>) -> Bool {
        let scoreA = contextScore(a, of: candidates, mention, cues: cues, context: context, sentenceCountries: sentenceCountries,
                                  relation: .breaks, excludedAnchor: excludedAnchor, places).score
        let scoreB = contextScore(b, of: candidates, mention, cues: cues, context: context, sentenceCountries: sentenceCountries,
                                  relation: .breaks, excludedAnchor: excludedAnchor, places).score
        return Self.ranksBefore(scoreA, candidates[a].position, scoreB, candidates[b].position)
    }
}
