/// The legend: one entry for every kind of symbol the map draws, and none for what it does not.
public struct Legend: Sendable, Hashable {
    /// One line of the legend.
    public struct Entry: Sendable, Hashable {
        /// The symbol key: the same string as the `data-symbol` of the map elements it explains.
        public var key: String
        public var text: String
    }

    public var entries: [Entry]

    /// Every entry the map could have, in the order a reader looks for them: the data first,
    /// then the base map.
    public static func allEntries(crimeaConvention: CrimeaConvention) -> [Entry] {
        var entries = PlaceSizeClass.allCases.map { Entry(key: $0.symbolKey, text: $0.legendText) }
        entries += EventSymbol.allCases.map { Entry(key: $0.symbolKey, text: $0.legendText) }
        entries.append(Entry(key: "event-anchor", text: "Where events shown around it took place"))
        entries += MapVerdict.allCases.map { Entry(key: $0.symbolKey, text: $0.legendText) }
        entries += [
            Entry(key: "border", text: "Russia–Ukraine border (internationally recognised)"),
            Entry(key: "crimea-occupied", text: "Crimea: Russian-occupied (since 2014)"),
            Entry(key: "crimea-line", text: "Crimea administrative line (de facto boundary)"),
            Entry(key: "boundary", text: "Other international boundary"),
            Entry(key: "town", text: "Other town (for orientation)"),
            Entry(key: "river", text: "River"),
            Entry(key: "lake", text: "Lake or reservoir"),
            Entry(key: "land-ukr", text: crimeaConvention == .internationallyRecognised ? "Ukraine" : "Ukraine (de facto)"),
            Entry(key: "land-rus", text: crimeaConvention == .internationallyRecognised ? "Russia" : "Russia (de facto)"),
            Entry(key: "land-other", text: "Other country"),
            Entry(key: "sea", text: "Sea"),
        ]
        return entries
    }

    /// The legend of a map whose elements carry the symbol keys `used`.
    public init(used: Set<String>, crimeaConvention: CrimeaConvention) {
        entries = Self.allEntries(crimeaConvention: crimeaConvention).filter { used.contains($0.key) }
    }

    /// The sample drawing of `key` in a 26 × 14 px box whose top-left corner is `origin`.
    static func sample(_ key: String, at origin: PixelPoint) -> String {
        let c = PixelPoint(x: origin.x + 13, y: origin.y + 7)
        let n = { (value: Double) in SVGText.number(value) }
        func hline(_ cls: String) -> String {
            "<line class=\"\(cls)\" x1=\"\(n(origin.x + 1))\" y1=\"\(n(c.y))\" x2=\"\(n(origin.x + 25))\" y2=\"\(n(c.y))\"/>"
        }
        func swatch(_ cls: String) -> String {
            "<rect class=\"\(cls)\" x=\"\(n(origin.x + 1))\" y=\"\(n(origin.y + 1))\" width=\"24\" height=\"12\"/>"
        }
        if let sizeClass = PlaceSizeClass.allCases.first(where: { $0.symbolKey == key }) {
            return sizeClass.element(at: c, isLegendSample: true)
        }
        if let event = EventSymbol.allCases.first(where: { $0.symbolKey == key }) {
            return "<path class=\"event \(key)\" d=\"\(event.pathData(at: c))\"/>"
        }
        if let verdict = MapVerdict.allCases.first(where: { $0.symbolKey == key }) {
            return hline("claim \(verdict.symbolKey)")
                + "<circle class=\"claim-end \(verdict.symbolKey)\" cx=\"\(n(origin.x + 23))\" cy=\"\(n(c.y))\" r=\"2.6\"/>"
        }
        switch key {
        case "event-anchor":
            return "<line class=\"tether\" x1=\"\(n(c.x))\" y1=\"\(n(c.y))\" x2=\"\(n(c.x + 8))\" y2=\"\(n(c.y - 4))\"/>"
                + "<circle class=\"event-anchor\" cx=\"\(n(c.x))\" cy=\"\(n(c.y))\" r=\"1.6\"/>"
        case "border": return hline("border-band") + hline("border")
        case "crimea-occupied": return swatch("land land-ukr") + swatch("crimea-occupied")
        case "crimea-line": return hline("crimea-line")
        case "boundary": return hline("boundary")
        case "town": return "<circle class=\"town\" cx=\"\(n(c.x))\" cy=\"\(n(c.y))\" r=\"2.4\"/>"
        case "river": return hline("river river-medium")
        case "lake": return swatch("lake")
        case "sea": return swatch("sea")
        default: return swatch("land \(key)")
        }
    }
}
