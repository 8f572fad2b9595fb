/// Country claims: which country GeoNames puts the place in.
extension ClaimChecker {
    /// Whether an admin1 region is Crimea (UA.11) or Sevastopol (UA.20): GeoNames lists them in
    /// Ukraine while Natural Earth draws them in Russia (de facto), so a country statement about
    /// them is a matter of definition the data cannot settle.
    ///
    /// The same test as whether `Place.admin1Key` is "UA.11" or "UA.20" (an empty admin1 code
    /// has the empty key), compared field by field: building the key by interpolation and
    /// hashing it into a set cost about 700 instructions a claim.
    static func isDisputed(countryCode: String, admin1Code: String) -> Bool {
        countryCode == "UA" && (admin1Code == "11" || admin1Code == "20")
    }

    func checkCountry(_ claim: consuming Claim, code: String, name countryName: String) -> CheckedClaim {
        // The subject is read by its gazetteer position; the verdict takes the one copy of it.
        let subject: Int
        switch resolvedIndex(claim.subject, role: "subject") {
        case let .success(index): subject = index
        case let .failure(why): return unverifiable(claim, subject: nil, why: why)
        }
        let places = gazetteer.places
        if Self.isDisputed(countryCode: places[subject].countryCode, admin1Code: places[subject].admin1Code) {
            return unverifiable(claim, subjectAt: subject,
                                reason: "\(name(at: subject)) is in Crimea: GeoNames lists it in Ukraine, Natural Earth draws it in Russia (de facto)")
        }
        let verdict: Verdict = places[subject].countryCode == code ? .consistent : .inconsistent
        // Each text written into one buffer.
        var reason = VerdictText(capacity: 80)
        reason.append("stated ")
        reason += countryName
        reason.append(", GeoNames country ")
        reason += places[subject].countryName
        reason.append(" (")
        reason += places[subject].countryCode
        reason.append(")")
        var sentence = VerdictText(capacity: claim.evidenceText.utf8.count + 200)
        sentence += name(at: subject)
        sentence.append(": stated ")
        appendStatedPhrase(claim, to: &sentence)
        sentence.append("; GeoNames places it in ")
        sentence += places[subject].countryName
        if places[subject].kind == .place {
            sentence.append(" (")
            sentence += places[subject].admin1Name
            sentence.append(")")
        }
        Self.appendClosing(verdict, to: &sentence)
        return CheckedClaim(
            claim: claim, referencePlace: gazetteer.country(code: code), subjectPlace: places[subject], statedValue: nil,
            measuredValue: nil, measuredUnit: "", tolerance: nil, verdict: verdict, reason: reason.string, sentence: sentence.string)
    }
}
