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
    static func read(_ tokens: ArraySlice<ClaimToken>, at index: Int) -> (CompassDirection, Int)? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let word = tokens[index].compass
        if let abbreviation = word.abbreviation {
            return (abbreviations[["NE", "SE", "SW", "NW"][abbreviation]]!, index + 1)
        }
        guard let first = word.stem else {
            // A compound written as one word ("northeast", "southwestern").
            guard let (northSouth, eastWest) = word.compound else { return nil }
            return (Table.shared.pairs[northSouth * 4 + eastWest]!, index + 1)
        }
        var parts = (first, 0, 0)
        var count = 1
        var cursor = index + 1
        // "north-east", "north east", "north-north-east"
        while count < 3, cursor < tokens.count {
            var next = cursor
            if tokens[next].isDash { next += 1 }
            guard next < tokens.count, tokens[next].kind == .word, let part = tokens[next].compass.stem else { break }
            if count == 1 { parts.1 = part } else { parts.2 = part }
            count += 1
            cursor = next + 1
        }
        let table = Table.shared
        let found: CompassDirection?
        switch count {
        case 1: found = table.singles[parts.0]
        case 2: found = table.pairs[parts.0 * 4 + parts.1]
        default: found = table.triples[parts.0 * 16 + parts.1 * 4 + parts.2]
        }
        guard let direction = found else { return nil }
        return (direction, cursor)
    }

    /// Every direction `make` gives for one, two or three stems, by stem index (`stems`), made
    /// once so that reading a compass word builds no string.
    struct Table: Sendable {
        var singles: [CompassDirection] = []
        var pairs: [CompassDirection?] = []
        var triples: [CompassDirection?] = []

        static let shared: Table = {
            var table = Table()
            for a in stems { table.singles.append(make([a])!) }
            for a in stems { for b in stems { table.pairs.append(make([a, b])) } }
            for a in stems { for b in stems { for c in stems { table.triples.append(make([a, b, c])) } } }
            return table
        }()
    }

    /// The cardinal stems, in the order `CompassWord` numbers them.
    static let stems = ["north", "east", "south", "west"]

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

/// What a word is as a compass word, worked out once by the lexer (read from
/// `ClaimVocabulary`): a cardinal stem ("north", "northern", "northward(s)":
/// `CompassDirection.base`), a compound written as one word ("northeast", "southwestern":
/// `CompassDirection.compound`), an upper-case abbreviation ("NE"), or none.
struct CompassWord: Sendable, Hashable {
    /// 0: none; 1…4: stem 0…3; 8 + 2·northSouth + eastWest: compound; 16 + n: abbreviation n.
    var raw: UInt8

    static let none = CompassWord(raw: 0)
    static func abbreviation(_ index: UInt8) -> CompassWord { CompassWord(raw: 16 + index) }

    /// The stem index (north 0, east 1, south 2, west 3) of a cardinal word.
    var stem: Int? { raw >= 1 && raw <= 4 ? Int(raw) - 1 : nil }
    /// The stem indices of a one-word compound ("southwest": 2, 3).
    var compound: (Int, Int)? {
        guard raw >= 8 && raw < 12 else { return nil }
        let k = Int(raw) - 8
        return (k >> 1 == 0 ? 0 : 2, k & 1 == 0 ? 1 : 3)
    }
    /// The abbreviation index, in NE, SE, SW, NW order.
    var abbreviation: Int? { raw >= 16 ? Int(raw) - 16 : nil }

    private static func compound(northSouth: Int, eastWest: Int) -> CompassWord {
        CompassWord(raw: UInt8(8 + (northSouth == 0 ? 0 : 2) + (eastWest == 1 ? 0 : 1)))
    }

    /// Classifies a lower-case word held as String, with `CompassDirection`'s own string rules.
    static func classify(_ word: String) -> CompassWord {
        if let stem = CompassDirection.base(word) {
            return CompassWord(raw: UInt8(CompassDirection.stems.firstIndex(of: stem)! + 1))
        }
        let stem = word.hasSuffix("ern") ? String(word.dropLast(3)) : word
        guard let split = CompassDirection.compound(stem) ?? CompassDirection.compound(word) else { return .none }
        return compound(northSouth: CompassDirection.stems.firstIndex(of: split[0])!, eastWest: CompassDirection.stems.firstIndex(of: split[1])!)
    }

    /// Every lower-case word `classify` gives a class other than `.none`, built from the pieces
    /// it reads: a stem with its ending ("north", "northern", "northward", "northwards"), a
    /// compound with one ("southeast", "southeastern"…), and a compound with "ern" after that
    /// (`classify` reads a final "ern" both ways). The lexer finds a word's class in
    /// `ClaimVocabulary`, which holds these; CompassVocabularyTests checks the list is whole.
    static let spellings: [String] = {
        let endings = ["", "ern", "ward", "wards"]
        var words: [String] = []
        for stem in CompassDirection.stems {
            for ending in endings { words.append(stem + ending) }
        }
        for first in ["north", "south"] {
            for second in ["east", "west"] {
                for ending in endings where !words.contains(first + second + ending) {
                    words.append(first + second + ending)
                }
                for ending in endings where !words.contains(first + second + ending + "ern") {
                    words.append(first + second + ending + "ern")
                }
            }
        }
        for word in words { precondition(classify(word) != .none, "\(word) is no compass word") }
        return words
    }()
}

import Foundation
