/// Distance claims: to the border (or the front line, measured as the border) and between places.
extension ClaimChecker {
    /// Measures the subject's geodesic distance to the nearest point of the Russia–Ukraine
    /// border and judges it against the stated figure widened by the place's radius and the
    /// border's accuracy.
    func checkBorderDistance(_ claim: Claim, _ quantity: StatedQuantity, _ conversion: StatedQuantity?) -> CheckedClaim {
        let stated = model.statedIntervalKm(quantity, conversion: conversion)
        let statedKm = quantity.nominalKm
        let subject: Place
        switch resolve(claim.subject, role: "subject") {
        case let .success(place): subject = place
        case let .failure(why): return unverifiable(claim, subject: nil, stated: statedKm, unit: "km", reason: why.reason)
        }
        if case .otherBorder? = claim.reference {
            return unverifiable(claim, subject: subject, stated: statedKm, unit: "km",
                                reason: "only the Russia–Ukraine border is in the data")
        }
        guard subject.kind == .place else {
            return unverifiable(claim, subject: subject, stated: statedKm, unit: "km",
                                reason: "\(name(subject)) is a \(subject.kind == .country ? "country" : "region"), too large for one distance; the gazetteer has only a point for it")
        }
        let nearest = gazetteer.distanceToBorder(from: subject.coordinate)
        let tolerance = model.borderDistance(stated, radiusKm: model.radiusKm(population: subject.population))
        let verdict: Verdict = tolerance.contains(nearest.distanceKm) ? .consistent : .inconsistent
        // Each figure is formatted once and shared by the reason and the sentence.
        let distance = Self.km(nearest.distanceKm)
        let interval = Self.interval(tolerance, unit: "km")
        var measured = "measured " + distance + " km to the nearest border point near (" + nearest.point.formatted() + ")"
        if case .frontline? = claim.reference {
            measured = "measured " + distance + " km to the nearest point of the Russia–Ukraine border near (" + nearest.point.formatted() + "), "
                + "which stands in for the front line (the data has no front line)"
        }
        let reason = distance + " km is " + (verdict == .consistent ? "inside " : "outside ") + interval
            + " (" + tolerance.terms.joined(separator: ", ") + ")"
        return CheckedClaim(
            claim: claim, subjectPlace: subject, referencePlace: nil, statedValue: statedKm, measuredValue: nearest.distanceKm,
            measuredUnit: "km", tolerance: tolerance, verdict: verdict, reason: reason,
            sentence: name(subject) + ": stated " + statedPhrase(claim) + "; " + measured + "; tolerance " + interval + ": " + verdict.rawValue + ".",
            lineFrom: subject.coordinate, lineTo: nearest.point)
    }

    /// Measures the geodesic between the two places and judges it against the stated figure,
    /// allowing for a road distance and for both places' size.
    func checkPlaceDistance(_ claim: Claim, _ quantity: StatedQuantity, _ conversion: StatedQuantity?) -> CheckedClaim {
        let stated = model.statedIntervalKm(quantity, conversion: conversion)
        let statedKm = quantity.nominalKm
        let subject: Place, reference: Place
        switch resolve(claim.subject, role: "subject") {
        case let .success(place): subject = place
        case let .failure(why): return unverifiable(claim, subject: nil, stated: statedKm, unit: "km", reason: why.reason)
        }
        guard case let .place(referencePlace)? = claim.reference else {
            return unverifiable(claim, subject: subject, stated: statedKm, unit: "km", reason: "no place to measure from")
        }
        switch resolve(referencePlace, role: "reference") {
        case let .success(place): reference = place
        case let .failure(why): return unverifiable(claim, subject: subject, stated: statedKm, unit: "km", reason: why.reason)
        }
        guard subject.kind == .place, reference.kind == .place else {
            let large = subject.kind == .place ? reference : subject
            return unverifiable(claim, subject: subject, reference: reference, stated: statedKm, unit: "km",
                                reason: "\(name(large)) is a \(large.kind == .country ? "country" : "region"), too large for one distance")
        }
        let inverse = Geodesic.wgs84.inverse(from: subject.coordinate, to: reference.coordinate)
        let radii = (model.radiusKm(population: subject.population), model.radiusKm(population: reference.population))
        let tolerance = model.placeDistance(stated, radiiKm: radii)
        let verdict: Verdict = tolerance.contains(inverse.distanceKm) ? .consistent : .inconsistent
        let distance = Self.km(inverse.distanceKm)
        let interval = Self.interval(tolerance, unit: "km")
        let reason = distance + " km is " + (verdict == .consistent ? "inside " : "outside ") + interval
            + " (" + tolerance.terms.joined(separator: ", ") + ")"
        return CheckedClaim(
            claim: claim, subjectPlace: subject, referencePlace: reference, statedValue: statedKm,
            measuredValue: inverse.distanceKm, measuredUnit: "km", tolerance: tolerance, verdict: verdict, reason: reason,
            sentence: name(subject) + ": stated " + statedPhrase(claim) + "; measured " + distance + " km in a straight line (WGS84 geodesic) to "
                + name(reference) + "; tolerance " + interval + ", allowing for road distance: " + verdict.rawValue + ".",
            lineFrom: subject.coordinate, lineTo: reference.coordinate)
    }
}
