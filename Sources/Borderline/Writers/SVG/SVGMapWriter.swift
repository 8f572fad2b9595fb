import Foundation

/// Writes the report map: a static, self-contained SVG of the content over the base map.
///
/// The file is meant to be dropped into a report or opened in an editor: a viewBox and
/// explicit size, `<title>` and `<desc>`, CSS classes, one Inkscape layer per kind of
/// feature, a font stack found on Linux, macOS and Windows, no scripts and no external
/// references, and the same bytes for the same input. Label and symbol boxes are recorded in
/// `data-bbox` attributes and the projection in `data-crs`/`data-pixel-to-crs`, so the
/// placement and the scale can be checked from the file alone.
public enum SVGMapWriter {
    /// What every map built from these data must credit.
    public static let attribution = "Data: GeoNames (geonames.org), CC BY 4.0; Natural Earth 4.0.0 (public domain)."
    /// The title used when neither the options nor the content give one.
    public static let defaultTitle = "Russia–Ukraine border region"

    /// Renders one map.
    /// - Parameters:
    ///   - content: what to show: places, claims, events, title, subtitle and date range.
    ///   - baseMap: the loaded base map (`BaseMap.load(gazetteerDirectory:)`).
    ///   - options: page size, extent, Crimea convention and text overrides.
    /// - Returns: the SVG document as UTF-8 text.
    /// - Throws: `SVGMapError` when the page is too small or PROJ cannot project the extent.
    public static func render(_ content: MapContent, baseMap: BaseMap, options: SVGMapOptions = SVGMapOptions()) throws
        -> String
    {
        if let box = options.boundingBox { return try render(content, baseMap: baseMap, options: options, extent: box).svg }
        // Labels of points near the edge of the data need room beyond it: when the default
        // margin leaves labels out, a wider one is tried and the map that drops fewer is kept.
        var best: (svg: String, droppedCount: Int)?
        for margin in [MapExtent.marginFraction, MapExtent.marginFraction * 2, MapExtent.marginFraction * 3] {
            let extent = defaultExtent(content, baseMap: baseMap, marginFraction: margin)
            let map = try render(content, baseMap: baseMap, options: options, extent: extent)
            if best == nil || map.droppedCount < best!.droppedCount { best = map }
            if map.droppedCount == 0 { break }
        }
        return best!.svg
    }

    private static func render(_ content: MapContent, baseMap: BaseMap, options: SVGMapOptions, extent: GeoBoundingBox)
        throws -> (svg: String, droppedCount: Int)
    {
        let layout = try MapLayout(widthPixels: options.widthPixels, heightPixels: options.heightPixels)
        let viewport: MapViewport
        do {
            viewport = try MapViewport(box: extent, frame: layout.frame)
        } catch let error as ProjError {
            throw SVGMapError.projection(error.description)
        }
        let frame = layout.frame
        let base = BaseMapDrawing(baseMap: baseMap, convention: options.crimeaConvention, viewport: viewport)
        var data = DataDrawing(content: content, viewport: viewport)

        // Labels: the data's first, most important first; then country names; then towns for
        // orientation where room is left.
        var placer = LabelPlacer(bounds: frame.insetBy(2), obstacles: data.symbolBoxes, segments: data.segments)
        let dataLabels = placer.place(data.labelRequests)
        let countryRequests = CountryLabels.requests(for: base.countryRings, frame: frame)
        let countryLabels = placer.place(countryRequests)
        for request in countryRequests {
            data.labelClasses[request.id] = "label label-country"
            data.labelFontPixels[request.id] = CountryLabels.fontPixels
        }
        var towns = TownDrawing()
        if options.showsReferenceTowns {
            towns.draw(baseMap.towns, data: data, viewport: viewport, placer: &placer)
            data.labelClasses.merge(towns.labelClasses) { first, _ in first }
            data.labelFontPixels.merge(towns.labelFontPixels) { first, _ in first }
        }
        var used = base.usedKeys.union(data.usedKeys)
        if !towns.elements.isEmpty { used.insert("town") }

        let legend = Legend(used: used, crimeaConvention: options.crimeaConvention)
        let scaleBar = try ScaleBar(viewport: viewport, maximumPixels: max(layout.panelColumns[0].width - 110, 60))
        let graticule = Graticule(viewport: viewport)

        var notes = [viewport.projection.name + ".", options.crimeaConvention.note]
        if let range = content.dateRange, !range.isEmpty { notes.append("Period covered: \(range).") }
        let dropped = dataLabels.dropped + countryLabels.dropped
        if !dropped.isEmpty {
            notes.append(
                "Labels left out for lack of space (least important last): "
                    + dropped.map { "\($0.text) (\(Self.kindName($0.id)))" }.joined(separator: "; ") + ".")
        }
        notes += data.notShown
        if !towns.elements.isEmpty {
            notes.append("Grey towns: Natural Earth populated places, drawn for orientation where there is room.")
        }
        notes.append("Extent (west,south,east,north): \(extent.formatted). Graticule every \(FixedDecimal.compact(graticule.stepDegrees, maxDecimals: 2))°.")
        let panel = Panel(legend: legend, scaleBar: scaleBar, notes: notes, attribution: attribution)
        let panelParts = panel.render(columns: layout.panelColumns)

        let title = nonEmpty(options.title) ?? nonEmpty(content.title) ?? defaultTitle
        var subtitle = nonEmpty(options.subtitle) ?? content.subtitle
        if let range = content.dateRange, !range.isEmpty, !subtitle.contains(range) {
            subtitle = subtitle.isEmpty ? range : "\(subtitle) · \(range)"
        }

        var svg = SVGDocument(layout: layout, viewport: viewport, title: title, subtitle: subtitle)
        svg.description = ([
            "Map of \(content.places.count) places, \(content.claims.count) checked claims and \(content.events.count) events.",
        ] + notes + [attribution]).joined(separator: " ")
        svg.hatch = base.showsOccupiedCrimea
        for layer in base.layers {
            svg.addLayer(id: layer.id, label: layer.label, elements: layer.elements, clipped: true)
        }
        svg.addLayer(id: "layer-graticule", label: "Graticule", elements: graticule.lineElements, clipped: true)
        svg.addLayer(id: "layer-claims", label: "Claims", elements: data.claimElements, clipped: true)
        svg.addLayer(id: "layer-towns", label: "Reference towns", elements: towns.elements, clipped: true)
        svg.addLayer(id: "layer-places", label: "Places", elements: data.placeElements, clipped: false)
        svg.addLayer(id: "layer-events", label: "Events", elements: data.eventElements, clipped: false)
        let placed = dataLabels.placed + countryLabels.placed + towns.labels
        svg.addLayer(
            id: "layer-labels", label: "Labels",
            elements: placed.map { labelElement($0, classes: data.labelClasses, fonts: data.labelFontPixels, lines: data.labelLines) },
            clipped: false)
        svg.addFrame()
        svg.addLayer(id: "layer-graticule-labels", label: "Graticule labels", elements: graticule.labelElements(frame: frame), clipped: false)
        svg.addLayer(id: "layer-legend", label: "Legend", elements: [panelParts.legend], clipped: false)
        svg.addLayer(id: "layer-scale", label: "Scale bar and north arrow", elements: [panelParts.scale], clipped: false)
        svg.addLayer(id: "layer-notes", label: "Notes and attribution", elements: [panelParts.notes], clipped: false)
        return (svg.text, dataLabels.dropped.count)
    }

