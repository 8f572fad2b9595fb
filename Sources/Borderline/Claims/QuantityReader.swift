/// Reads a stated length: an optional hedge, a number or a range, a length unit, and an
/// optional conversion in brackets ("10km (six miles)", "25 miles (40 km)").
///
/// Forms read: "about 20 miles", "20-25 km", "20 to 25 km", "20km-25km", "1.5 km", "six miles",
/// "a dozen kilometres", "less than 10 km", "30-km" (as an adjective). A figure without a length
/// unit is not a length ("11 tanks", "300 troops", "2024"), so casualty counts, dates and troop
/// numbers never become distance claims.
enum QuantityReader {
    /// A length figure and the index one past its last token (conversion included).
    struct Reading: Hashable {
        var primary: StatedQuantity
        /// The same figure in another unit, when the text gives one in brackets.
        var conversion: StatedQuantity?
        var end: Int
    }

    /// The length figure whose number starts at `tokens[index]`; a hedge just before it is
    /// included.
    static func length(_ tokens: ArraySlice<ClaimToken>, at index: Int, scalars: [Unicode.Scalar]) -> Reading? {
        guard let primary = single(tokens, at: index, scalars: scalars) else { return nil }
        var end = primary.end
        var conversion: StatedQuantity?
        // "(six miles)", "(40 km)", "[12 mi]"
        if end < tokens.count, tokens[end].isMark(.openParenthesis) || tokens[end].isMark(.openBracket) {
            var inner = end + 1
            if let afterHedge = Hedge.starting(at: inner, in: tokens) {
                inner = afterHedge
            }
            if let converted = single(tokens, at: inner, scalars: scalars),
               converted.end < tokens.count, tokens[converted.end].isMark(.closeParenthesis) || tokens[converted.end].isMark(.closeBracket),
               converted.quantity.unit != primary.quantity.unit {
                conversion = converted.quantity
                end = converted.end + 1
            }
        }
        return Reading(primary: primary.quantity, conversion: conversion, end: end)
    }

    /// `QuantityUnit.lengthWords` by word code.
    static let lengthUnitByCode = ClaimWord.table(QuantityUnit.lengthWords.mapValues { Optional($0) }, default: nil)

    /// The length unit a token names, if it is a word of `QuantityUnit.lengthWords`.
    @inline(__always)
    static func lengthUnit(_ token: ClaimToken) -> QuantityUnit? {
        guard token.kind == .word, let word = token.word else { return nil }
        return lengthUnitByCode[Int(word.rawValue)]
    }

    /// One figure with a length unit (`QuantityUnit.lengthWords`), with the hedge written
    /// before it.
    static func single(
        _ tokens: ArraySlice<ClaimToken>, at index: Int, scalars: [Unicode.Scalar]
    ) -> (quantity: StatedQuantity, end: Int)? {
        guard let first = NumberReader.read(tokens, at: index) else { return nil }
        var low = first.value, high = first.value, step = first.roundingStep
        var cursor = first.end
        var unit: QuantityUnit?
        // "20km-25km": a unit may follow each number.
        if cursor < tokens.count, let found = lengthUnit(tokens[cursor]) {
            unit = found
            cursor += 1
        }
        // Ranges: "20-25", "20 to 25", "20–25".
        if cursor + 1 < tokens.count, tokens[cursor].isDash || (tokens[cursor].kind == .word && tokens[cursor].word == .to),
           let second = NumberReader.read(tokens, at: cursor + 1), second.value > first.value {
            let afterSecond = second.end
            var secondUnit: QuantityUnit?
            if afterSecond < tokens.count, let found = lengthUnit(tokens[afterSecond]) {
                secondUnit = found
            }
            if let secondUnit, unit == nil || unit == secondUnit {
                unit = secondUnit
                high = second.value
                step = min(step, second.roundingStep)
                cursor = afterSecond + 1
            }
        }
        // "30-km zone"
        if unit == nil, cursor + 1 < tokens.count, tokens[cursor].isDash, let found = lengthUnit(tokens[cursor + 1]) {
            unit = found
            cursor += 2
        }
        guard let unit else { return nil }
        // "10km" written together is fine; "10 m" must not be the start of "10 m.p.h." etc.
        if unit == .metres, cursor < tokens.count, tokens[cursor].isMark(.period) { return nil }
        var start = tokens[index].start
        var hedge = Hedge.none
        if let found = Hedge.ending(before: index, in: tokens) {
            hedge = found.hedge
            start = tokens[found.start].start
        }
        let end = tokens[cursor - 1].end
        return (StatedQuantity(
            text: ScalarText.string(scalars[start..<end]), low: low, high: high, roundingStep: step, unit: unit, hedge: hedge,
            start: start, end: end), cursor)
    }
}
