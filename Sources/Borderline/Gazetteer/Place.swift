/// What kind of feature a gazetteer entry is.
public enum PlaceKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// A populated place (GeoNames feature class P): city, town, village.
    case place
    /// A first-order administrative region (GeoNames ADM1): oblast, krai, republic.
    case admin1
    /// A country (GeoNames PCLI).
    case country
}

/// One entry of the gazetteer: a GeoNames feature with the point Borderline measures from.
public struct Place: Hashable, Sendable, Identifiable {
    /// The GeoNames id (geonames.org/ID), unique across all kinds.
    public var geonameID: Int
    public var kind: PlaceKind
    /// GeoNames' main name, in Latin script ("Kharkiv", "Belgorod Oblast").
    public var name: String
    /// The point: GeoNames' coordinates for places; for regions and countries, the point
    /// chosen by `pointRule`.
    public var coordinate: GeoPoint
    /// ISO 3166-1 alpha-2 ("RU", "UA").
    public var countryCode: String
    public var countryName: String
    /// GeoNames admin1 code within the country ("09"); empty for countries.
    public var admin1Code: String
    public var admin1Name: String
    /// GeoNames population; 0 when unknown.
    public var population: Int
    /// How the point of a region or country was derived from the data; empty for places.
    public var pointRule: String
    /// Alternate names in Latin or Cyrillic script ("Kharkov", "Харків", "Харьков").
    public var alternateNames: [String]

    public var id: Int { geonameID }

    /// "RU.09": the GeoNames key of the place's admin1 region.
    public var admin1Key: String { admin1Code.isEmpty ? "" : "\(countryCode).\(admin1Code)" }

    public init(
        geonameID: Int, kind: PlaceKind, name: String, coordinate: GeoPoint, countryCode: String,
        countryName: String, admin1Code: String, admin1Name: String, population: Int,
        pointRule: String = "", alternateNames: [String] = []
    ) {
        self.geonameID = geonameID
        self.kind = kind
        self.name = name
        self.coordinate = coordinate
        self.countryCode = countryCode
        self.countryName = countryName
        self.admin1Code = admin1Code
        self.admin1Name = admin1Name
        self.population = population
        self.pointRule = pointRule
        self.alternateNames = alternateNames
    }
}
