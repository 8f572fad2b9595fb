/// What a gazetteer build produced: the files (relative path and text) and the figures for the
/// build summary.
public struct GazetteerBuild: Sendable {
    /// Files in path order; `contents` is UTF-8 text.
    public var files: [(path: String, contents: String)]
    /// Counts by kind of entry, border vertices, and what was skipped and why.
    public var summary: [(String, String)]
}

/// Derives gazetteer/ from the source data: a pure function of `GazetteerSources`, so two builds
/// from the same sources give byte-identical files.
///
/// Rules (all recorded in the output, none typed by hand):
/// - Places: every row of the GeoNames extract, coordinates copied digit for digit, names joined
///   to the admin1 and country lists, alternate names kept when written wholly in Latin or wholly
///   in Cyrillic letters (other scripts, codes such as "IEV" and names with digits are dropped).
/// - Admin1 regions and countries carry no coordinates in GeoNames, so each gets a
///   representative point: for a region, the GeoNames point of the admin-1 capital that Natural
///   Earth's populated places flag (matched by GeoNames id and lying in that region); for a
///   country, the GeoNames point of its capital (countryInfo's `capital`, matched by name in that
///   country); otherwise the population-weighted mean position of the entity's places. Column
///   `point_rule` says which rule gave each point. Entities with no places get no entry.
/// - Border: Natural Earth's "International boundary (verify)" RUS/UKR feature, its 90 parts
///   chained end to end into one line from the Belarus tripoint (the westernmost free end).
public enum GazetteerBuilder {
    /// Builds every gazetteer file from `sources`.
    /// - Throws: `GazetteerError.invalidSource` when a row or feature breaks the expected format.
    public static func build(_ sources: GazetteerSources) throws -> GazetteerBuild {
        var files: [(String, String)] = []
        var summary: [(String, String)] = []

        let places = try placeTable(sources, summary: &summary)
        files.append((Gazetteer.File.places, places))

        let (border, crimea, vertexCount, lengthKm) = try borderFiles(sources.borderLines)
        files.append((Gazetteer.File.border, border))
        files.append((Gazetteer.File.crimeaLine, crimea))
        summary.append(("border vertices", String(vertexCount)))
        summary.append(("border length (km, WGS84 geodesic)", FixedDecimal.format(lengthKm, decimals: 3)))

        for layer in BaseMapLayer.allCases {
            let collection = layer.reduce(layer.source(in: sources))
            files.append(("\(Gazetteer.File.baseMapFolder)/\(layer.fileName)", GeoJSONText().collection(collection)))
            summary.append(("basemap \(layer.rawValue) features", String(collection.features.count)))
        }

        files.sort { $0.0 < $1.0 }
        var manifest = "path\tbytes\tlines\n"
        for (path, contents) in files {
            let lines = contents.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            manifest += "\(path)\t\(contents.utf8.count)\t\(lines)\n"
        }
        files.append((Gazetteer.File.manifest, manifest))
        files.sort { $0.0 < $1.0 }
        return GazetteerBuild(files: files.map { (path: $0.0, contents: $0.1) }, summary: summary)
    }

    // MARK: - Places, regions, countries

    private struct SourcePlace {
        var place: Place
        var latitudeText: String
        var longitudeText: String
    }

