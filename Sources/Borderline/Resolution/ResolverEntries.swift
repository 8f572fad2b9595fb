import Foundation

/// What the resolver reads of each gazetteer entry, worked out once for the whole gazetteer, so
/// scoring a candidate reads one small record instead of trigonometry, a logarithm, folding its
/// name and comparing code strings for every mention that names it. Everything scoring needs
/// sits in that one record (64 bytes): each candidate is a random entry of a large gazetteer, so
/// every further array read for it (the `Place`, a border flag, the name table) is another
/// cache miss.
struct ResolverEntries: Sendable {
    struct Entry: Sendable {
        /// `DistanceBracket.unitVector` of the coordinate, as three numbers: a `SIMD3` would be
        /// padded to 32 bytes, leaving no room for the population in the record.
        var x, y, z: Double
        var unit: SIMD3<Double> { SIMD3(x, y, z) }
        /// The context-free score before the main-name and demonym terms, for a mention that is
        /// not a region phrase: the feature weight (a country 6, an admin1 region 2, a populated
        /// place log10(population + 1)), then the border-country bonus, then the border-region
        /// bonus, added in the order `Resolver.baseScore` adds them, so the sum is the same bit
        /// for bit.
        var base: Double
        /// `Place.population`, for the winner's reason.
        var population: Int
        /// Equal for two entries exactly when their country codes are equal.
        var country: Int32
        /// Equal for two entries exactly when their admin1 keys agree (`Resolver.sameAdmin1`):
        /// 0 without an admin1 code, else one value per (country code, admin1 code).
        var admin1: Int32
        /// The entry's name folded as `Resolver.appendFoldedWords` folds it: `nameKeys[keyStart..<keyEnd]`.
        var keyStart: Int32
        var keyEnd: Int32
        /// `fingerprint` of that folded name: a surface with another fingerprint is another name,
        /// so the name table is read only for the candidates that bear the surface's name.
        var fingerprint: UInt32
        var kind: PlaceKind
        /// Within `Resolver.nearBorderKm` of the Russia–Ukraine border.
        var nearBorder: Bool
    }

    let entries: [Entry]
    let nameKeys: [UInt32]
    /// The country code of each country identity (`Entry.country`), the code of the first entry
    /// given it: equal, as a String, to the code of every entry with that identity. Scoring
    /// compares a sentence's demonym countries with a candidate's code from this short list,
    /// which stays in cache, rather than from the candidate's `Place` (two more cache misses:
    /// the place and the box holding its texts).
    let countryCodes: [String]
    /// The largest country and admin1 identities of `entries` (`IdentityBits` makes room for
    /// them at once).
    let largestCountry: Int32, largestAdmin1: Int32

    /// - Parameter nearBorder: whether each entry lies within `Resolver.nearBorderKm` of the border.
    ///
    /// Built at every start-up, so the entries are read in place (not copied out with their
    /// strings) and the code identities found cheaply: the gazetteer lists a country's entries
    /// together, so the country code is first compared with the previous entry's (a string
    /// comparison, no hashing), and the dictionary consulted only when it changes; an admin1
    /// code is looked up under its country's identity rather than a second code string, and
    /// only when it is not the previous entry's code in the same country (about 12,500 of the
    /// shipped table's 45,009 codes are: regions' entries are less grouped than countries').
    init(_ places: [Place], nearBorder: [Bool]) {
        struct Admin1: Hashable { var country: Int32, code: String }
        var countries: [String: Int32] = [:], admin1s: [Admin1: Int32] = [:]
        /// Whether each country identity is a border country (`Resolver.isBorderCountry`).
        var borderCountries: [Bool] = []
        var countryCodes: [String] = []
        var previousCountryCode: String? = nil, previousCountry: Int32 = 0
        var previousAdmin1: (key: Admin1, id: Int32)? = nil
        var keys: [UInt32] = []
        var entries: [Entry] = []
        entries.reserveCapacity(places.count)
        places.withUnsafeBufferPointer { places in
            for position in places.indices {
                let place = places.baseAddress! + position
                let countryCode = place.pointee.countryCode
                let country: Int32
                if countryCode == previousCountryCode {
                    country = previousCountry
                } else if let id = countries[countryCode] {
                    country = id
                } else {
                    country = Int32(countries.count)
                    countries[countryCode] = country
                    countryCodes.append(countryCode)
                    borderCountries.append(Resolver.isBorderCountry(countryCode))
                }
                previousCountryCode = countryCode
                previousCountry = country
                var admin1: Int32 = 0
                if !place.pointee.admin1Code.isEmpty {
                    let key = Admin1(country: country, code: place.pointee.admin1Code)
                    if let previous = previousAdmin1, previous.key == key {
                        admin1 = previous.id
                    } else if let id = admin1s[key] {
                        admin1 = id
                    } else {
                        admin1 = Int32(admin1s.count + 1)
                        admin1s[key] = admin1
                    }
                    previousAdmin1 = (key, admin1)
                }
                let kind = place.pointee.kind, population = place.pointee.population
                var base = 0.0
                switch kind {
                case .country: base += Resolver.countryWeight
                case .admin1: base += Resolver.admin1Weight
                case .place: base += log10(Double(population) + 1)
                }
                if borderCountries[Int(country)] { base += Resolver.regionBonus }
                if nearBorder[position] { base += Resolver.nearBorderBonus }
                let start = keys.count
                Resolver.appendFoldedWords(place.pointee.name, to: &keys)
                let unit = DistanceBracket.unitVector(place.pointee.coordinate)
                entries.append(Entry(x: unit.x, y: unit.y, z: unit.z, base: base, population: population,
                                     country: country, admin1: admin1,
                                     keyStart: Int32(start), keyEnd: Int32(keys.count),
                                     fingerprint: Self.fingerprint(keys[start...]),
                                     kind: kind, nearBorder: nearBorder[position]))
            }
        }
        self.entries = entries
        self.nameKeys = keys
        self.countryCodes = countryCodes
        self.largestCountry = Int32(max(0, countries.count - 1))
        self.largestAdmin1 = Int32(admin1s.count)
    }

    /// A 32-bit FNV-1a hash of a folded name: equal names have equal fingerprints.
    static func fingerprint(_ key: ArraySlice<UInt32>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for value in key { hash = (hash ^ value) &* 16_777_619 }
        return hash
    }

    /// Whether entry `position`'s folded name equals `key`, whose `fingerprint` is `fingerprint`.
    func nameKey(of position: Int, equals key: [UInt32], fingerprint: UInt32) -> Bool {
        let entry = entries[position]
        guard entry.fingerprint == fingerprint else { return false }
        let start = Int(entry.keyStart), end = Int(entry.keyEnd)
        guard end - start == key.count else { return false }
        return nameKeys.withUnsafeBufferPointer { names in
            key.withUnsafeBufferPointer { key in
                for offset in 0..<key.count where names[start + offset] != key[offset] { return false }
                return true
            }
        }
    }
}
