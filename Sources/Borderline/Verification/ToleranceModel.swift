import Foundation

/// How far a measurement may stray from a stated figure before the statement is judged
/// inconsistent. Every number here is explained in TOLERANCE.md beside this file; change both
/// together.
public struct ToleranceModel: Sendable, Hashable {
    /// "About", "around", "some": at least this share of the figure either way (or the
    /// rounding half-step, when that is wider).
    public var approximateShare = 0.10
    /// "Nearly", "almost": the truth lies below the figure by up to this share (or half a step).
    public var nearlyShare = 0.10
    /// People per square kilometre of built-up area, used to turn a population into a radius:
    /// r = √(population / (π · density)). 5,000/km² is typical of the built-up cores of
    /// Russian and Ukrainian cities (Belgorod: 345,000 people, built-up radius about 5 km).
    public var urbanDensityPerKm2 = 5_000.0
    /// No place is a point: villages still span about half a kilometre.
    public var minimumRadiusKm = 0.5
    /// The Natural Earth 1:10m border is off by up to a few hundred metres, sometimes about 1 km.
    public var borderAccuracyKm = 1.0
    /// A place-to-place figure may be a road distance: roads run 1.2–1.4 times the straight line
    /// in this region, so the geodesic may be as short as stated / 1.4.
    public var maximumRoadFactor = 1.4
    /// Populations differ by year and by boundary (city proper, urban okrug, agglomeration), so a
    /// stated head count fits GeoNames within this factor either way.
    public var populationFactor = 1.25
    /// Compass words: half-width of the sector a word covers, by the compass it belongs to.
    /// An 8-point sector is ±22.5°; writers who use only 4 or 8 points round to the nearest one,
    /// so one more half-sector of slack is allowed (±45°); 16-point words get ±22.5°.
    public var compassHalfWidthDegrees: [Int: Double] = [4: 45, 8: 45, 16: 22.5]
    /// "Further north": only the sense is stated, so anything within 90° of it.
    public var comparativeHalfWidthDegrees = 90.0
    /// Regions touch the border when they have a populated place within this distance of it.
    public var regionTouchesBorderKm = 25.0
    /// Two regions on either side of the border are neighbours when their stretches of border
    /// (spanned by those places' nearest border points) overlap or lie within this gap.
    public var adjacencyGapKm = 30.0
    /// A region whose nearest populated place is this far from the border does not touch it.
    public var regionFarFromBorderKm = 60.0

    public init() {}

    /// The default model, as documented.
    public static let standard = ToleranceModel()

    /// The interval a stated figure stands for, in its own unit, before any geographic term:
    /// the rounding its digits imply, widened or bounded by its hedge.
    public func statedInterval(_ quantity: StatedQuantity) -> ToleranceInterval {
        let halfStep = quantity.roundingStep / 2
        // Only an unhedged figure names its rounding; a hedged one names its hedge instead, so
        // the rounding term is looked up only when it is used. A hedge's term is written into
        // one buffer (`VerdictText`) rather than by appends to a String.
        switch quantity.hedge {
        case .none, .just:
            return ToleranceInterval(low: max(0, quantity.low - halfStep), high: quantity.high + halfStep,
                                     terms: Self.roundingTerms(halfStep: halfStep, unit: quantity.unit))
        case .approximate:
            let low = max(halfStep, approximateShare * quantity.low), high = max(halfStep, approximateShare * quantity.high)
            var term = VerdictText(capacity: 32)
            term.append("'")
            Self.appendFirstWord(of: quantity.text, to: &term)
            term.append("': ±")
            Self.appendFigure(high, to: &term)
            Self.appendUnit(quantity.unit, to: &term)
            return ToleranceInterval(low: max(0, quantity.low - low), high: quantity.high + high, terms: [term.string])
        case .nearly:
            let below = max(halfStep, nearlyShare * quantity.low)
            var term = VerdictText(capacity: 40)
            term.append("'nearly': up to ")
            Self.appendFigure(below, to: &term)
            Self.appendUnit(quantity.unit, to: &term)
            term.append(" below")
            return ToleranceInterval(low: max(0, quantity.low - below), high: quantity.high, terms: [term.string])
        case .atMost:
            return ToleranceInterval(low: 0, high: quantity.high, terms: ["upper bound"])
        case .atLeast:
            return ToleranceInterval(low: quantity.low, high: .infinity, terms: ["lower bound"])
        }
    }

