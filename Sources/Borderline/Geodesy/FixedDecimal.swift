/// Deterministic decimal formatting without Foundation's locale-dependent formatters.
///
/// Output files must be byte-identical from run to run and machine to machine, so numbers are
/// rounded half away from zero to a fixed number of decimals and printed with "." always.
///
/// Every checked claim prints a dozen figures (distances, tolerance terms, coordinates), so the
/// digits are written straight into the string's bytes rather than assembled from pieces.
import Foundation

public enum FixedDecimal {
    /// Formats `value` with exactly `decimals` digits after the point ("35.390").
    public static func format(_ value: Double, decimals: Int) -> String {
        precondition(decimals >= 0 && decimals <= 9, "decimals must be 0...9")
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        guard let integer = scaledInteger(value, decimals: decimals) else { return String(format: "%.\(decimals)f", value) }
        return text(integer, decimals: decimals, negative: value < 0 && integer != 0, trimmed: false)
    }

    /// `value` as `format(value, decimals:)` writes it and a reader reads it back: what a file
    /// holds, for figures that must equal their written form (bounding boxes, rounded fields).
    ///
    /// Computed without the text: the written digits are the integer `n` = |value|·10^d rounded,
    /// and a correctly rounded read of "n/10^d" equals the correctly rounded division of the two
    /// exactly held Doubles (n < 9·10^15 < 2^53, 10^d ≤ 10^9); other values take the text's way.
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite, decimals >= 0, decimals <= 9, let scaled = scaledInteger(value, decimals: decimals) else {
            return Double(format(value, decimals: decimals))!
        }
        let magnitude = Double(scaled) / scales[decimals]
        return value < 0 && scaled != 0 ? -magnitude : magnitude
    }

    /// Formats `value` with at most `decimals` digits after the point, trailing zeros removed
    /// ("36.58091", "50.3", "12"): the compact form for coordinates in GeoJSON.
    public static func compact(_ value: Double, maxDecimals: Int) -> String {
        precondition(maxDecimals >= 0 && maxDecimals <= 9, "decimals must be 0...9")
        if value.isFinite, let integer = scaledInteger(value, decimals: maxDecimals) {
            return text(integer, decimals: maxDecimals, negative: value < 0 && integer != 0, trimmed: true)
        }
        var text = format(value, decimals: maxDecimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// `|value|` times 10^decimals, rounded half away from zero; nil beyond 2^53, where the
    /// digits are the double's own and are printed in full, never in exponent form.
    @inline(__always)
    static func scaledInteger(_ value: Double, decimals: Int) -> UInt64? {
        let scaled = (abs(value) * scales[decimals]).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return nil }
        return UInt64(scaled)
    }

    /// Appends what `compact(value, maxDecimals:)` returns, as UTF-8, to `output`: the GeoJSON
    /// writers put every coordinate through here, so the digits go straight into their buffer
    /// instead of through a String per number.
    public static func appendCompact(_ value: Double, maxDecimals: Int, into output: inout [UInt8]) {
        appendCompactReportingPoint(value, maxDecimals: maxDecimals, into: &output)
    }

    /// `appendCompact`, returning whether the text has a decimal point (JSON numbers that lack
    /// one get ".0", without looking the written bytes over again).
    @discardableResult
    static func appendCompactReportingPoint(_ value: Double, maxDecimals: Int, into output: inout [UInt8]) -> Bool {
        var pointWritten = false
        output.append(addingCapacity: compactCapacity) { span in
            pointWritten = appendCompactReportingPoint(value, maxDecimals: maxDecimals, into: &span)
        }
        return pointWritten
    }

    /// The most bytes `compact` writes: a finite Double below 2^1024 has at most 309 digits
    /// before the point, then the point, at most 9 decimals and a sign; the non-finite are
    /// shorter. The room the writers reserve for a number before writing it through a span.
    static let compactCapacity = 320

    /// `appendCompactReportingPoint` into `span`, which has room for `compactCapacity` bytes.
    @discardableResult
    static func appendCompactReportingPoint(_ value: Double, maxDecimals: Int, into span: inout OutputSpan<UInt8>) -> Bool {
        precondition(maxDecimals >= 0 && maxDecimals <= 9, "decimals must be 0...9")
        guard value.isFinite, let integer = scaledInteger(value, decimals: maxDecimals) else {
            var text = compact(value, maxDecimals: maxDecimals)
            return text.withUTF8 { utf8 in
                span.append(copying: UnsafeRawBufferPointer(utf8))
                return utf8.contains(0x2E)
            }
        }
        // Split at the point by one division; the fraction's trailing zeros are dropped below.
        let scale = powersOfTen[maxDecimals]
        let whole = integer / scale, fraction = integer % scale
        if value < 0 && integer != 0 { span.append(0x2D) }
        appendDigits(whole, into: &span)
        guard fraction != 0 else { return false }
        span.append(0x2E)
        // The fraction's `maxDecimals` digits, zeros first, up to its last nonzero digit.
        var rest = fraction, width = maxDecimals
        if width == 9 {
            span.append(UInt8(truncatingIfNeeded: rest / 100_000_000) | 0x30)
            rest %= 100_000_000
            width = 8
        }
        guard rest != 0 else { return true }
        // Shifted so that the last digit is in byte `width - 1`: the zero bytes above it
        // are the trailing zeros and the unused bytes.
        let digits = digitBytes(rest) >> (8 * UInt64(8 - width))
        appendBytes(digits, count: 8 - digits.leadingZeroBitCount / 8, into: &span)
        return true
    }

    /// Appends the decimal digits of `number` ("-" first when negative), as `String(number)`
    /// writes them, as UTF-8: the integers of the GeoJSON writers.
    public static func appendInteger(_ number: Int, into output: inout [UInt8]) {
        output.append(addingCapacity: integerCapacity) { appendInteger(number, into: &$0) }
    }

    /// The most bytes `appendInteger` writes: 19 digits and a sign.
    static let integerCapacity = 20

    /// `appendInteger` into `span`, which has room for `integerCapacity` bytes.
    @inline(__always)
    static func appendInteger(_ number: Int, into span: inout OutputSpan<UInt8>) {
        if number < 0 { span.append(0x2D) }
        appendDigits(UInt64(number.magnitude), into: &span)
    }

    /// 10^0 through 10^9, the scales of the fractions.
    private static let powersOfTen: [UInt64] = [
        1, 10, 100, 1000, 10000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    ]

    /// 10^0 through 10^9 as Doubles, each held exactly: what multiplying 1 by 10 `decimals` times
    /// gives, without the loop per number.
    private static let scales: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

    /// Appends the decimal digits of `number`, without leading zeros ("0" for zero), eight at a
    /// time from `digitBytes` (a UInt64 has at most 20 digits: three groups).
    @inline(__always)
    private static func appendDigits(_ number: UInt64, into span: inout OutputSpan<UInt8>) {
        let eight: UInt64 = 100_000_000
        let leading = number < eight ? number : number / eight < eight ? number / eight : number / eight / eight
        let digits = digitBytes(leading)
        // The leading zero digits are the word's low zero bytes; zero itself keeps one.
        let zeros = min(digits.trailingZeroBitCount / 8, 7)
        appendBytes(digits >> (8 * UInt64(zeros)), count: 8 - zeros, into: &span)
        if number >= eight * eight { appendBytes(digitBytes(number / eight % eight), count: 8, into: &span) }
        if number >= eight { appendBytes(digitBytes(number % eight), count: 8, into: &span) }
    }

    /// The eight decimal digits of `number` (below 10^8, zeros first), one per byte, the first
    /// in the lowest byte: divided in two halves, each half in two, each quarter in two, in all
    /// lanes at once by multiplications (a lane's x/100 is (x·10486)>>20 and x/10 is (x·103)>>10
    /// for the values they hold), so a number costs no loop and no table. (Also the verdicts'
    /// figures, `VerdictText.append(fixed:decimals:)`.)
    @inline(__always)
    static func digitBytes(_ number: UInt64) -> UInt64 {
        let halves = (number / 10000) | ((number % 10000) << 32)
        let hundreds = ((halves &* 10486) >> 20) & 0x0000_007F_0000_007F
        let quarters = ((halves &- hundreds &* 100) << 16) | hundreds
        let tens = ((quarters &* 103) >> 10) & 0x000F_000F_000F_000F
        return ((quarters &- tens &* 10) << 8) | tens
    }

    /// Appends the first `count` (1...8) digits of `digits` (as `digitBytes` lays them out) as
    /// ASCII: all eight stored with one write where the span has room for them, and only the
    /// first `count` counted as written; byte by byte otherwise.
    @inline(__always)
    private static func appendBytes(_ digits: UInt64, count: Int, into span: inout OutputSpan<UInt8>) {
        let ascii = digits | 0x3030_3030_3030_3030
        let stored = span.withUnsafeMutableBufferPointer { buffer, initialized in
            guard buffer.count - initialized >= 8, let base = buffer.baseAddress else { return false }
            UnsafeMutableRawPointer(base + initialized).storeBytes(of: ascii.littleEndian, as: UInt64.self)
            initialized += count
            return true
        }
        if !stored {
            for index in 0..<count { span.append(UInt8(truncatingIfNeeded: ascii >> (8 * UInt64(index)))) }
        }
    }

    /// The digits of `integer` with a point before the last `decimals` of them (at least one
    /// digit before the point), a minus sign when `negative`; `trimmed` drops trailing zeros
    /// after the point, then the point itself, and writes "-0" as "0".
    static func text(_ integer: UInt64, decimals: Int, negative: Bool, trimmed: Bool) -> String {
        // At most 16 digits (below 9·10^15), a sign and a point.
        String(unsafeUninitializedCapacity: 20) { buffer in
            write(integer, decimals: decimals, negative: negative, trimmed: trimmed, into: buffer)
        }
    }

    /// Writes the characters `text` describes into `buffer` (at least 20 bytes) and returns
    /// how many it wrote.
    @inline(__always)
    private static func write(
        _ integer: UInt64, decimals: Int, negative: Bool, trimmed: Bool, into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &digits) { scratch in
            // Digits from the right, padded with zeros to decimals + 1.
            var count = 0
            var rest = integer
            repeat {
                scratch[31 - count] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
                rest /= 10
                count += 1
            } while rest != 0 || count <= decimals
            var length = 0
            if negative { buffer[0] = 0x2D; length = 1 }
            let whole = count - decimals
            for offset in 0..<count {
                if offset == whole { buffer[length] = 0x2E; length += 1 }
                buffer[length] = scratch[32 - count + offset]
                length += 1
            }
            if trimmed && decimals > 0 {
                while buffer[length - 1] == 0x30 { length -= 1 }
                if buffer[length - 1] == 0x2E { length -= 1 }
                if length == 2 && buffer[0] == 0x2D && buffer[1] == 0x30 { buffer[0] = 0x30; length = 1 }
            }
            return length
        }
    }
}
