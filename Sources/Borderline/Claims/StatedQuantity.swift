import Foundation

/// A figure as the text states it: one number or a range, its unit, its hedge and the rounding
/// its digits imply.
public struct StatedQuantity: Sendable, Hashable {
    /// The words of the figure as written, hedge included ("about 20 miles", "20-25 km").
    public var text: String
    /// The lower and upper figure, in `unit` (equal unless a range was written).
    public var low: Double
    public var high: Double
    /// The step the figure is rounded to, in `unit`: 10 for "40", 5 for "25", 1 for "37",
    /// 0.1 for "1.5", 1000 for "69,000". Half of it is the rounding uncertainty.
    public var roundingStep: Double
    public var unit: QuantityUnit
    public var hedge: Hedge
    /// Scalar offsets in the document, end exclusive.
    public var start: Int
    public var end: Int

    public init(
        text: String, low: Double, high: Double, roundingStep: Double, unit: QuantityUnit, hedge: Hedge,
        start: Int, end: Int
    ) {
        self.text = text
        self.low = low
        self.high = high
        self.roundingStep = roundingStep
        self.unit = unit
        self.hedge = hedge
        self.start = start
        self.end = end
    }

    /// Whether a range ("20-25 km") was written.
    public var isRange: Bool { low != high }

    /// The middle of the stated figure, in `unit`.
    public var nominal: Double { (low + high) / 2 }

    /// The nominal figure in kilometres, for length units.
    public var nominalKm: Double? { unit.kilometresPerUnit.map { nominal * $0 } }

    /// "20 mi", "20–25 km", "69,000 people": the figure in its own unit, for sentences.
    public var figureText: String {
        let number: (Double) -> String = { value in
            value == value.rounded() ? Self.grouped(whole: value) : FixedDecimal.compact(value, maxDecimals: 3)
        }
        let figure = isRange ? "\(number(low))–\(number(high))" : number(low)
        return unit == .people ? "\(figure) people" : "\(figure) \(unit.rawValue)"
    }

    /// `grouped(_:)` for a whole number held as a Double. A figure of 10^15 or more is garbage or a
    /// typo ("5e94 people") that no count or distance reaches, and an Int cannot hold it, so it is
    /// written in scientific notation instead ("5e+94"); an infinite one as "∞".
    static func grouped(whole value: Double) -> String {
        guard value.isFinite else { return value < 0 ? "-∞" : "∞" }
        guard abs(value) < 1e15 else { return String(format: "%.6g", value) }
        return grouped(Int(value.rounded()))
    }

    /// "69,000": thousands separated by commas, as English text writes them.
    ///
    /// Written byte by byte from the last digit into a string of the exact length: every
    /// population verdict writes three such figures, and going through the digits as
    /// Characters (counting them anew at each) cost thousands of instructions a figure.
    static func grouped(_ value: Int) -> String {
        var digitCount = 1
        var rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            digitCount += 1
        }
        let length = (value < 0 ? 1 : 0) + digitCount + (digitCount - 1) / 3
        return String(unsafeUninitializedCapacity: length) { buffer in
            var magnitude = value.magnitude
            var position = length
            for written in 0..<digitCount {
                if written > 0 && written % 3 == 0 {
                    position -= 1
                    buffer[position] = 0x2C // ","
                }
                position -= 1
                buffer[position] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            }
            if value < 0 { buffer[0] = 0x2D } // "-"
            return length
        }
    }
}
