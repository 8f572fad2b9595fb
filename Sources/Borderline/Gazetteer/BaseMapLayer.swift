/// The Natural Earth layers the SVG map draws, as shipped in gazetteer/basemap/.
///
/// Each keeps only the attributes a map needs, renamed to lower case, with coordinates at
/// 6 decimals (about 0.1 m, finer than the 1:10m and 1:50m sources).
public enum BaseMapLayer: String, CaseIterable, Sendable {
    case countries
    case landBoundaries = "land_boundaries"
    case coastline
    case rivers
    case lakes
    case towns

    /// The file name inside gazetteer/basemap/.
    public var fileName: String { "\(rawValue).geojson" }

    /// Source attributes kept, as (source name, name written), in the order written.
    var keptProperties: [(String, String)] {
        switch self {
        case .countries: return [("ADM0_A3", "adm0_a3"), ("ISO_A2", "iso_a2"), ("NAME", "name"), ("NAME_LONG", "name_long")]
        case .landBoundaries:
            return [("featurecla", "featurecla"), ("adm0_a3_l", "adm0_a3_l"), ("adm0_a3_r", "adm0_a3_r"), ("scalerank", "scalerank")]
        case .coastline: return [("scalerank", "scalerank")]
        case .rivers: return [("name", "name"), ("name_en", "name_en"), ("featurecla", "featurecla"), ("scalerank", "scalerank")]
        case .lakes: return [("name", "name"), ("featurecla", "featurecla"), ("scalerank", "scalerank")]
        case .towns:
            return [
                ("NAME_EN", "name"), ("NAME_RU", "name_ru"), ("GEONAMEID", "geonameid"), ("FEATURECLA", "featurecla"),
                ("ADM0_A3", "adm0_a3"), ("SCALERANK", "scalerank"), ("LABELRANK", "labelrank"), ("POP_MAX", "pop_max"),
            ]
        }
    }

    func source(in sources: GazetteerSources) -> FeatureCollection {
        switch self {
        case .countries: return sources.countryPolygons
        case .landBoundaries: return sources.landBoundaries
        case .coastline: return sources.coastline
        case .rivers: return sources.rivers
        case .lakes: return sources.lakes
        case .towns: return sources.towns
        }
    }

    /// The layer with only the kept attributes; features without geometry are dropped.
    func reduce(_ collection: FeatureCollection) -> FeatureCollection {
        FeatureCollection(features: collection.features.compactMap { feature in
            guard let geometry = feature.geometry else { return nil }
            let properties: [(String, JSONValue)] = keptProperties.map { source, name in
                var value = feature.properties[source] ?? .null
                // Natural Earth stores ids and ranks as floats ("578072.0"); whole numbers become integers.
                if case let .number(number) = value, number.rounded() == number, abs(number) < 1e15 {
                    value = .integer(Int(number))
                }
                return (name, value)
            }
            return Feature(geometry: geometry, properties: .object(properties))
        })
    }
}
