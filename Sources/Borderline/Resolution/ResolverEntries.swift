import Foundation

/// What the resolver reads of each gazetteer entry, worked out once for the whole gazetteer, so
/// scoring a candidate reads a few numbers instead of trigonometry, a logarithm, folding its
/// name and comparing code strings for every mention that names it.
struct ResolverEntries: Sendable {
    struct Entry: Sendable {
        /// `DistanceBracket.unitVector` of the coordinate.
        var unit: SIMD3<Double>
        /// `log10(population + 1)`: a populated place's feature weight.
        var placeWeight: Double
        /// Equal for two entries exactly when their country codes are equal.
        var country: Int32
        /// Equal for two entries exactly when their admin1 keys agree (`Resolver.sameAdmin1`):
        /// 0 without an admin1 code, else one value per (country code, admin1 code).
        var admin1: Int32
        /// The entry's name folded as `Resolver.appendFoldedWords` folds it: `nameKeys[keyStart..<keyEnd]`.
        var keyStart: Int32
        var keyEnd: Int32
        /// In Russia, Ukraine or Belarus.
        var borderCountry: Bool
    }

    let entries: [Entry]
    let nameKeys: [UInt32]

    init(_ places: [Place]) {
        struct Admin1: Hashable { var country: String, code: String }
        var countries: [String: Int32] = [:], admin1s: [Admin1: Int32] = [:]
        var keys: [UInt32] = []
        var entries: [Entry] = []
        entries.reserveCapacity(places.count)
        for place in places {
            let country = countries[place.countryCode] ?? {
                let id = Int32(countries.count)
                countries[place.countryCode] = id
                return id
            }()
            var admin1: Int32 = 0
            if !place.admin1Code.isEmpty {
                let key = Admin1(country: place.countryCode, code: place.admin1Code)
                if let id = admin1s[key] {
                    admin1 = id
                } else {
                    admin1 = Int32(admin1s.count + 1)
                    admin1s[key] = admin1
                }
            }
            let start = keys.count
            Resolver.appendFoldedWords(place.name, to: &keys)
            entries.append(Entry(unit: DistanceBracket.unitVector(place.coordinate),
                                 placeWeight: log10(Double(place.population) + 1),
                                 country: country, admin1: admin1,
                                 keyStart: Int32(start), keyEnd: Int32(keys.count),
                                 borderCountry: Resolver.isBorderCountry(place.countryCode)))
        }
        self.entries = entries
        self.nameKeys = keys
    }

    /// Whether entry `position`'s folded name equals `key`.
    func nameKey(of position: Int, equals key: [UInt32]) -> Bool {
        let entry = entries[position]
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
