/// Population claims: the stated head count against GeoNames.
extension ClaimChecker {
    func checkPopulation(_ claim: consuming Claim, _ quantity: StatedQuantity) -> CheckedClaim {
        let subjectAt: Int
        switch resolvedIndex(claim.subject, role: "subject") {
        case let .success(index): subjectAt = index
        case let .failure(why): return unverifiable(claim, subject: nil, stated: quantity.nominal, unit: "people", why: why)
        }
        let places = gazetteer.places
        guard places[subjectAt].kind == .place, places[subjectAt].population > 0 else {
            return unverifiable(claim, subjectAt: subjectAt, stated: quantity.nominal, unit: "people",
                                reason: "GeoNames gives no population for \(name(at: subjectAt))")
        }
        let subject = places[subjectAt]
        let tolerance = model.population(quantity, fixed: fixedTerms)
        let measured = Double(subject.population)
        let verdict: Verdict = tolerance.contains(measured) ? .consistent : .inconsistent
        // Each figure is formatted once (a head count fits in a String's inline storage), and
        // each text written into one buffer.
        let measuredText = Self.count(measured)
        let low = Self.count(tolerance.low), high = tolerance.high.isFinite ? Self.count(tolerance.high) : "∞"
        func appendRange(to text: inout VerdictText) {
            text += low
            text.append("–")
            text += high
        }
        let reason = Self.reason(verdict: verdict, terms: tolerance.terms) { $0 += measuredText } interval: { appendRange(to: &$0) }
        var sentence = VerdictText(capacity: claim.evidenceText.utf8.count + 240)
        sentence += name(at: subjectAt)
        sentence.append(": stated ")
        appendStatedPhrase(claim, to: &sentence)
        sentence.append("; GeoNames gives ")
        sentence += measuredText
        sentence.append("; tolerance ")
        appendRange(to: &sentence)
        Self.appendClosing(verdict, to: &sentence)
        return CheckedClaim(
            claim: claim, referencePlace: nil, subjectPlace: subject, statedValue: quantity.nominal, measuredValue: measured,
            measuredUnit: "people", tolerance: tolerance, verdict: verdict, reason: reason, sentence: sentence.string)
    }

    static func count(_ value: Double) -> String { StatedQuantity.grouped(whole: value) }
}
