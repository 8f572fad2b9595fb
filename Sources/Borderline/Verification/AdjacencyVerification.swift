/// Adjacency claims: does a region border another region, or a country, across the
/// Russia–Ukraine border? (Method and limits: `BorderAdjacency`.)
extension ClaimChecker {
    func checkAdjacency(_ claim: consuming Claim) -> CheckedClaim {
        let subject: Place
        switch resolve(claim.subject, role: "subject") {
        case let .success(place): subject = place
        case let .failure(why): return unverifiable(claim, subject: nil, unit: "km", why: why)
        }
        guard subject.kind == .admin1 else {
            return unverifiable(claim, subject: subject, unit: "km", reason: "borders are checked between regions and countries; \(name(subject)) is a \(subject.kind == .place ? "town" : "country")")
        }
        // The reference is read out first, so the claim can move into the verdict from inside
        // the switch.
        let named = claim.reference
        switch named {
        case let .country(code, countryName)?:
            guard Self.isCrossBorder(code), Self.isCrossBorder(subject.countryCode), code != subject.countryCode else {
                return unverifiable(claim, subject: subject, unit: "km", reason: "only the Russia–Ukraine border is in the data")
            }
            let stretch = adjacency.stretch(ofRegion: subject.admin1Key)
            let tolerance = ToleranceInterval(low: 0, high: model.regionTouchesBorderKm, terms: fixedTerms.regionTouchesBorder)
            let verdict: Verdict
            if stretch.placesNearBorder > 0 {
                verdict = .consistent
            } else if stretch.nearestPlaceKm > model.regionFarFromBorderKm {
                verdict = .inconsistent
            } else {
                return unverifiable(claim, subject: subject, unit: "km",
                                    reason: "its nearest place is \(Self.km(stretch.nearestPlaceKm)) km from the border: too far to show contact, too near to rule it out")
            }
            // The evidence is the reason, and the sentence quotes it: each written into one buffer.
            var evidence = VerdictText(capacity: 120)
            evidence.append("its nearest place is ")
            Self.appendKm(stretch.nearestPlaceKm, to: &evidence)
            evidence.append(" km from the Russia–Ukraine border (")
            evidence += String(stretch.placesNearBorder)
            evidence.append(" places within ")
            ToleranceModel.appendFigure(model.regionTouchesBorderKm, to: &evidence)
            evidence.append(" km)")
            let reason = evidence.string
            var sentence = VerdictText(capacity: reason.utf8.count + 100)
            sentence += name(subject)
            sentence.append(": stated it borders ")
            sentence += countryName
            sentence.append("; ")
            sentence += reason
            Self.appendClosing(verdict, to: &sentence)
            return CheckedClaim(
                claim: claim, referencePlace: gazetteer.country(code: code), subjectPlace: subject, statedValue: nil,
                measuredValue: stretch.nearestPlaceKm, measuredUnit: "km", tolerance: tolerance, verdict: verdict, reason: reason,
                sentence: sentence.string)
        case let .place(other)?:
            let reference: Place
            switch resolve(other, role: "neighbour") {
            case let .success(place): reference = place
            case let .failure(why): return unverifiable(claim, subject: subject, unit: "km", why: why)
            }
            guard reference.kind == .admin1 else {
                return unverifiable(claim, subject: subject, reference: reference, unit: "km",
                                    reason: "borders are checked between regions; \(name(reference)) is a town")
            }
            guard Self.isCrossBorder(subject.countryCode), Self.isCrossBorder(reference.countryCode),
                  subject.countryCode != reference.countryCode else {
                return unverifiable(claim, subject: subject, reference: reference, unit: "km",
                                    reason: "the data has no region boundaries, only the Russia–Ukraine border line")
            }
            let a = adjacency.stretch(ofRegion: subject.admin1Key), b = adjacency.stretch(ofRegion: reference.admin1Key)
            let tolerance = ToleranceInterval(low: 0, high: model.adjacencyGapKm, terms: fixedTerms.adjacencyGap)
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
            // The evidence opens both the reason and the sentence: each is written into one
            // buffer, the figures in place (as `km(_:)` writes them), not interpolated.
            func appendEvidence(to text: inout VerdictText) {
                if gap == 0 {
                    text.append("their stretches of the Russia–Ukraine border overlap")
                } else {
                    text.append("their stretches of the Russia–Ukraine border are ")
                    Self.appendKm(gap, to: &text)
                    text.append(" km apart")
                }
            }
            var reason = VerdictText(capacity: 200)
            appendEvidence(to: &reason)
            reason.append(" (km ")
            Self.appendKm(a.fromKm!, to: &reason)
            reason.append("–")
            Self.appendKm(a.toKm!, to: &reason)
            reason.append(" and ")
            Self.appendKm(b.fromKm!, to: &reason)
            reason.append("–")
            Self.appendKm(b.toKm!, to: &reason)
            reason.append(" along the line from the Belarus tripoint)")
            var sentence = VerdictText(capacity: 200)
            sentence += name(subject)
            sentence.append(": stated it borders ")
            sentence += name(reference)
            sentence.append("; ")
            appendEvidence(to: &sentence)
            sentence.append(" (gap allowed: ")
            Self.appendKm(model.adjacencyGapKm, to: &sentence)
            sentence.append(" km)")
            Self.appendClosing(verdict, to: &sentence)
            return CheckedClaim(
                claim: claim, referencePlace: reference, subjectPlace: subject, statedValue: nil, measuredValue: gap,
                measuredUnit: "km", tolerance: tolerance, verdict: verdict, reason: reason.string, sentence: sentence.string)
        case nil, .border?, .frontline?, .otherBorder?:
            return unverifiable(claim, subject: subject, unit: "km", reason: "no neighbour is named")
        }
    }

    /// Whether a country code is one of the two sides of the border in the data ("RU", "UA"):
    /// two comparisons, where a `Set` literal was built (and hashed into) for every claim.
    static func isCrossBorder(_ code: String) -> Bool {
        code == "RU" || code == "UA"
    }
}
