/// Finds the claims of a document and checks each against the geography: the public entry
/// point of claims and verdicts.
///
/// Pure apart from the gazetteer it is given: the same document and mentions give the same
/// checked claims. Distances are WGS84 geodesics from PROJ (`Geodesic.wgs84`,
/// `Gazetteer.distanceToBorder`); the tolerance of each verdict comes from `ToleranceModel`
/// (TOLERANCE.md explains it).
public struct ClaimChecker: Sendable {
    public let gazetteer: Gazetteer
    public let model: ToleranceModel
    let extractor: ClaimExtractor
    let extents: [String: CountryExtent]
    let adjacency: BorderAdjacency
    /// Nearest border points already measured, by gazetteer position.
    let borderFeet = SharedMemo<Int, BorderFoot>()
    /// The border measurement of each place, which `MapPipeline` shares for its features.
    let borderDistances: BorderDistances
    /// The model's own tolerance terms, written once.
    let fixedTerms: ToleranceModel.FixedTerms
    /// The descriptions of ambiguous names' best entries already written.
    let optionDescriptions = SharedMemo<AmbiguousOptions, String>()
    /// `name(_:)` of every admin1 entry, by its GeoNames name: worked out once, since the test
    /// for a regional word goes through Foundation's string search.
    let regionNames: [String: String]

    /// Prepares the checker (country extents and the border's along-line positions).
    public init(gazetteer: Gazetteer, model: ToleranceModel = .standard) {
        self.gazetteer = gazetteer
        self.model = model
        self.fixedTerms = ToleranceModel.FixedTerms(model)
        self.extractor = ClaimExtractor(gazetteer: gazetteer)
        self.extents = CountryExtent.all(gazetteer)
        self.adjacency = BorderAdjacency(gazetteer: gazetteer, model: model)
        self.borderDistances = BorderDistances(gazetteer: gazetteer)
        var regionNames: [String: String] = [:]
        for index in gazetteer.places.indices where gazetteer.places[index].kind == .admin1 {
            let name = gazetteer.places[index].name
            regionNames[name] = Self.regionName(name)
        }
        self.regionNames = regionNames
    }

    /// Every claim of `document`, checked, in text order.
    /// - Parameter mentions: the document's resolved mentions (`Resolver.resolve`); mentions of
    ///   other documents are ignored, so a whole corpus's list may be passed.
    public func check(_ document: Document, mentions: [ResolvedMention]) -> [CheckedClaim] {
        check(document, text: DocumentText(document.text), mentions: mentions)
    }

    /// `check(_:mentions:)` with the document's scalars and sentences already made (by
    /// `MapPipeline`, which shares them between the stages).
    func check(_ document: Document, text: DocumentText, mentions: [ResolvedMention]) -> [CheckedClaim] {
        var claims = extractor.claims(in: document, text: text, mentions: mentions)
        let count = claims.count
        // Each claim is taken off the end of the list and moved into its verdict, which is
        // written into its place from the back: reading the claims by position would copy each
        // (and retain each of its strings) once more, and reversing the list first costs more
        // than that copy saves.
        return [CheckedClaim](unsafeUninitializedCapacity: count) { buffer, initialized in
            var slot = count
            while let claim = claims.popLast() {
                slot -= 1
                buffer.initializeElement(at: slot, to: check(claim))
            }
            initialized = count
        }
    }

    /// Checks one claim. The claim is consumed, as by every check below: it ends up in the
    /// verdict, moved rather than copied.
    public func check(_ claim: consuming Claim) -> CheckedClaim {
        switch claim.statement {
        case .distance:
            // The figures are read where the claim holds them (`statedKm`, `statedIntervalKm`):
            // binding the payload here copied its whole tuple through the runtime's generic
            // witness (~250 instructions) for every distance claim.
            if Self.referencesOtherPlace(claim) {
                return checkPlaceDistance(claim)
            }
            return checkBorderDistance(claim)
        case let .population(quantity):
            return checkPopulation(claim, quantity)
        case let .country(code, name):
            return checkCountry(claim, code: code, name: name)
        case .direction:
            // The compass word is read where the claim holds it, by `checkDirection` only once
            // the claim is known to be measured (see `direction(of:)`).
            if case let .country(code, name)? = claim.reference {
                return checkPositionInCountry(claim, Self.direction(of: claim).compass, code: code, name: name)
            }
            return checkDirection(claim)
        case .adjacency:
            return checkAdjacency(claim)
        }
    }

