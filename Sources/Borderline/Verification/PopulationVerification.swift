/// Population claims: the stated head count against GeoNames.
extension ClaimChecker {
    func checkPopulation(_ claim: consuming Claim, _ quantity: StatedQuantity) -> CheckedClaim {
        let subjectAt: Int
        switch resolvedIndex(claim.subject, role: "subject") {
        case let .success(index): subjectAt = index
        case let .failure(why): return unverifiable(claim, subject: nil, stated: quantity.nominal, unit: "people", reason: why.reason)
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
        // Each figure is formatted once, and each text written into one buffer.
        let measuredText = Self.count(measured)
        var written = VerdictText(capacity: 40)
        written += Self.count(tolerance.low)
        written += "–"
        written += tolerance.high.isFinite ? Self.count(tolerance.high) : "∞"
        let range = written.string
        let reason = Self.reason(measured: measuredText, unit: "", verdict: verdict, interval: range, terms: tolerance.terms)
        var sentence = VerdictText(capacity: range.utf8.count + claim.evidenceText.utf8.count + 200)
        sentence += name(at: subjectAt)
        sentence += ": stated "
        appendStatedPhrase(claim, to: &sentence)
        sentence += "; GeoNames gives "
        sentence += measuredText
        sentence += "; tolerance "
        sentence += range
        sentence += ": "
        sentence += verdict.rawValue
        sentence += "."
        return CheckedClaim(
            claim: claim, subjectPlace: subject, referencePlace: nil, statedValue: quantity.nominal, measuredValue: measured,
            measuredUnit: "people", tolerance: tolerance, verdict: verdict, reason: reason, sentence: sentence.string)
    }

    static func count(_ value: Double) -> String { StatedQuantity.grouped(whole: value) }
}
