/// Reads a number written in digits or in words, with the rounding step its form implies.
///
/// The step matters because a round figure is a coarse figure: "40 km" is anything from 35 to
/// 45, "37 km" is 36.5 to 37.5. The rule (documented in TOLERANCE.md): a whole number with *k*
/// trailing zeros is rounded to 10^k, or to 5·10^k when its last non-zero digit is 5 and a
/// non-zero digit stands before it ("25" → 5, "150" → 50, but "50" → 10); a decimal with *d* digits after the point is rounded to
/// 10^-d; a number in words is exact to 1 unless it is round in the same sense ("twenty").
enum NumberReader {
    /// A number read from the tokens, and the index one past its last token.
    struct Reading: Hashable {
        var value: Double
        var roundingStep: Double
        var end: Int
    }

    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let multipliers: [String: Double] = ["hundred": 100, "thousand": 1_000, "million": 1_000_000]

    /// `units`, `tens` and `multipliers` by word code (-1, -1 and 0 for other words).
    static let unitByCode = ClaimWord.table(units, default: -1)
    static let tenByCode = ClaimWord.table(tens, default: -1)
    static let multiplierByCode = ClaimWord.table(multipliers, default: 0)

    /// The words a number in words can start with (`words(_:at:)`): "dozen", "a", the units and
    /// the tens.
    static let startByCode: [Bool] = {
        var table = ClaimWord.membership(["dozen", "a", "one"])
        for index in table.indices where unitByCode[index] >= 0 || tenByCode[index] >= 0 { table[index] = true }
        return table
    }()

    /// Whether a number may start at `tokens[index]`: false where `read` surely finds none, so
    /// that the patterns pass over most tokens with a look at a few bytes.
    ///
    /// Most tokens are turned away by one table lookup and one test together, with no branch on
    /// the token's kind (a switch on it, and a test of whether a word has a code, were missed by
    /// the branch predictor on about one token in three): a number has no code, read as the
    /// comma's, and a mark's code, like the comma's, starts no number in words, so only a word
    /// passes the lookup; only a number with a figure passes the other test.
    @inline(__always)
    static func mayStart(_ tokens: ArraySlice<ClaimToken>, at index: Int) -> Bool {
        let token = tokens[index]
        let startsWords = startByCode[Int(token.word?.rawValue ?? ClaimWord.comma.rawValue)]
        let isFigure = token.kind == .number && token.figure != nil
        guard (startsWords ? 1 : 0) | (isFigure ? 1 : 0) != 0 else { return false }
        guard startsWords, let word = token.word else { return true }
        // The article starts only "a dozen" and "a hundred".
        return word != .a || index + 1 < tokens.count && (tokens[index + 1].word == .dozen || tokens[index + 1].word == .hundred)
    }

    /// The first index from `index` on at which `mayStart` passes a token's first test (a word a
    /// number in words may start with, or a number with a figure), or `tokens.count` when none
    /// does: the patterns' scan for numbers, which turns away most tokens of a sentence.
    ///
    /// The tokens and the table are read through their storage in one tight loop: token by
    /// token through `mayStart`, every token cost three bounds checks of the slice and one of
    /// the table (some twenty-six instructions a token, where this loop takes about half).
    /// The two tests are still joined into one branch, as in `mayStart`.
    @inline(__always)
    static func nextCandidate(_ tokens: ArraySlice<ClaimToken>, from index: Int) -> Int {
        let first = tokens.startIndex
        return tokens.withUnsafeBufferPointer { buffer in
            startByCode.withUnsafeBufferPointer { starts in
                var position = index - first
                while position < buffer.count {
                    let token = buffer[position]
                    let startsWords = starts[Int(token.word?.rawValue ?? ClaimWord.comma.rawValue)]
                    let isFigure = token.kind == .number && token.figure != nil
                    if (startsWords ? 1 : 0) | (isFigure ? 1 : 0) != 0 { break }
                    position += 1
                }
                return first + position
            }
        }
    }

    /// The number that starts at `tokens[index]`, if one does.
    @inline(__always)
    static func read(_ tokens: ArraySlice<ClaimToken>, at index: Int) -> Reading? {
        guard index < tokens.count else { return nil }
        var reading: Reading
        let token = tokens[index]
        if token.kind == .number {
            guard let parsed = token.figure else { return nil }
            reading = Reading(value: parsed.value, roundingStep: parsed.step, end: index + 1)
        } else if token.kind == .word, token.word != nil, let words = words(tokens, at: index) {
            reading = words
        } else {
            return nil
        }
        // "1.4 million", "345 thousand": a multiplier scales the value and its step.
        if reading.end < tokens.count, tokens[reading.end].kind == .word, let next = tokens[reading.end].word,
           case let factor = multiplierByCode[Int(next.rawValue)], factor != 0, reading.value < 1000 {
            reading = Reading(value: reading.value * factor, roundingStep: reading.roundingStep * factor, end: reading.end + 1)
        }
        return reading
    }

