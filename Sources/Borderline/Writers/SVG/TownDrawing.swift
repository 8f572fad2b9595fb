/// Natural Earth towns drawn in grey for orientation, only where both the dot and its label
/// fit without touching the data: they are never labelled by a leader, and a town that does
/// not fit is left out altogether (it is context, not content).
struct TownDrawing {
    var elements: [String] = []
    var labels: [PlacedLabel] = []
    var labelClasses: [String: String] = [:]
    var labelFontPixels: [String: Double] = [:]

    static let maximumCount = 24
    static let radiusPixels = 3.0
    static let fontPixels = 10.0

    mutating func draw(_ towns: [BaseMap.Town], data: DataDrawing, viewport: MapViewport, placer: inout LabelPlacer) {
        let frame = viewport.frame
        let ordered = towns.enumerated().sorted {
            ($0.element.scaleRank, -$0.element.population, $0.element.name, $0.offset)
                < ($1.element.scaleRank, -$1.element.population, $1.element.name, $1.offset)
        }
        var drawnPixels: [PixelPoint] = []
        for (index, town) in ordered {
            guard elements.count < Self.maximumCount else { break }
            if let id = town.geonameID, data.placeIDs.contains(id) { continue }
            if data.placeNames.contains(town.name.lowercased()) { continue }
            guard viewport.visibleBox.contains(town.coordinate), let pixel = viewport.pixel(town.coordinate),
                frame.insetBy(8).contains(pixel)
            else { continue }
            // Not on top of a data place (the same town under another id, or a neighbour).
            if data.placePixels.contains(where: { $0.distance(to: pixel) < 14 }) { continue }
            if drawnPixels.contains(where: { $0.distance(to: pixel) < 24 }) { continue }
            let box = PixelRect(center: pixel, radius: Self.radiusPixels)
            guard placer.isFree(box), !placer.isCrossed(box) else { continue }
            var trial = placer
            trial.addObstacle(box)
            let id = "town-\(index + 1)"
            let request = LabelRequest(
                id: id, text: town.name, anchor: pixel, symbolRadiusPixels: Self.radiusPixels,
                widthPixels: TextMetrics.widthPixels(of: town.name, fontSizePixels: Self.fontPixels),
                heightPixels: Self.fontPixels * TextMetrics.boxHeightEm, priority: 0, allowsLeader: false)
            guard let label = trial.place(request) else { continue }
            placer = trial
            drawnPixels.append(pixel)
            labels.append(label)
            labelClasses[id] = "label label-town"
            labelFontPixels[id] = Self.fontPixels
            elements.append(
                "<circle id=\"\(id)\" class=\"town\" cx=\"\(SVGText.number(pixel.x))\" cy=\"\(SVGText.number(pixel.y))\" r=\"2.4\" "
                    + "data-symbol=\"town\" data-name=\"\(SVGText.escape(town.name))\" data-bbox=\"\(SVGText.box(box))\"/>")
        }
    }
}