    /// The stated interval in kilometres; a bracketed conversion ("10km (six miles)") joins it,
    /// since either figure may be the author's and the other a rounded conversion.
    public func statedIntervalKm(_ quantity: StatedQuantity, conversion: StatedQuantity?) -> ToleranceInterval {
        var interval = kilometres(statedInterval(quantity), quantity.unit)
        if let conversion, conversion.unit.kilometresPerUnit != nil {
            let other = kilometres(statedInterval(conversion), conversion.unit)
            // The terms in one array made to size (`terms(_:_:)`), the conversion's term in one buffer.
            var term = VerdictText(capacity: 40)
            term.append("or the conversion ")
            term += conversion.figureText
            interval = ToleranceInterval(low: min(interval.low, other.low), high: max(interval.high, other.high),
                                         terms: Self.terms(interval.terms, term.string))
        }
        return interval
    }

    private func kilometres(_ interval: ToleranceInterval, _ unit: QuantityUnit) -> ToleranceInterval {
        let factor = unit.kilometresPerUnit ?? 1
        return ToleranceInterval(low: interval.low * factor, high: interval.high * factor, terms: interval.terms)
    }

    /// The radius of a place in km from its population (see `urbanDensityPerKm2`).
    public func radiusKm(population: Int) -> Double {
        max(minimumRadiusKm, (Double(population) / (Double.pi * urbanDensityPerKm2)).squareRoot())
    }

    /// The interval a distance to the border may take: stated, ± the place's radius and the
    /// border's accuracy.
    public func borderDistance(_ stated: ToleranceInterval, radiusKm: Double) -> ToleranceInterval {
        borderDistance(stated, radiusKm: radiusKm, radiusTerm: Self.radiusTerm(radiusKm), fixed: FixedTerms(self))
    }

    /// `borderDistance(_:radiusKm:)` with its terms already written (`radiusTerm(_:)` of the
    /// radius, and the model's own).
    func borderDistance(_ stated: ToleranceInterval, radiusKm: Double, radiusTerm: String, fixed: FixedTerms) -> ToleranceInterval {
        let margin = radiusKm + borderAccuracyKm
        return ToleranceInterval(
            low: max(0, stated.low - margin), high: stated.high + margin,
            terms: Self.terms(stated.terms, radiusTerm, fixed.borderAccuracy))
    }

    /// "place radius 4.7 km": the term of a place's radius in a border distance's tolerance.
    static func radiusTerm(_ radiusKm: Double) -> String {
        var term = VerdictText(capacity: 32)
        term.append("place radius ")
        appendFigure(radiusKm, to: &term)
        term.append(" km")
        return term.string
    }

    /// The interval a place-to-place geodesic may take: down to stated / road factor (the
    /// figure may be by road), ± both places' radii.
    public func placeDistance(_ stated: ToleranceInterval, radiiKm: (Double, Double)) -> ToleranceInterval {
        placeDistance(stated, radiiKm: radiiKm, fixed: FixedTerms(self))
    }

    /// `placeDistance(_:radiiKm:)` with the model's own terms already written.
    func placeDistance(_ stated: ToleranceInterval, radiiKm: (Double, Double), fixed: FixedTerms) -> ToleranceInterval {
        let margin = radiiKm.0 + radiiKm.1
        return ToleranceInterval(
            low: max(0, stated.low / maximumRoadFactor - margin), high: stated.high + margin,
            terms: Self.terms(stated.terms, fixed.roadFactor, "place radii \(Self.figure(radiiKm.0)) + \(Self.figure(radiiKm.1)) km"))
    }

    /// The head counts a stated population allows.
    public func population(_ quantity: StatedQuantity) -> ToleranceInterval {
        population(quantity, fixed: FixedTerms(self))
    }

    /// `population(_:)` with the model's own terms already written.
    func population(_ quantity: StatedQuantity, fixed: FixedTerms) -> ToleranceInterval {
        let stated = statedInterval(quantity)
        return ToleranceInterval(
            low: stated.low / populationFactor, high: stated.high * populationFactor,
            terms: Self.terms(stated.terms, fixed.populationFactor))
    }

