import Foundation

/// The base map under the data: Natural Earth land, water and boundaries, plus the
/// Russia–Ukraine border line and the Crimea administrative line from the gazetteer folder.
///
/// Loaded once and shared by every map drawn in a run (the overview and one per document).
public struct BaseMap: Sendable {
    /// A country's land, as Natural Earth 4.0.0 draws it (de facto: Crimea inside Russia).
    public struct Country: Sendable, Hashable {
        /// ISO 3166-1 alpha-3 as Natural Earth spells it ("RUS", "UKR").
        public var adm0A3: String
        public var name: String
        /// Polygons, each a list of rings (exterior first), positions in degrees.
        public var polygons: [[[GeoPoint]]]
    }

    /// A line feature with the attributes the map styles it by.
    public struct Line: Sendable, Hashable {
        public var name: String
        /// Natural Earth's scalerank: lower is more important.
        public var scaleRank: Int
        public var parts: [[GeoPoint]]
    }

    /// A land boundary between two countries.
    public struct Boundary: Sendable, Hashable {
        public var leftAdm0A3: String
        public var rightAdm0A3: String
        /// Natural Earth's feature class ("International boundary (verify)", "Disputed (please verify)").
        public var featureClass: String
        public var parts: [[GeoPoint]]
    }

    /// A lake or reservoir.
    public struct Lake: Sendable, Hashable {
        public var name: String
        public var scaleRank: Int
        public var polygons: [[[GeoPoint]]]
    }

    /// A labelled town of Natural Earth's populated places, drawn for orientation.
    public struct Town: Sendable, Hashable {
        public var name: String
        /// The GeoNames id Natural Earth links the town to, or nil.
        public var geonameID: Int?
        public var adm0A3: String
        public var scaleRank: Int
        public var population: Int
        public var coordinate: GeoPoint
    }

    public var countries: [Country]
    public var landBoundaries: [Boundary]
    public var coastline: [[GeoPoint]]
    public var rivers: [Line]
    public var lakes: [Lake]
    public var towns: [Town]
    /// The internationally recognised Russia–Ukraine land border.
    public var border: [GeoPoint]
    /// The administrative line between Crimea and Kherson Oblast (Perekop isthmus, Syvash).
    public var crimeaLine: [GeoPoint]

    public init(
        countries: [Country], landBoundaries: [Boundary], coastline: [[GeoPoint]], rivers: [Line], lakes: [Lake],
        towns: [Town], border: [GeoPoint], crimeaLine: [GeoPoint]
    ) {
        self.countries = countries
        self.landBoundaries = landBoundaries
        self.coastline = coastline
        self.rivers = rivers
        self.lakes = lakes
        self.towns = towns
        self.border = border
        self.crimeaLine = crimeaLine
    }

