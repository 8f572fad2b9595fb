import Foundation

/// The data Borderline resolves and measures against: places, regions and countries, and the
/// Russia–Ukraine border line with its nearest-point index.
public struct Gazetteer: Sendable {
    /// Every entry, in file order (by GeoNames id).
    public let places: [Place]
    /// The Russia–Ukraine international land boundary, one line from the Belarus tripoint to
    /// the Sea of Azov.
    public let border: Polyline
    /// Answers distance-to-border queries on `border`.
    public let borderIndex: NearestPointIndex
    /// Natural Earth's Crimea–Kherson administrative line, drawn on maps but never measured to.
    public let crimeaLine: Polyline?
    /// Positions by GeoNames id, when the ids are not in increasing order (nil when they are:
    /// `position(geonameID:)` then searches `places`).
    private let positionByID: [Int: Int]?
    private let countryByCode: [String: Int]
    private let admin1ByKey: [String: Int]

    /// Assembles a gazetteer from its parts.
    /// - Throws: `GazetteerError.duplicateID` when two entries share a GeoNames id.
    public init(places: [Place], border: Polyline, crimeaLine: Polyline? = nil, source: String = "gazetteer") throws {
        self.places = places
        self.border = border
        self.crimeaLine = crimeaLine
        self.borderIndex = NearestPointIndex(polyline: border)
        var ids = IDOrder()
        var countryByCode: [String: Int] = [:]
        var admin1ByKey: [String: Int] = [:]
        for (index, place) in places.enumerated() {
            if !ids.add(place.geonameID, at: index, of: places) {
                throw GazetteerError.duplicateID(path: source, line: index + 2, geonameID: place.geonameID)
            }
            switch place.kind {
            case .country: countryByCode[place.countryCode] = index
            case .admin1: admin1ByKey[place.admin1Key] = index
            case .place: break
            }
        }
        self.positionByID = ids.positionByID
        self.countryByCode = countryByCode
        self.admin1ByKey = admin1ByKey
    }

    /// The entry with GeoNames id `id`.
    public func place(geonameID id: Int) -> Place? {
        position(geonameID: id).map { places[$0] }
    }

    /// The position in `places` of the entry with GeoNames id `id`: looked up in the map, or
    /// searched for in `places` when their ids are in increasing order.
    func position(geonameID id: Int) -> Int? {
        if let positionByID { return positionByID[id] }
        var low = 0, high = places.count
        while low < high {
            let middle = low + (high - low) / 2
            if places[middle].geonameID < id { low = middle + 1 } else { high = middle }
        }
        return low < places.count && places[low].geonameID == id ? low : nil
    }

    /// The country entry for an ISO alpha-2 code ("UA").
    public func country(code: String) -> Place? {
        countryByCode[code].map { places[$0] }
    }

    /// The admin1 entry for a GeoNames key ("RU.09").
    public func admin1(key: String) -> Place? {
        admin1ByKey[key].map { places[$0] }
    }

    /// Whether `point` lies within `km` of the Russia–Ukraine border (cheaper than measuring).
    public func isNearBorder(_ point: GeoPoint, withinKm km: Double) -> Bool {
        borderIndex.isWithin(km * 1000, of: point)
    }

    /// The nearest point of the Russia–Ukraine border to `point`, with the geodesic distance.
    public func distanceToBorder(from point: GeoPoint) -> NearestPoint {
        borderIndex.nearest(to: point)
    }
}

/// The GeoNames ids of places taken in order, each checked to be new (`add`). While every id is
/// above the one before (a places table is written in id order), none can repeat and no map is
/// made; from the first that is not, a map of positions holds every id so far and catches a
/// repeat. Hashing every id, into a set as `PlaceTable` read the rows and into a map as the
/// gazetteer was made, cost 12M instructions of `borderline map seeds` (callgrind).
struct IDOrder {
    private var last = Int.min
    /// Positions by id, made at the first id out of order.
    private(set) var positionByID: [Int: Int]?

    /// Takes `id`, the id of `places[position]`, the places before it taken already; false when
    /// it was taken before.
    mutating func add(_ id: Int, at position: Int, of places: [Place]) -> Bool {
        if positionByID == nil {
            if id > last {
                last = id
                return true
            }
            var map: [Int: Int] = [:]
            map.reserveCapacity(places.count)
            for earlier in 0..<position { map[places[earlier].geonameID] = earlier }
            positionByID = map
        }
        return positionByID?.updateValue(position, forKey: id) == nil
    }
}

extension Gazetteer {
    /// The files a gazetteer folder holds, relative to it.
    public enum File {
        public static let places = "places.tsv"
        public static let border = "border/ru_ua_border.geojson"
        public static let crimeaLine = "border/crimea_admin_line.geojson"
        public static let manifest = "MANIFEST.tsv"
        public static let baseMapFolder = "basemap"
    }

    /// Loads `places.tsv` and the border line from a gazetteer folder.
    /// - Throws: `GazetteerError`, `TabularTextError` or `GeoJSONError` naming the file at fault.
    public static func load(directory: String) throws -> Gazetteer {
        let placesPath = (directory as NSString).appendingPathComponent(File.places)
        let borderPath = (directory as NSString).appendingPathComponent(File.border)
        let crimeaPath = (directory as NSString).appendingPathComponent(File.crimeaLine)
        let places = try PlaceTable.read(path: placesPath)
        let border = try loadBorder(path: borderPath)
        let crimeaLine = FileManager.default.fileExists(atPath: crimeaPath) ? try loadBorder(path: crimeaPath) : nil
        return try Gazetteer(places: places, border: border, crimeaLine: crimeaLine, source: placesPath)
    }

    /// Reads a border line: a FeatureCollection whose first feature is a LineString.
    public static func loadBorder(path: String) throws -> Polyline {
        let collection = try FeatureCollection.read(path: path)
        guard let feature = collection.features.first else {
            throw GazetteerError.invalidBorder(path: path, reason: "the FeatureCollection has no features")
        }
        guard case let .lineString(points)? = feature.geometry else {
            throw GazetteerError.invalidBorder(
                path: path, reason: "expected a LineString, found \(feature.geometry?.typeName ?? "no geometry")")
        }
        guard let line = Polyline(vertices: points) else {
            throw GazetteerError.invalidBorder(path: path, reason: "a line needs at least two valid positions")
        }
        return line
    }
}
