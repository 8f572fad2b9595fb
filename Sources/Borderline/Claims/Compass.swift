/// A compass direction as written ("north", "south-east", "north-northwest", "northern").
public struct CompassDirection: Sendable, Hashable {
    /// The direction as written, in lower case ("southeast").
    public var text: String
    /// Nominal azimuth in degrees clockwise from north, 0…360.
    public var azimuthDegrees: Double
    /// How many points the word belongs to: 4 (N, E, S, W), 8 (NE, SE, …) or 16 (NNE, …).
    public var points: Int

    /// Reads "north", "north-east", "northeast", "north east", "northern", "north-eastern",
    /// "NE", "north-northeast" starting at `tokens[index]`; returns the direction and the index
    /// one past it.
    static func read(_ tokens: [ClaimToken], at index: Int) -> (CompassDirection, Int)? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        if let abbreviation = abbreviations[tokens[index].text] {
            return (abbreviation, index + 1)
        }
        guard let first = base(tokens[index].lower) else {
            // A compound written as one word ("northeast", "southwestern").
            let word = tokens[index].lower
            let stem = word.hasSuffix("ern") ? String(word.dropLast(3)) : word
            guard let split = compound(stem) ?? compound(word), let direction = make(split) else { return nil }
            return (direction, index + 1)
        }
        var parts = [first]
        var cursor = index + 1
        // "north-east", "north east", "north-north-east"
        while parts.count < 3, cursor < tokens.count {
            var next = cursor
            if tokens[next].isDash { next += 1 }
            guard next < tokens.count, tokens[next].kind == .word, let part = base(tokens[next].lower) else { break }
            parts.append(part)
            cursor = next + 1
        }
        guard let direction = make(parts) else { return nil }
        return (direction, cursor)
    }

    /// The four cardinal stems: "north", "northern", "northward(s)".
    static func base(_ word: String) -> String? {
        for stem in ["north", "south", "east", "west"] where word == stem || word == stem + "ern" || word == stem + "ward" || word == stem + "wards" {
            return stem
        }
        return nil
    }

    static func compound(_ word: String) -> [String]? {
        for first in ["north", "south"] where word.hasPrefix(first) {
            let rest = String(word.dropFirst(first.count))
            if let second = base(rest), second == "east" || second == "west" { return [first, second] }
        }
        return nil
    }

    static let azimuths: [String: Double] = ["north": 0, "east": 90, "south": 180, "west": 270]

    static func make(_ parts: [String]) -> CompassDirection? {
        switch parts.count {
        case 1:
            return CompassDirection(text: parts[0], azimuthDegrees: azimuths[parts[0]]!, points: 4)
        case 2:
            guard ["north", "south"].contains(parts[0]), ["east", "west"].contains(parts[1]) else { return nil }
            return CompassDirection(text: parts.joined(), azimuthDegrees: midpoint(azimuths[parts[0]]!, azimuths[parts[1]]!), points: 8)
        case 3:
            guard let inner = make(Array(parts.suffix(2))) else { return nil }
            let outer = azimuths[parts[0]]!
            return CompassDirection(text: parts[0] + "-" + parts[1] + parts[2], azimuthDegrees: midpoint(outer, inner.azimuthDegrees), points: 16)
        default:
            return nil
        }
    }

    static func midpoint(_ a: Double, _ b: Double) -> Double {
        var difference = b - a
        if difference > 180 { difference -= 360 }
        if difference < -180 { difference += 360 }
        var mid = a + difference / 2
        if mid < 0 { mid += 360 }
        return mid
    }

    static let abbreviations: [String: CompassDirection] = [
        "NE": CompassDirection(text: "northeast", azimuthDegrees: 45, points: 8),
        "SE": CompassDirection(text: "southeast", azimuthDegrees: 135, points: 8),
        "SW": CompassDirection(text: "southwest", azimuthDegrees: 225, points: 8),
        "NW": CompassDirection(text: "northwest", azimuthDegrees: 315, points: 8),
    ]

    /// Whether the direction has a northern (southern, eastern, western) component, for
    /// "in southwestern Ukraine"-style statements about where in a country a place lies.
    var components: (northSouth: Int, eastWest: Int) {
        let radians = azimuthDegrees * .pi / 180
        let ns = cos(radians), ew = sin(radians)
        return (abs(ns) < 0.3 ? 0 : (ns > 0 ? 1 : -1), abs(ew) < 0.3 ? 0 : (ew > 0 ? 1 : -1))
    }
}

import Foundation
