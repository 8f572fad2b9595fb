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
        get { texts.fields.alternateNames.names }
        set { setText(\.alternateNames, to: AlternateNameList(newValue)) }
    }

    /// About how many alternate names the place has: a hint for sizing, which does not cut the
    /// names out (`AlternateNameList.countHint`).
    var alternateNameCountHint: Int { texts.fields.alternateNames.countHint }

    /// Calls `body` with the UTF-8 of each alternate name, in order, without making its string.
    func forEachAlternateName(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        texts.fields.alternateNames.forEachName(body)
    }

    public var id: Int { geonameID }

    /// "RU.09": the GeoNames key of the place's admin1 region.
    public var admin1Key: String { admin1Code.isEmpty ? "" : "\(countryCode).\(admin1Code)" }

    public init(
        geonameID: Int, kind: PlaceKind, name: String, coordinate: GeoPoint, countryCode: String,
        countryName: String, admin1Code: String, admin1Name: String, population: Int,
        pointRule: String = "", alternateNames: [String] = []
    ) {
        self.init(
            geonameID: geonameID, kind: kind, name: name, coordinate: coordinate, countryCode: countryCode,
            countryName: countryName, admin1Code: admin1Code, admin1Name: admin1Name, population: population,
            pointRule: pointRule, alternates: AlternateNameList(alternateNames))
    }

    /// A place whose alternate names are kept as `alternates` (`PlaceTable` keeps a row's field).
    init(
        geonameID: Int, kind: PlaceKind, name: String, coordinate: GeoPoint, countryCode: String,
        countryName: String, admin1Code: String, admin1Name: String, population: Int,
        pointRule: String, alternates alternateNames: AlternateNameList
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
            var alternateNames: AlternateNameList
        }

        let fields: Fields

        init(_ fields: Fields) { self.fields = fields }

        static func == (a: Texts, b: Texts) -> Bool { a === b || a.fields == b.fields }
        func hash(into hasher: inout Hasher) { hasher.combine(fields) }
    }
}

/// A place's alternate names as it keeps them: the list given to `Place.init`, or the bytes of
/// the comma-separated field of a places table, cut into names and made strings only when they
/// are asked for. Nothing but the name index reads them at start-up, and it folds each name
/// from its UTF-8 (`forEachName`): making a string (its UTF-8 checked again) for each of the
/// shipped table's 264,000 names took a third of reading the table, which kept only its bytes
/// falls from 323M to 219M instructions (callgrind, `borderline map seeds`). Two lists are
/// equal, and hash alike, when their names are, however each is kept.
struct AlternateNameList: Hashable, Sendable {
    private enum Storage: Sendable {
        case names([String])
        /// The bytes of a field, valid UTF-8.
        case field([UInt8])
    }

    private let storage: Storage

    init(_ names: [String]) { storage = .names(names) }

    /// The names of a places-table field of valid UTF-8 (`PlaceTable` checks the whole table),
    /// cut as `split(separator: ",")` cuts its string (see `forEachName(inField:_:)`).
    init(validUTF8Field field: UnsafeBufferPointer<UInt8>) {
        storage = field.isEmpty ? .names([]) : .field(Array(field))
    }

    /// The names, in order.
    var names: [String] {
        switch storage {
        case let .names(names):
            return names
        case .field:
            var names: [String] = []
            forEachName { names.append(String(decoding: $0, as: UTF8.self)) }
            return names
        }
    }

    /// The number of names, or for a field about as many: one for every eight bytes (names and
    /// their commas take thirteen on average in the shipped table), so that sizing the name
    /// index does not read every byte one more time (counting the commas took 16M instructions
    /// at every start-up, `borderline map seeds`).
    var countHint: Int {
        switch storage {
        case let .names(names): return names.count
        case let .field(field): return field.count / 8 + 1
        }
    }

    /// Calls `body` with the UTF-8 of each name, in order.
    func forEachName(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch storage {
        case let .names(names):
            for var name in names { name.withUTF8(body) }
        case let .field(field):
            field.withUnsafeBufferPointer { Self.forEachName(inField: $0, body) }
        }
    }

    static func == (a: AlternateNameList, b: AlternateNameList) -> Bool { a.names == b.names }

    func hash(into hasher: inout Hasher) { hasher.combine(names) }

    /// Calls `body` with each comma-separated name of the valid UTF-8 `bytes`, empty ones left
    /// out, as `split(separator: ",")` cuts them. That split compares Characters, so a comma is
    /// a cut only where it is a Character of its own (`commaStandsAlone(_:at:)`).
    private static func forEachName(inField bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        for index in bytes.indices where bytes[index] == 0x2C && commaStandsAlone(bytes, at: index) {
            if index > start { body(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
            start = index + 1
        }
        if bytes.count > start { body(UnsafeBufferPointer(rebasing: bytes[start...])) }
    }

    /// Whether the comma at `index` of valid UTF-8 is a Character of its own. Grapheme breaking
    /// joins a comma only to a Prepend scalar before it or an Extend, ZWJ or SpacingMark scalar
    /// after it (no other rule applies to a comma), so the scalars either side settle it: any
    /// ASCII, any below U+0600 before it (no Prepend there) and Latin, Greek and Cyrillic
    /// letters after it (U+00C0–U+02FF, U+0370–U+0482, U+048A–U+052F) leave it alone, as nearly
    /// every name has it. Otherwise Swift's own grapheme breaking is asked on those scalars.
    private static func commaStandsAlone(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var safeBefore = true, safeAfter = true
        if index > 0 && bytes[index - 1] >= 0x80 {
            // The end of a two-byte scalar below U+0600 has a lead byte C2–D7 before it.
            safeBefore = index > 1 && bytes[index - 2] >= 0xC2 && bytes[index - 2] <= 0xD7
        }
        if index + 1 < bytes.count && bytes[index + 1] >= 0x80 {
            let lead = bytes[index + 1]
            if lead >= 0xC2 && lead <= 0xDF && index + 2 < bytes.count {
                let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                safeAfter = (0xC0..<0x300).contains(value) || (0x370..<0x483).contains(value) || (0x48A..<0x530).contains(value)
            } else {
                safeAfter = false
            }
        }
        if safeBefore && safeAfter { return true }
        var start = index, end = index + 1
        if index > 0 { start -= 1; while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 } }
        if end < bytes.count { end += 1; while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 } }
        let around = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return around.count == around.unicodeScalars.count
    }
}
