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
        try parse(TabularText.contents(path: path), path: path)
    }

    /// Parses a places table from bytes; `path` names it in errors.
    ///
    /// A table of valid UTF-8 (every shipped one) is read in place (`parseValid`): each row's
    /// fields are read from the bytes, and only the texts a `Place` keeps become `String`s, where
    /// going through `TabularText` rows made a string and an array of them for every field of
    /// the 45,000 rows, and split the alternate names Character by Character. Anything else
    /// takes the row-by-row path, which names the line at fault.
    public static func parse(_ data: Data, path: String) throws -> [Place] {
        let places = try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return TabularText.isValidUTF8(bytes) ? try parseValid(bytes, path: path) : nil
        }
        return try places ?? parse(TabularText.parse(data, path: path), path: path)
    }

    /// `parse(_:path:)` of bytes known to be valid UTF-8: the same places and the same errors.
    /// A row the fast reading of `place(fields:)` does not accept is read by `place(_:path:)`,
    /// which returns the same place or throws the error that names the row.
    private static func parseValid(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> [Place] {
        var places: [Place] = []
        places.reserveCapacity(bytes.count / 128)
        // The ids seen, to catch a duplicate (the error names the line of the second).
        var ids = IDOrder()
        var sawHeader = false
        var above = TextsAbove()
        try withUnsafeTemporaryAllocation(of: UnsafeBufferPointer<UInt8>.self, capacity: columns.count) { fields in
            try TabularText.forEachLine(bytes) { line, text in
                guard sawHeader else {
                    let header = TabularRow(line: line, fields: decodedFields(text))
                    guard header.fields == columns else {
                        throw TabularTextError.missingHeader(path: path, expected: columns, found: header.fields)
                    }
                    sawHeader = true
                    return
                }
                var count = 0
                TabularText.forEachField(text) { field in
                    if count < fields.count { fields[count] = field }
                    count += 1
                }
                let place = try count == columns.count ? (place(fields: fields, above: &above) ?? place(TabularRow(line: line, fields: decodedFields(text)), path: path))
                    : place(TabularRow(line: line, fields: decodedFields(text)), path: path)
                if !ids.add(place.geonameID, at: places.count, of: places) {
                    throw GazetteerError.duplicateID(path: path, line: line, geonameID: place.geonameID)
                }
                places.append(place)
            }
        }
        guard sawHeader else {
            throw GazetteerError.corruptRow(path: path, line: 1, reason: "the file is empty (expected a header line)")
        }
        return places
    }

    /// The fields of a line of valid UTF-8, as strings.
    private static func decodedFields(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
        var fields: [String] = []
        TabularText.forEachField(line) { fields.append(String(decoding: $0, as: UTF8.self)) }
        return fields
    }

    /// The place of a row's twelve fields (valid UTF-8) when every check of `place(_:path:)`
    /// passes in its plain form (digits only, ASCII codes, a number in range), else nil: the
    /// caller then reads the row as before, for the same place or the error.
    private static func place(
        fields f: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>, above: inout TextsAbove
    ) -> Place? {
        guard let id = digits(f[0]), id > 0, let kind = kind(f[1]), !f[2].isEmpty,
              let latitude = decimal(f[3]), (-90...90).contains(latitude),
              let longitude = decimal(f[4]), (-180...180).contains(longitude),
              f[5].count == 2, f[5].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
              let population = digits(f[9])
        else { return nil }
        return Place(
            geonameID: id, kind: kind, name: text(f[2]), coordinate: GeoPoint(latitude: latitude, longitude: longitude),
            countryCode: above.countryCode.text(f[5]), countryName: above.countryName.text(f[6]),
            admin1Code: above.admin1Code.text(f[7]), admin1Name: above.admin1Name.text(f[8]),
            population: population, pointRule: above.pointRule.text(f[10]), alternates: AlternateNameList(validUTF8Field: f[11]))
    }

    /// The country and admin1 fields and the point rule of the row read before, with their
    /// strings. Rows are grouped by region, so these fields mostly repeat the row above (151k of
    /// the 272k such fields of the shipped table): a repeated field shares the string made for
    /// the row above (a comparison of a few bytes) instead of decoding and checking the bytes
    /// again.
    private struct TextsAbove {
        var countryCode = TextAbove(), countryName = TextAbove(), admin1Code = TextAbove()
        var admin1Name = TextAbove(), pointRule = TextAbove()
    }

    /// One field of the row read before (`TextsAbove`): its bytes and its string.
    private struct TextAbove {
        private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        private var string = ""

        /// The text of `field`: the string above when the bytes are the same, else a new one.
        mutating func text(_ field: UnsafeBufferPointer<UInt8>) -> String {
            if !Self.sameBytes(field, bytes) {
                bytes = field
                string = PlaceTable.text(field)
            }
            return string
        }

        /// Whether two fields hold the same bytes, by a plain loop: the fields are short, and the
        /// generic `elementsEqual` cost more than decoding them (353M instructions for the parse).
        private static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
            guard a.count == b.count else { return false }
            for index in a.indices where a[index] != b[index] { return false }
            return true
        }
    }

    @inline(__always)
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The value of 1–18 ASCII digits (what `Int(_:)` reads them as), else nil.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// The value of a plain decimal such as "50.60343" or "-7": an optional minus, digits, and
    /// optionally a point and more digits; at most 15 digits in all and at most 22 after the
    /// point, else nil. The digits make an integer below 2^53 and the power of ten is exact, so
    /// one division, which IEEE arithmetic rounds correctly, gives the correctly rounded value
    /// that `Double(_:)` (strtod) reads, at a tenth of its cost.
    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = bytes.first == 0x2D ? 1 : 0
        let negative = index == 1
        var mantissa: UInt64 = 0, digits = 0, decimals = 0, point = -1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x2E, point < 0, digits > 0 {
                point = index
            } else if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(byte - 0x30)
                if point >= 0 { decimals += 1 }
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, point < 0 || decimals > 0, decimals < powersOfTen.count else { return nil }
        let value = Double(mantissa) / powersOfTen[decimals]
        return negative ? -value : value
    }

    /// 10^0 … 10^22, each exactly a Double.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]

    /// The kind a field names exactly (as `PlaceKind(rawValue:)`), else nil.
    private static func kind(_ bytes: UnsafeBufferPointer<UInt8>) -> PlaceKind? {
        for (kind, name) in kindNames where bytes.elementsEqual(name) { return kind }
        return nil
    }

    /// Each kind with the bytes of its raw value. Comparing a field with `rawValue.utf8` made
    /// the raw value's String and walked it through the generic UTF-8 view: 13.9M instructions
    /// for the 45,000 rows of the shipped table.
    private static let kindNames: [(kind: PlaceKind, name: [UInt8])] = PlaceKind.allCases.map { ($0, Array($0.rawValue.utf8)) }

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
