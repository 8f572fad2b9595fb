import ArgumentParser
import Borderline

struct DistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "Measure a place's distance to the Russia–Ukraine border, or between two places.",
        discussion: """
            Places are gazetteer names, GeoNames ids, or "LAT,LON" in decimal degrees.

            Examples:
              borderline distance Belgorod
              borderline distance Belgorod Kharkiv
              borderline distance 50.6,36.58
            """)

    @Argument(help: "One place (distance to the border) or two (distance between them).")
    var places: [String]

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func validate() throws {
        guard (1...2).contains(places.count) else { throw ValidationError("give one place or two") }
    }

    func run() throws {
        let gazetteer = try gazetteerOptions.load()
        let lookup = PlaceLookup(gazetteer: gazetteer)
        let resolved = try places.map { query -> (label: String, point: GeoPoint) in
            guard let found = lookup.find(query) else {
                throw ValidationError("'\(query)' is not a gazetteer name, a GeoNames id, or LAT,LON")
            }
            return found
        }
        if resolved.count == 1 {
            let nearest = gazetteer.distanceToBorder(from: resolved[0].point)
            print("\(resolved[0].label): \(FixedDecimal.format(nearest.distanceKm, decimals: 3)) km to the Russia–Ukraine border; "
                + "nearest border point \(nearest.point.formatted(decimals: 5)), azimuth \(FixedDecimal.format(nearest.azimuthDegrees, decimals: 2))°")
        } else {
            let inverse = Geodesic.wgs84.inverse(from: resolved[0].point, to: resolved[1].point)
            print("\(resolved[0].label) → \(resolved[1].label): \(FixedDecimal.format(inverse.distanceKm, decimals: 3)) km; "
                + "azimuth \(FixedDecimal.format(inverse.initialAzimuthDegrees, decimals: 2))°, back azimuth "
                + "\(FixedDecimal.format(inverse.finalAzimuthDegrees + (inverse.finalAzimuthDegrees > 0 ? -180 : 180), decimals: 2))°")
        }
    }
}