    private static func placeTable(_ sources: GazetteerSources, summary: inout [(String, String)]) throws -> String {
        let placesPath = GazetteerSources.relativePaths[0]
        var admin1Names: [String: (name: String, ascii: String, id: Int, line: Int)] = [:]
        for row in sources.admin1 {
            guard let id = Int(row.fields[3]) else {
                throw GazetteerError.invalidSource(
                    path: GazetteerSources.relativePaths[1], reason: "line \(row.line): geonameid '\(row.fields[3])' is not an integer")
            }
            admin1Names[row.fields[0]] = (row.fields[1], row.fields[2], id, row.line)
        }
        var countryNames: [String: String] = [:]
        for row in sources.countries { countryNames[row.fields[0]] = row.fields[4] }

        var rows: [SourcePlace] = []
        rows.reserveCapacity(sources.places.count)
        for row in sources.places {
            let f = row.fields
            func fail(_ reason: String) -> GazetteerError {
                .invalidSource(path: placesPath, reason: "line \(row.line): \(reason)")
            }
            guard let id = Int(f[0]) else { throw fail("geonameid '\(f[0])' is not an integer") }
            guard let lat = Double(f[2]), let lon = Double(f[3]) else { throw fail("coordinates '\(f[2])', '\(f[3])' are not numbers") }
            let point = GeoPoint(latitude: lat, longitude: lon)
            guard point.isValid else { throw fail("coordinates \(f[2]), \(f[3]) are out of range") }
            guard let population = Int(f[6]), population >= 0 else { throw fail("population '\(f[6])' is not a count") }
            let admin1 = admin1Names["\(f[4]).\(f[5])"]
            let place = Place(
                geonameID: id, kind: .place, name: f[1], coordinate: point, countryCode: f[4],
                countryName: countryNames[f[4]] ?? "", admin1Code: f[5], admin1Name: admin1?.name ?? "",
                population: population, alternateNames: AlternateNames.filter(f[8].split(separator: ",").map(String.init), mainName: f[1]))
            rows.append(SourcePlace(place: place, latitudeText: f[2], longitudeText: f[3]))
        }
        let byID = Dictionary(rows.map { ($0.place.geonameID, $0) }, uniquingKeysWith: { first, _ in first })
        var byAdmin1: [String: [SourcePlace]] = [:]
        var byCountry: [String: [SourcePlace]] = [:]
        for row in rows {
            if !row.place.admin1Code.isEmpty { byAdmin1[row.place.admin1Key, default: []].append(row) }
            byCountry[row.place.countryCode, default: []].append(row)
        }

        // Admin-1 capitals flagged by Natural Earth, by the GeoNames id it records.
        var capitalIDs: Set<Int> = []
        for town in sources.towns.features {
            guard let cla = town.properties["FEATURECLA"]?.stringValue, cla.contains("capital"),
                  let id = town.properties["GEONAMEID"]?.doubleValue, id > 0 else { continue }
            capitalIDs.insert(Int(id))
        }

        var entries = rows
        var admin1ByRule: [String: Int] = [:]
        var admin1Skipped = 0
        for key in admin1Names.keys.sorted() {
            let info = admin1Names[key]!
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            let members = byAdmin1[key] ?? []
            let capital = members.filter { capitalIDs.contains($0.place.geonameID) }.max(by: heavier)
            let point: (lat: String, lon: String, rule: String)
            if let capital {
                point = (capital.latitudeText, capital.longitudeText, "naturalearth_admin1_capital:\(capital.place.geonameID)")
                admin1ByRule["naturalearth_admin1_capital", default: 0] += 1
            } else if let centre = weightedCentre(members) {
                point = (centre.lat, centre.lon, "population_weighted_centre:\(members.count)")
                admin1ByRule["population_weighted_centre", default: 0] += 1
            } else {
                admin1Skipped += 1
                continue
            }
            guard byID[info.id] == nil else { continue }
            let place = Place(
                geonameID: info.id, kind: .admin1, name: info.name,
                coordinate: GeoPoint(latitude: Double(point.lat)!, longitude: Double(point.lon)!),
                countryCode: parts[0], countryName: countryNames[parts[0]] ?? "", admin1Code: parts[1], admin1Name: info.name,
                population: 0, pointRule: point.rule, alternateNames: info.ascii != info.name ? [info.ascii] : [])
            entries.append(SourcePlace(place: place, latitudeText: point.lat, longitudeText: point.lon))
        }

        var countryByRule: [String: Int] = [:]
        var countriesSkipped = 0
        for row in sources.countries {
            let f = row.fields
            guard let id = Int(f[7]), let population = Int(f[8]) else {
                throw GazetteerError.invalidSource(
                    path: GazetteerSources.relativePaths[2], reason: "line \(row.line): geonameid or population is not an integer")
            }
            let members = byCountry[f[0]] ?? []
            let capitalName = f[5]
            let capital = capitalName.isEmpty ? nil : members.filter {
                $0.place.name == capitalName || $0.place.alternateNames.contains(capitalName)
            }.max(by: heavier)
            let point: (lat: String, lon: String, rule: String)
            if let capital {
                point = (capital.latitudeText, capital.longitudeText, "geonames_capital:\(capital.place.geonameID)")
                countryByRule["geonames_capital", default: 0] += 1
            } else if let centre = weightedCentre(members) {
                point = (centre.lat, centre.lon, "population_weighted_centre:\(members.count)")
                countryByRule["population_weighted_centre", default: 0] += 1
            } else {
                countriesSkipped += 1
                continue
            }
            guard byID[id] == nil else { continue }
            let place = Place(
                geonameID: id, kind: .country, name: f[4],
                coordinate: GeoPoint(latitude: Double(point.lat)!, longitude: Double(point.lon)!),
                countryCode: f[0], countryName: f[4], admin1Code: "", admin1Name: "", population: population,
                pointRule: point.rule)
            entries.append(SourcePlace(place: place, latitudeText: point.lat, longitudeText: point.lon))
        }

        entries.sort { $0.place.geonameID < $1.place.geonameID }
        summary.append(("places", String(rows.count)))
        summary.append(("admin1 regions", "\(admin1ByRule.values.reduce(0, +)) (\(describe(admin1ByRule)); \(admin1Skipped) without places skipped)"))
        summary.append(("countries", "\(countryByRule.values.reduce(0, +)) (\(describe(countryByRule)); \(countriesSkipped) without places skipped)"))
        summary.append(("alternate names kept", String(entries.reduce(0) { $0 + $1.place.alternateNames.count })))
        return PlaceTable.text(entries.map { ($0.place, $0.latitudeText, $0.longitudeText) })
    }

