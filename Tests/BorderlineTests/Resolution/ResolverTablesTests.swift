@testable import Borderline
import Foundation
import Testing

/// The resolver's tables are built at every start-up by code tuned for speed (counted sizes,
/// codes compared with the previous entry's, entries read in place); they must be exactly what
/// the plain construction below, one dictionary lookup and one append at a time, gives for the
/// shipped gazetteer and for a few hand-made entries whose codes repeat out of order.
@Suite("Resolver tables")
struct ResolverTablesTests {
    /// Hand-made entries: a country's entries not all together, an admin1 code shared by two
    /// countries, a country without admin1 code, non-ASCII names.
    static let handMade: [Place] = [
        Place(geonameID: 1, kind: .place, name: "Kharkiv", coordinate: GeoPoint(latitude: 49.98, longitude: 36.25),
              countryCode: "UA", countryName: "Ukraine", admin1Code: "07", admin1Name: "Kharkivs'ka Oblast'", population: 1_400_000),
        Place(geonameID: 2, kind: .admin1, name: "Belgorodskaya Oblast'", coordinate: GeoPoint(latitude: 50.7, longitude: 37.5),
              countryCode: "RU", countryName: "Russia", admin1Code: "09", admin1Name: "Belgorod Oblast", population: 1_500_000),
        Place(geonameID: 3, kind: .place, name: "Sumy", coordinate: GeoPoint(latitude: 50.91, longitude: 34.8),
              countryCode: "UA", countryName: "Ukraine", admin1Code: "21", admin1Name: "Sumy Oblast", population: 260_000),
        Place(geonameID: 4, kind: .country, name: "Poland", coordinate: GeoPoint(latitude: 52, longitude: 19),
              countryCode: "PL", countryName: "Poland", admin1Code: "", admin1Name: "", population: 38_000_000),
        Place(geonameID: 5, kind: .place, name: "Łódź", coordinate: GeoPoint(latitude: 51.77, longitude: 19.46),
              countryCode: "PL", countryName: "Poland", admin1Code: "74", admin1Name: "Łódzkie", population: 670_000),
        Place(geonameID: 6, kind: .place, name: "Shebekino", coordinate: GeoPoint(latitude: 50.41, longitude: 36.9),
              countryCode: "RU", countryName: "Russia", admin1Code: "09", admin1Name: "Belgorod Oblast", population: 44_000),
        Place(geonameID: 7, kind: .place, name: "Chuhuiv", coordinate: GeoPoint(latitude: 49.84, longitude: 36.69),
              countryCode: "UA", countryName: "Ukraine", admin1Code: "09", admin1Name: "Kharkiv", population: 32_000),
    ]

    /// `ResolverEntries` built one lookup and one append at a time, as it was first written.
    static func plainEntries(_ places: [Place], nearBorder: [Bool]) -> (entries: [ResolverEntries.Entry], keys: [UInt32]) {
        struct Admin1: Hashable { var country: String, code: String }
        var countries: [String: Int32] = [:], admin1s: [Admin1: Int32] = [:]
        var keys: [UInt32] = [], entries: [ResolverEntries.Entry] = []
        for (position, place) in places.enumerated() {
            let country = countries[place.countryCode] ?? Int32(countries.count)
            countries[place.countryCode] = country
            var admin1: Int32 = 0
            if !place.admin1Code.isEmpty {
                let key = Admin1(country: place.countryCode, code: place.admin1Code)
                admin1 = admin1s[key] ?? Int32(admin1s.count + 1)
                admin1s[key] = admin1
            }
            var base = 0.0
            switch place.kind {
            case .country: base += Resolver.countryWeight
            case .admin1: base += Resolver.admin1Weight
            case .place: base += log10(Double(place.population) + 1)
            }
            if Resolver.isBorderCountry(place.countryCode) { base += Resolver.regionBonus }
            if nearBorder[position] { base += Resolver.nearBorderBonus }
            let start = keys.count
            Resolver.appendFoldedWords(place.name, to: &keys)
            let unit = DistanceBracket.unitVector(place.coordinate)
            entries.append(ResolverEntries.Entry(x: unit.x, y: unit.y, z: unit.z, base: base, population: place.population,
                                                 country: country, admin1: admin1, keyStart: Int32(start), keyEnd: Int32(keys.count),
                                                 fingerprint: ResolverEntries.fingerprint(keys[start...]),
                                                 kind: place.kind, nearBorder: nearBorder[position]))
        }
        return (entries, keys)
    }

