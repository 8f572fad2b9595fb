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
        get { texts.fields.name }
        set { setText(\.name, to: newValue) }
    }
    /// ISO 3166-1 alpha-2 ("RU", "UA").
    public var countryCode: String {
        get { texts.fields.countryCode }
        set { setText(\.countryCode, to: newValue) }
    }
    public var countryName: String {
        get { texts.fields.countryName }
        set { setText(\.countryName, to: newValue) }
    }
    /// GeoNames admin1 code within the country ("09"); empty for countries.
    public var admin1Code: String {
        get { texts.fields.admin1Code }
        set { setText(\.admin1Code, to: newValue) }
    }
    public var admin1Name: String {
        get { texts.fields.admin1Name }
        set { setText(\.admin1Name, to: newValue) }
    }
    /// How the point of a region or country was derived from the data; empty for places.
    public var pointRule: String {
        get { texts.fields.pointRule }
        set { setText(\.pointRule, to: newValue) }
    }
    /// Alternate names in Latin or Cyrillic script ("Kharkov", "Харків", "Харьков").
    public var alternateNames: [String] {
        get { texts.fields.alternateNames }
        set { setText(\.alternateNames, to: newValue) }
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

    /// Sets one text field: a new box with that field changed, so other copies keep theirs.
    private mutating func setText<Value>(_ field: WritableKeyPath<Texts.Fields, Value>, to value: Value) {
        var fields = texts.fields
        fields[keyPath: field] = value
        texts = Texts(fields)
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

        init(_ fields: Fields) { self.fields = fields }

        static func == (a: Texts, b: Texts) -> Bool { a === b || a.fields == b.fields }
        func hash(into hasher: inout Hasher) { hasher.combine(fields) }
    }
}
