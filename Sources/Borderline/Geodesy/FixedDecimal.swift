/// Deterministic decimal formatting without Foundation's locale-dependent formatters.
///
/// Output files must be byte-identical from run to run and machine to machine, so numbers are
/// rounded half away from zero to a fixed number of decimals and printed with "." always.
import Foundation

public enum FixedDecimal {
    /// Formats `value` with exactly `decimals` digits after the point ("35.390").
    public static func format(_ value: Double, decimals: Int) -> String {
        precondition(decimals >= 0 && decimals <= 9, "decimals must be 0...9")
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^53 the digits are the double's own: printed in full, never in exponent form.
        guard scaled < 9.0e15 else { return String(format: "%.\(decimals)f", value) }
        let integer = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = integer / divisor
        let fraction = integer % divisor
        let negative = value < 0 && integer != 0
        var text = (negative ? "-" : "") + String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }

    /// Formats `value` with at most `decimals` digits after the point, trailing zeros removed
    /// ("36.58091", "50.3", "12"): the compact form for coordinates in GeoJSON.
    public static func compact(_ value: Double, maxDecimals: Int) -> String {
        // The common case straight from the scaled integer, trailing zeros dropped before any
        // text is built; the same digits as `format` with its zeros stripped.
        precondition(maxDecimals >= 0 && maxDecimals <= 9, "decimals must be 0...9")
        var scale: Double = 1
        for _ in 0..<maxDecimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        if value.isFinite && scaled < 9.0e15 {
            let integer = UInt64(scaled)
            let divisor = UInt64(scale)
            var fraction = integer % divisor
            var decimals = maxDecimals
            while decimals > 0 && fraction % 10 == 0 {
                fraction /= 10
                decimals -= 1
            }
            var text = value < 0 && integer != 0 ? "-" : ""
            text += String(integer / divisor)
            if decimals > 0 {
                let digits = String(fraction)
                text += "." + String(repeating: "0", count: decimals - digits.count) + digits
            }
            return text
        }
        var text = format(value, decimals: maxDecimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }
}
