import Borderline
import Testing

/// FixedDecimal: locale-free decimal text, rounded half away from zero.
@Suite("FixedDecimal formats numbers deterministically")
struct FixedDecimalTests {
    @Test("exactly the asked number of decimals, padded with zeros", arguments: [
        (35.38992, 3, "35.390"), (1.0, 3, "1.000"), (0.05, 3, "0.050"), (0.001, 3, "0.001"),
        (12.0, 0, "12"), (-7.25, 2, "-7.25"), (1523.552, 3, "1523.552"), (123456789.123, 1, "123456789.1"),
    ])
    func format(value: Double, decimals: Int, expected: String) {
        #expect(FixedDecimal.format(value, decimals: decimals) == expected)
    }

    // Each value is exactly representable in binary, so the half is a true half.
    @Test("halves round away from zero, not to even", arguments: [
        (2.5, 0, "3"), (-2.5, 0, "-3"), (0.5, 0, "1"), (-0.5, 0, "-1"), (3.5, 0, "4"),
        (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (1.0625, 3, "1.063"), (-1.0625, 3, "-1.063"),
        (9.9996, 3, "10.000"), (-9.9996, 3, "-10.000"),
    ])
    func halves(value: Double, decimals: Int, expected: String) {
        #expect(FixedDecimal.format(value, decimals: decimals) == expected)
    }

    @Test("no negative zero: values that round to zero print without a sign")
    func negativeZero() {
        #expect(FixedDecimal.format(-0.0, decimals: 2) == "0.00")
        #expect(FixedDecimal.format(-0.0004, decimals: 3) == "0.000")
        #expect(FixedDecimal.format(-0.4, decimals: 0) == "0")
        #expect(FixedDecimal.compact(-0.0, maxDecimals: 6) == "0")
        #expect(FixedDecimal.compact(-0.0000004, maxDecimals: 6) == "0")
    }

    @Test("compact drops trailing zeros of the fraction only")
    func compact() {
        #expect(FixedDecimal.compact(36.58091, maxDecimals: 6) == "36.58091")
        #expect(FixedDecimal.compact(50.3, maxDecimals: 6) == "50.3")
        #expect(FixedDecimal.compact(12.0, maxDecimals: 6) == "12")
        #expect(FixedDecimal.compact(100, maxDecimals: 0) == "100")
        #expect(FixedDecimal.compact(-100.5, maxDecimals: 0) == "-101")
        #expect(FixedDecimal.compact(36.4100049, maxDecimals: 6) == "36.410005")
        #expect(FixedDecimal.compact(-31.0000001, maxDecimals: 6) == "-31")
    }

    @Test("non-finite numbers have fixed names")
    func nonFinite() {
        #expect(FixedDecimal.format(.nan, decimals: 2) == "nan")
        #expect(FixedDecimal.format(.infinity, decimals: 2) == "inf")
        #expect(FixedDecimal.format(-.infinity, decimals: 2) == "-inf")
    }
}
