/// Country claims: which country GeoNames puts the place in.
extension ClaimChecker {
    /// GeoNames admin1 codes of Crimea (UA.11) and Sevastopol (UA.20): GeoNames lists them in
    /// Ukraine while Natural Earth draws them in Russia (de facto), so a country statement about
    /// them is a matter of definition the data cannot settle.
    static let disputedRegions: Set<String> = ["UA.11", "UA.20"]

    func checkCountry(_ claim: consuming Claim, code: String, name countryName: String) -> CheckedClaim {
        let subject: Place
        switch resolve(claim.subject, role: "subject") {
        case let .success(place): subject = place
        case let .failure(why): return unverifiable(claim, subject: nil, reason: why.reason)
        }
        if Self.disputedRegions.contains(subject.admin1Key) {
            return unverifiable(claim, subject: subject,
                                reason: "\(name(subject)) is in Crimea: GeoNames lists it in Ukraine, Natural Earth draws it in Russia (de facto)")
        }
        let verdict: Verdict = subject.countryCode == code ? .consistent : .inconsistent
        // Each text written into one buffer.
        var reason = VerdictText(capacity: 80)
        reason.append("stated ")
        reason += countryName
        reason.append(", GeoNames country ")
        reason += subject.countryName
        reason.append(" (")
        reason += subject.countryCode
        reason.append(")")
        var sentence = VerdictText(capacity: claim.evidenceText.utf8.count + 200)
        sentence += name(subject)
        sentence.append(": stated ")
        appendStatedPhrase(claim, to: &sentence)
        sentence.append("; GeoNames places it in ")
        sentence += subject.countryName
        if subject.kind == .place {
            sentence.append(" (")
            sentence += subject.admin1Name
            sentence.append(")")
        }
        Self.appendClosing(verdict, to: &sentence)
        return CheckedClaim(
            claim: claim, referencePlace: gazetteer.country(code: code), subjectPlace: subject, statedValue: nil,
            measuredValue: nil, measuredUnit: "", tolerance: nil, verdict: verdict, reason: reason.string, sentence: sentence.string)
    }
}
