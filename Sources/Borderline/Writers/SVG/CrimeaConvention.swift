/// How the map draws Crimea, annexed by Russia in 2014.
///
/// Natural Earth 4.0.0 draws boundaries by de facto control and puts Crimea inside Russia's
/// polygon. A report map normally shows internationally recognised borders (UN General Assembly
/// resolution 68/262), so that is the default; the other convention is an option, and the map
/// always says in its notes which one it uses.
public enum CrimeaConvention: String, CaseIterable, Sendable, Hashable {
    /// Crimea in Ukraine's colour, hatched as Russian-occupied.
    case internationallyRecognised = "recognised"
    /// Crimea in Russia's colour, as Natural Earth draws it, with the administrative line to
    /// Kherson Oblast drawn as the de facto boundary.
    case deFacto = "de-facto"

    /// The sentence the map's notes carry.
    public var note: String {
        switch self {
        case .internationallyRecognised:
            return "Borders: internationally recognised. Crimea is shown as part of Ukraine and hatched as "
                + "Russian-occupied since 2014 (Natural Earth 4.0.0 draws it inside Russia)."
        case .deFacto:
            return "Borders: de facto, as Natural Earth 4.0.0 draws them. Crimea, annexed by Russia in 2014, "
                + "is shown inside Russia; internationally it is recognised as part of Ukraine."
        }
    }
}

extension BaseMap {
    /// Which polygon of Russia's MultiPolygon is Crimea: the part that reaches the western end
    /// of the Crimea administrative line (on the Perekop isthmus), or nil when no part comes
    /// within 0.05° of it (a base map that already draws Crimea inside Ukraine).
    public var crimeaPolygonIndex: Int? {
        guard let russia = countries.first(where: { $0.adm0A3 == "RUS" }), let anchor = crimeaLine.first else { return nil }
        var best: (index: Int, distance: Double)?
        for (index, polygon) in russia.polygons.enumerated() {
            guard let exterior = polygon.first else { continue }
            let distance = exterior.map {
                max(abs($0.latitude - anchor.latitude), abs($0.longitude - anchor.longitude))
            }.min() ?? .infinity
            if distance < (best?.distance ?? 0.05) { best = (index, distance) }
        }
        return best?.index
    }

    /// The base map with Crimea moved into Ukraine's polygon (recognised) or left in
    /// Russia's (de facto); also returns Crimea's polygon for the occupation hatch.
    public func applying(_ convention: CrimeaConvention) -> (baseMap: BaseMap, crimea: [[GeoPoint]]?) {
        guard let crimeaIndex = crimeaPolygonIndex,
            let russiaIndex = countries.firstIndex(where: { $0.adm0A3 == "RUS" })
        else { return (self, nil) }
        let crimea = countries[russiaIndex].polygons[crimeaIndex]
        guard convention == .internationallyRecognised,
            let ukraineIndex = countries.firstIndex(where: { $0.adm0A3 == "UKR" })
        else { return (self, crimea) }
        var copy = self
        copy.countries[russiaIndex].polygons.remove(at: crimeaIndex)
        copy.countries[ukraineIndex].polygons.append(crimea)
        return (copy, crimea)
    }
}
