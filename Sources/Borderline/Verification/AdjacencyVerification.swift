/// Adjacency claims: does a region border another region, or a country, across the
/// Russia–Ukraine border? (Method and limits: `BorderAdjacency`.)
extension ClaimChecker {
    func checkAdjacency(_ claim: consuming Claim) -> CheckedClaim {
        let subject: Place
        switch resolve(claim.subject, role: "subject") {
        case let .success(place): subject = place
        case let .failure(why): return unverifiable(claim, subject: nil, unit: "km", reason: why.reason)
        }
        guard subject.kind == .admin1 else {
            return unverifiable(claim, subject: subject, unit: "km", reason: "borders are checked between regions and countries; \(name(subject)) is a \(subject.kind == .place ? "town" : "country")")
        }
        let crossBorder: Set<String> = ["RU", "UA"]
        // The reference is read out first, so the claim can move into the verdict from inside
        // the switch.
        let named = claim.reference
        switch named {
        case let .country(code, countryName)?:
            guard crossBorder.contains(code), crossBorder.contains(subject.countryCode), code != subject.countryCode else {
                return unverifiable(claim, subject: subject, unit: "km", reason: "only the Russia–Ukraine border is in the data")
            }
            let stretch = adjacency.stretch(ofRegion: subject.admin1Key)
            let tolerance = ToleranceInterval(low: 0, high: model.regionTouchesBorderKm, terms: ["a place within \(ToleranceModel.figure(model.regionTouchesBorderKm)) km of the border"])
            let verdict: Verdict
            if stretch.placesNearBorder > 0 {
                verdict = .consistent
            } else if stretch.nearestPlaceKm > model.regionFarFromBorderKm {
                verdict = .inconsistent
            } else {
                return unverifiable(claim, subject: subject, unit: "km",
                                    reason: "its nearest place is \(Self.km(stretch.nearestPlaceKm)) km from the border: too far to show contact, too near to rule it out")
            }
            let evidence = "its nearest place is \(Self.km(stretch.nearestPlaceKm)) km from the Russia–Ukraine border (\(stretch.placesNearBorder) places within \(ToleranceModel.figure(model.regionTouchesBorderKm)) km)"
            return CheckedClaim(
                claim: claim, referencePlace: gazetteer.country(code: code), subjectPlace: subject, statedValue: nil,
                measuredValue: stretch.nearestPlaceKm, measuredUnit: "km", tolerance: tolerance, verdict: verdict, reason: evidence,
                sentence: "\(name(subject)): stated it borders \(countryName); \(evidence): \(verdict.rawValue).")
        case let .place(other)?:
            let reference: Place
            switch resolve(other, role: "neighbour") {
            case let .success(place): reference = place
            case let .failure(why): return unverifiable(claim, subject: subject, unit: "km", reason: why.reason)
            }
            guard reference.kind == .admin1 else {
                return unverifiable(claim, subject: subject, reference: reference, unit: "km",
                                    reason: "borders are checked between regions; \(name(reference)) is a town")
            }
            guard crossBorder.contains(subject.countryCode), crossBorder.contains(reference.countryCode),
                  subject.countryCode != reference.countryCode else {
                return unverifiable(claim, subject: subject, reference: reference, unit: "km",
                                    reason: "the data has no region boundaries, only the Russia–Ukraine border line")
            }
            let a = adjacency.stretch(ofRegion: subject.admin1Key), b = adjacency.stretch(ofRegion: reference.admin1Key)
            let tolerance = ToleranceInterval(low: 0, high: model.adjacencyGapKm, terms: ["stretches of border within \(ToleranceModel.figure(model.adjacencyGapKm)) km"])
            guard let gap = BorderAdjacency.gapKm(a, b) else {
                let far = [(subject, a), (reference, b)].first { $0.1.placesNearBorder == 0 && $0.1.nearestPlaceKm > model.regionFarFromBorderKm }
                if let far {
                    let reason = "\(name(far.0))'s nearest place is \(Self.km(far.1.nearestPlaceKm)) km from the Russia–Ukraine border, so it touches no stretch of it"
                    return CheckedClaim(
                        claim: claim, referencePlace: reference, subjectPlace: subject, statedValue: nil, measuredValue: nil,
                        measuredUnit: "km", tolerance: tolerance, verdict: .inconsistent, reason: reason,
                        sentence: "\(name(subject)): stated it borders \(name(reference)); \(reason): inconsistent.")
                }
                return unverifiable(claim, subject: subject, reference: reference, unit: "km",
                                    reason: "no place of one of the regions lies within \(ToleranceModel.figure(model.regionTouchesBorderKm)) km of the border")
            }
            let verdict: Verdict = tolerance.contains(gap) ? .consistent : .inconsistent
            let evidence = gap == 0
                ? "their stretches of the Russia–Ukraine border overlap"
                : "their stretches of the Russia–Ukraine border are \(Self.km(gap)) km apart"
            return CheckedClaim(
                claim: claim, referencePlace: reference, subjectPlace: subject, statedValue: nil, measuredValue: gap,
                measuredUnit: "km", tolerance: tolerance, verdict: verdict,
                reason: "\(evidence) (km \(Self.km(a.fromKm!))–\(Self.km(a.toKm!)) and \(Self.km(b.fromKm!))–\(Self.km(b.toKm!)) along the line from the Belarus tripoint)",
                sentence: "\(name(subject)): stated it borders \(name(reference)); \(evidence) (gap allowed: \(Self.km(model.adjacencyGapKm)) km): \(verdict.rawValue).")
        case nil, .border?, .frontline?, .otherBorder?:
            return unverifiable(claim, subject: subject, unit: "km", reason: "no neighbour is named")
        }
    }
}
