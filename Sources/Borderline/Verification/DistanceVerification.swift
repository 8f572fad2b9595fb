/// Distance claims: to the border (or the front line, measured as the border) and between places.
extension ClaimChecker {
    /// Measures the subject's geodesic distance to the nearest point of the Russia–Ukraine
    /// border and judges it against the stated figure widened by the place's radius and the
    /// border's accuracy.
    ///
    /// The stated interval (its terms are Strings) is worked out only once the claim is known to
    /// be measured: an unverifiable verdict names the stated figure, not its interval.
    func checkBorderDistance(_ claim: consuming Claim) -> CheckedClaim {
        let statedKm = Self.statedKm(claim)
        // The subject is read by its gazetteer position; the verdict takes the one copy of it.
        let subject: Int
        switch resolvedIndex(claim.subject, role: "subject") {
        case let .success(index): subject = index
        case let .failure(why): return unverifiable(claim, subject: nil, stated: statedKm, unit: "km", why: why)
        }
        let places = gazetteer.places
        if case .otherBorder? = claim.reference {
            return unverifiable(claim, subjectAt: subject, stated: statedKm, unit: "km",
                                reason: "only the Russia–Ukraine border is in the data")
        }
        guard places[subject].kind == .place else {
            return unverifiable(claim, subjectAt: subject, stated: statedKm, unit: "km",
                                reason: "\(name(at: subject)) is a \(places[subject].kind == .country ? "country" : "region"), too large for one distance; the gazetteer has only a point for it")
        }
        // The nearest border point and the radius depend only on the place: worked out and
        // formatted once.
        let foot = borderFeet.value(for: subject) {
            let nearest = borderDistances.nearest(toPlace: subject)
            let radius = model.radiusKm(population: places[subject].population)
            return BorderFoot(nearest: nearest, radiusKm: radius, radiusTerm: ToleranceModel.radiusTerm(radius))
        }
        let nearest = foot.nearest
        let stated = statedIntervalKm(claim)
        let tolerance = model.borderDistance(stated, radiusKm: foot.radiusKm, radiusTerm: foot.radiusTerm, fixed: fixedTerms)
        let verdict: Verdict = tolerance.contains(nearest.distanceKm) ? .consistent : .inconsistent
        // Each text is written into one buffer sized for it, the figures in place in the
        // sentence, and the reason copies them from there.
        var figure = 0..<0
        var sentence = measuredSentence(claim, subjectAt: subject, measuredKm: nearest.distanceKm, figure: &figure)
        if case .frontline? = claim.reference {
            sentence.append(" km to the nearest point of the Russia–Ukraine border near (")
            Self.appendPoint(nearest.point, to: &sentence)
            sentence.append("), which stands in for the front line (the data has no front line)")
        } else {
            sentence.append(" km to the nearest border point near (")
            Self.appendPoint(nearest.point, to: &sentence)
            sentence.append(")")
        }
        sentence.append("; tolerance ")
        let intervalStart = sentence.byteCount
        Self.appendInterval(tolerance, unit: "km", to: &sentence)
        let interval = intervalStart..<sentence.byteCount
        Self.appendClosing(verdict, to: &sentence)
        let reason = Self.distanceReason(verdict: verdict, terms: tolerance.terms, figure: figure, interval: interval, of: sentence)
        return CheckedClaim(
            claim: claim, referencePlace: nil, subjectPlace: places[subject], statedValue: statedKm, measuredValue: nearest.distanceKm,
            measuredUnit: "km", tolerance: tolerance, verdict: verdict, reason: reason, sentence: sentence.string,
            lineFrom: places[subject].coordinate, lineTo: nearest.point)
    }

    /// "Sudzha: stated 10km; measured 9.8": the opening a distance verdict's sentence shares
    /// (`measuredKm` written as `km(_:)` writes it), in a buffer with room for the rest;
    /// `figure` is set to where the measured figure lies in it.
    func measuredSentence(_ claim: Claim, subjectAt subject: Int, measuredKm: Double, figure: inout Range<Int>) -> VerdictText {
        var sentence = VerdictText(capacity: claim.evidenceText.utf8.count + 360)
        sentence += name(at: subject)
        sentence.append(": stated ")
        appendStatedPhrase(claim, to: &sentence)
        sentence.append("; measured ")
        let start = sentence.byteCount
        Self.appendKm(measuredKm, to: &sentence)
        figure = start..<sentence.byteCount
        return sentence
    }

    /// "43.2 km is inside 30.0–50.0 km (…)": `reason(verdict:terms:measured:interval:)` of a
    /// distance verdict, its two figures copied from the bytes `figure` (the measured
    /// distance, as `appendKm` wrote it) and `interval` (as `appendInterval` wrote it, with
    /// its unit) of the verdict's sentence, which writes the same figures: writing each
    /// number again cost more than a copy (about 160 instructions a number).
    static func distanceReason(verdict: Verdict, terms: [String], figure: Range<Int>, interval: Range<Int>,
                               of sentence: borrowing VerdictText) -> String {
        sentence.withBytes { bytes in
            reason(verdict: verdict, terms: terms) { text in
                text.append(UnsafeBufferPointer(rebasing: bytes[figure]))
                text.append(" km")
            } interval: { $0.append(UnsafeBufferPointer(rebasing: bytes[interval])) }
        }
    }

