import Foundation

/// Compass claims: between two places (against the geodesic azimuth), and within a country
/// (against the country's extent).
extension ClaimChecker {
    /// "X km north of Y", "south of Chernihiv", "further north": the azimuth of the geodesic from
    /// the reference to the subject, against the sector the compass word covers.
    func checkDirection(_ claim: consuming Claim) -> CheckedClaim {
        let subjectAt: Int, referenceAt: Int
        switch resolvedIndex(claim.subject, role: "subject") {
        case let .success(index): subjectAt = index
        case let .failure(why): return unverifiable(claim, subject: nil, unit: "deg", why: why)
        }
        guard case let .place(referencePlace)? = claim.reference else {
            return unverifiable(claim, subjectAt: subjectAt, unit: "deg", reason: "no place to take the direction from")
        }
        switch resolvedIndex(referencePlace, role: "reference") {
        case let .success(index): referenceAt = index
        case let .failure(why): return unverifiable(claim, subjectAt: subjectAt, unit: "deg", why: why)
        }
        let places = gazetteer.places
        guard places[subjectAt].kind != .country, places[referenceAt].kind != .country else {
            return unverifiable(claim, subjectAt: subjectAt, referenceAt: referenceAt, unit: "deg", reason: "a country has no single position")
        }
        let (compass, comparative) = Self.direction(of: claim)
        let subject = places[subjectAt], reference = places[referenceAt]
        let inverse = Geodesic.wgs84.inverse(from: reference.coordinate, to: subject.coordinate)
        let radii = model.radiusKm(population: subject.population) + model.radiusKm(population: reference.population)
        let width = model.compassHalfWidth(compass, comparative: comparative, radiiKm: radii, distanceKm: inverse.distanceKm)
        // The azimuth is expressed within ±180° of the stated one, so the interval needs no wrap.
        var azimuth = inverse.initialAzimuthDegrees
        while azimuth < compass.azimuthDegrees - 180 { azimuth += 360 }
        while azimuth > compass.azimuthDegrees + 180 { azimuth -= 360 }
        let tolerance = ToleranceInterval(low: compass.azimuthDegrees - width.degrees, high: compass.azimuthDegrees + width.degrees, terms: width.terms)
        let verdict: Verdict = tolerance.contains(azimuth) ? .consistent : .inconsistent
        // Each text is written into one buffer, its figures in place.
        let reason = Self.reason(verdict: verdict, terms: width.terms) { Self.appendDegrees(azimuth, to: &$0) } interval: {
            Self.appendSector(tolerance, to: &$0)
        }
        var sentence = VerdictText(capacity: claim.evidenceText.utf8.count + 280)
        sentence += name(subject)
        sentence.append(": stated ")
        appendStatedPhrase(claim, to: &sentence)
        sentence.append("; measured azimuth ")
        Self.appendDegrees(azimuth, to: &sentence)
        sentence.append(" from ")
        sentence += name(reference)
        sentence.append(" (")
        Self.appendKm(inverse.distanceKm, to: &sentence)
        sentence.append(" km away); tolerance ")
        Self.appendSector(tolerance, to: &sentence)
        Self.appendClosing(verdict, to: &sentence)
        return CheckedClaim(
            claim: claim, referencePlace: reference, subjectPlace: subject, statedValue: compass.azimuthDegrees,
            measuredValue: azimuth, measuredUnit: "deg", tolerance: tolerance, verdict: verdict, reason: reason, sentence: sentence.string,
            lineFrom: subject.coordinate, lineTo: reference.coordinate)
    }

    /// "In southwestern Ukraine", "the north-eastern Kharkiv region": the subject must be in that
    /// country and in the named half (or halves) of its extent (see `CountryExtent`).
    func checkPositionInCountry(_ claim: consuming Claim, _ compass: CompassDirection, code: String, name countryName: String) -> CheckedClaim {
        let subject: Place
        switch resolve(claim.subject, role: "subject") {
        case let .success(place): subject = place
        case let .failure(why): return unverifiable(claim, subject: nil, why: why)
        }
        guard subject.countryCode == code else {
            return unverifiable(claim, subject: subject,
                                reason: "\(name(subject)) is in \(subject.countryName), not \(countryName), so where it lies within \(countryName) cannot be judged")
        }
        guard let extent = extents[code] else {
            return unverifiable(claim, subject: subject, reason: "the gazetteer holds too few places in \(countryName) to outline it")
        }
        let (north, east) = extent.fractions(subject.coordinate)
        let wanted = compass.components
        var fits = true
        if wanted.northSouth > 0 && north < 0.5 || wanted.northSouth < 0 && north > 0.5 { fits = false }
        if wanted.eastWest > 0 && east < 0.5 || wanted.eastWest < 0 && east > 0.5 { fits = false }
        let verdict: Verdict = fits ? .consistent : .inconsistent
        // The position opens the reason and closes the sentence: each text is written into one
        // buffer, the shares in place, the sentence before the claim moves into the verdict.
        func appendPosition(to text: inout VerdictText) {
            text.append("it lies ")
            Self.appendPercent(north, to: &text)
            text.append(" of the way from south to north and ")
            Self.appendPercent(east, to: &text)
            text.append(" from west to east across the places of ")
            text += countryName
        }
        var sentence = VerdictText(capacity: claim.evidenceText.utf8.count + countryName.utf8.count + 240)
        sentence += name(subject)
        sentence.append(": stated ")
        appendStatedPhrase(claim, to: &sentence)
        sentence.append("; ")
        appendPosition(to: &sentence)
        Self.appendClosing(verdict, to: &sentence)
        var reason = VerdictText(capacity: countryName.utf8.count + 200)
        appendPosition(to: &reason)
        reason.append("; the ")
        reason += compass.text
        reason.append(" means the ")
        Self.appendHalves(wanted, to: &reason)
        reason.append(" half of that extent")
        return CheckedClaim(
            claim: claim, referencePlace: gazetteer.country(code: code), subjectPlace: subject, statedValue: compass.azimuthDegrees,
            measuredValue: nil, measuredUnit: "", tolerance: nil, verdict: verdict, reason: reason.string, sentence: sentence.string)
    }

    /// Appends the halves of the extent a compass word names: "northern and eastern", "western".
    static func appendHalves(_ wanted: (northSouth: Int, eastWest: Int), to text: inout VerdictText) {
        if wanted.northSouth != 0 { text.append(wanted.northSouth > 0 ? "northern" : "southern") }
        if wanted.northSouth != 0 && wanted.eastWest != 0 { text.append(" and ") }
        if wanted.eastWest != 0 { text.append(wanted.eastWest > 0 ? "eastern" : "western") }
    }

    /// Appends "212°": `FixedDecimal.format(value, decimals: 0)` and the degree sign.
    static func appendDegrees(_ value: Double, to text: inout VerdictText) {
        text.append(fixed: value, decimals: 0)
        text.append("°")
    }

    /// Appends "-45°…45°": the sector of azimuths a compass word allows.
    static func appendSector(_ tolerance: ToleranceInterval, to text: inout VerdictText) {
        appendDegrees(tolerance.low, to: &text)
        text.append("…")
        appendDegrees(tolerance.high, to: &text)
    }

    /// Appends a share as a whole percentage ("37 %": `FixedDecimal.format(share * 100, decimals: 0)`
    /// and " %"), written in place.
    static func appendPercent(_ share: Double, to text: inout VerdictText) {
        text.append(fixed: share * 100, decimals: 0)
        text.append(" %")
    }
}
