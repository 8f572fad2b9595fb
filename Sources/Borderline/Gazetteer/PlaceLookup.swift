import Foundation

/// Finds one place from what a user types on the command line: a name ("Belgorod",
/// "Харків"), a GeoNames id ("578072") or a position ("50.6,36.58", latitude first).
///
/// A name matches main and alternate names, ignoring case and accents; when several entries
/// share it, the populated place with the largest population wins (a user typing "Kharkiv"
/// means the city), which the printed label makes visible.
public struct PlaceLookup: Sendable {
    private let gazetteer: Gazetteer
    private let byFoldedName: [String: [Int]]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var index: [String: [Int]] = [:]
        for (position, place) in gazetteer.places.enumerated() {
            for name in [place.name] + place.alternateNames {
                index[Self.fold(name), default: []].append(position)
            }
        }
        self.byFoldedName = index
    }

    /// The place and a label saying which entry was chosen, or nil when nothing matches.
    public func find(_ query: String) -> (label: String, point: GeoPoint)? {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]) {
            let point = GeoPoint(latitude: lat, longitude: lon)
            return point.isValid ? (point.formatted(decimals: 5), point) : nil
        }
        if let id = Int(trimmed), let place = gazetteer.place(geonameID: id) {
            return (Self.label(place), place.coordinate)
        }
        guard let positions = byFoldedName[Self.fold(trimmed)] else { return nil }
        let best = positions.map { gazetteer.places[$0] }.max { a, b in
            let rank: (Place) -> (Int, Int, Int) = { ($0.kind == .place ? 1 : 0, $0.population, -$0.geonameID) }
            return rank(a) < rank(b)
        }
        return best.map { (Self.label($0), $0.coordinate) }
    }

    static func label(_ place: Place) -> String {
        let region = place.kind == .country ? place.countryCode : "\(place.admin1Name), \(place.countryCode)"
        return "\(place.name) (\(region); GeoNames \(place.geonameID))"
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
