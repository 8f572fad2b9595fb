import Testing
@testable import Borderline

@Suite("Numbers, units and hedges")
struct QuantityReaderTests {
    static func length(_ text: String) -> QuantityReader.Reading? {
        let scalars = Array(text.unicodeScalars)
        let tokens = ClaimLexer.tokens(scalars, in: 0..<scalars.count)
        for index in tokens.indices {
            if let reading = QuantityReader.length(tokens[...], at: index, scalars: scalars) { return reading }
        }
        return nil
    }

    @Test("rounding steps follow the written form", arguments: [
        ("37", 1.0), ("40", 10.0), ("25", 5.0), ("150", 50.0), ("50", 10.0), ("100", 100.0), ("69,000", 1000.0),
        ("1.5", 0.1), ("5", 1.0), ("2,500", 500.0),
    ])
    func roundingSteps(_ written: String, _ step: Double) {
        #expect(NumberReader.digits(written)?.step == step)
    }

    @Test("numbers in words")
    func words() {
        let cases: [(String, Double)] = [("six miles", 6), ("twenty-four km", 24), ("a dozen miles", 12), ("twelve km", 12), ("1.4 million km", 1_400_000)]
        for (text, value) in cases {
            #expect(Self.length(text)?.primary.low == value, "\(text)")
        }
    }

    @Test("units and conversions")
    func unitsAndConversions() throws {
        let pair = try #require(Self.length("Sudzha, 10km (six miles) from the frontline"))
        #expect(pair.primary.unit == .kilometres && pair.primary.low == 10)
        #expect(pair.conversion?.unit == .miles && pair.conversion?.low == 6)
        #expect(Self.length("about 2,500 metres away")?.primary.nominalKm == 2.5)
        #expect(Self.length("20 mi from")?.primary.nominalKm == 20 * 1.609344)
        let range = try #require(Self.length("some 20-25 km from"))
        #expect(range.primary.low == 20 && range.primary.high == 25 && range.primary.hedge == .approximate)
        #expect(Self.length("from 7 to 9 km")?.primary.high == 9)
    }

    @Test("hedges", arguments: [
        ("about 20 km", Hedge.approximate), ("around 20 km", .approximate), ("some 20 km", .approximate),
        ("roughly 20 km", .approximate), ("approximately 20 km", .approximate), ("nearly 20 km", .nearly),
        ("almost 20 km", .nearly), ("just 20 km", .just), ("only 20 km", .just), ("less than 20 km", .atMost),
        ("under 20 km", .atMost), ("within 20 km", .atMost), ("more than 20 km", .atLeast), ("over 20 km", .atLeast),
        ("at least 20 km", .atLeast), ("20 km", .none), ("just under 20 km", .atMost),
    ])
    func hedges(_ text: String, _ hedge: Hedge) {
        #expect(Self.length(text)?.primary.hedge == hedge)
    }

    @Test("figures without a length unit are not lengths", arguments: [
        "11 tanks", "Some 108 people", "over 160 others", "on 24 February 2022", "at around 3 p.m. local time", "300 troops",
    ])
    func notLengths(_ text: String) {
        #expect(Self.length(text) == nil)
    }
}
