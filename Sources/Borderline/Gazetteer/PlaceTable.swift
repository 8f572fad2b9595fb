import Foundation

/// Why a gazetteer file was rejected; each case names the file and, where there is one, the line.
public enum GazetteerError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(searched: [String])
    case corruptRow(path: String, line: Int, reason: String)
    case duplicateID(path: String, line: Int, geonameID: Int)
    case invalidBorder(path: String, reason: String)
    case invalidSource(path: String, reason: String)

    public var description: String {
        switch self {
        case let .notFound(searched):
            return "no gazetteer found (looked for places.tsv in: \(searched.joined(separator: ", "))); "
                + "pass --gazetteer-dir or set BORDERLINE_GAZETTEER"
        case let .corruptRow(path, line, reason): return "\(path):\(line): \(reason)"
        case let .duplicateID(path, line, id): return "\(path):\(line): GeoNames id \(id) appears twice"
        case let .invalidBorder(path, reason): return "\(path): not a usable border line: \(reason)"
        case let .invalidSource(path, reason): return "\(path): \(reason)"
        }
    }
}

/// The format of gazetteer/places.tsv: one header line, then one tab-separated row per place,
/// region or country. Alternate names are separated by commas, as in GeoNames.
public enum PlaceTable {
    /// The header, which is also the column order.
    public static let columns = [
        "geonameid", "kind", "name", "latitude", "longitude", "country_code", "country_name",
        "admin1_code", "admin1_name", "population", "point_rule", "alternatenames",
    ]

    /// Reads and checks every row of a places table.
    /// - Throws: `TabularTextError` or `GazetteerError` naming the file and line (`duplicateID`
    ///   when a GeoNames id appears twice).
    public static func read(path: String) throws -> [Place] {
        try parse(TabularText.read(path: path), path: path)
    }

    /// Parses a places table from bytes; `path` names it in errors.
    public static func parse(_ data: Data, path: String) throws -> [Place] {
        try parse(TabularText.parse(data, path: path), path: path)
    }

    static func parse(_ rows: [TabularRow], path: String) throws -> [Place] {
        guard let header = rows.first else {
            throw GazetteerError.corruptRow(path: path, line: 1, reason: "the file is empty (expected a header line)")
        }
        guard header.fields == columns else {
            throw TabularTextError.missingHeader(path: path, expected: columns, found: header.fields)
        }
        var places: [Place] = []
        places.reserveCapacity(rows.count - 1)
        // Duplicates are caught here, where each row's own line is known (blank lines count).
        var lineByID: [Int: Int] = [:]
        lineByID.reserveCapacity(rows.count - 1)
        for row in rows.dropFirst() {
            let place = try place(row, path: path)
            if lineByID.updateValue(row.line, forKey: place.geonameID) != nil {
                throw GazetteerError.duplicateID(path: path, line: row.line, geonameID: place.geonameID)
            }
            places.append(place)
        }
        return places
    }

    /// Parses one row.
    static func place(_ row: TabularRow, path: String) throws -> Place {
        let f = row.fields
        func fail(_ reason: String) -> GazetteerError { .corruptRow(path: path, line: row.line, reason: reason) }
        guard f.count == columns.count else {
            throw fail("expected \(columns.count) tab-separated fields, found \(f.count)")
        }
        guard let id = Int(f[0]), id > 0 else { throw fail("geonameid '\(f[0])' is not a positive integer") }
        guard let kind = PlaceKind(rawValue: f[1]) else {
            throw fail("kind '\(f[1])' is not one of place, admin1, country")
        }
        guard !f[2].isEmpty else { throw fail("the name is empty") }
        guard let latitude = Double(f[3]), latitude.isFinite, (-90...90).contains(latitude) else {
            throw fail("latitude '\(f[3])' is not a number in −90…90")
        }
        guard let longitude = Double(f[4]), longitude.isFinite, (-180...180).contains(longitude) else {
            throw fail("longitude '\(f[4])' is not a number in −180…180")
        }
        guard f[5].count == 2, f[5].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw fail("country_code '\(f[5])' is not an ISO 3166-1 alpha-2 code")
        }
        guard let population = Int(f[9]), population >= 0 else {
            throw fail("population '\(f[9])' is not a non-negative integer")
        }
        return Place(
            geonameID: id, kind: kind, name: f[2], coordinate: GeoPoint(latitude: latitude, longitude: longitude),
            countryCode: f[5], countryName: f[6], admin1Code: f[7], admin1Name: f[8], population: population,
            pointRule: f[10], alternateNames: f[11].isEmpty ? [] : f[11].split(separator: ",").map(String.init))
    }

    /// The text of a places table; coordinates are written as given in `coordinateText` when
    /// present (the source's own digits), else with 5 decimals (about 1 m).
    static func text(_ rows: [(place: Place, latitudeText: String, longitudeText: String)]) -> String {
        var output = columns.joined(separator: "\t") + "\n"
        for row in rows {
            let p = row.place
            let fields = [
                String(p.geonameID), p.kind.rawValue, p.name, row.latitudeText, row.longitudeText,
                p.countryCode, p.countryName, p.admin1Code, p.admin1Name, String(p.population), p.pointRule,
                p.alternateNames.joined(separator: ","),
            ]
            output += fields.joined(separator: "\t") + "\n"
        }
        return output
    }
}
