import Foundation

/// Size classes of places by population: the bigger the town, the bigger the dot.
public enum PlaceSizeClass: String, CaseIterable, Sendable, Hashable, Comparable {
    case million, large, medium, small, region

    /// The class of a place: regions (admin1 entries) by kind, towns by GeoNames population.
    public init(kind: PlaceKind, population: Int) {
        if kind != .place {
            self = .region
        } else if population >= 1_000_000 {
            self = .million
        } else if population >= 100_000 {
            self = .large
        } else if population >= 10_000 {
            self = .medium
        } else {
            self = .small
        }
    }

    /// Half the symbol's size, in pixels.
    public var radiusPixels: Double {
        switch self {
        case .million: return 6
        case .large: return 4.5
        case .medium: return 3.5
        case .small: return 2.5
        case .region: return 4
        }
    }

    /// Font size of the label, in pixels.
    public var labelFontPixels: Double {
        switch self {
        case .million: return 14
        case .large: return 12.5
        case .medium, .region: return 11.5
        case .small: return 11
        }
    }

    public var legendText: String {
        switch self {
        case .million: return "Place, 1 million people or more"
        case .large: return "Place, 100,000 to 999,999"
        case .medium: return "Place, 10,000 to 99,999"
        case .small: return "Place, under 10,000 or unknown"
        case .region: return "Region named in the text (its label point)"
        }
    }

    /// The key of the symbol in `data-symbol` and the legend.
    public var symbolKey: String { "place-\(rawValue)" }

    public static func < (lhs: PlaceSizeClass, rhs: PlaceSizeClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The SVG element of the symbol centred on `center`.
    func element(at center: PixelPoint, extra: String = "", isLegendSample: Bool = false) -> String {
        let cls = "place \(symbolKey)"
        let box = PixelRect(center: center, radius: radiusPixels)
        let data = isLegendSample
            ? " data-legend-sample=\"\(symbolKey)\""
            : " data-symbol=\"\(symbolKey)\" data-bbox=\"\(SVGText.box(box))\""
        if self == .region {
            let side = radiusPixels * 2 - 1
            return "<rect class=\"\(cls)\" x=\"\(SVGText.number(center.x - side / 2))\" y=\"\(SVGText.number(center.y - side / 2))\" "
                + "width=\"\(SVGText.number(side))\" height=\"\(SVGText.number(side))\"\(data)\(extra)/>"
        }
        return "<circle class=\"\(cls)\" cx=\"\(SVGText.number(center.x))\" cy=\"\(SVGText.number(center.y))\" "
            + "r=\"\(SVGText.number(radiusPixels - 0.5))\"\(data)\(extra)/>"
    }
}

/// The kinds of event the map tells apart, each with its own shape and colour.
public enum EventSymbol: String, CaseIterable, Sendable, Hashable {
    case explosion, missile, drone, shelling, airStrike = "air-strike", ground, fire, other

    /// The symbol for an event type code from the events stage ("missile_strike",
    /// "drone_attack", …), matched by the words it contains; unknown codes are `other`.
    public init(eventType: String) {
        let code = eventType.lowercased()
        func has(_ words: String...) -> Bool { words.contains { code.contains($0) } }
        if has("missile", "rocket") {
            self = .missile
        } else if has("drone", "uav") {
            self = .drone
        } else if has("shell", "artillery", "mortar") {
            self = .shelling
        } else if has("air_strike", "airstrike", "air strike", "bomb", "aerial") {
            self = .airStrike
        } else if has("explo", "blast") {
            self = .explosion
        } else if has("fire", "blaze") {
            self = .fire
        } else if has("incursion", "raid", "ground", "fight", "clash", "assault", "cross", "sabotage") {
            self = .ground
        } else {
            self = .other
        }
    }

    public var legendText: String {
        switch self {
        case .explosion: return "Explosion"
        case .missile: return "Missile strike"
        case .drone: return "Drone attack"
        case .shelling: return "Shelling"
        case .airStrike: return "Air strike"
        case .ground: return "Ground incursion or fighting"
        case .fire: return "Fire"
        case .other: return "Other event"
        }
    }

    public var symbolKey: String { "event-\(rawValue)" }

    /// Half the symbol's size, in pixels.
    public static let radiusPixels = 6.5

    /// The outline of the symbol centred on `c` as SVG path data.
    func pathData(at c: PixelPoint) -> String {
        let r = Self.radiusPixels - 0.6
        func polygon(_ points: [(Double, Double)]) -> String {
            points.enumerated().map { index, point in
                "\(index == 0 ? "M" : "L")\(SVGText.number(c.x + point.0)) \(SVGText.number(c.y + point.1))"
            }.joined() + "Z"
        }
        func star(_ count: Int, _ inner: Double) -> String {
            polygon((0..<(2 * count)).map { i in
                let angle = -Double.pi / 2 + Double(i) * Double.pi / Double(count)
                let radius = i % 2 == 0 ? r : r * inner
                return (radius * cos(angle), radius * sin(angle))
            })
        }
        switch self {
        case .explosion: return star(8, 0.5)
        case .missile: return polygon([(0, -r), (r * 0.95, r * 0.8), (-r * 0.95, r * 0.8)])
        case .drone: return polygon([(0, -r), (r, 0), (0, r), (-r, 0)])
        case .shelling: return polygon([(-r * 0.8, -r * 0.8), (r * 0.8, -r * 0.8), (r * 0.8, r * 0.8), (-r * 0.8, r * 0.8)])
        case .airStrike: return polygon([(-r * 0.95, -r * 0.8), (r * 0.95, -r * 0.8), (0, r)])
        case .ground:
            let a = r * 0.95, b = r * 0.35
            return polygon([
                (-a, -a + b), (-a + b, -a), (0, -b), (a - b, -a), (a, -a + b), (b, 0), (a, a - b), (a - b, a), (0, b),
                (-a + b, a), (-a, a - b), (-b, 0),
            ])
        case .fire: return star(5, 0.5)
        case .other: return polygon((0..<6).map { i in
            let angle = Double(i) * Double.pi / 3
            return (r * cos(angle), r * sin(angle))
        })
        }
    }
}

extension MapVerdict {
    /// The key of the claim symbol in `data-symbol` and the legend.
    var symbolKey: String { "claim-\(rawValue)" }

    var legendText: String {
        switch self {
        case .consistent: return "Distance claim, consistent with the measurement"
        case .inconsistent: return "Distance claim, inconsistent with the measurement"
        case .unverifiable: return "Distance claim that cannot be checked"
        }
    }
}
