/// A proleptic Gregorian calendar date without time zone, for resolving "last Tuesday" against a
/// publication date. Pure arithmetic (Howard Hinnant's days-from-civil), so results do not depend
/// on the machine's calendar, locale or time zone.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "yyyy-mm-dd"; nil for anything else or an impossible date ("2023-02-30").
    ///
    /// Read byte by byte (`isoFields`): splitting the text and parsing each part with `Int`
    /// cost about 7,100 instructions a date, and every document's publication date is parsed.
    public init?(iso: String) {
        guard let (y, m, d) = Self.isoFields(iso.utf8), Self.isValid(y, m, d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The three numbers of a text that splits at "-" into parts of 4, 2 and 2 characters
    /// that `Int` reads, as a parse by parts takes them: ten ASCII bytes (any other byte fails
    /// `Int`, and a character of several bytes makes the text longer than ten), "-" at 4 and 7
    /// and nowhere else, each part digits after an optional "+" (which `Int` allows:
    /// "+123-+5-07" is the year 123, May 7).
    static func isoFields(_ utf8: String.UTF8View) -> (Int, Int, Int)? {
        // Read through the view's span: iterating the view itself moved an index a byte at a
        // time (a call per step), about 620 instructions a date.
        let bytes = utf8.span
        guard bytes.count == 10 else { return nil }
        var year = 0, month = 0, value = 0, position = 0
        for offset in 0..<10 {
            let byte = bytes[offset]
            if offset == 4 || offset == 7 {
                guard byte == 0x2D else { return nil }
                if offset == 4 { year = value } else { month = value }
                value = 0
                position = 0
                continue
            }
            defer { position += 1 }
            if byte == 0x2B && position == 0 { continue }
            let digit = Int(byte) &- 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return (year, month, value)
    }

    static func isValid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysInMonth(year, month)
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ((dayNumber % 7) + 11) % 7 }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// "2023-12-30".
    public var description: String {
        // Every event's date is written this way: the usual case (a four-digit year) is written
        // straight into a small string, the general one padded as below.
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            return String(unsafeUninitializedCapacity: 10) { buffer in
                buffer[0] = UInt8(0x30 + year / 1000)
                buffer[1] = UInt8(0x30 + year / 100 % 10)
                buffer[2] = UInt8(0x30 + year / 10 % 10)
                buffer[3] = UInt8(0x30 + year % 10)
                buffer[4] = 0x2D
                buffer[5] = UInt8(0x30 + month / 10)
                buffer[6] = UInt8(0x30 + month % 10)
                buffer[7] = 0x2D
                buffer[8] = UInt8(0x30 + day / 10)
                buffer[9] = UInt8(0x30 + day % 10)
                return 10
            }
        }
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}
