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
        // The nearest border point depends only on the place: measured and formatted once.
        let foot: BorderFootCache.Foot
        if let index = claim.subject?.placeIndex, let known = borderFeet.foot(index) {
            foot = known
        } else {
            let nearest = gazetteer.distanceToBorder(from: subject.coordinate)
            foot = BorderFootCache.Foot(nearest: nearest, distance: Self.km(nearest.distanceKm), point: nearest.point.formatted())
            if let index = claim.subject?.placeIndex { borderFeet.store(index, foot) }
        }
        let nearest = foot.nearest
        let tolerance = model.borderDistance(stated, radiusKm: model.radiusKm(population: subject.population))
        let verdict: Verdict = tolerance.contains(nearest.distanceKm) ? .consistent : .inconsistent
        // Each figure is formatted once and shared by the reason and the sentence, and each text
        // is written into one buffer sized for it.
        let interval = Self.interval(tolerance, unit: "km")
        var reason = ""
        reason.reserveCapacity(interval.utf8.count + 160)
        reason += foot.distance
        reason += verdict == .consistent ? " km is inside " : " km is outside "
        reason += interval
        reason += " ("
        Self.appendJoined(tolerance.terms, to: &reason)
        reason += ")"
        var sentence = ""
        sentence.reserveCapacity(interval.utf8.count + claim.evidenceText.utf8.count + 320)
        sentence += name(subject)
        sentence += ": stated "
        appendStatedPhrase(claim, to: &sentence)
        sentence += "; measured "
        sentence += foot.distance
        if case .frontline? = claim.reference {
            sentence += " km to the nearest point of the Russia–Ukraine border near ("
            sentence += foot.point
            sentence += "), which stands in for the front line (the data has no front line)"
        } else {
            sentence += " km to the nearest border point near ("
            sentence += foot.point
            sentence += ")"
        }
        sentence += "; tolerance "
        sentence += interval
        sentence += ": "
        sentence += verdict.rawValue
        sentence += "."
        return CheckedClaim(
            claim: claim, subjectPlace: subject, referencePlace: nil, statedValue: statedKm, measuredValue: nearest.distanceKm,
            measuredUnit: "km", tolerance: tolerance, verdict: verdict, reason: reason, sentence: sentence,
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
        var reason = ""
        reason.reserveCapacity(interval.utf8.count + 200)
        reason += distance
        reason += verdict == .consistent ? " km is inside " : " km is outside "
        reason += interval
        reason += " ("
        Self.appendJoined(tolerance.terms, to: &reason)
        reason += ")"
        var sentence = ""
        sentence.reserveCapacity(interval.utf8.count + claim.evidenceText.utf8.count + 320)
        sentence += name(subject)
        sentence += ": stated "
        appendStatedPhrase(claim, to: &sentence)
        sentence += "; measured "
        sentence += distance
        sentence += " km in a straight line (WGS84 geodesic) to "
        sentence += name(reference)
        sentence += "; tolerance "
        sentence += interval
        sentence += ", allowing for road distance: "
        sentence += verdict.rawValue
        sentence += "."
        return CheckedClaim(
            claim: claim, subjectPlace: subject, referencePlace: reference, statedValue: statedKm,
            measuredValue: inverse.distanceKm, measuredUnit: "km", tolerance: tolerance, verdict: verdict, reason: reason,
            sentence: sentence,
            lineFrom: subject.coordinate, lineTo: reference.coordinate)
    }
}
