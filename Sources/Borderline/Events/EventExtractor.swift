/// Finds the events a document reports, sentence by sentence (see TAXONOMY.md for the types and
/// the README of the event fixtures for the coding rules the tests hold it to).
///
/// For each sentence:
/// 1. Cue words give the event types (`EventType.cues`); a cue does not count when it is
///    negated ("no explosions"), generic ("such raids"), an alert ("missile attack alert"), in a
///    hypothetical clause ("fears Moscow would attempt …"), or denied as an occurrence ("denied
///    reports of an explosion"). Sentences about a pattern rather than an incident ("in the
///    past", "regularly", "since the war began", "the first time") and links to other articles
///    ("Read also: …") give no events.
/// 2. The place is the resolved mention the event words relate to: mentions governed by a
///    locative preposition ("in", "on", "over", "near", "at", "into", "against", possibly
///    through "the city of", "the centre of", "Russia's"), a town before a region before a
///    country; a list ("against Dnipro, Kharkiv, Odesa") gives one event per place, and a list
///    ending in "regions" ("the Belgorod and Kursk regions") means regions. Without one, "the
///    city", "the town", "the depot" continue the previous event's place and "the region" its
///    region; otherwise the event is unlocated.
/// 3. Date (`DateExpression`), time (`TimeOfDay`), sources and responsibility (`Attribution`)
///    apply to every event of the sentence; each casualty figure goes to the event whose cue is
///    nearest to it.
/// 4. A definite reference to an earlier event ("killed during the attack") adds its
///    casualties and sources to that event instead of making a new one; a sentence with no cue
///    but with casualties or responsibility ("Some 108 people … were injured", "Kyiv has not
///    claimed responsibility") adds them to the events of the sentence just before.
public struct EventExtractor: Sendable {
    public let gazetteer: Gazetteer
    /// The position in `gazetteer.places` of each admin1 region, by key ("RU.09"): what
    /// `gazetteer.admin1(key:)` answers, as an index (GeoNames ids are unique, so the entry it
    /// returns is at that position and nowhere else).
    private let admin1Positions: [String: Int]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var positions: [String: Int] = [:]
        for (index, place) in gazetteer.places.enumerated() where place.kind == .admin1 { positions[place.admin1Key] = index }
        self.admin1Positions = positions
    }

    /// The position of the admin1 region of `place`, if the gazetteer has it.
    func admin1Position(of place: Place) -> Int? {
        admin1Positions[place.admin1Key]
    }

    static let locativePrepositions: WordSet = [
        .in, .on, .over, .near, .at, .into, .against, .outside, .around, .across, .inside, .towards, .toward,
    ]
    /// Words that may stand between a preposition and the place it governs.
    static let governanceFiller: WordSet = [
        .the, .a, .an, .city, .town, .village, .villages, .settlement, .center, .centre, .of, .outskirts,
        .suburbs, .district, .area, .north, .south, .east, .west, .northern, .southern, .eastern, .western,
        .northeastern, .northwestern, .southeastern, .southwestern, .central, .border, .russian, .ukrainian,
        .russia, .ukraine, .s, .region, .province, .nearby, .occupied, .frontline, .regional, .capital,
    ]
    /// Per word (by raw value), what `isGoverned` asks of it: `governingClass` for a word of
    /// `locativePrepositions` or `objectVerbs`, `fillerClass` for one of `governanceFiller`,
    /// as one buffer laid out once for the life of the process (see `CueTables.permanent`).
    nonisolated(unsafe) static let governanceClasses: UnsafeBufferPointer<UInt8> = CueTables.permanent(EventWord.allCases.map { word in
        (locativePrepositions.contains(word) || objectVerbs.contains(word) ? governingClass : 0)
            | (governanceFiller.contains(word) ? fillerClass : 0)
    })
    static let governingClass: UInt8 = 1, fillerClass: UInt8 = 2

    /// Sentence markers of a pattern or commentary rather than an incident.
    static let habitualMarkers: [String] = [
        "in the past", "regularly", "repeated", "repeatedly", "generally", "usually", "often", "routinely", "since",
        "throughout the war", "every day", "the first", "first time",
    ]
    /// Words after which the rest of the sentence is hypothetical or feared.
    static let hypotheticalMarkers: WordSet = [
        .if, .would, .could, .might, .fears, .fear, .feared, .threatened, .threatens, .threatening,
        .plan, .plans, .planned, .planning, .possible, .possibility, .risk, .warned, .warns, .whether,
        .hypothetical, .unless, .prepare, .preparing, .intend, .intends, .ready,
    ]
    static let denialVerbs: WordSet = [.denied, .denies, .deny, .refuted, .rejected, .dismissed]
    static let negations: WordSet = [.no, .not, .never, .without, .t]
    static let alertWords: WordSet = [.alert, .alerts, .warning, .warnings, .siren, .sirens, .threat, .threats, .drill, .drills, .exercise, .exercises]
    static let boilerplateStarts: [String] = ["read also", "read more", "see also", "related", "more from", "watch"]
    /// Definite descriptions that continue the previous event's place.
    static let continuationPlaces: [String] = [
        "the city", "the town", "the village", "the depot", "the fuel depot", "the oil depot", "the plant", "the oil plant",
        "the facility", "the site", "the airbase", "the base", "the airfield", "the settlement",
    ]
    /// Definite descriptions that continue the previous event's region.
    static let continuationRegions: [String] = ["the region", "the border region", "the province", "the oblast", "the area"]
    /// Hedges that lower confidence.
    static let hedges: [String] = [
        "allegedly", "reportedly", "purporting", "purportedly", "not been confirmed", "could not verify", "cannot verify",
        "unverified", "unexplained", "unconfirmed", "rumours", "rumors", "speculation",
    ]
    /// Verbs whose object is where the event happened.
    static let objectVerbs: WordSet = [
        .hit, .hits, .struck, .strikes, .targeted, .targeting, .rocked, .rocks, .pounded, .shelled, .attacked,
        .attacking, .bombed, .fled, .evacuated, .raided, .stormed,
    ]
    static let interceptionVerbs: WordSet = [.destroyed, .downed, .intercepted, .shot, .neutralised, .neutralized, .repelled]

    /// A cue found in a sentence.
    struct Cue {
        var type: EventType
        var first: Int
        var last: Int
    }

    /// A place chosen for an event, with the mention it came from (nil for a continuation).
    struct PlaceChoice {
        var placeIndex: Int
        /// The position of the mention in the document's mentions (nil for a continuation):
        /// an index, so choosing places copies no `ResolvedMention`.
        var mention: Int?
        var method: PlaceMethod
        var confidence: Double
    }

    /// How a place was chosen (an event's `placeMethod` is its raw value): a case rather than
    /// a `String`, so that a `PlaceChoice` holds no reference and the list of a sentence's
    /// choices is emptied and refilled without reference counting.
    enum PlaceMethod: String {
        case mention, continuation
    }

    /// The events of one document, one per type and place in each sentence, in text order
    /// (not yet merged: `EventMerger.merge` joins reports of one event).
    /// - Parameter mentions: the document's resolved mentions (from `MapPipeline.analyse`).
    public func events(in document: Document, mentions: [ResolvedMention]) -> [Event] {
        events(in: document, text: DocumentText(document.text), mentions: mentions)
    }

    /// `events(in:mentions:)` with the document's scalars and sentences already made (by
    /// `MapPipeline`, which shares them between the stages).
    /// - Parameter mentionsShareSentences: whether the finder made `mentions` from `text`'s own
    ///   sentences (as `MapPipeline` does), so that a mention's sentence text is the text of
    ///   the sentence of its `sentenceIndex`, taken without comparing it scalar by scalar.
    func events(in document: Document, text: DocumentText, mentions: [ResolvedMention], mentionsShareSentences: Bool = false) -> [Event] {
        let scalars = text.scalars
        // Sentence texts are built only for the sentences that give evidence.
        let ranges = text.sentences
        let published = document.published.flatMap(CivilDate.init(iso:))
        // The document's mentions by sentence, as positions in `mentions` (in their order
        // within a sentence): `bySentence[groupStart[k]..<groupStart[k + 1]]` are sentence k's.
        // Both are made as zeros (`zeros(_:)`), and `bySentence` filled in place.
        let groupCount = ranges.count + 1
        var groupStart = [Int].zeros(groupCount)
        var bySentence: [Int] = []
        // Fields are read in place: binding a whole `ResolvedMention` would copy (retain) each of its strings.
        // Mentions come in text order (nearly always): each one's sentence is looked for from
        // the previous one's, forward (see `sentenceIndex(start:end:in:hint:)`).
        // The lists are written through buffers: a write to an array's element tests that the
        // array is uniquely referenced (a call), three times per mention. Every index is within
        // its list: a sentence index is below `ranges.count`, and a sentence's slots in
        // `bySentence` are counted before they are filled, each filled once. The two lists
        // needed only to build these (each mention's sentence, and where each sentence's next
        // mention goes) share one temporary allocation, on the stack when small: as arrays they
        // cost two allocations per document, and the second a copy of `groupStart`.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: mentions.count + ranges.count + 1) { scratch in
            let sentenceOfMention = UnsafeMutableBufferPointer(rebasing: scratch[..<mentions.count])
            sentenceOfMention.initialize(repeating: -1)
            let fill = UnsafeMutableBufferPointer(rebasing: scratch[mentions.count...])
            var hint = 0
            groupStart.withUnsafeMutableBufferPointer { groupStart in
                for position in mentions.indices where mentions[position].mention.documentID == document.id {
                    if let sentence = Self.sentenceIndex(start: mentions[position].mention.start, end: mentions[position].mention.end, in: ranges, hint: &hint) {
                        sentenceOfMention[position] = sentence
                        groupStart[sentence + 1] += 1
                    }
                }
                for k in 0..<ranges.count { groupStart[k + 1] += groupStart[k] }
                _ = fill.initialize(fromContentsOf: groupStart)
            }
            bySentence = .zeros(groupStart[ranges.count])
            bySentence.withUnsafeMutableBufferPointer { bySentence in
                for position in sentenceOfMention.indices where sentenceOfMention[position] >= 0 {
                    let sentence = sentenceOfMention[position]
                    bySentence[fill[sentence]] = position
                    fill[sentence] += 1
                }
            }
        }
        var events: [Event] = []
        /// Events the latest event-bearing sentence made or added to, and that sentence's index.
        var lastTouched: [Int] = []
        var lastTouchedSentence = -10
        /// The events the current sentence makes or adds to: one array for the whole document,
        /// swapped with `lastTouched` when the sentence touched any (no array per sentence).
        var touched: [Int] = []
        var cueMatches: [(pattern: Int, token: Int)] = []
        var lastPlaceIndex: Int? = nil
        /// The date of an event in a sentence that states none (`DateExpression.eventDate` of no
        /// expressions), the first time a sentence needs it.
        var datelineDate: EventDate? = nil

        // Every event of the document starts with this list of documents (one array, shared),
        // and with these casualties (none), copied into it.
        let documentList = [document.id]
        let noCasualties = Casualties()
        var eventIDs = EventIDs(document.id)
        // Sets read per token, fetched once (a static read pays an initialisation check), and
        // so are the cue tables, read per sentence.
        let hypotheticalMarkers = Self.hypotheticalMarkers
        let cueTables = Self.cueTables
        // So are the sets and phrases every sentence with a cue is asked about.
        let habitualPatterns = Self.habitualPatterns, hedgePatterns = Self.hedgePatterns
        let negations = Self.negations, denialVerbs = Self.denialVerbs, causeNouns = Self.causeNouns
        // And so are the rules' word sets (casualties, attribution, dates, times), handed to
        // each rule: one static read per document rather than some ten per sentence.
        let ruleWords = RuleWords.shared
        let boilerplateFirstBytes = Self.boilerplateFirstBytes, boilerplatePairs = Self.boilerplatePairs
        // And so are the tables and phrases the choice of places reads (`isGoverned`,
        // `continuation`), asked of every sentence with a cue.
        let governanceClasses = Self.governanceClasses
        let continuationPlaces = Self.continuationPlacePatterns, continuationRegions = Self.continuationRegionPatterns
        // One token storage serves every sentence in turn, and so does each of the per-sentence
        // lists below (emptied and refilled, never allocated per sentence).
        // The storage is made with room for the longest sentence's tokens (at most one per two
        // scalars, as `SentenceText.init` asks), so it is allocated once per document.
        var longest = 0
        for range in ranges where range.count > longest { longest = range.count }
        let tokenStorage = SentenceText.TokenStorage(room: (longest + 1) / 2)
        // The document's scalars and the token storage are lent to each sentence in turn (see
        // `SentenceText.init(lending:base:length:offset:storage:)`); a sentence is done with
        // before the next is made. The scalars are read from a copy this call owns and frees:
        // a pointer into the array is valid only inside its `withUnsafeBufferPointer`, and this
        // loop wrapped in that closure crashed in release builds (in the temporary allocation
        // above, for a reason not found). The copy, one allocation and a few kilobytes a
        // document, costs far less than the retains and releases of every sentence it saves.
        let scalarCopy = UnsafeMutableBufferPointer<Unicode.Scalar>.allocate(capacity: scalars.count)
        // One block copy (`initialize(fromContentsOf:)` copied scalar by scalar).
        scalars.withUnsafeBufferPointer { UnsafeMutableRawBufferPointer(scalarCopy).copyMemory(from: UnsafeRawBufferPointer($0)) }
        defer { scalarCopy.deallocate() }
        let scalarBuffer = UnsafeBufferPointer(scalarCopy)
        /// The sentence's cues (`cues(_:tables:matches:into:)`), narrowed in place to those that
        /// count and then to the events' cues (the first of each type not suppressed): one
        /// list, where a list for each stage cost an allocation per document and a copy of
        /// each cue kept.
        var sentenceCues: [Cue] = []
        /// The sentence's mentions (before any hypothetical marker): each one's position in
        /// `mentions` and its first token, which `choosePlaces` asks about.
        var sentenceMentions: [(position: Int, first: Int)] = []
        var figureOwners: [Int] = []
        /// The sentence's casualty figures (`Casualties.figures(_:into:)`), one list for the
        /// document, allocated at the first sentence with figures.
        var figures: [Casualties.Figure] = []
        var places: [PlaceChoice] = []
        // The lists nearly every document's sentences fill are given room for eight at once
        // (more than most sentences need): grown by doubling from one, each was copied to a new
        // allocation two or three times per document.
        cueMatches.reserveCapacity(8)
        sentenceCues.reserveCapacity(8)
        sentenceMentions.reserveCapacity(8)
        places.reserveCapacity(8)
        touched.reserveCapacity(8)
        lastTouched.reserveCapacity(8)
        // The UTF-8 offsets of the document's scalar offsets, for comparing a finder's sentence
        // text with the document's bytes (`sentenceText`): the scan's record when the caller has
        // it, else read off the text the first time a sentence needs it (at once for ASCII).
        var byteOffsets = text.byteOffsets
        var byteOffsetsKnown = byteOffsets != nil
        for (sentenceIndex, range) in ranges.enumerated() {
            let s = SentenceText(lending: scalarBuffer, base: range.lowerBound, length: range.count, offset: range.lowerBound, storage: tokenStorage)
            var builtText: String? = nil
            /// The sentence's text, made the first time an event of the sentence asks (and kept
            /// for the others): the text alone, which is all `evidence` takes besides the index.
            func sentence() -> String {
                // Made once: later calls return it as it is (assigning it back to `builtText`
                // cost a retain and a release more per event).
                if let builtText { return builtText }
                let mentionsOfSentence = groupStart[sentenceIndex]..<groupStart[sentenceIndex + 1]
                let text: String
                if mentionsOfSentence.isEmpty {
                    // No finder's text to share: the sentence's bytes cut from the document's
                    // UTF-8 (a copy of bytes), rather than its scalars narrowed one by one.
                    if !byteOffsetsKnown {
                        byteOffsets = ByteOffsets(reading: document.text, scalarCount: scalars.count)
                        byteOffsetsKnown = true
                    }
                    text = Self.cutText(range, document: document.text, byteOffsets: byteOffsets) ?? ScalarText.string(scalars[range])
                } else if mentionsShareSentences && mentions[bySentence[mentionsOfSentence.lowerBound]].mention.sentenceIndex == sentenceIndex {
                    text = mentions[bySentence[mentionsOfSentence.lowerBound]].mention.sentenceText
                } else {
                    if !byteOffsetsKnown {
                        byteOffsets = ByteOffsets(reading: document.text, scalarCount: scalars.count)
                        byteOffsetsKnown = true
                    }
                    text = Self.sentenceText(
                        scalars, range, finderText: mentions[bySentence[mentionsOfSentence.lowerBound]].mention.sentenceText,
                        document: document.text, byteOffsets: byteOffsets)
                }
                builtText = text
                return text
            }
            if Self.startsWithBoilerplate(s, firstBytes: boilerplateFirstBytes, pairs: boilerplatePairs) { continue }
            cues(s, tables: cueTables, matches: &cueMatches, into: &sentenceCues)
            if sentenceCues.isEmpty {
                // An orphan: casualties or responsibility about the events just told.
                guard !lastTouched.isEmpty, sentenceIndex - lastTouchedSentence <= 2 else { continue }
                Casualties.figures(s, into: &figures, words: ruleWords)
                let responsibility = Attribution.responsibility(s, words: ruleWords)
                guard !figures.isEmpty || responsibility != nil else { continue }
                if !figures.isEmpty {
                    events[lastTouched[0]].casualties = events[lastTouched[0]].casualties.combined(with: Casualties.from(figures))
                    events[lastTouched[0]].evidence.append(evidence(document, sentenceIndex, sentence(), s, 0, s.tokens.count - 1, nil))
                }
                if let responsibility {
                    for index in lastTouched { events[index].attribution.responsibility = Self.stronger(events[index].attribution.responsibility, responsibility) }
                }
                lastTouchedSentence = sentenceIndex
                continue
            }
            if s.containsAny(habitualPatterns) { continue }
            let attribution = Attribution.find(s, words: ruleWords)
            Casualties.figures(s, into: &figures, words: ruleWords)
            // Most sentences have no marker (as their set of words tells) and are not scanned.
            let hypothetical = !s.containsAny(hypotheticalMarkers) && !s.contains(.may) ? nil : Self.hypotheticalStart(s, hypotheticalMarkers)
            let limit = hypothetical ?? s.tokens.count
            // Each test of a cue first asks the sentence's set of words for a word it needs (most
            // sentences have none): asked once for the sentence, not once per cue, and a test
            // that cannot hold is not called.
            let mayBeNegated = s.containsAny(negations) || s.contains(.such)
            let mayDenyOccurrence = attribution.responsibility != .denied && s.containsAny(denialVerbs)
            let mayNameCause = s.containsAny(causeNouns)
            // The cues that count, kept in order at the front of the list (what `suppressedTypes`
            // and `isBombedByShelling` read). A plain loop: a closure testing them (as
            // `removeAll(where:)` takes) copied the extractor for its methods.
            var keptCount = 0
            for index in sentenceCues.indices {
                let cue = sentenceCues[index]
                guard cue.first < limit && !(mayBeNegated && isNegated(s, cue, negations: negations))
                    && !(mayDenyOccurrence && isDeniedOccurrence(s, cue, attribution, denialVerbs: denialVerbs)) && !(mayNameCause && isCauseReference(s, cue))
                else { continue }
                if keptCount != index { sentenceCues[keptCount] = cue }
                keptCount += 1
            }
            sentenceCues.truncate(to: keptCount)
            guard !sentenceCues.isEmpty else { continue }
            // One type alone suppresses nothing (`EventType.suppressed` needs two), so the set of
            // types is built only for a sentence that cues several (`suppressedTypes`).
            var suppressed: EventTypes = []
            let firstType = sentenceCues[0].type
            if sentenceCues.contains(where: { $0.type != firstType }) { suppressed = Self.suppressedTypes(s, sentenceCues) }
            if Self.isBombedByShelling(s, sentenceCues) { suppressed.insert(.airStrike) }
            // The events' cues: the first kept cue of each type that is not suppressed, in text
            // order, moved to the front of the list (the types passed over are the suppressed
            // ones and those already taken).
            var passedOver = suppressed
            var eventCueCount = 0
            for index in sentenceCues.indices where !passedOver.contains(sentenceCues[index].type) {
                passedOver.insert(sentenceCues[index].type)
                if eventCueCount != index { sentenceCues[eventCueCount] = sentenceCues[index] }
                eventCueCount += 1
            }
            sentenceCues.truncate(to: eventCueCount)
            sentenceCues.sortUnlessStrictlyIncreasing { $0.first < $1.first }

            sentenceMentions.removeAllKeepingStorage()
            // By index: a slice of `bySentence` retained and released its buffer per sentence.
            for slot in groupStart[sentenceIndex]..<groupStart[sentenceIndex + 1] {
                let position = bySentence[slot]
                if let first = s.tokenIndex(at: mentions[position].mention.start - range.lowerBound), first < limit {
                    sentenceMentions.append((position, first))
                }
            }
            choosePlaces(s, mentions, sentenceMentions, cues: sentenceCues, classes: governanceClasses, into: &places)
            let namesPlace = !places.isEmpty
            if places.isEmpty, let previous = lastPlaceIndex, let choice = continuation(s, previous: previous, places: continuationPlaces, regions: continuationRegions) {
                places.append(choice)
            }
            // The event date is the first date expression's, and a definite reference asks only
            // whether there is one (`statesDate`): the first alone is looked for, and bound only
            // in the branch that has one, so that a sentence without (nearly every one) destroys
            // no optional expression (an outlined call) at its end.
            // A sentence without a date has the document's dateline (or none): made once per
            // document, not once per sentence (a date's text formatted each time).
            let date: EventDate
            let statesDate: Bool
            if let firstDate = DateExpression.first(s, words: ruleWords) {
                date = DateExpression.eventDate(first: firstDate, published: published)
                statesDate = true
            } else {
                if datelineDate == nil { datelineDate = DateExpression.eventDate(first: nil, published: published) }
                date = datelineDate!
                statesDate = false
            }
            let time = TimeOfDay.find(s, words: ruleWords)
            let hedged = s.containsAny(hedgePatterns)
            touched.removeAllKeepingStorage()
            // The cue each figure goes to (its position in `sentenceCues`); a cue's figures keep
            // their order in the sentence.
            figureOwners.removeAllKeepingStorage()
            for figure in figures {
                figureOwners.append(sentenceCues.indices.min { a, b in
                    distance(sentenceCues[a], figure.verbToken) < distance(sentenceCues[b], figure.verbToken)
                } ?? -1)
            }
            // The document's first events: the list is given room for this sentence's and one
            // for each sentence after it, up to 16 (grown by doubling from one, it was copied to
            // a new allocation four or five times in a document of twenty events; the bound
            // keeps a long document with few events from holding room for many, and the room
            // within the allocator's small sizes, about 7 KB).
            if events.capacity == 0 {
                events.reserveCapacity(min(sentenceCues.count * max(places.count, 1) + ranges.count - sentenceIndex - 1, 16))
            }
            for (cueOffset, cue) in sentenceCues.enumerated() {
                // The cue's own figures are read in place from the sentence's (`from(_:where:)`):
                // filtering their indices and mapping them to figures built two arrays per cue.
                // Each event's casualties are made where they are stored: empty, as the event is
                // made, and its cue's own written over them when the cue owns figures (see
                // below). A value made once and copied into each event, or returned by a local
                // function, cost a copy and a destruction per event, and so did a choice here
                // between its value and an empty one (made in two temporaries, one copied, both
                // destroyed).
                // "killed during the attack": the attack already told.
                if isDefiniteReference(s, cue), !namesPlace, !statesDate {
                    if let antecedent = Self.lastEvent(of: cue.type, in: events) {
                        Self.addReport(
                            to: &events[antecedent], casualties: Casualties.from(figures, owners: figureOwners, owner: cueOffset),
                            attribution: attribution, time: time)
                        events[antecedent].evidence.append(evidence(document, sentenceIndex, sentence(), s, cue.first, cue.last, nil))
                        touched.append(antecedent)
                        continue
                    }
                    if !figureOwners.contains(cueOffset) && places.isEmpty { continue }
                }
                // One event per place, or one unlocated event.
                let ownsFigures = figureOwners.contains(cueOffset)
                for target in 0..<max(places.count, 1) {
                    let choice: PlaceChoice? = places.isEmpty ? nil : places[target]
                    var confidence = 0.8 + (attribution.sources.isEmpty ? 0 : 0.1)
                    if hedged { confidence *= 0.8 }
                    if let choice { confidence *= choice.confidence } else { confidence *= 0.5 }
                    let ev = evidence(document, sentenceIndex, sentence(), s, cue.first, cue.last, choice?.mention.map { mentions[$0].mention.start..<mentions[$0].mention.end })
                    events.append(Event(
                        // The memberwise initialiser: its value is appended without a copy (see `Event`).
                        // The place copied once, straight into the event; its kind read in place.
                        id: eventIDs.id(ev.start), type: cue.type, date: date, time: time,
                        place: choice.map { gazetteer.places[$0.placeIndex] },
                        geoPrecision: GeoPrecision(choice.map { gazetteer.places[$0.placeIndex].kind }), placeMethod: choice?.method.rawValue ?? "none",
                        casualties: noCasualties,
                        attribution: attribution, documents: documentList,
                        confidence: (confidence * 100).rounded() / 100, evidence: [ev]))
                    // Every event starts with no casualties, a copy of the document's empty
                    // value; a cue that owns figures (one in five) has its own set after. Made by
                    // `Casualties.from(_:owners:owner:)` for every event, or made empty here, the
                    // value (empty nearly always) was built in one temporary and again in another,
                    // the first copied out and the second destroyed (about 230 instructions and
                    // 130, with four runtime calls; the copy alone is about 80, with two).
                    if ownsFigures { events[events.count - 1].casualties = Casualties.from(figures, owners: figureOwners, owner: cueOffset) }
                    touched.append(events.count - 1)
                }
            }
            if let first = places.first { lastPlaceIndex = first.placeIndex }
            if !touched.isEmpty {
                swap(&lastTouched, &touched)
                lastTouchedSentence = sentenceIndex
            }
        }
        withExtendedLifetime(tokenStorage) {}
        return events
    }

    /// The first token from which the rest of the sentence is hypothetical or feared: the
    /// first of `markers` ("may" in lower case only), else the first lower-case "may". Out of
    /// line, as the few sentences with a marker need it: the loop over sentences stays smaller.
    @inline(never)
    static func hypotheticalStart(_ s: SentenceText, _ markers: WordSet) -> Int? {
        s.tokens.indices.first { index in
            markers.contains(s.word(index)) && !(s.word(index) == .may && s.tokens[index].isCapitalized)
        } ?? (s.tokens.indices.first { s.word($0) == .may && !s.tokens[$0].isCapitalized })
    }

    /// A definite reference's report ("killed during the attack") added to the event it refers
    /// to: its casualties combined, its new sources appended, the stronger responsibility, and
    /// its time when the event has none (the caller adds the evidence, which needs the
    /// sentence's text). Out of line, as few cues are such references: the loop over
    /// sentences stays smaller.
    @inline(never)
    static func addReport(to event: inout Event, casualties: Casualties, attribution: Attribution, time: TimeOfDay?) {
        event.casualties = event.casualties.combined(with: casualties)
        for source in attribution.sources where !event.attribution.sources.contains(source) {
            event.attribution.sources.append(source)
        }
        if let r = attribution.responsibility {
            event.attribution.responsibility = stronger(event.attribution.responsibility, r)
        }
        if time != nil && event.time == nil { event.time = time }
    }

    /// `EventType.suppressed` of the types of the `kept` cues, with their clauses as `sameClause`
    /// tells. The sentence and the cues are parameters here, which the test of a clause reads
    /// as they are: in the loop over sentences, a closure over the sentence copied its
    /// `SentenceText`, and a local function reading the list `kept` made every access to it,
    /// in every sentence, a checked one (a runtime call at each).
    static func suppressedTypes(_ s: SentenceText, _ kept: [Cue]) -> EventTypes {
        var types: EventTypes = []
        for cue in kept { types.insert(cue.type) }
        return EventType.suppressed(types, sameClause: { a, b in sameClause(s, kept, a, b) })
    }

    /// "bombed by heavy shelling": the means is the shelling, not an air strike. Whether the
    /// first air-strike cue of `kept` that starts with "bomb" is followed within two words by
    /// "by" and a shelling cue starts at most four words after that "by". A function of its
    /// own with plain loops: closures over the sentence in the loop over sentences made the
    /// compiler copy the `SentenceText` (a retain and a release of each of its references).
    static func isBombedByShelling(_ s: SentenceText, _ kept: [Cue]) -> Bool {
        for bombed in kept where bombed.type == .airStrike && s.word(bombed.first, hasPrefix: bombStem) {
            let end = min(bombed.last + 3, s.tokens.count)
            var by = bombed.last + 1
            while by < end && s.word(by) != .by { by += 1 }
            guard by < end else { return false }
            for cue in kept where cue.type == .shelling && cue.first > by && cue.first - by <= 4 { return true }
            return false
        }
        return false
    }

    /// Whether no comma stands between the first cues of types `a` and `b` among `kept` (false
    /// when either type has none).
    static func sameClause(_ s: SentenceText, _ kept: [Cue], _ a: EventType, _ b: EventType) -> Bool {
        guard let x = kept.first(where: { $0.type == a }), let y = kept.first(where: { $0.type == b }) else { return false }
        let (first, second) = x.first < y.first ? (x, y) : (y, x)
        return !s.containsComma(s.tokens[first.last].end, s.tokens[second.first].start)
    }

    /// The index of the first sentence that holds the mention at `start..<end`. Sentences are in order and do not
    /// overlap, so only the last one starting at or before the mention can hold it (unless the
    /// mention is empty, when the list is searched as it is).
    static func sentenceIndex(start: Int, end: Int, in ranges: [Range<Int>]) -> Int? {
        guard start < end else {
            return ranges.firstIndex { $0.lowerBound <= start && end <= $0.upperBound }
        }
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= start { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        return end <= ranges[low - 1].upperBound ? low - 1 : nil
    }

    /// `sentenceIndex(start:end:in:)` looked for forward from sentence `hint` when the mention
    /// starts at or after that sentence's start: for mentions in text order a step or two
    /// instead of a binary search. The answer is the same: the last sentence starting at or
    /// before the mention, found by stepping over those that do (sentences are in order).
    /// Any other mention is looked for as there. `hint` becomes the sentence stepped to.
    static func sentenceIndex(start: Int, end: Int, in ranges: [Range<Int>], hint: inout Int) -> Int? {
        guard start < end, hint < ranges.count, ranges[hint].lowerBound <= start else {
            return sentenceIndex(start: start, end: end, in: ranges)
        }
        while hint + 1 < ranges.count && ranges[hint + 1].lowerBound <= start { hint += 1 }
        return end <= ranges[hint].upperBound ? hint : nil
    }

    /// Whether the sentence starts with a boilerplate start ("Read also: …"), compared as the
    /// lower-cased sentence text. A sentence whose first two scalars are ASCII (and not a
    /// line break) starts with two characters that must be those of a start: nearly every
    /// sentence is settled by them without building its text. Those that pass ("More than",
    /// "Residents") are compared scalar by scalar while the scalars are plain (see
    /// `SentenceText.isPlain`), ASCII and so lower-cased alone; only a sentence with another
    /// scalar where it matters builds its text. `firstBytes` is `boilerplateFirstBytes`,
    /// fetched once by a caller going through a document (a static read, asked of every
    /// sentence, pays an initialisation check each time).
    /// `pairs` is `boilerplatePairs`, fetched so too.
    static func startsWithBoilerplate(
        _ s: SentenceText, firstBytes: UInt64 = EventExtractor.boilerplateFirstBytes, pairs: [UInt32] = EventExtractor.boilerplatePairs
    ) -> Bool {
        if s.length >= 2 {
            let a = s.scalar(0).value, b = s.scalar(1).value
            if a < 0x80 && b < 0x80 && a != 0x0D {
                let first = a >= 0x41 && a <= 0x5A ? a + 32 : a
                // Nearly every sentence starts with a letter no boilerplate start has: one bit
                // test turns it away before the pairs are read.
                if firstBytes & (1 << UInt64(first & 63)) == 0 { return false }
                let pair = first << 8 | (b >= 0x41 && b <= 0x5A ? b + 32 : b)
                if !pairs.contains(pair) { return false }
            }
        }
        var settled = true
        for start in boilerplateBytes {
            var same = true
            for i in 0..<min(start.count, s.length) {
                let v = s.scalar(i).value
                guard v < 0x80 && v != 0x0D else { settled = false; break }
                if (v >= 0x41 && v <= 0x5A ? v + 32 : v) != UInt32(start[i]) { same = false; break }
            }
            guard settled else { break }
            guard same && s.length >= start.count else { continue }
            // The next scalar must not join the start's last character.
            if s.length == start.count || SentenceText.isPlain(s.scalar(start.count)) { return true }
            settled = false
            break
        }
        if settled { return false }
        let lower = s.text(0, s.length).lowercased()
        return boilerplateStarts.contains(where: { lower.hasPrefix($0) })
    }

    /// The boilerplate starts as bytes (all ASCII).
    static let boilerplateBytes: [[UInt8]] = boilerplateStarts.map { Array($0.utf8) }

    /// Bit `c % 64` set for the first (ASCII, lower-case) byte `c` of each boilerplate start: a
    /// sentence whose first scalar, folded, has its bit clear starts none of them. (Letters,
    /// 0x61...0x7A, have bits of their own; another byte may share one, which only sends it on
    /// to the test of pairs.)
    static let boilerplateFirstBytes: UInt64 = boilerplateStarts.reduce(0) { bits, start in
        bits | 1 << UInt64(start.utf8.first! & 63)
    }

    /// The first two (ASCII) scalars of each boilerplate start, packed (a few: an array is
    /// searched faster than a set is hashed).
    static let boilerplatePairs: [UInt32] = boilerplateStarts.map { start in
        let scalars = Array(start.unicodeScalars)
        return scalars[0].value << 8 | scalars[1].value
    }

    static let habitualPatterns = SentenceText.PhraseSet(habitualMarkers)
    static let hedgePatterns = SentenceText.PhraseSet(hedges)
    static let continuationPlacePatterns = SentenceText.PhraseSet(continuationPlaces)
    static let continuationRegionPatterns = SentenceText.PhraseSet(continuationRegions)
    static let bombStem = SentenceText.Stem("bomb")

    /// The text of the sentence `range` of `scalars`: the text the finder gave a mention of the
    /// sentence when it is that text (shared: a retain instead of a new string), else built.
    ///
    /// With the UTF-8 offsets of `document`'s scalars (`document` the text `scalars` decode),
    /// the sentence's bytes are cut in place from the document's UTF-8 (`TextCutter`) and
    /// compared with the finder's text eight at a time (`TextCutter.text(_:sharing:)`), and,
    /// when it differs, made the text: the offsets are scalar boundaries of valid UTF-8, so those bytes
    /// are exactly the scalars' encoding, which the scalar-by-scalar comparison and
    /// `ScalarText.string` work out again.
    static func sentenceText(
        _ scalars: [Unicode.Scalar], _ range: Range<Int>, finderText: String, document: String, byteOffsets: ByteOffsets?
    ) -> String {
        if let byteOffsets {
            let text = document.utf8.withContiguousStorageIfAvailable { utf8 in
                var cutter = TextCutter(utf8, byteOffsets)
                return cutter.text(range, sharing: finderText)
            }
            if let text { return text }
        }
        return sentenceText(scalars, range, finderText: finderText)
    }

    /// The text of the scalar range `range` of `document`, its bytes cut from the document's
    /// UTF-8 (`TextCutter`) with the UTF-8 offsets of its scalars; nil without them, or when
    /// the UTF-8 cannot be read in place. The offsets are scalar boundaries of valid UTF-8, so
    /// the text is the one `ScalarText.string` makes of the same scalars, one copy of bytes
    /// instead of a pass to size it and one to narrow each scalar.
    static func cutText(_ range: Range<Int>, document: String, byteOffsets: ByteOffsets?) -> String? {
        guard let byteOffsets else { return nil }
        return document.utf8.withContiguousStorageIfAvailable { utf8 in
            var cutter = TextCutter(utf8, byteOffsets)
            return cutter.text(range)
        }
    }

    /// `sentenceText(_:_:finderText:document:byteOffsets:)` read from the scalars alone.
    static func sentenceText(_ scalars: [Unicode.Scalar], _ range: Range<Int>, finderText: String) -> String {
        if spells(finderText, scalars[range]) { return finderText }
        return ScalarText.string(scalars[range])
    }

    /// Whether `text` is the scalars `scalars`: their UTF-8 compared with the text's bytes in
    /// place (cheaper than encoding them into a new string, and than decoding the text). Runs
    /// of eight ASCII scalars (nearly all of a sentence) are compared with eight bytes at once:
    /// the scalars read as four pairs, tested for ASCII together and packed into the bytes
    /// they encode as; any other scalar is encoded and compared alone.
    static func spells(_ text: String, _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var text = text
        return text.withUTF8 { bytes in scalars.withUnsafeBufferPointer { scalars in
            // Every scalar takes at least one byte.
            guard bytes.count >= scalars.count else { return false }
            var b = 0
            var s = 0
            while s < scalars.count {
                #if _endian(little)
                if let wide = scalars.baseAddress.map(UnsafeRawPointer.init), let narrow = bytes.baseAddress.map(UnsafeRawPointer.init) {
                    while s + 8 <= scalars.count && b + 8 <= bytes.count {
                        // Scalars s and s + 1 in the low and high halves of each pair.
                        let w0 = wide.loadUnaligned(fromByteOffset: 4 * s, as: UInt64.self)
                        let w1 = wide.loadUnaligned(fromByteOffset: 4 * s + 8, as: UInt64.self)
                        let w2 = wide.loadUnaligned(fromByteOffset: 4 * s + 16, as: UInt64.self)
                        let w3 = wide.loadUnaligned(fromByteOffset: 4 * s + 24, as: UInt64.self)
                        guard (w0 | w1 | w2 | w3) & 0xFFFF_FF80_FFFF_FF80 == 0 else { break }
                        // An ASCII pair's two bytes: the low scalar, and the high one moved down to bits 8-15.
                        let packed = (w0 | w0 >> 24) & 0xFFFF | ((w1 | w1 >> 24) & 0xFFFF) << 16
                            | ((w2 | w2 >> 24) & 0xFFFF) << 32 | ((w3 | w3 >> 24) & 0xFFFF) << 48
                        guard packed == narrow.loadUnaligned(fromByteOffset: b, as: UInt64.self) else { return false }
                        s += 8
                        b += 8
                    }
                }
                guard s < scalars.count else { break }
                #endif
                let v = scalars[s].value
                if v < 0x80 {
                    guard b < bytes.count, bytes[b] == UInt8(truncatingIfNeeded: v) else { return false }
                    b += 1
                } else {
                    guard let encoded = UTF8.encode(scalars[s]) else { return false }
                    for unit in encoded {
                        guard b < bytes.count, bytes[b] == unit else { return false }
                        b += 1
                    }
                }
                s += 1
            }
            return b == bytes.count
        } }
    }

    /// The position of the last event of `type` in `events`, a list of one document's events
    /// (so each lists that document alone). Fields are read in place: `lastIndex(where:)` hands
    /// its test a copy of each event it passes (a retain and release of each of its references).
    static func lastEvent(of type: EventType, in events: [Event]) -> Int? {
        var index = events.count - 1
        while index >= 0 {
            if events[index].type == type { return index }
            index -= 1
        }
        return nil
    }

    static func stronger(_ a: Responsibility?, _ b: Responsibility) -> Responsibility {
        guard let a else { return b }
        return b.strength > a.strength ? b : a
    }

    func distance(_ cue: Cue, _ token: Int) -> Int {
        token < cue.first ? cue.first - token : max(0, token - cue.last)
    }

    /// The evidence of a cue: its span joined with the place mention's when that is given.
    /// - Parameter mention: the document offsets of the place mention, if any.
    /// - Parameters: `sentenceIndex` and `sentence`, the sentence's index in the document and its text.
    /// - Parameter sentence: consumed (every caller passes the `String` it was just handed),
    ///   so it moves into the evidence rather than being retained there and released after.
    func evidence(_ document: Document, _ sentenceIndex: Int, _ sentence: consuming String, _ s: SentenceText, _ first: Int, _ last: Int, _ mention: Range<Int>?) -> EventEvidence {
        var start = s.offset + s.tokens[first].start
        var end = s.offset + s.tokens[last].end
        if let mention {
            start = min(start, mention.lowerBound)
            end = max(end, mention.upperBound)
        }
        return EventEvidence(documentID: document.id, sentenceIndex: sentenceIndex, sentence: sentence, start: start, end: end)
    }

    /// Every cue in the sentence, longest phrase first where two overlap.
    /// - Parameters:
    ///   - tables: `cueTables`, fetched by a caller going through a document once for all its
    ///     sentences (a static read costs an initialisation check and a copy of the sets).
    ///   - matches: scratch for the (pattern, token) matches, emptied first: a caller going
    ///     through a document passes one array for every sentence (no array per sentence).
    ///   - found: where the cues go, in token order (emptied first; one array for every sentence too).
    func cues(_ s: SentenceText, tables: CueTables, matches: inout [(pattern: Int, token: Int)], into found: inout [Cue]) {
        // Every (pattern, token) match, found from the tokens' side (the patterns a word can
        // start), then taken in the order of trying each pattern over the tokens in turn.
        // The tables are buffers of plain values (see `CueTables`).
        let cueOpenings = tables.openings, alertWords = tables.alertWords
        let wordStarts = tables.wordStarts, wordItems = tables.wordItems, byteStarts = tables.byteStarts
        let byteItems = tables.byteItems, loneStems = tables.loneStems, withStem = tables.withStem
        let stemFloor = tables.stemFloor
        let patterns = tables.patterns
        let opensWord = Self.opensWord, opensStem = Self.opensStem
        matches.removeAllKeepingStorage()
        /// The patterns listed under the token's word, when it starts any: a one-word pattern
        /// listed under the token's word is that word, and matches as it is; a longer one
        /// already matches at its first word, and only its other words are tested, in place
        /// (`matchesAfterFirst`). A word that starts none (`unknown` among them) has an empty
        /// list, so its loop ends at once: asked first whether it is one of `cueFirstWords`,
        /// the set was copied to the stack twice per sentence for the test.
        @inline(__always)
        func matchFirstWord(_ word: EventWord, _ index: Int) {
            let raw = Int(word.rawValue)
            let patternBase = patterns.baseAddress.unsafelyUnwrapped
            for k in wordStarts[raw]..<wordStarts[raw + 1] {
                let pattern = patternBase + wordItems[k]
                guard pattern.pointee.count == 1
                    || s.matchesAfterFirst(pattern.pointer(to: \.phrase).unsafelyUnwrapped, at: index) else { continue }
                matches.append((wordItems[k], index))
            }
        }
        // The tokens' fields are read in place, as the tests need them (a copy of each token
        // loaded all of its 64 bytes).
        //
        // A first pass keeps the positions of the tokens the second must look at (an ASCII
        // word some cue may open, or a word beyond ASCII) with no branch: each position is
        // written at the end of the list, which grows by one only for a kept token. Tested
        // token by token, whether a word may open a cue was a branch mispredicted some 100K
        // times on the 320K tokens of a 2 MB bench (about a third of the words pass it).
        s.tokens.withUnsafeBufferPointer { tokens in
            guard !tokens.isEmpty else { return }
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: tokens.count) { kept in
                let keptBase = kept.baseAddress.unsafelyUnwrapped
                let openings = cueOpenings.baseAddress.unsafelyUnwrapped
                var keptCount = 0
                for index in tokens.indices {
                    let opens = openings[Int(truncatingIfNeeded: tokens[index].packed.low & 0xFFFF)]
                    let notASCII = UInt8(truncatingIfNeeded: unsafeBitCast(tokens[index].isASCII, to: UInt8.self) ^ 1)
                    keptBase[keptCount] = UInt32(truncatingIfNeeded: index)
                    // 1 when `opens` or `notASCII` is not zero (each at most 255), else 0.
                    keptCount &+= (Int(opens | notASCII) &+ 255) &>> 8
                }
                for k in 0..<keptCount {
                    let index = Int(keptBase[k])
                    guard tokens[index].isASCII else {
                        // A word beyond ASCII (rare): its word, and every stem-led pattern.
                        matchFirstWord(tokens[index].word, index)
                        for pattern in withStem where s.matches(patterns[pattern].phrase, at: index) {
                            matches.append((pattern, index))
                        }
                        continue
                    }
                    // One load, by the word's first two bytes, tells which of the two tests
                    // below a kept ASCII word needs (see `cueOpenings`): a test of the word
                    // and one of its opening were made for each.
                    let packed = tokens[index].packed
                    let opens = openings[Int(truncatingIfNeeded: packed.low & 0xFFFF)]
                    if opens & opensWord != 0 { matchFirstWord(tokens[index].word, index) }
                    // A word shorter than every cue stem ("in", "is": the commonest words that
                    // share a stem's first two bytes) starts none of them (see `cueStemFloor`).
                    guard opens & opensStem != 0, packed.low >= stemFloor else { continue }
                    let byte = Int(packed.low & 0x7F)
                    // A lone stem is a test of the token's bytes, made here (no call per try).
                    for k in byteStarts[byte]..<byteStarts[byte + 1]
                    where loneStems[k].map({ $0.isPrefix(of: packed) }) ?? s.matches(patterns[byteItems[k]].phrase, at: index) {
                        matches.append((byteItems[k], index))
                    }
                }
            }
        }
        found.removeAllKeepingStorage()
        guard !matches.isEmpty else { return }
        matches.sortUnlessStrictlyIncreasing { $0.pattern != $1.pattern ? $0.pattern < $1.pattern : $0.token < $1.token }
        // Covered tokens lie within the sentence's matches: a bit per token of their span, on
        // the stack (a heap array per sentence cost more than the test). A span of up to 64
        // tokens (nearly every sentence's) is one local word, with no temporary allocation
        // to make and clear.
        let coverBase = matches.lazy.map(\.token).min() ?? 0
        let words = (s.tokens.count - coverBase + 3 + 63) / 64
        func take(covered: UnsafeMutablePointer<UInt64>) {
            // By index: iterating over `matches` retained and released its buffer.
            for match in matches.indices {
                let (pattern, index) = matches[match]
                let type = patterns[pattern].type, count = patterns[pattern].count
                let range = (index - coverBase)..<(index - coverBase + count)
                guard !range.contains(where: { covered[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }) else { continue }
                if type == .fire && isFiringVerb(s, index, tables: tables) { continue }
                if alertWords.contains(s.word(index + count)) || (s.word(index + count) == .attack && alertWords.contains(s.word(index + count + 1))) { continue }
                for k in range { covered[k >> 6] |= 1 << UInt64(k & 63) }
                found.append(Cue(type: type, first: index, last: index + count - 1))
            }
        }
        if words == 1 {
            var covered: UInt64 = 0
            withUnsafeMutablePointer(to: &covered) { take(covered: $0) }
        } else {
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { covered in
                covered.initialize(repeating: 0)
                take(covered: covered.baseAddress.unsafelyUnwrapped)
            }
        }
        // "destroyed several Ukrainian drones": interception, not a drone attack or damage. Each
        // drone or missile cue with an interception verb up to four words before it gives an
        // air-defence cue (the verb to the cue's last word), added after the others in their
        // order; then the drone, missile and damage cues at such a cue's first word or at one of
        // those verbs are dropped, in place. (The cues `take` found cover distinct words, so
        // the cue at such a cue's first word is that cue.) Going through a copy of the list as
        // it was while changing it copied the list's storage at the first change: about 550
        // instructions in each of 1,034 sentences of a 2 MB bench.
        // The set is read from the tables: a static read per sentence paid a call of `swift_once`.
        let interceptionVerbs = tables.interceptionVerbs
        func interceptionVerb(before cue: Cue) -> Int? {
            (max(0, cue.first - 4)..<cue.first).first { interceptionVerbs.contains(s.word($0)) }
        }
        let foundCount = found.count
        for index in 0..<foundCount where found[index].type == .droneAttack || found[index].type == .missileStrike {
            if let verb = interceptionVerb(before: found[index]) {
                found.append(Cue(type: .airDefence, first: verb, last: found[index].last))
            }
        }
        if found.count > foundCount {
            var keptCount = 0
            for index in found.indices {
                let cue = found[index]
                if index < foundCount && (cue.type == .droneAttack || cue.type == .missileStrike || cue.type == .damage) {
                    if cue.type != .damage && interceptionVerb(before: cue) != nil { continue }
                    // Whether an interception verb is at the cue's first word: the air-defence cues start at theirs.
                    var added = foundCount
                    while added < found.count && found[added].first != cue.first { added += 1 }
                    if added < found.count { continue }
                }
                if keptCount != index { found[keptCount] = cue }
                keptCount += 1
            }
            found.truncate(to: keptCount)
        }
        found.sortUnlessStrictlyIncreasing { $0.first < $1.first }
    }

    /// The tables `cues` reads, fetched once per sentence: the word sets as they are, and the
    /// lists as buffers of plain values laid out once for the life of the process (never
    /// freed, as the static tables they copy are not). A static read costs an initialisation
    /// check, and an array a retain and a release: reading the seven arrays and three sets
    /// one by one cost that ten times per sentence, this one read once.
    struct CueTables: @unchecked Sendable {
        /// `cueOpenings`, read in place by a token's first two bytes.
        let openings: UnsafeBufferPointer<UInt8>
        let alertWords: WordSet
        /// `cueListsByFirstWord` and `cueListsByFirstByte`.
        let wordStarts: UnsafeBufferPointer<Int>, wordItems: UnsafeBufferPointer<Int>
        let byteStarts: UnsafeBufferPointer<Int>, byteItems: UnsafeBufferPointer<Int>
        /// `cueLoneStemsByFirstByte`, `cuePatternsWithStem` and `flatCuePatterns`.
        let loneStems: UnsafeBufferPointer<SentenceText.Stem?>
        let withStem: UnsafeBufferPointer<Int>
        let patterns: UnsafeBufferPointer<CuePattern>
        /// `interceptionVerbs`, and `isFiringVerb`'s sets (`firingVerbBefore`,
        /// `firingTargetAfter`, `blazeDeterminers`): sets `cues` asks of some sentences, read
        /// here rather than as statics (a call of `swift_once` each time).
        let interceptionVerbs: WordSet
        let firingVerbBefore: WordSet, firingTargetAfter: WordSet, blazeDeterminers: WordSet
        /// `cueStemFloor`.
        let stemFloor: UInt64

        /// A copy of `array` that is never freed.
        static func permanent<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
            let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
            _ = buffer.initialize(fromContentsOf: array)
            return UnsafeBufferPointer(buffer)
        }
    }

    static let cueTables = CueTables(
        openings: CueTables.permanent(cueOpenings), alertWords: alertWords,
        wordStarts: CueTables.permanent(cueListsByFirstWord.starts), wordItems: CueTables.permanent(cueListsByFirstWord.items),
        byteStarts: CueTables.permanent(cueListsByFirstByte.starts), byteItems: CueTables.permanent(cueListsByFirstByte.items),
        loneStems: CueTables.permanent(cueLoneStemsByFirstByte), withStem: CueTables.permanent(cuePatternsWithStem),
        patterns: CueTables.permanent(flatCuePatterns), interceptionVerbs: interceptionVerbs,
        firingVerbBefore: firingVerbBefore, firingTargetAfter: firingTargetAfter, blazeDeterminers: blazeDeterminers,
        stemFloor: cueStemFloor)

    /// Every cue phrase, longest first (the order `cues` tries them in), prepared for matching.
    static let cuePatterns: [(EventType, [SentenceText.WordPattern])] = EventType.allCases
        .flatMap { type in type.cues.map { (type, $0) } }.sorted { $0.1.count > $1.1.count }
        .map { ($0.0, $0.1.map(SentenceText.WordPattern.init)) }

    /// `cuePatterns` as plain values (no array inside), in the same order.
    static let flatCuePatterns: [CuePattern] = cuePatterns.map { CuePattern(type: $0.0, phrase: SentenceText.PhrasePattern($0.1)) }

    /// A cue phrase and its type, as plain values.
    struct CuePattern {
        var type: EventType
        var phrase: SentenceText.PhrasePattern
        var count: Int { phrase.count }
    }

    /// The cue patterns whose first token is a given word, by the word's raw value.
    static let cuePatternsByFirstWord: [[Int]] = {
        var table = [[Int]](repeating: [], count: EventWord.allCases.count)
        for (index, pattern) in cuePatterns.enumerated() {
            if case .word(let word) = pattern.1[0] { table[Int(word.rawValue)].append(index) }
        }
        return table
    }()

    /// `cuePatternsByFirstWord` and `cuePatternsByFirstByte` as flat lists, read in the loop
    /// without reference counting an inner array per token.
    static let cueListsByFirstWord = IndexLists(cuePatternsByFirstWord)
    static let cueListsByFirstByte = IndexLists(cuePatternsByFirstByte)
    /// For each item of `cueListsByFirstByte`, the stem when the pattern is that stem alone
    /// ("evacuat*", as every stem-led cue is now), else nil.
    static let cueLoneStemsByFirstByte: [SentenceText.Stem?] = cueListsByFirstByte.items.map { index in
        guard cuePatterns[index].1.count == 1, case .stem(let stem) = cuePatterns[index].1[0] else { return nil }
        return stem
    }

    /// Lists of indices in one array: list `k` is `items[starts[k]..<starts[k + 1]]`.
    struct IndexLists {
        let starts: [Int]
        let items: [Int]

        init(_ lists: [[Int]]) {
            var starts = [0]
            for list in lists { starts.append(starts[starts.count - 1] + list.count) }
            self.starts = starts
            self.items = lists.flatMap { $0 }
        }
    }

    /// The words that start a cue pattern.
    static let cueFirstWords = WordSet(cuePatterns.compactMap { if case .word(let word) = $0.1[0] { word } else { nil } })

    /// What an ASCII word may start, by its first two folded bytes (`packed.low & 0xFFFF`,
    /// 65,536 entries of which a text reads a few hundred): `opensWord` when some word of
    /// `cueFirstWords` has those bytes (a word of one byte has a zero second byte, as the
    /// token that is that word has), `opensStem` when some cue stem starts with them (every
    /// stem has two bytes or more). An entry of zero, nearly every word's, means neither: a
    /// word that is none of `cueFirstWords` and starts no stem is turned away by one load.
    static let cueOpenings: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 1 << 16)
        for word in EventWord.allCases where cueFirstWords.contains(word) {
            var low = 0
            for (i, byte) in word.spelling.utf8.prefix(2).enumerated() { low |= Int(byte) << (8 * i) }
            table[low] |= opensWord
        }
        for index in cuePatternsWithStem {
            guard case .stem(let stem) = cuePatterns[index].1[0] else { preconditionFailure("not a stem") }
            precondition(stem.packed.low & 0xFF00 != 0, "a cue stem needs two bytes or more")
            table[Int(stem.packed.low & 0xFFFF)] |= opensStem
        }
        return table
    }()
    static let opensWord: UInt8 = 1, opensStem: UInt8 = 2

    /// The least `packed.low` of a folded ASCII word as long as the shortest cue stem (its
    /// byte at that length, counted up to eight, not zero): a stem starts only words at least
    /// as long as itself, so a shorter word, whose `packed.low` is below this, is not tried
    /// against the stems its first two bytes open (`cueOpenings`). "in" opens those of
    /// "incursion*", "infiltrat*", "intercept*" and "iskander*" by its first byte.
    static let cueStemFloor: UInt64 = {
        var shortest = 8
        for index in cuePatternsWithStem {
            guard case .stem(let stem) = cuePatterns[index].1[0] else { preconditionFailure("not a stem") }
            shortest = min(shortest, stem.byteCount)
        }
        return 1 << (8 * UInt64(shortest - 1))
    }()

    /// The cue patterns whose first token is a stem ("evacuat*").
    static let cuePatternsWithStem: [Int] = cuePatterns.indices.filter {
        if case .stem = cuePatterns[$0].1[0] { return true } else { return false }
    }

    /// The cue patterns whose first token is a stem, by the stem's first byte (an ASCII word
    /// can start only those of its own first byte).
    static let cuePatternsByFirstByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 128)
        for index in cuePatternsWithStem {
            if case .stem(let stem) = cuePatterns[index].1[0] { table[Int(stem.packed.low & 0x7F)].append(index) }
        }
        return table
    }()

    static let firingVerbBefore: WordSet = [.open, .opened, .opening, .returned, .cease, .under]
    static let firingTargetAfter: WordSet = [.at, .on, .upon]
    static let blazeDeterminers: WordSet = [.a, .the, .in, .big, .large, .major]

    /// "open fire", "fire at": the verb, not a blaze.
    /// - Parameter tables: `cueTables`, whose copies of the three sets are read (fetched once
    ///   per document by the caller, rather than three statics read per cue tested).
    func isFiringVerb(_ s: SentenceText, _ index: Int, tables: CueTables = EventExtractor.cueTables) -> Bool {
        tables.firingVerbBefore.contains(s.word(index - 1))
            || (tables.firingTargetAfter.contains(s.word(index + 1)) && !tables.blazeDeterminers.contains(s.word(index - 1)))
    }

    /// "no explosions", "did not hit", "such raids": no incident.
    /// Most sentences have neither a negation nor "such" (their set of words tells): no scan.
    /// - Parameter negations: `negations`, fetched once by a caller going through a document
    ///   (a static read pays an initialisation check, a call of `swift_once`, each time).
    func isNegated(_ s: SentenceText, _ cue: Cue, negations: WordSet = EventExtractor.negations) -> Bool {
        guard s.containsAny(negations) || s.contains(.such) else { return false }
        return (max(0, cue.first - 2)..<cue.first).contains { negations.contains(s.word($0)) }
            || (max(0, cue.first - 3)..<cue.first).contains { s.word($0) == .such }
    }

    /// "a result of the barbaric attacks against Dnipro", "in response to an attack": the cause
    /// of what the sentence tells, an event told (or not) elsewhere, not a report of it.
    /// Each cause needs one of `causeNouns` before its preposition: a sentence without any (as
    /// its set of words tells, nearly every one) is not scanned.
    func isCauseReference(_ s: SentenceText, _ cue: Cue) -> Bool {
        guard s.containsAny(Self.causeNouns) else { return false }
        let locativePrepositions = Self.locativePrepositions, objectVerbs = Self.objectVerbs
        var k = cue.first - 1
        while k >= 0 && cue.first - k <= 4 {
            let word = s.word(k)
            if (word == .of && s.word(k - 1) == .result) || (word == .to && s.word(k - 1) == .response)
                || (word == .by && s.word(k - 1) == .caused)
                || (word == .for && (s.word(k - 1) == .retaliation || s.word(k - 1) == .revenge)) { return true }
            // Only determiners and adjectives between: "a result of the barbaric attacks".
            guard !locativePrepositions.contains(word), !objectVerbs.contains(word) else { return false }
            k -= 1
        }
        return false
    }

    /// The words before "of", "to", "by", "for" that make a cause ("result of", "response to",
    /// "caused by", "retaliation for", "revenge for").
    static let causeNouns: WordSet = [.result, .response, .caused, .retaliation, .revenge]

    /// "denied reports of an explosion" denies the event; "refuted speculation that the
    /// explosions were the result of Ukrainian forces" denies only responsibility.
    /// - Parameter denialVerbs: `denialVerbs`, fetched once by a caller going through a document.
    func isDeniedOccurrence(_ s: SentenceText, _ cue: Cue, _ attribution: Attribution, denialVerbs: WordSet = EventExtractor.denialVerbs) -> Bool {
        guard attribution.responsibility != .denied, s.containsAny(denialVerbs) else { return false }
        return (0..<cue.first).contains { denialVerbs.contains(s.word($0)) }
    }

    static let definiteIntensifiers: WordSet = [.same, .latest, .huge, .massive]

    /// "the attack", "the blast": an event already told.
    func isDefiniteReference(_ s: SentenceText, _ cue: Cue) -> Bool {
        s.word(cue.first - 1) == .the || (s.word(cue.first - 2) == .the && Self.definiteIntensifiers.contains(s.word(cue.first - 1)))
    }

    /// The places the sentence ties its events to: the best group of governed, resolved
    /// mentions (one place, or a list of places).
    /// - Parameters:
    ///   - mentions: the document's resolved mentions.
    ///   - candidates: the positions in `mentions` of the sentence's mentions, each with its
    ///     first token (`s.tokenIndex(at:)` of its start), worked out once by the caller.
    ///   - cues: the cues whose last tokens govern a following mention (as `isGoverned` says).
    ///   - choices: where the places go (emptied first): a caller going through a document
    ///     passes one array for every sentence (no array per sentence).
    ///   - classes: `governanceClasses` (see `isGoverned`), fetched once per document by such a caller.
    func choosePlaces(
        _ s: SentenceText, _ mentions: [ResolvedMention], _ candidates: [(position: Int, first: Int)], cues: [Cue] = [],
        classes: UnsafeBufferPointer<UInt8> = EventExtractor.governanceClasses, into choices: inout [PlaceChoice]
    ) {
        choices.removeAllKeepingStorage()
        // Candidates in order already (one, or the finder's mentions in text order: the common
        // cases) are taken as they are: sorting would copy them. Either list is handed on as a
        // parameter: a local holding one or the other retained and released it per sentence.
        let inOrder = candidates.indices.dropFirst().allSatisfy { mentions[candidates[$0 - 1].position].mention.start <= mentions[candidates[$0].position].mention.start }
        if inOrder {
            choosePlaces(s, mentions, sorted: candidates, cues: cues, classes: classes, into: &choices)
        } else {
            choosePlaces(
                s, mentions, sorted: candidates.sorted { mentions[$0.position].mention.start < mentions[$1.position].mention.start }, cues: cues,
                classes: classes, into: &choices)
        }
    }

    /// `choosePlaces(_:_:_:cues:into:)` of candidates in text order (`sorted`), `choices` empty.
    private func choosePlaces(
        _ s: SentenceText, _ mentions: [ResolvedMention], sorted: [(position: Int, first: Int)], cues: [Cue], classes: UnsafeBufferPointer<UInt8>,
        into choices: inout [PlaceChoice]
    ) {
        // Groups as ranges of `sorted`: the groups are runs of consecutive sorted mentions. The
        // best is the first of the lowest rank, kept as the groups are found (no list of them).
        var best: Range<Int>? = nil
        var bestRank = Int.max
        var index = 0
        func rank(_ group: Range<Int>) -> Int {
            switch gazetteer.places[mentions[sorted[group.lowerBound].position].placeIndex!].kind {
            case .place: return 0
            case .admin1: return 1
            case .country: return 2
            }
        }
        while index < sorted.count {
            guard mentions[sorted[index].position].placeIndex != nil, isGoverned(s, first: sorted[index].first, cues: cues, classes: classes),
                  !isPossessive(s, mentions[sorted[index].position].mention.end)
            else { index += 1; continue }
            var next = index + 1
            while next < sorted.count, mentions[sorted[next].position].placeIndex != nil,
                  isListGap(s, mentions[sorted[next - 1].position].mention.end, mentions[sorted[next].position].mention.start) {
                next += 1
            }
            let groupRank = rank(index..<next)
            if groupRank < bestRank {
                best = index..<next
                bestRank = groupRank
            }
            index = next
        }
        guard let best else { return }
        // "the Belgorod and Kursk regions": every place in the list is its region.
        // The last mention's fields read in place, and only for a list: binding the `Mention`
        // copied it whole (its strings retained) for every sentence with a place.
        let lastOfBest = sorted[best.upperBound - 1].position
        let asRegions = best.count > 1 && mentions[lastOfBest].mention.isRegionPhrase
            && Self.endsInPluralRegionWord(mentions[lastOfBest].mention.surface)
        // By index: a slice of `sorted` retained and released it.
        for slot in best {
            let position = sorted[slot].position
            var placeIndex = mentions[position].placeIndex!
            if asRegions, gazetteer.places[placeIndex].kind == .place,
               let regionIndex = admin1Position(of: gazetteer.places[placeIndex]) {
                placeIndex = regionIndex
            }
            if !choices.contains(where: { $0.placeIndex == placeIndex }) {
                choices.append(PlaceChoice(placeIndex: placeIndex, mention: position, method: .mention, confidence: mentions[position].confidence))
            }
        }
    }

    /// Whether the last word of `surface`, folded, is "regions", "oblasts" or "provinces" (the
    /// last of `Tokenizer.foldedTokens(of: surface)`). A surface that ends in ASCII (nearly
    /// every one) is read from its last bytes, without tokenising it: its last word is the
    /// last run of ASCII letters and digits unless a scalar beyond ASCII, which may be part of
    /// a word, ends the surface or comes just before that run.
    static func endsInPluralRegionWord(_ surface: String) -> Bool {
        // The bytes are read through the view's span, by offset: moving the view's index back
        // a byte at a time was a call per step (about 600 instructions a surface, 2 MB bench).
        let utf8 = surface.utf8
        let bytes = utf8.span
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
        var end = bytes.count
        var plain = true
        while end > 0 {
            let byte = bytes[end - 1]
            if byte >= 0x80 { plain = false; break }
            if isWordByte(byte) { break }
            end -= 1
        }
        var start = end
        while plain && start > 0 {
            let byte = bytes[start - 1]
            if byte >= 0x80 { plain = false; break }
            if !isWordByte(byte) { break }
            start -= 1
        }
        guard plain else {
            return ["regions", "oblasts", "provinces"].contains(Tokenizer.foldedTokens(of: surface).last ?? "")
        }
        guard end - start <= 16 else { return false }
        var packed = EventWord.Packed(low: 0, high: 0)
        for i in 0..<(end - start) {
            let byte = bytes[start + i]
            let folded = UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            if i < 8 { packed.low |= folded << (8 * UInt64(i)) } else { packed.high |= folded << (8 * UInt64(i - 8)) }
        }
        let word = EventWord.lookup(packed)
        return word == .regions || word == .oblasts || word == .provinces
    }

    /// Whether a locative preposition governs the mention, through filler words, or the mention
    /// is the object of an event verb ("shelled the town of Grayvoron", "a missile hit Kharkiv").
    /// - Parameter first: the mention's first token.
    /// - Parameter cues: cues whose last token counts as an event verb.
    /// - Parameter classes: `governanceClasses`, what the three sets say of each word, fetched
    ///   once per document by a caller going through one (copying the three sets, 192 bytes,
    ///   cost more than the loop's usual step or two, and a static read per call pays a call
    ///   of `swift_once`).
    func isGoverned(
        _ s: SentenceText, first: Int, cues: [Cue] = [], classes: UnsafeBufferPointer<UInt8> = EventExtractor.governanceClasses
    ) -> Bool {
        var k = first - 1
        var steps = 0
        while k >= 0 && steps < 6 && !s.gapContainsComma(k, k + 1) {
            let word = s.word(k)
            let wordClass = classes[Int(word.rawValue)]
            if wordClass & Self.governingClass != 0 || cues.contains(where: { $0.last == k }) { return true }
            guard wordClass & Self.fillerClass != 0 || s.gap(k, k + 1, is: "-") else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// "Russia's Belgorod", "Kyiv's soldiers": the owner, not the place of the event.
    /// - Parameter mentionEnd: the mention's document end offset.
    func isPossessive(_ s: SentenceText, _ mentionEnd: Int) -> Bool {
        let end = mentionEnd - s.offset
        guard end + 1 < s.length else { return false }
        return (s.scalar(end) == "'" || s.scalar(end) == "’") && (s.scalar(end + 1) == "s" || s.scalar(end + 1) == "S")
    }

    /// Whether only a list separator lies between two mentions ("Dnipro, Kharkiv", "Belgorod and Kursk").
    /// - Parameters: `aEnd` the first mention's document end offset, `bStart` the second's start.
    func isListGap(_ s: SentenceText, _ aEnd: Int, _ bStart: Int) -> Bool {
        if let plain = Self.asciiListGap(s, aEnd - s.offset, bStart - s.offset) { return plain }
        let between = s.text(aEnd - s.offset, bStart - s.offset).lowercased()
        let words = between.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        return between.contains(",") || words == ["and"] || words == ["or"] || words == ["and", "the"]
            ? words.allSatisfy { ["and", "or", "the"].contains($0) } : false
    }

    /// `isListGap` over a gap of ASCII other than CR (nearly every gap), read in place: the same
    /// words split at spaces and commas, lower-cased, without building strings. A gap holding a
    /// typographic quote, dash or other plain scalar beyond ASCII (`SentenceText.isPlain`: one
    /// that never joins a neighbour in a character and has no case) is no list gap: that
    /// scalar's character is neither a space nor a comma, so it lies in a word, which is then
    /// not "and", "or" or "the", whatever else the gap holds; `isListGap` answers false.
    /// Nil when the gap holds any other scalar, where characters are not scalars and `String`
    /// must decide.
    static func asciiListGap(_ s: SentenceText, _ start: Int, _ end: Int) -> Bool? {
        let lower = max(0, start), upper = min(end, s.length)
        guard lower < upper else { return false }
        // Word kinds: 1 "and", 2 "or", 3 "the", 4 anything else.
        var hasComma = false, words = 0, first = 0, second = 0, allListWords = true
        var packed: UInt64 = 0, letters = 0
        for index in lower...upper {
            let v = index < upper ? s.scalar(index).value : 0x20
            if v >= 0x80 && SentenceText.isPlain(s.scalar(index)) { return false }
            guard v < 0x80 && v != 0x0D else { return nil }
            if v == 0x20 || v == 0x2C {
                if v == 0x2C { hasComma = true }
                guard letters > 0 else { continue }
                let kind: Int
                switch (letters, packed) {
                case (3, 0x61 | 0x6E << 8 | 0x64 << 16): kind = 1
                case (2, 0x6F | 0x72 << 8): kind = 2
                case (3, 0x74 | 0x68 << 8 | 0x65 << 16): kind = 3
                default: kind = 4
                }
                words += 1
                if words == 1 { first = kind } else if words == 2 { second = kind }
                if kind == 4 { allListWords = false }
                packed = 0
                letters = 0
            } else {
                let byte = UInt64(v >= 0x41 && v <= 0x5A ? v + 32 : v)
                if letters < 8 { packed |= byte << (8 * UInt64(letters)) }
                letters += 1
            }
        }
        let listShape = hasComma || (words == 1 && (first == 1 || first == 2)) || (words == 2 && first == 1 && second == 3)
        return listShape && allListWords
    }

    /// "the city" continues the previous event's place; "the region" its region.
    /// - Parameters: `places` and `regions`, `continuationPlacePatterns` and
    ///   `continuationRegionPatterns`, fetched once by a caller going through a document (a
    ///   static read pays a call of `swift_once` each time).
    func continuation(
        _ s: SentenceText, previous: Int, places: SentenceText.PhraseSet = EventExtractor.continuationPlacePatterns,
        regions: SentenceText.PhraseSet = EventExtractor.continuationRegionPatterns
    ) -> PlaceChoice? {
        if s.containsAny(places) {
            return PlaceChoice(placeIndex: previous, mention: nil, method: .continuation, confidence: 0.8)
        }
        if s.containsAny(regions) {
            // Fields read in place: a copy of the `Place` would retain each of its strings.
            let kind = gazetteer.places[previous].kind
            if kind == .admin1 { return PlaceChoice(placeIndex: previous, mention: nil, method: .continuation, confidence: 0.8) }
            if kind == .place, let index = admin1Positions[gazetteer.places[previous].admin1Key] {
                return PlaceChoice(placeIndex: index, mention: nil, method: .continuation, confidence: 0.8)
            }
        }
        return nil
    }
}
