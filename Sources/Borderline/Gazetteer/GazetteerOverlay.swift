import Foundation

/// Places a user adds to the shipped gazetteer (`--gazetteer EXTRA.tsv`), for villages GeoNames'
/// cities500 extract lacks or whole GeoNames country dumps.
///
/// Two formats are accepted and told apart by their first line:
/// - the project's places table (`PlaceTable`): a header line equal to `PlaceTable.columns`,
///   then one row per entry;
/// - an official GeoNames dump (`cities500.txt`, `RU.txt`, `allCountries.txt`): no header, 19
///   tab-separated columns. Feature class P becomes a place, A/ADM1 an admin1 region, A/PCLI a
///   country; other rows (rivers, ADM2 districts, …) are skipped and counted. Region and
///   country names are joined from the gazetteer being overlaid; alternate names are filtered
///   as in the shipped gazetteer (Latin or Cyrillic only, no codes).
/// An id that appears twice in one overlay is an error; an overlay id that exists in the base
/// replaces the base entry in place; new ids are appended in file order. Overlays apply in the
/// order given, so a later overlay wins over an earlier one.
public enum GazetteerOverlay {
    /// The column count of a GeoNames dump ("geoname" table).
    public static let geoNamesColumnCount = 19

    /// What one overlay file contributed.
    public struct Contents: Sendable {
        public var path: String
        public var places: [Place]
        /// Dump rows of other feature classes and codes, which the gazetteer does not hold.
        public var skippedRows: Int
        public var format: Format
    }

    public enum Format: String, Sendable {
        case placesTable = "places table"
        case geoNamesDump = "GeoNames dump"
    }

    /// Reads one overlay file, joining region and country names from `base`.
    /// - Throws: `GazetteerError` or `TabularTextError` naming the file and line.
    public static func read(path: String, base: Gazetteer) throws -> Contents {
        let rows = try TabularText.read(path: path)
        guard let first = rows.first else {
            throw GazetteerError.corruptRow(path: path, line: 1, reason: "the overlay is empty")
        }
        var entries: [(place: Place, line: Int)] = []
        var skipped = 0
        let format: Format
        if first.fields == PlaceTable.columns {
            format = .placesTable
            for row in rows.dropFirst() { entries.append((try PlaceTable.place(row, path: path), row.line)) }
        } else if first.fields.count == geoNamesColumnCount {
            format = .geoNamesDump
            for row in rows {
                if let place = try dumpPlace(row, path: path, base: base) { entries.append((place, row.line)) } else { skipped += 1 }
            }
        } else {
            throw GazetteerError.corruptRow(path: path, line: first.line, reason:
                "not an overlay: expected the places.tsv header (\(PlaceTable.columns.joined(separator: ", "))) "
                + "or a GeoNames dump row of \(geoNamesColumnCount) tab-separated columns, found \(first.fields.count) fields")
        }
        var seen: Set<Int> = []
        for entry in entries where !seen.insert(entry.place.geonameID).inserted {
            throw GazetteerError.duplicateID(path: path, line: entry.line, geonameID: entry.place.geonameID)
        }
        return Contents(path: path, places: entries.map(\.place), skippedRows: skipped, format: format)
    }

    /// The base gazetteer with `overlays` applied in order.
    /// - Throws: `GazetteerError.duplicateID` if the result still repeats an id (it cannot after
    ///   `read`, but a caller may pass hand-made contents).
    public static func apply(_ overlays: [Contents], to base: Gazetteer) throws -> Gazetteer {
        var places = base.places
        var positionByID: [Int: Int] = [:]
        for (position, place) in places.enumerated() { positionByID[place.geonameID] = position }
        for overlay in overlays {
            for place in overlay.places {
                if let position = positionByID[place.geonameID] {
                    places[position] = place
                } else {
                    positionByID[place.geonameID] = places.count
                    places.append(place)
                }
            }
        }
        return try Gazetteer(places: places, border: base.border, source: overlays.map(\.path).joined(separator: ", "))
    }

    /// One row of a GeoNames dump as a gazetteer entry, or nil for feature classes it does not hold.
    static func dumpPlace(_ row: TabularRow, path: String, base: Gazetteer) throws -> Place? {
        let f = row.fields
        func fail(_ reason: String) -> GazetteerError { .corruptRow(path: path, line: row.line, reason: reason) }
        guard f.count == geoNamesColumnCount else {
            throw fail("expected \(geoNamesColumnCount) tab-separated fields (a GeoNames dump row), found \(f.count)")
        }
        let kind: PlaceKind
        switch (f[6], f[7]) {
        case ("P", _): kind = .place
        case ("A", "ADM1"): kind = .admin1
        case ("A", "PCLI"): kind = .country
        default: return nil
        }
        guard let id = Int(f[0]), id > 0 else { throw fail("geonameid '\(f[0])' is not a positive integer") }
        guard !f[1].isEmpty else { throw fail("the name is empty") }
        guard let latitude = Double(f[4]), latitude.isFinite, (-90...90).contains(latitude) else {
            throw fail("latitude '\(f[4])' is not a number in −90…90")
        }
        guard let longitude = Double(f[5]), longitude.isFinite, (-180...180).contains(longitude) else {
            throw fail("longitude '\(f[5])' is not a number in −180…180")
        }
        let code = f[8]
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw fail("country code '\(code)' is not an ISO 3166-1 alpha-2 code")
        }
        let population = f[14].isEmpty ? 0 : Int(f[14]) ?? -1
        guard population >= 0 else { throw fail("population '\(f[14])' is not a non-negative integer") }
        let admin1Code = kind == .country ? "" : f[10]
        let admin1Name = kind == .admin1 ? f[1] : (admin1Code.isEmpty ? "" : base.admin1(key: "\(code).\(admin1Code)")?.name ?? "")
        let countryName = kind == .country ? f[1] : base.country(code: code)?.name ?? code
        let alternates = f[3].isEmpty ? [] : AlternateNames.filter(f[3].split(separator: ",").map(String.init), mainName: f[1])
        return Place(
            geonameID: id, kind: kind, name: f[1], coordinate: GeoPoint(latitude: latitude, longitude: longitude),
            countryCode: code, countryName: countryName, admin1Code: admin1Code, admin1Name: admin1Name,
            population: population, pointRule: kind == .place ? "" : "geonames_dump_point", alternateNames: alternates)
    }
}