    /// The compass word of a direction claim and whether it is comparative ("further north").
    ///
    /// Read by the checks where they need them, not bound in `check(_:)`'s switch and passed
    /// in: there they were copied out of the claim's statement for every direction claim (the
    /// statement's outlined copy and destroy, about 230 instructions), while only 142 of the
    /// 4,066 direction claims of the 2 MB corpus are measured; the rest are unverifiable, and
    /// their verdicts write the statement from the claim itself.
    static func direction(of claim: borrowing Claim) -> (compass: CompassDirection, comparative: Bool) {
        guard case let .direction(compass, comparative) = claim.statement else {
            preconditionFailure("a direction check of a claim that states no direction")
        }
        return (compass, comparative)
    }

    /// Whether the claim's reference is another place, its tag read where the claim holds it:
    /// `claim.reference?.namesOtherPlace` copied the optional reference out of the consumed
    /// claim first (retaining each of its strings) for every distance claim.
    static func referencesOtherPlace(_ claim: borrowing Claim) -> Bool {
        switch claim.reference {
        case .place?: return true
        default: return false
        }
    }

    // MARK: shared helpers

    /// The subject's gazetteer entry, or why there is none (for unverifiable verdicts).
    func resolve(_ place: ClaimPlace?, role: String) -> Result<Place, Unplaced> {
        resolvedIndex(place, role: role).map { gazetteer.places[$0] }
    }

    /// `resolve`, giving the entry's position in `gazetteer.places`: the checks read the few
    /// fields they need in place, and only the verdict copies the entry.
    func resolvedIndex(_ place: ClaimPlace?, role: String) -> Result<Int, Unplaced> {
        guard let place else { return .failure(.unnamed(role: role)) }
        switch place.status {
        case let .resolved(index): return .success(index)
        case let .ambiguous(options):
            // Unplaced subjects are common, and each needs its reason: the list of entries is
            // written once per set of entries, each text into one buffer sized for it.
            let description = optionDescriptions.value(for: AmbiguousOptions(options)) {
                var written = VerdictText(capacity: 240)
                for (count, option) in options.prefix(3).enumerated() {
                    if count > 0 { written.append("; ") }
                    appendDescription(of: option, to: &written)
                }
                return written.string
            }
            return .failure(.ambiguous(surface: place.surface, options: description))
        case .unknown:
            return .failure(.unknown(surface: place.surface, reason: place.reason))
        }
    }

    /// Why a claim's place could not be used: the parts of the reason, which
    /// `unverifiable(_:subject:reference:stated:unit:why:)` writes straight into the verdict's
    /// sentence (which quotes its reason whole) and copies from there. Written into a buffer of
    /// its own here and made a String, the reason cost an allocation and its release, and
    /// another copy of its text, for every claim with an unplaced subject or reference (6,744
    /// of the 11,062 claims of the 2 MB generated corpus).
    enum Unplaced: Error {
        /// "no place is named as its subject"
        case unnamed(role: String)
        /// "Sloboda is ambiguous (Sloboda, Chernihiv Oblast, UA; …)": the name and the
        /// description of its best entries.
        case ambiguous(surface: String, options: String)
        /// "Gorki is not in the gazetteer (no gazetteer entry has this name)"
        case unknown(surface: String, reason: String)

        /// The room a verdict's sentence keeps for the reason: enough for nearly every one (a
        /// name and the description of three entries), and the sentence grows for a longer
        /// one. Counting each reason's bytes first cost about 40 instructions a verdict.
        static let typicalBytes = 200

        /// Appends the reason in words.
        func append(to text: inout VerdictText) {
            switch self {
            case let .unnamed(role):
                text.append("no place is named as its ")
                text += role
            case let .ambiguous(surface, options):
                text += surface
                text.append(" is ambiguous (")
                text += options
                text.append(")")
            case let .unknown(surface, reason):
                text += surface
                text.append(" is not in the gazetteer (")
                text += reason
                text.append(")")
            }
        }
    }

    /// "Belgorod", "Kharkiv region", "Russia": a place's name as sentences use it.
    func name(_ place: Place) -> String {
        guard place.kind == .admin1 else { return place.name }
        return regionNames[place.name] ?? Self.regionName(place.name)
    }

    /// `name(gazetteer.places[index])`, without copying the entry.
    func name(at index: Int) -> String {
        let places = gazetteer.places
        guard places[index].kind == .admin1 else { return places[index].name }
        return regionNames[places[index].name] ?? Self.regionName(places[index].name)
    }

    /// The name of an admin1 entry called `name` as sentences use it: "Kharkiv Oblast" as it is,
    /// "Kursk" as "Kursk region".
    static func regionName(_ name: String) -> String {
        let lower = name.lowercased()
        let ascii = isASCII(lower)
        let regional = regionalWords.contains { ascii ? containsASCII(lower, $0) : lower.contains($0) }
        return regional ? name : "\(name) region"
    }