    /// Loads gazetteer/basemap/*.geojson and the two lines of gazetteer/border/.
    /// - Parameter gazetteerDirectory: the gazetteer folder (the one holding places.tsv).
    /// - Throws: `SVGMapError` naming the file that is missing or not as expected.
    public static func load(gazetteerDirectory: String) throws -> BaseMap {
        func path(_ relative: String) -> String { (gazetteerDirectory as NSString).appendingPathComponent(relative) }
        func layer(_ layer: BaseMapLayer) -> String { path("\(Gazetteer.File.baseMapFolder)/\(layer.fileName)") }

        let countriesPath = layer(.countries)
        let countries = try read(countriesPath).enumerated().map { index, feature -> Country in
            Country(
                adm0A3: try string(feature, "adm0_a3", path: countriesPath, index: index),
                name: feature.properties["name"]?.stringValue ?? "",
                polygons: try polygons(feature, path: countriesPath, index: index))
        }
        let boundariesPath = layer(.landBoundaries)
        let boundaries = try read(boundariesPath).enumerated().map { index, feature in
            Boundary(
                leftAdm0A3: feature.properties["adm0_a3_l"]?.stringValue ?? "",
                rightAdm0A3: feature.properties["adm0_a3_r"]?.stringValue ?? "",
                featureClass: feature.properties["featurecla"]?.stringValue ?? "",
                parts: try lines(feature, path: boundariesPath, index: index))
        }
        let coastPath = layer(.coastline)
        let coastline = try read(coastPath).enumerated().flatMap { index, feature in
            try lines(feature, path: coastPath, index: index)
        }
        let riversPath = layer(.rivers)
        let rivers = try read(riversPath).enumerated().map { index, feature in
            Line(
                name: feature.properties["name_en"]?.stringValue ?? feature.properties["name"]?.stringValue ?? "",
                scaleRank: rank(feature), parts: try lines(feature, path: riversPath, index: index))
        }
        let lakesPath = layer(.lakes)
        let lakes = try read(lakesPath).enumerated().map { index, feature in
            Lake(
                name: feature.properties["name"]?.stringValue ?? "", scaleRank: rank(feature),
                polygons: try polygons(feature, path: lakesPath, index: index))
        }
        let townsPath = layer(.towns)
        // Towns without an English name cannot be labelled and are left out.
        let towns = try read(townsPath).enumerated().compactMap { index, feature -> Town? in
            guard case let .point(point)? = feature.geometry else {
                throw SVGMapError.baseMapFileInvalid(
                    path: townsPath, reason: "feature \(index) is a \(feature.geometry?.typeName ?? "null geometry"), expected a Point")
            }
            guard let name = feature.properties["name"]?.stringValue, !name.isEmpty else { return nil }
            let id = feature.properties["geonameid"]?.doubleValue.map { Int($0) }
            return Town(
                name: name,
                geonameID: id.flatMap { $0 > 0 ? $0 : nil },
                adm0A3: feature.properties["adm0_a3"]?.stringValue ?? "", scaleRank: rank(feature),
                population: feature.properties["pop_max"]?.doubleValue.map { Int($0) } ?? 0, coordinate: point)
        }
        let border = try singleLine(path(Gazetteer.File.border))
        let crimeaLine = try singleLine(path(Gazetteer.File.crimeaLine))
        return BaseMap(
            countries: countries, landBoundaries: boundaries, coastline: coastline, rivers: rivers, lakes: lakes,
            towns: towns, border: border, crimeaLine: crimeaLine)
    }

    private static func read(_ path: String) throws -> [Feature] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw SVGMapError.baseMapFileUnreadable(path: path, reason: "no such file")
        }
        do {
            return try FeatureCollection.read(path: path).features
        } catch let error as GeoJSONError {
            throw SVGMapError.baseMapFileInvalid(path: path, reason: error.description)
        }
    }

    private static func string(_ feature: Feature, _ key: String, path: String, index: Int) throws -> String {
        guard let value = feature.properties[key]?.stringValue else {
            throw SVGMapError.baseMapFileInvalid(path: path, reason: "feature \(index) has no string property '\(key)'")
        }
        return value
    }

    private static func rank(_ feature: Feature) -> Int {
        feature.properties["scalerank"]?.doubleValue.map { Int($0) } ?? 10
    }

    private static func polygons(_ feature: Feature, path: String, index: Int) throws -> [[[GeoPoint]]] {
        switch feature.geometry {
        case let .polygon(rings)?: return [rings]
        case let .multiPolygon(polygons)?: return polygons
        default:
            throw SVGMapError.baseMapFileInvalid(
                path: path, reason: "feature \(index) is a \(feature.geometry?.typeName ?? "null geometry"), expected a Polygon or MultiPolygon")
        }
    }

    private static func lines(_ feature: Feature, path: String, index: Int) throws -> [[GeoPoint]] {
        switch feature.geometry {
        case let .lineString(line)?: return [line]
        case let .multiLineString(lines)?: return lines
        default:
            throw SVGMapError.baseMapFileInvalid(
                path: path, reason: "feature \(index) is a \(feature.geometry?.typeName ?? "null geometry"), expected a LineString or MultiLineString")
        }
    }

    private static func singleLine(_ path: String) throws -> [GeoPoint] {
        let features = try read(path)
        guard let feature = features.first else {
            throw SVGMapError.baseMapFileInvalid(path: path, reason: "the FeatureCollection has no features")
        }
        let parts = try lines(feature, path: path, index: 0)
        guard parts.count == 1, let line = parts.first else {
            throw SVGMapError.baseMapFileInvalid(path: path, reason: "expected one LineString, found \(parts.count) parts")
        }
        return line
    }
}