    /// "69,000" → 69000 (step 1000); "1.5" → 1.5 (step 0.1); "1,5" → 1.5 (a decimal comma,
    /// since a thousands group has three digits).
    static func digits(_ text: String) -> (value: Double, step: Double)? {
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        var normalised = text
        if groups.count == 2 && groups[1].count != 3 && !text.contains(".") {
            normalised = text.replacingOccurrences(of: ",", with: ".")
        } else {
            guard groups.dropFirst().allSatisfy({ $0.count == 3 || $0.contains(".") }) else { return nil }
            normalised = text.replacingOccurrences(of: ",", with: "")
        }
        // "1e400" overflows to infinity, and a negative figure is no distance, count or
        // population: neither is a statement anyone can check.
        guard let value = Double(normalised), value.isFinite, value >= 0 else { return nil }
        if let dot = normalised.firstIndex(of: ".") {
            let decimals = normalised.distance(from: dot, to: normalised.endIndex) - 1
            var step = 1.0
            for _ in 0..<decimals { step /= 10 }
            return (value, step)
        }
        // Beyond Int's range (99999999999999999999) the rounding step no longer matters.
        return (value, value < 1e15 ? roundingStep(ofWhole: Int(value)) : 1)
    }

    /// `digits(_:)` of the number token `scalars[start..<end]`, read straight from the scalars
    /// for the usual forms ("69,000", "1.5", "1,5", "2,500.75": digits with "," and at most one
    /// "." and at most 15 digits in all); anything else (a sign, an exponent, a longer figure,
    /// "1.2.3") goes through `digits(_:)` itself.
    ///
    /// The rules are those of `digits(_:)`: one comma followed by other than three digits and no
    /// point is a decimal comma; otherwise every comma must start a group of three digits (or a
    /// group holding the point) and is dropped. The value is exact: a whole number below 10^15
    /// divided by a power of ten up to 10^15 is one correctly rounded division of two exactly
    /// held Doubles, as `Double(String)` rounds the same decimal.
    static func digits(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> (value: Double, step: Double)? {
        var mantissa = 0
        var digitCount = 0
        var commas = 0
        var dots = 0
        /// Digits since the last comma, and whether that group holds the point.
        var groupLength = 0
        var groupHasDot = false
        var groupsValid = true
        /// Digits after the point (or after the single comma, for a decimal comma).
        var afterDot = 0
        var afterComma = 0
        var simple = true
        for offset in start..<end {
            let value = scalars[offset].value
            let digit = value &- 0x30
            if digit < 10 {
                mantissa = mantissa &* 10 &+ Int(digit)
                digitCount += 1
                groupLength += 1
                if dots > 0 { afterDot += 1 }
                if commas > 0 { afterComma += 1 }
            } else if value == 0x2C {
                if commas > 0 && !(groupLength == 3 || groupHasDot) { groupsValid = false }
                commas += 1
                groupLength = 0
                groupHasDot = false
                afterComma = 0
            } else if value == 0x2E {
                dots += 1
                groupHasDot = true
            } else {
                simple = false
                break
            }
        }
        if commas > 0 && !(groupLength == 3 || groupHasDot) { groupsValid = false }
        guard simple, digitCount <= 15, dots <= 1 else {
            return digits(ScalarText.string(ArraySlice(scalars[start..<end])))
        }
        let decimals: Int
        if commas == 1 && afterComma != 3 && dots == 0 {
            decimals = afterComma
        } else {
            guard groupsValid else { return nil }
            guard dots == 1 else {
                return (Double(mantissa), roundingStep(ofWhole: mantissa))
            }
            decimals = afterDot
        }
        var divisor = 1.0
        for _ in 0..<decimals { divisor *= 10 }
        var step = 1.0
        for _ in 0..<decimals { step /= 10 }
        return (Double(mantissa) / divisor, step)
    }

    /// The rounding step of a whole number (see the type's comment).
    static func roundingStep(ofWhole value: Int) -> Double {
        guard value >= 10 else { return 1 }
        var step = 1.0
        var rest = value
        while rest % 10 == 0 && rest > 0 {
            rest /= 10
            step *= 10
        }
        if rest % 10 == 5 && rest >= 15 { step *= 5 }
        return step
    }

    /// Numbers in words: "six", "twenty-four", "twenty four", "a dozen", "a hundred", "dozens" is not one.
    static func words(_ tokens: ArraySlice<ClaimToken>, at index: Int) -> Reading? {
        guard let word = tokens[index].word else { return nil }
        if word == .dozen { return Reading(value: 12, roundingStep: 1, end: index + 1) }
        if word == .a || word == .one, index + 1 < tokens.count, tokens[index + 1].kind == .word {
            let next = tokens[index + 1].word
            if next == .dozen { return Reading(value: 12, roundingStep: 1, end: index + 2) }
            if next == .hundred { return Reading(value: 100, roundingStep: 100, end: index + 2) }
        }
        let unit = unitByCode[Int(word.rawValue)]
        if unit >= 0 {
            return Reading(value: Double(unit), roundingStep: 1, end: index + 1)
        }
        let ten = tenByCode[Int(word.rawValue)]
        if ten >= 0 {
            // "twenty-four" or "twenty four"
            var next = index + 1
            if next < tokens.count && tokens[next].isDash { next += 1 }
            if next < tokens.count, tokens[next].kind == .word, let following = tokens[next].word,
               case let unit = unitByCode[Int(following.rawValue)], (1...9).contains(unit) {
                return Reading(value: Double(ten + unit), roundingStep: 1, end: next + 1)
            }
            return Reading(value: Double(ten), roundingStep: 10, end: index + 1)
        }
        return nil
    }
}