    /// Orders by population, then by smaller GeoNames id, so the choice never depends on input order.
    private static func heavier(_ a: SourcePlace, _ b: SourcePlace) -> Bool {
        if a.place.population != b.place.population { return a.place.population < b.place.population }
        return a.place.geonameID > b.place.geonameID
    }

    /// Population-weighted mean latitude and longitude of `members` (equal weights when none has a
    /// population), longitudes unwrapped around the first member so a region across ±180° works.
    private static func weightedCentre(_ members: [SourcePlace]) -> (lat: String, lon: String)? {
        guard let first = members.first else { return nil }
        let total = members.reduce(0) { $0 + $1.place.population }
        var sumLat = 0.0, sumLon = 0.0, sumWeight = 0.0
        for member in members {
            let weight = total > 0 ? Double(member.place.population) : 1
            var lon = member.place.coordinate.longitude
            if lon - first.place.coordinate.longitude > 180 { lon -= 360 }
            if lon - first.place.coordinate.longitude < -180 { lon += 360 }
            sumLat += weight * member.place.coordinate.latitude
            sumLon += weight * lon
            sumWeight += weight
        }
        var lon = sumLon / sumWeight
        if lon > 180 { lon -= 360 }
        if lon < -180 { lon += 360 }
        return (FixedDecimal.format(sumLat / sumWeight, decimals: 5), FixedDecimal.format(lon, decimals: 5))
    }

    private static func describe(_ counts: [String: Int]) -> String {
        counts.keys.sorted().map { "\($0): \(counts[$0]!)" }.joined(separator: ", ")
    }

    // MARK: - Border

    private static func borderFiles(_ lines: FeatureCollection) throws -> (String, String, Int, Double) {
        let path = GazetteerSources.relativePaths[3]
        func isRussiaUkraine(_ feature: Feature) -> Bool {
            Set([feature.properties["adm0_a3_l"]?.stringValue, feature.properties["adm0_a3_r"]?.stringValue]) == Set(["RUS", "UKR"])
        }
        guard let international = lines.features.first(where: {
            isRussiaUkraine($0) && $0.properties["featurecla"]?.stringValue == "International boundary (verify)"
        }) else {
            throw GazetteerError.invalidSource(path: path, reason: "no RUS/UKR feature with featurecla 'International boundary (verify)'")
        }
        let parts: [[GeoPoint]]
        switch international.geometry {
        case let .multiLineString(lines)?: parts = lines
        case let .lineString(line)?: parts = [line]
        default: throw GazetteerError.invalidSource(path: path, reason: "the international boundary is not a (Multi)LineString")
        }
        let merged = try LineMerge.chain(parts, source: path)
        guard let polyline = Polyline(vertices: merged) else {
            throw GazetteerError.invalidSource(path: path, reason: "the merged border has fewer than two valid vertices")
        }
        let lengthKm = polyline.lengthMeters() / 1000
        let borderFeature = Feature(
            id: .string("ru-ua-border"), geometry: .lineString(merged),
            properties: .object([
                ("name", .string("Russia–Ukraine international land boundary")),
                ("featurecla", .string("International boundary (verify)")),
                ("adm0_a3_l", .string("RUS")), ("adm0_a3_r", .string("UKR")),
                ("source", .string("Natural Earth 4.0.0 ne_10m_admin_0_boundary_lines_land")),
                ("vertices", .integer(merged.count)),
                ("length_km", .number((lengthKm * 1000).rounded() / 1000)),
            ]))
        var crimeaFeatures: [Feature] = []
        for feature in lines.features where isRussiaUkraine(feature)
            && (feature.properties["featurecla"]?.stringValue ?? "").hasPrefix("Disputed") {
            guard let geometry = feature.geometry else { continue }
            crimeaFeatures.append(Feature(
                id: .string("crimea-admin-line"), geometry: geometry,
                properties: .object([
                    ("name", .string("Crimea–Kherson Oblast administrative line (Perekop isthmus, Syvash)")),
                    ("featurecla", .string(feature.properties["featurecla"]?.stringValue ?? "")),
                    ("source", .string("Natural Earth 4.0.0 ne_10m_admin_0_boundary_lines_land")),
                    ("used_for_border_distance", .bool(false)),
                ])))
        }
        let text = GeoJSONText()
        return (text.collection(FeatureCollection(features: [borderFeature])),
                text.collection(FeatureCollection(features: crimeaFeatures)), merged.count, lengthKm)
    }
}
