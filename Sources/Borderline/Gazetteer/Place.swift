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
///
/// Its text fields live in one shared, immutable box (`Texts`), so that a copy of a place costs
/// one reference count, not seven: every checked claim and event carries a copy of its place,
/// and copying and freeing each of six strings and a list was a measurable share of the
/// pipeline. The numbers the resolver and the checks read most (kind, point, population) stay
/// inline. Setting a text field makes a new box, which nothing in the pipeline does after a
/// place is read; values compare and hash by their fields, as before.
public struct Place: Hashable, Sendable, Identifiable {
    /// The GeoNames id (geonames.org/ID), unique across all kinds.
    public var geonameID: Int
    public var kind: PlaceKind
    /// The point: GeoNames' coordinates for places; for regions and countries, the point
    /// chosen by `pointRule`.
    public var coordinate: GeoPoint
    /// GeoNames population; 0 when unknown.
    public var population: Int
    /// The text fields, shared between copies.
    private var texts: Texts

    /// GeoNames' main name, in Latin script ("Kharkiv", "Belgorod Oblast").
    public var name: String {
        get { texts.name }
        set { texts = texts.with { $0.name = newValue } }
    }
    /// ISO 3166-1 alpha-2 ("RU", "UA").
    public var countryCode: String {
        get { texts.countryCode }
        set { texts = texts.with { $0.countryCode = newValue } }
    }
    public var countryName: String {
        get { texts.countryName }
        set { texts = texts.with { $0.countryName = newValue } }
    }
    /// GeoNames admin1 code within the country ("09"); empty for countries.
    public var admin1Code: String {
        get { texts.admin1Code }
        set { texts = texts.with { $0.admin1Code = newValue } }
    }
    public var admin1Name: String {
        get { texts.admin1Name }
        set { texts = texts.with { $0.admin1Name = newValue } }
    }
    /// How the point of a region or country was derived from the data; empty for places.
    public var pointRule: String {
        get { texts.pointRule }
        set { texts = texts.with { $0.pointRule = newValue } }
    }
    /// Alternate names in Latin or Cyrillic script ("Kharkov", "Харків", "Харьков").
    public var alternateNames: [String] {
        get { texts.alternateNames }
        set { texts = texts.with { $0.alternateNames = newValue } }
    }

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
        self.coordinate = coordinate
        self.population = population
        self.texts = Texts(Texts.Fields(
            name: name, countryCode: countryCode, countryName: countryName, admin1Code: admin1Code,
            admin1Name: admin1Name, pointRule: pointRule, alternateNames: alternateNames))
    }

    /// A place's text fields: immutable, so one box is shared by every copy of the place and
    /// by threads alike.
    private final class Texts: Hashable, Sendable {
        /// The fields as a value, to make a changed box from.
        struct Fields: Hashable, Sendable {
            var name: String
            var countryCode: String
            var countryName: String
            var admin1Code: String
            var admin1Name: String
            var pointRule: String
            var alternateNames: [String]
        }

        let fields: Fields
        var name: String { fields.name }
        var countryCode: String { fields.countryCode }
        var countryName: String { fields.countryName }
        var admin1Code: String { fields.admin1Code }
        var admin1Name: String { fields.admin1Name }
        var pointRule: String { fields.pointRule }
        var alternateNames: [String] { fields.alternateNames }

        init(_ fields: Fields) { self.fields = fields }

        /// A new box with `change` made to a copy of the fields.
        func with(_ change: (inout Fields) -> Void) -> Texts {
            var changed = fields
            change(&changed)
            return Texts(changed)
        }

        static func == (a: Texts, b: Texts) -> Bool { a === b || a.fields == b.fields }
        func hash(into hasher: inout Hasher) { hasher.combine(fields) }
    }
}