    /// Renders the overview and one map per document, each fitted to its own data.
    /// - Parameters:
    ///   - overview: the content of every document together.
    ///   - documents: (document id, that document's content), in the order to write them.
    /// - Returns: (file name, SVG text): "map.svg", then "map-<id>.svg" per document, with
    ///   characters other than letters, digits, ".", "-" and "_" in the id replaced by "_".
    public static func renderAll(
        overview: MapContent, documents: [(id: String, content: MapContent)], baseMap: BaseMap,
        options: SVGMapOptions = SVGMapOptions()
    ) throws -> [(fileName: String, svg: String)] {
        var files = [(fileName: "map.svg", svg: try render(overview, baseMap: baseMap, options: options))]
        for document in documents {
            files.append((fileName: "map-\(fileSafe(document.id)).svg", svg: try render(document.content, baseMap: baseMap, options: options)))
        }
        return files
    }

    /// The default extent: the data with a margin, at least `MapExtent.minimumSpanKm` across,
    /// inside the base map's region; the Russia–Ukraine border when there is no data.
    public static func defaultExtent(
        _ content: MapContent, baseMap: BaseMap, marginFraction: Double = MapExtent.marginFraction
    ) -> GeoBoundingBox {
        let points = content.places.filter { $0.kind != .country }.map(\.coordinate)
            + content.events.map(\.coordinate) + content.claims.flatMap { [$0.from, $0.to] }
        return MapExtent.fitting(points, fallback: MapExtent.fallbackBox(for: baseMap.border), marginFraction: marginFraction)
    }

    static func fileSafe(_ id: String) -> String {
        String(id.unicodeScalars.map { scalar -> Character in
            let ok = CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || ".-_".unicodeScalars.contains(scalar)
            return ok ? Character(scalar) : "_"
        })
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }

    private static func kindName(_ id: String) -> String {
        if id.hasPrefix("place-") { return "place" }
        if id.hasPrefix("event-") { return "event" }
        if id.hasPrefix("claim-") { return "claim" }
        if id.hasPrefix("country-") { return "country" }
        return "town"
    }

    static func labelElement(
        _ label: PlacedLabel, classes: [String: String], fonts: [String: Double],
        lines: [String: [(text: String, cls: String)]] = [:]
    ) -> String {
        let n = { (value: Double) in SVGText.number(value) }
        let id = label.request.id
        let font = fonts[id] ?? 11
        let box = label.box
        let x: Double
        switch label.textAnchor {
        case .start: x = box.minX
        case .middle: x = box.center.x
        case .end: x = box.maxX
        }
        var out = ""
        if let leader = label.leader, leader.count == 2 {
            out += "<line class=\"leader\" x1=\"\(n(leader[0].x))\" y1=\"\(n(leader[0].y))\" x2=\"\(n(leader[1].x))\" "
                + "y2=\"\(n(leader[1].y))\" data-for=\"\(id)\"/>"
        }
        let anchor = label.textAnchor == .start ? "" : " text-anchor=\"\(label.textAnchor.rawValue)\""
        out += "<text id=\"label-\(id)\" class=\"\(classes[id] ?? "label")\" x=\"\(n(x))\" "
            + "y=\"\(n(box.minY + font * TextMetrics.baselineEm))\" font-size=\"\(n(font))\"\(anchor) "
            + "data-for=\"\(id)\" data-position=\"\(label.position.rawValue)\" data-bbox=\"\(SVGText.box(box))\">"
        if let lines = lines[id], lines.count > 0 {
            let lineHeight = font * TextMetrics.boxHeightEm
            for (index, line) in lines.enumerated() {
                out += "<tspan class=\"\(line.cls)\" x=\"\(n(x))\"" + (index == 0 ? "" : " dy=\"\(n(lineHeight))\"") + ">"
                    + SVGText.escape(line.text) + "</tspan>"
            }
            return out + "</text>"
        }
        return out + SVGText.escape(label.request.text) + "</text>"
    }
}
