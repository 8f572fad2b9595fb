import Testing
@testable import Borderline

/// VerdictText writes numbers in place: the text must be byte for byte what FixedDecimal's
/// Strings give, since verdicts are compared with committed output.
@Suite("Verdict text")
struct VerdictTextTests {
    /// Values at the edges: zero of either sign, halves, carries, large and tiny magnitudes,
    /// non-finite values and ones beyond FixedDecimal's integer range.
    static let values: [Double] = [
        0, -0.0, 0.5, -0.5, 2.5, 9.95, 9.9996, -9.9996, 0.05, 0.001, -0.0004, 12, 43.25, 100, 123456789.123,
        1e15, -1e15, 8.9e15, 1e300, .infinity, -.infinity, .nan, 0.000_000_4, -0.000_000_4, 212.5, 359.9,
        -45, 1.609344, 4.7, 0.125, -0.125,
    ]

    @Test("append(fixed:) writes what FixedDecimal.format gives")
    func fixed() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        var values = Self.values
        for _ in 0..<2000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let magnitude = Double(seed >> 11) / Double(1 << 53) * pow10(Int(seed % 12))
            values.append(seed & 1 == 0 ? magnitude : -magnitude)
        }
        for value in values {
            for decimals in 0...9 {
                var text = VerdictText(capacity: 4)
                text.append(fixed: value, decimals: decimals)
                #expect(text.string == FixedDecimal.format(value, decimals: decimals), "\(value) \(decimals)")
                var compact = VerdictText(capacity: 4)
                compact += "x"
                compact.append(compact: value, maxDecimals: decimals)
                #expect(compact.string == "x" + FixedDecimal.compact(value, maxDecimals: decimals), "\(value) \(decimals)")
            }
        }
    }

    @Test("pieces are joined as String appends join them, growing past the first capacity")
    func pieces() {
        var text = VerdictText(capacity: 1)
        var expected = ""
        for piece in ["Kharkiv", " – ", "±5 km", "", String(repeating: "é", count: 100), "°"] {
            text += piece
            expected += piece
        }
        text += expected.dropFirst(3)
        expected += expected.dropFirst(3)
        #expect(text.string == expected)
        #expect(VerdictText(capacity: 8).string == "")
    }

    @Test("the String is the bytes written, ASCII or not, short or long, wherever a wider byte falls")
    func stringOfBytes() {
        for length in 0...40 {
            let ascii = String(repeating: "k", count: length)
            var text = VerdictText(capacity: 4)
            text += ascii
            #expect(text.string == ascii)
            #expect(Array(text.string.utf8) == Array(ascii.utf8))
            for position in stride(from: 0, through: length, by: 3) {
                let mixed = String(ascii.prefix(position)) + "–" + String(ascii.dropFirst(position))
                var written = VerdictText(capacity: 4)
                written += mixed
                #expect(written.string == mixed)
                #expect(Array(written.string.utf8) == Array(mixed.utf8))
                #expect(written.string.count == length + 1)
            }
        }
    }

    @Test("the first word of a stated figure is copied as firstWord reads it", arguments: [
        "about 20 miles", "  around 5 km", "some", "", "   ", "nearly\u{301} 5", "e\u{301}twa 5", "about \u{301}5",
    ])
    func firstWord(text: String) {
        var term = VerdictText(capacity: 4)
        ToleranceModel.appendFirstWord(of: text, to: &term)
        #expect(term.string == String(ToleranceModel.firstWord(text)))
    }

    private func pow10(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }
    @Test("a distance reason copied from its sentence's figures is the reason with the figures written")
    func distanceReasonFromSentence() {
        let cases: [(km: Double, low: Double, high: Double)] = [
            (9.84, 7.5, 12.5), (0, 0, 3.2), (43.25, 30, .infinity), (1234.56, 900.04, 1100), (0.05, 0, 0.5),
        ]
        for (km, low, high) in cases {
            let tolerance = ToleranceInterval(low: low, high: high, terms: ["rounding ±5 km", "place radius 4.7 km", "border accuracy 1 km"])
            for verdict in [Verdict.consistent, .inconsistent] {
                let written = ClaimChecker.reason(verdict: verdict, terms: tolerance.terms) { text in
                    ClaimChecker.appendKm(km, to: &text)
                    text.append(" km")
                } interval: { ClaimChecker.appendInterval(tolerance, unit: "km", to: &$0) }
                var sentence = VerdictText(capacity: 8)
                sentence += "Sudzha: stated 10 km; measured "
                let start = sentence.byteCount
                ClaimChecker.appendKm(km, to: &sentence)
                let figure = start..<sentence.byteCount
                sentence += " km to the border – near; tolerance "
                let intervalStart = sentence.byteCount
                ClaimChecker.appendInterval(tolerance, unit: "km", to: &sentence)
                let interval = intervalStart..<sentence.byteCount
                sentence += ": consistent."
                let copied = ClaimChecker.distanceReason(
                    verdict: verdict, terms: tolerance.terms, figure: figure, interval: interval, of: sentence)
                #expect(copied == written, "\(km) \(low) \(high)")
                #expect(copied.hasPrefix(ClaimChecker.km(km) + " km is "), "\(copied)")
            }
        }
    }
}