    /// The stated figure of a distance claim in kilometres (nil for a claim of another kind),
    /// read where the claim holds it: binding the distance payload whole (figure, conversion
    /// and direction) copies its tuple through the runtime's generic witness, ~250
    /// instructions, for every distance claim.
    static func statedKm(_ claim: borrowing Claim) -> Double? {
        switch claim.statement {
        case .distance(let quantity, _, _): return quantity.nominalKm
        default: return nil
        }
    }

    /// `model.statedIntervalKm` of a distance claim's figure and conversion, each bound on its
    /// own for the reason `statedKm` gives.
    func statedIntervalKm(_ claim: borrowing Claim) -> ToleranceInterval {
        guard case .distance(let quantity, _, _) = claim.statement,
              case .distance(_, let conversion, _) = claim.statement else {
            preconditionFailure("a distance check of a claim that states no distance")
        }
        return model.statedIntervalKm(quantity, conversion: conversion)
    }

    /// Measures the geodesic between the two places and judges it against the stated figure,
    /// allowing for a road distance and for both places' size. As for the border, the stated
    /// interval is worked out only for a claim that is measured (most are not: a place named
    /// as the reference is often ambiguous or unknown).
    func checkPlaceDistance(_ claim: consuming Claim) -> CheckedClaim {
        let statedKm = Self.statedKm(claim)
        let subject: Int, reference: Int
        switch resolvedIndex(claim.subject, role: "subject") {
        case let .success(index): subject = index
        case let .failure(why): return unverifiable(claim, subject: nil, stated: statedKm, unit: "km", why: why)
        }
        guard case let .place(referencePlace)? = claim.reference else {
            return unverifiable(claim, subjectAt: subject, stated: statedKm, unit: "km", reason: "no place to measure from")
        }
        switch resolvedIndex(referencePlace, role: "reference") {
        case let .success(index): reference = index
        case let .failure(why): return unverifiable(claim, subjectAt: subject, stated: statedKm, unit: "km", why: why)
        }
        let places = gazetteer.places
        guard places[subject].kind == .place, places[reference].kind == .place else {
            let large = places[subject].kind == .place ? reference : subject
            return unverifiable(claim, subjectAt: subject, referenceAt: reference, stated: statedKm, unit: "km",
                                reason: "\(name(at: large)) is a \(places[large].kind == .country ? "country" : "region"), too large for one distance")
        }
        let inverse = Geodesic.wgs84.inverse(from: places[subject].coordinate, to: places[reference].coordinate)
        let radii = (model.radiusKm(population: places[subject].population), model.radiusKm(population: places[reference].population))
        let stated = statedIntervalKm(claim)
        let tolerance = model.placeDistance(stated, radiiKm: radii, fixed: fixedTerms)
        let verdict: Verdict = tolerance.contains(inverse.distanceKm) ? .consistent : .inconsistent
        var figure = 0..<0
        var sentence = measuredSentence(claim, subjectAt: subject, measuredKm: inverse.distanceKm, figure: &figure)
        sentence.append(" km in a straight line (WGS84 geodesic) to ")
        sentence += name(at: reference)
        sentence.append("; tolerance ")
        let intervalStart = sentence.byteCount
        Self.appendInterval(tolerance, unit: "km", to: &sentence)
        let interval = intervalStart..<sentence.byteCount
        sentence.append(", allowing for road distance: ")
        sentence += verdict.rawValue
        sentence.append(".")
        let reason = Self.distanceReason(verdict: verdict, terms: tolerance.terms, figure: figure, interval: interval, of: sentence)
        return CheckedClaim(
            claim: claim, referencePlace: places[reference], subjectPlace: places[subject], statedValue: statedKm,
            measuredValue: inverse.distanceKm, measuredUnit: "km", tolerance: tolerance, verdict: verdict, reason: reason,
            sentence: sentence.string,
            lineFrom: places[subject].coordinate, lineTo: places[reference].coordinate)
    }

    /// Appends `point.formatted()` ("50.38 N, 36.41 E"), written in place in each verdict.
    ///
    /// Not kept as a String with the place's border measurement (`BorderFoot`): on the
    /// generated corpus most measured places are measured once (2,092 of 2,466 verdicts), and
    /// a String of the point, in a buffer of its own, cost about 780 instructions, then its
    /// copy into the verdict about 70; written in place, the point costs about 220 each time.
    static func appendPoint(_ point: GeoPoint, to text: inout VerdictText) {
        text.append(fixed: abs(point.latitude), decimals: 2)
        text.append(point.latitude >= 0 ? " N, " : " S, ")
        text.append(fixed: abs(point.longitude), decimals: 2)
        text.append(point.longitude >= 0 ? " E" : " W")
    }
}
