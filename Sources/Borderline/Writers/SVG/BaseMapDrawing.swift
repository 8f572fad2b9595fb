/// The base map projected, clipped to the frame and turned into SVG layers.
struct BaseMapDrawing {
    /// One layer's elements, with the legend keys its elements carry.
    struct Layer {
        var id: String
        var label: String
        var elements: [String]
    }

    var layers: [Layer] = []
    /// Legend keys of what was drawn ("border", "river", "land-ukr", …).
    var usedKeys: Set<String> = []
    /// Country rings in pixels by ISO alpha-3, for placing country names.
    var countryRings: [(adm0A3: String, name: String, rings: [[PixelPoint]])] = []
    /// Whether the hatched Crimea is visible.
    var showsOccupiedCrimea = false

    /// Vertices closer than this to the previous one are dropped.
    static let simplifyPixels = 0.3

    init(baseMap original: BaseMap, convention: CrimeaConvention, viewport: MapViewport) {
        let (baseMap, crimea) = original.applying(convention)
        let frame = viewport.frame
        // Lines and fills run a little past the frame so strokes do not end at its edge.
        let clip = frame.insetBy(-3)
        let near = GeoBoundingBox(
            unchecked: viewport.visibleBox.west - 0.5, viewport.visibleBox.south - 0.5,
            viewport.visibleBox.east + 0.5, viewport.visibleBox.north + 0.5)

        func isNear(_ points: [GeoPoint]) -> Bool {
            guard let box = GeoBoundingBox(enclosing: points) else { return false }
            return box.intersects(near)
        }
        func ring(_ points: [GeoPoint]) -> [PixelPoint] {
            guard isNear(points) else { return [] }
            var pixels = viewport.pixels(points).flatMap { $0 }
            if pixels.count > 1 && pixels[0] == pixels[pixels.count - 1] { pixels.removeLast() }
            return Clipping.simplify(Clipping.clipRing(pixels, to: clip), tolerancePixels: Self.simplifyPixels)
        }
        func rings(_ polygons: [[[GeoPoint]]]) -> [[PixelPoint]] {
            polygons.flatMap { $0.map(ring) }.filter { $0.count >= 3 }
        }
        func pieces(_ line: [GeoPoint]) -> [[PixelPoint]] {
            guard isNear(line) else { return [] }
            return viewport.pixels(line).flatMap { Clipping.clipPolyline($0, to: clip) }
                .map { Clipping.simplify($0, tolerancePixels: Self.simplifyPixels) }
        }
        func path(_ cls: String, _ data: String, key: String?, extra: String = "") -> String {
            let symbol = key.map { " data-symbol=\"\($0)\"" } ?? ""
            return "<path class=\"\(cls)\"\(symbol)\(extra) d=\"\(data)\"/>"
        }

        // Sea under everything, and a neutral tone where the base map has no data.
        let regionRing = ring(MapExtent.baseMapRegion.outline(perEdge: 120))
        var sea = ["<rect class=\"nodata\" x=\"\(SVGText.number(clip.x))\" y=\"\(SVGText.number(clip.y))\" "
            + "width=\"\(SVGText.number(clip.width))\" height=\"\(SVGText.number(clip.height))\"/>"]
        // The sea is in the legend only where a coast shows it; elsewhere it is hidden under land.
        let coast = baseMap.coastline.flatMap(pieces)
        if !regionRing.isEmpty {
            sea.append(path("sea", PathData.rings([regionRing]), key: coast.isEmpty ? nil : "sea"))
            if !coast.isEmpty { usedKeys.insert("sea") }
        }
        layers.append(Layer(id: "layer-sea", label: "Sea", elements: sea))

        var land: [String] = []
        for country in baseMap.countries.sorted(by: { $0.adm0A3 < $1.adm0A3 }) {
            let countryRings = rings(country.polygons)
            guard !countryRings.isEmpty else { continue }
            let key = Self.landKey(country.adm0A3)
            land.append(path(
                "land \(key)", PathData.rings(countryRings), key: key,
                extra: " data-country=\"\(SVGText.escape(country.adm0A3))\""))
            usedKeys.insert(key)
            self.countryRings.append((country.adm0A3, country.name, countryRings))
        }
        layers.append(Layer(id: "layer-land", label: "Countries", elements: land))

        var occupied: [String] = []
        if convention == .internationallyRecognised, let crimea {
            let crimeaRings = rings([crimea])
            if !crimeaRings.isEmpty {
                occupied.append(path("crimea-occupied", PathData.rings(crimeaRings), key: "crimea-occupied"))
                usedKeys.insert("crimea-occupied")
                showsOccupiedCrimea = true
            }
        }
        layers.append(Layer(id: "layer-crimea", label: "Crimea (Russian-occupied)", elements: occupied))

        var lakes: [String] = []
        for lake in baseMap.lakes {
            let lakeRings = rings(lake.polygons)
            guard !lakeRings.isEmpty else { continue }
            lakes.append(path("lake", PathData.rings(lakeRings), key: "lake"))
            usedKeys.insert("lake")
        }
        layers.append(Layer(id: "layer-lakes", label: "Lakes and reservoirs", elements: lakes))

        var rivers: [String] = []
        for river in baseMap.rivers {
            let riverPieces = river.parts.flatMap(pieces)
            guard !riverPieces.isEmpty else { continue }
            let weight = river.scaleRank <= 4 ? "river-major" : (river.scaleRank <= 7 ? "river-medium" : "river-minor")
            rivers.append(path("river \(weight)", PathData.lines(riverPieces), key: "river"))
            usedKeys.insert("river")
        }
        layers.append(Layer(id: "layer-rivers", label: "Rivers", elements: rivers))

        layers.append(Layer(
            id: "layer-coastline", label: "Coastline",
            elements: coast.isEmpty ? [] : [path("coast", PathData.lines(coast), key: nil)]))

        var boundaries: [String] = []
        for boundary in baseMap.landBoundaries {
            let pair = Set([boundary.leftAdm0A3, boundary.rightAdm0A3])
            // The Russia–Ukraine lines come from the gazetteer's border files, drawn below.
            if pair == ["RUS", "UKR"] { continue }
            let boundaryPieces = boundary.parts.flatMap(pieces)
            guard !boundaryPieces.isEmpty else { continue }
            boundaries.append(path("boundary", PathData.lines(boundaryPieces), key: "boundary"))
            usedKeys.insert("boundary")
        }
        if convention == .deFacto {
            let line = pieces(baseMap.crimeaLine)
            if !line.isEmpty {
                boundaries.append(path("crimea-line", PathData.lines(line), key: "crimea-line"))
                usedKeys.insert("crimea-line")
            }
        }
        layers.append(Layer(id: "layer-boundaries", label: "Other boundaries", elements: boundaries))

        let border = pieces(baseMap.border)
        var borderElements: [String] = []
        if !border.isEmpty {
            borderElements.append(path("border-band", PathData.lines(border), key: nil))
            borderElements.append(path("border", PathData.lines(border), key: "border"))
            usedKeys.insert("border")
        }
        layers.append(Layer(id: "layer-border", label: "Russia–Ukraine border", elements: borderElements))
    }

    static func landKey(_ adm0A3: String) -> String {
        switch adm0A3 {
        case "RUS": return "land-rus"
        case "UKR": return "land-ukr"
        default: return "land-other"
        }
    }
}