    /// The terms that name the model's own figures: the same in every verdict of a kind, so a
    /// checker writes them once (`ClaimChecker.fixedTerms`) instead of formatting the figures
    /// anew per claim.
    struct FixedTerms: Sendable {
        /// "border accuracy 1 km"
        var borderAccuracy: String
        /// "road distance up to 1.4× the straight line"
        var roadFactor: String
        /// "population sources differ by up to 1.25×"
        var populationFactor: String
        /// The whole terms of an adjacency verdict, the same in each: `["a place within 25 km of
        /// the border"]` (region and country) and `["stretches of border within 30 km"]` (two
        /// regions); kept as arrays, so a verdict shares one rather than allocating its own.
        var regionTouchesBorder: [String]
        var adjacencyGap: [String]

        init(_ model: ToleranceModel) {
            borderAccuracy = "border accuracy \(ToleranceModel.figure(model.borderAccuracyKm)) km"
            roadFactor = "road distance up to \(ToleranceModel.figure(model.maximumRoadFactor))× the straight line"
            populationFactor = "population sources differ by up to \(ToleranceModel.figure(model.populationFactor))×"
            regionTouchesBorder = ["a place within \(ToleranceModel.figure(model.regionTouchesBorderKm)) km of the border"]
            adjacencyGap = ["stretches of border within \(ToleranceModel.figure(model.adjacencyGapKm)) km"]
        }
    }

    /// `terms + [more]`, in one array made to size: `+` with an array literal (or a variadic
    /// parameter) builds the literal's array as well, one more allocation per verdict.
    ///
    /// A stated interval has one term (two with a conversion), and for one term the whole
    /// array is a literal: it is allocated to size and filled in place, where reserving an
    /// empty array and appending to it went through the generic `append(contentsOf:)` and a
    /// uniqueness and capacity check for each piece (about 550 instructions a verdict, the
    /// literal about 250).
    static func terms(_ terms: [String], _ more: String) -> [String] {
        if terms.count == 1 { return [terms[0], more] }
        var all: [String] = []
        all.reserveCapacity(terms.count + 1)
        all.append(contentsOf: terms)
        all.append(more)
        return all
    }

    /// `terms + [first, second]`, in one array made to size (a literal for one term, as above).
    static func terms(_ terms: [String], _ first: String, _ second: String) -> [String] {
        if terms.count == 1 { return [terms[0], first, second] }
        var all: [String] = []
        all.reserveCapacity(terms.count + 2)
        all.append(contentsOf: terms)
        all.append(first)
        all.append(second)
        return all
    }

    /// The half-width in degrees of the sector a compass word covers, widened by the angle the
    /// two places subtend (their radii seen from `distanceKm` away).
    public func compassHalfWidth(_ direction: CompassDirection, comparative: Bool, radiiKm: Double, distanceKm: Double) -> (degrees: Double, terms: [String]) {
        let base = comparative ? comparativeHalfWidthDegrees : (compassHalfWidthDegrees[direction.points] ?? 45)
        let size = distanceKm > 0 ? atan2(radiiKm, distanceKm) * 180 / .pi : 180
        // Each term written into one buffer, its figure in place (interpolation made a String
        // of every piece, about 2,000 instructions a term).
        var sector = VerdictText(capacity: 40)
        if comparative {
            sector.append("comparative")
        } else {
            sector += String(direction.points)
            sector.append("-point compass")
        }
        sector.append(" ±")
        Self.appendFigure(base, to: &sector)
        sector.append("°")
        var sizeTerm = VerdictText(capacity: 32)
        sizeTerm.append("place size ±")
        Self.appendFigure(size, to: &sizeTerm)
        sizeTerm.append("°")
        return (base + size, [sector.string, sizeTerm.string])
    }

    /// Appends " km" (a space and the unit) after a figure; nothing for a head count.
    static func appendUnit(_ unit: QuantityUnit, to text: inout VerdictText) {
        guard unit != .people else { return }
        text.append(" ")
        text += unit.rawValue
    }

