import Foundation

/// The source files a gazetteer is built from: the layout of ../shared/data (GeoNames extracts
/// and Natural Earth 4.0.0 layers; see that folder's README for how they were made).
public struct GazetteerSources: Sendable {
    /// `geonames/places-region.tsv`: geonameid, name, latitude, longitude, country_code,
    /// admin1_code, population, timezone, alternatenames.
    public var places: [TabularRow]
    /// `geonames/admin1CodesASCII.txt`: code ("RU.09"), name, asciiname, geonameid.
    public var admin1: [TabularRow]
    /// `geonames/countries.tsv` (GeoNames countryInfo columns, with a header).
    public var countries: [TabularRow]
    /// `naturalearth/ru_ua_boundary_lines.geojson`: the two NE features between RUS and UKR.
    public var borderLines: FeatureCollection
    /// `naturalearth/region/*.geojson`, by layer.
    public var countryPolygons: FeatureCollection
    public var landBoundaries: FeatureCollection
    public var coastline: FeatureCollection
    public var rivers: FeatureCollection
    public var lakes: FeatureCollection
    public var towns: FeatureCollection

    /// The relative paths read, in the order of the properties above.
    public static let relativePaths = [
        "geonames/places-region.tsv", "geonames/admin1CodesASCII.txt", "geonames/countries.tsv",
        "naturalearth/ru_ua_boundary_lines.geojson", "naturalearth/region/ne_50m_admin_0_countries.geojson",
        "naturalearth/region/ne_10m_admin_0_boundary_lines_land.geojson", "naturalearth/region/ne_10m_coastline.geojson",
        "naturalearth/region/ne_10m_rivers_lake_centerlines.geojson", "naturalearth/region/ne_10m_lakes.geojson",
        "naturalearth/region/ne_10m_populated_places.geojson",
    ]

    /// Reads every source file below `directory`.
    /// - Throws: the reader's error, naming the file (and line) that is missing or malformed.
    public static func read(from directory: String) throws -> GazetteerSources {
        func path(_ index: Int) -> String { (directory as NSString).appendingPathComponent(relativePaths[index]) }
        let placeRows = try TabularText.read(path: path(0), expectedFields: 9)
        let expectedHeader = [
            "geonameid", "name", "latitude", "longitude", "country_code", "admin1_code", "population", "timezone",
            "alternatenames",
        ]
        guard placeRows.first?.fields == expectedHeader else {
            throw TabularTextError.missingHeader(path: path(0), expected: expectedHeader, found: placeRows.first?.fields ?? [])
        }
        let countryRows = try TabularText.read(path: path(2), expectedFields: 17)
        guard countryRows.first?.fields.prefix(8) == ["iso", "iso3", "isonumeric", "fips", "name", "capital", "continentcode", "geonameid"] else {
            throw TabularTextError.missingHeader(path: path(2), expected: ["iso", "iso3", "…"], found: countryRows.first?.fields ?? [])
        }
        return GazetteerSources(
            places: Array(placeRows.dropFirst()),
            admin1: try TabularText.read(path: path(1), expectedFields: 4),
            countries: Array(countryRows.dropFirst()),
            borderLines: try FeatureCollection.read(path: path(3)),
            countryPolygons: try FeatureCollection.read(path: path(4)),
            landBoundaries: try FeatureCollection.read(path: path(5)),
            coastline: try FeatureCollection.read(path: path(6)),
            rivers: try FeatureCollection.read(path: path(7)),
            lakes: try FeatureCollection.read(path: path(8)),
            towns: try FeatureCollection.read(path: path(9)))
    }
}
