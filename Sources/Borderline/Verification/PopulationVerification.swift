/// Population claims: the stated head count against GeoNames.
extension ClaimChecker {
    func checkPopulation(_ claim: Claim, _ quantity: StatedQuantity) -> CheckedClaim {
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
        let tolerance = model.population(quantity)
        let measured = Double(subject.population)
        let verdict: Verdict = tolerance.contains(measured) ? .consistent : .inconsistent
        let range = "\(Self.count(tolerance.low))–\(tolerance.high.isFinite ? Self.count(tolerance.high) : "∞")"
        return CheckedClaim(
            claim: claim, subjectPlace: subject, referencePlace: nil, statedValue: quantity.nominal, measuredValue: measured,
            measuredUnit: "people", tolerance: tolerance, verdict: verdict,
            reason: "\(Self.count(measured)) is \(verdict == .consistent ? "inside" : "outside") \(range) (\(tolerance.terms.joined(separator: ", ")))",
            sentence: "\(name(subject)): stated \(statedPhrase(claim)); GeoNames gives \(Self.count(measured)); tolerance \(range): \(verdict.rawValue).")
    }

    static func count(_ value: Double) -> String { StatedQuantity.grouped(whole: value) }
}