    /// Appends `firstWord(text)` to `text`: while the text is ASCII up to the word's end, its
    /// bytes are found and copied in one pass over the UTF-8 (a Substring and its indices cost
    /// several hundred instructions); otherwise through `firstWord`.
    static func appendFirstWord(of text: String, to term: inout VerdictText) {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var start = 0
            while start < bytes.count && bytes[start] == 0x20 { start += 1 }
            var end = start
            while end < bytes.count && bytes[end] != 0x20 && bytes[end] < 0x80 { end += 1 }
            // As in `firstWord`: the word ends at the text's end, or at a space that no
            // combining mark (a byte beyond ASCII) joins.
            guard end == bytes.count || (bytes[end] == 0x20 && (end + 1 == bytes.count || bytes[end + 1] < 0x80)) else {
                return false
            }
            term.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            return true
        }
        if copied != true { term += firstWord(text) }
    }

    /// The first run of characters other than " " (`text.split(separator: " ").first`), found
    /// without building the array of every word.
    static func firstWord(_ text: String) -> Substring {
        // Read as bytes while they are ASCII, where each byte is a character of its own; a
        // byte beyond ASCII (a combining mark may join a space into another character) sends
        // the reading back to characters.
        let utf8 = text.utf8
        var byteStart = utf8.startIndex
        while byteStart < utf8.endIndex && utf8[byteStart] == 0x20 { utf8.formIndex(after: &byteStart) }
        var byteEnd = byteStart
        while byteEnd < utf8.endIndex && utf8[byteEnd] != 0x20 && utf8[byteEnd] < 0x80 { utf8.formIndex(after: &byteEnd) }
        if byteEnd == utf8.endIndex { return text[byteStart..<byteEnd] }
        if utf8[byteEnd] == 0x20 {
            let next = utf8.index(after: byteEnd)
            if next == utf8.endIndex || utf8[next] < 0x80 { return text[byteStart..<byteEnd] }
        }
        var start = text.startIndex
        while start < text.endIndex && text[start] == " " { text.formIndex(after: &start) }
        var end = start
        while end < text.endIndex && text[end] != " " { text.formIndex(after: &end) }
        return text[start..<end]
    }

    /// `[writtenRoundingTerm(halfStep:unit:)]` ("rounding ±5 km"), the terms of an unhedged
    /// figure's interval: the same few arrays shared by every claim (`knownRoundingTerms`),
    /// rather than one made per claim.
    static func roundingTerms(halfStep: Double, unit: QuantityUnit) -> [String] {
        let key = RoundingKey(halfStep: halfStep.bitPattern, unit: unit)
        let known = knownRoundingTerms
        for index in known.keys.indices where known.keys[index] == key { return known.terms[index] }
        return [writtenRoundingTerm(halfStep: halfStep, unit: unit)]
    }

    /// "rounding ±5 km" (`figure` of the half-step, then the unit but for head counts), written
    /// into one buffer: the checker's first claim writes the 176 `knownRoundingTerms`, which by
    /// interpolation cost about 8,600 instructions each.
    static func writtenRoundingTerm(halfStep: Double, unit: QuantityUnit) -> String {
        var term = VerdictText(capacity: 40)
        term.append("rounding ±")
        appendFigure(halfStep, to: &term)
        appendUnit(unit, to: &term)
        return term.string
    }

    struct RoundingKey: Hashable {
        var halfStep: UInt64
        var unit: QuantityUnit
    }

    /// `writtenRoundingTerm` of the half-steps figures have (half of 1, 5, 10, 50… and of 0.1,
    /// 0.5, 0.01…, as `NumberReader` gives them), in every unit: every claim names its
    /// rounding, and writing the same few terms anew per claim was a measurable share of the
    /// checks. Any other half-step is written when asked. The keys are searched in order, the
    /// common steps (1, 5, 10…) first: a few comparisons cost less than hashing the key.
    /// The steps stop at 5·10^14: the half of a larger one has too many digits for
    /// `FixedDecimal`'s integer writing, and its term went through `String(format:)`, most of
    /// this table's cost at start-up, for figures no text has (they are written when asked).
    static let knownRoundingTerms: (keys: [RoundingKey], terms: [[String]]) = {
        var keys: [RoundingKey] = [], terms: [[String]] = []
        var steps: [Double] = []
        var power = 1.0
        for _ in 0...14 {
            steps += [power, power * 5]
            power *= 10
        }
        var fraction = 1.0
        for _ in 1...6 {
            fraction /= 10
            steps += [fraction, fraction * 5]
        }
        for step in steps {
            for unit in QuantityUnit.allCases {
                let halfStep = step / 2
                keys.append(RoundingKey(halfStep: halfStep.bitPattern, unit: unit))
                terms.append([writtenRoundingTerm(halfStep: halfStep, unit: unit)])
            }
        }
        return (keys, terms)
    }()

    static func figure(_ value: Double) -> String {
        value >= 10 ? FixedDecimal.compact(value, maxDecimals: 1) : FixedDecimal.compact(value, maxDecimals: 2)
    }

    /// Appends `figure(value)` to `text`, written in place.
    static func appendFigure(_ value: Double, to text: inout VerdictText) {
        text.append(compact: value, maxDecimals: value >= 10 ? 1 : 2)
    }
}