    /// `ReasonTexts`' bytes, appended string by string.
    static func plainTexts(_ places: [Place]) -> (bytes: [UInt8], offsets: [[Int32]]) {
        var bytes: [UInt8] = [], offsets: [[Int32]] = []
        for place in places {
            let start = bytes.count
            bytes += Array(place.name.utf8)
            let nameEnd = bytes.count
            bytes += Array((place.kind == .country ? " (country)" : " (\(place.admin1Name), \(place.countryCode))").utf8)
            let descriptionEnd = bytes.count
            bytes += Array(place.admin1Name.utf8)
            let admin1End = bytes.count
            bytes += Array(place.countryName.utf8)
            offsets.append([start, nameEnd, descriptionEnd, admin1End, bytes.count].map { Int32($0) })
        }
        return (bytes, offsets)
    }

    func expectSameTables(_ places: [Place]) {
        let nearBorder = places.indices.map { $0 % 3 == 0 }
        let table = ResolverEntries(places, nearBorder: nearBorder)
        let plain = Self.plainEntries(places, nearBorder: nearBorder)
        #expect(table.nameKeys == plain.keys)
        #expect(table.entries.count == plain.entries.count)
        for (made, expected) in zip(table.entries, plain.entries) {
            #expect(made.x.bitPattern == expected.x.bitPattern && made.y.bitPattern == expected.y.bitPattern
                    && made.z.bitPattern == expected.z.bitPattern && made.base.bitPattern == expected.base.bitPattern)
            #expect(made.population == expected.population && made.country == expected.country && made.admin1 == expected.admin1)
            #expect(made.keyStart == expected.keyStart && made.keyEnd == expected.keyEnd && made.fingerprint == expected.fingerprint)
            #expect(made.kind == expected.kind && made.nearBorder == expected.nearBorder)
        }
        // Each entry's country identity gives back its own country code.
        for (position, place) in places.enumerated() {
            #expect(table.countryCodes[Int(table.entries[position].country)] == place.countryCode)
        }
        let texts = ReasonTexts(places)
        let plainTexts = Self.plainTexts(places)
        #expect(texts.bytes == plainTexts.bytes)
        #expect(texts.offsets.map { [$0.start, $0.nameEnd, $0.descriptionEnd, $0.admin1End, $0.countryEnd] } == plainTexts.offsets)
    }

    @Test("Hand-made entries: identities by first appearance, texts laid out in order")
    func handMade() {
        expectSameTables(Self.handMade)
        let table = ResolverEntries(Self.handMade, nearBorder: Self.handMade.map { _ in false })
        // UA, RU, PL in order of first appearance; (UA, 07), (RU, 09), (UA, 21), (PL, 74), (UA, 09).
        #expect(table.entries.map(\.country) == [0, 1, 0, 2, 2, 1, 0])
        #expect(table.entries.map(\.admin1) == [1, 2, 3, 0, 4, 2, 5])
        #expect(table.largestCountry == 2 && table.largestAdmin1 == 5)
        #expect(table.countryCodes == ["UA", "RU", "PL"])
        #expect(table.entries[1].base == Resolver.admin1Weight + Resolver.regionBonus)
        #expect(table.entries[3].base == Resolver.countryWeight)
        let texts = ReasonTexts(Self.handMade)
        let description = texts.offsets[4]
        #expect(String(decoding: texts.bytes[Int(description.start)..<Int(description.descriptionEnd)], as: UTF8.self)
                == "Łódź (Łódzkie, PL)")
    }

    @Test("The shipped gazetteer's tables")
    func shippedGazetteer() {
        expectSameTables(PlaceFixture.gazetteer.places)
    }
}