    /// The words that make an admin1 name read as a region already ("Kharkiv Oblast").
    private static let regionalWords = ["oblast", "region", "krai", "kray", "republic", "city"]

    /// Whether every scalar of `text` is ASCII.
    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// `text.contains(word)` for an ASCII text and word, by their bytes. In ASCII every scalar is
    /// a character of its own, so a match of the bytes is a match of the characters, as
    /// Foundation's search finds it; that search costs about 5,000 instructions a call, and
    /// the checker's set-up makes six for every admin1 entry (about 80 M instructions, a
    /// twentieth of `borderline check`). Other texts go through Foundation.
    static func containsASCII(_ text: String, _ word: String) -> Bool {
        let haystack = Array(text.utf8), needle = Array(word.utf8)
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Appends "Belgorod, Belgorod Oblast, RU" (or "Russia (country)") for the entry at `index`.
    func appendDescription(of index: Int, to text: inout VerdictText) {
        let places = gazetteer.places
        text += places[index].name
        if places[index].kind == .country {
            text.append(" (country)")
        } else {
            text.append(", ")
            text += places[index].admin1Name
            text.append(", ")
            text += places[index].countryCode
        }
    }

    /// `unverifiable` for a subject (and reference) given by gazetteer position.
    func unverifiable(_ claim: consuming Claim, subjectAt subject: Int, referenceAt reference: Int? = nil, stated: Double? = nil,
                      unit: String = "", reason: String) -> CheckedClaim {
        unverifiable(claim, subject: gazetteer.places[subject], reference: reference.map { gazetteer.places[$0] },
                     stated: stated, unit: unit, reason: reason)
    }

    /// `unverifiable` for a subject given by gazetteer position and a place that could not be used.
    func unverifiable(_ claim: consuming Claim, subjectAt subject: Int, stated: Double? = nil, unit: String = "", why: Unplaced) -> CheckedClaim {
        unverifiable(claim, subject: gazetteer.places[subject], stated: stated, unit: unit, why: why)
    }

    /// An unverifiable verdict with its reason.
    func unverifiable(_ claim: consuming Claim, subject: Place?, reference: Place? = nil, stated: Double? = nil, unit: String = "",
                      reason: String) -> CheckedClaim {
        unverifiable(claim, subject: subject, reference: reference, stated: stated, unit: unit, reasonBytes: reason.utf8.count) { sentence in
            sentence += reason
            return reason
        }
    }

    /// An unverifiable verdict for a claim whose place could not be used: the reason is written
    /// once, into the sentence, and copied from there.
    func unverifiable(_ claim: consuming Claim, subject: Place?, reference: Place? = nil, stated: Double? = nil, unit: String = "",
                      why: Unplaced) -> CheckedClaim {
        unverifiable(claim, subject: subject, reference: reference, stated: stated, unit: unit, reasonBytes: Unplaced.typicalBytes) { sentence in
            let start = sentence.byteCount
            why.append(to: &sentence)
            return sentence.string(from: start)
        }
    }

    /// The unverifiable verdict both forms write: `writeReason` appends the reason to the
    /// sentence (`reasonBytes` long) and gives it as a String.
    private func unverifiable(_ claim: consuming Claim, subject: Place?, reference: Place?, stated: Double?, unit: String,
                              reasonBytes: Int, writeReason: (inout VerdictText) -> String) -> CheckedClaim {
        var sentence = VerdictText(capacity: reasonBytes + claim.evidenceText.utf8.count + 160)
        if let subject {
            sentence += name(subject)
        } else {
            sentence += claim.subject?.surface ?? "(no place named)"
        }
        sentence.append(": stated ")
        appendStatedPhrase(claim, to: &sentence)
        sentence.append(": unverifiable (")
        let reason = writeReason(&sentence)
        sentence.append(").")
        return CheckedClaim(
            claim: claim, referencePlace: reference, subjectPlace: subject, statedValue: stated, measuredValue: nil,
            measuredUnit: unit, tolerance: nil, verdict: .unverifiable, reason: reason, sentence: sentence.string)
    }

    /// What the text states, in words: "about 20 miles (32 km) from the Ukrainian border".
    func statedPhrase(_ claim: Claim) -> String {
        var text = VerdictText(capacity: claim.evidenceText.utf8.count + 120)
        appendStatedPhrase(claim, to: &text)
        return text.string
    }

    /// Appends `statedPhrase(claim)` to `text`, so a verdict's sentence is written in one buffer.
    func appendStatedPhrase(_ claim: Claim, to text: inout VerdictText) {
        switch claim.statement {
        case let .distance(quantity, conversion, direction):
            text += quantity.text
            if let conversion {
                text.append(" (")
                text += conversion.text
                text.append(")")
            }
            if quantity.unit != .kilometres, conversion?.unit != .kilometres, let km = quantity.nominalKm {
                text.append(" (")
                text.append(fixed: km, decimals: km < 10 ? 1 : 0)
                text.append(" km)")
            }
            if let direction {
                text.append(" ")
                text += direction.text
                text.append(" of ")
            } else {
                text.append(" from ")
            }
            Self.appendWording(of: claim, to: &text)
        case let .population(quantity):
            text.append("a population of ")
            text += quantity.text
        case let .country(_, name):
            text.append("in ")
            text += name
        case let .direction(compass, comparative):
            if case let .country(_, name)? = claim.reference {
                text.append("in the ")
                text += compass.text
                text.append(" of ")
                text += name
                return
            }
            text.append(comparative ? "further " : "")
            text += compass.text
            text.append(comparative ? " than " : " of ")
            Self.appendWording(of: claim, to: &text)
        case .adjacency:
            text.append("it borders ")
            Self.appendWording(of: claim, to: &text)
        }
    }

    /// Appends `claim.reference?.wording ?? "?"`, the wording read where the claim holds it:
    /// through `wording` the reference was copied twice a verdict (retaining each of its
    /// strings and its place's), which cost about as much as writing the rest of the phrase.
    static func appendWording(of claim: borrowing Claim, to text: inout VerdictText) {
        if claim.reference?.appendWording(to: &text) == nil { text.append("?") }
    }

    /// "43.2 km is inside 30–50 km (rounding ±5 km; …)": the reason every measured verdict gives,
    /// written into one buffer: `measured` writes the measured figure with its unit ("43.2 km",
    /// or "212°", which carries its own), `interval` the interval judged against.
    static func reason(verdict: Verdict, terms: [String], measured: (inout VerdictText) -> Void,
                       interval: (inout VerdictText) -> Void) -> String {
        var reason = VerdictText(capacity: 200)
        measured(&reason)
        reason.append(verdict == .consistent ? " is inside " : " is outside ")
        interval(&reason)
        reason.append(" (")
        appendJoined(terms, to: &reason)
        reason.append(")")
        return reason.string
    }

    /// Appends ": consistent." (the verdict, as a sentence ends with it) in one piece.
    static func appendClosing(_ verdict: Verdict, to text: inout VerdictText) {
        switch verdict {
        case .consistent: text.append(": consistent.")
        case .inconsistent: text.append(": inconsistent.")
        case .unverifiable: text.append(": unverifiable.")
        }
    }

    /// Appends `parts.joined(separator: ", ")` to `text`.
    static func appendJoined(_ parts: [String], to text: inout VerdictText) {
        for index in parts.indices {
            if index > 0 { text.append(", ") }
            text += parts[index]
        }
    }

    /// A distance in kilometres as verdicts write it: one decimal.
    static func km(_ value: Double) -> String { FixedDecimal.format(value, decimals: 1) }

    /// Appends `km(value)` to `text`, written in place: the one format of a distance in a
    /// verdict, whether the verdict is made as a String or in a buffer.
    @inline(__always)
    static func appendKm(_ value: Double, to text: inout VerdictText) {
        text.append(fixed: value, decimals: 1)
    }

    /// Appends "30.0–50.0 km": an interval of kilometres with its unit. Written in place each
    /// time it is used (the reason and the sentence), which costs less than making it a String.
    static func appendInterval(_ interval: ToleranceInterval, unit: StaticString, to text: inout VerdictText) {
        text.append(fixed: interval.low, decimals: 1)
        text.append("–")
        if interval.high.isFinite {
            text.append(fixed: interval.high, decimals: 1)
        } else {
            text.append("∞")
        }
        text.append(" ")
        text.append(unit)
    }
}

extension ClaimReference {
    /// Appends `wording` to `text`, read in place.
    func appendWording(to text: inout VerdictText) {
        switch self {
        case let .border(wording), let .frontline(wording), let .otherBorder(wording): text += wording
        case let .place(place): text += place.surface
        case let .country(_, name): text += name
        }
    }

    /// Whether the reference is another place. Read in place: an `if case` on a claim's
    /// reference copied the reference first, retaining each of its strings.
    var namesOtherPlace: Bool {
        if case .place = self { return true }
        return false
    }
}
