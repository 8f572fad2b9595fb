import Foundation

/// The map's content (places, events, claims) as symbols on the page, with the label each
/// symbol asks for and the boxes and lines later labels must keep clear of.
struct DataDrawing {
    var placeElements: [String] = []
    var eventElements: [String] = []
    var claimElements: [String] = []
    /// Boxes of every symbol drawn.
    var symbolBoxes: [PixelRect] = []
    /// Claim lines, which labels must not cross.
    var segments: [PixelSegment] = []
    var labelRequests: [LabelRequest] = []
    /// Legend keys of the symbols drawn.
    var usedKeys: Set<String> = []
    /// Label classes by request id ("label label-place").
    var labelClasses: [String: String] = [:]
    /// Font size of each label by request id, in pixels.
    var labelFontPixels: [String: Double] = [:]
    /// Labels of several lines, each with its own class, by request id.
    var labelLines: [String: [(text: String, cls: String)]] = [:]
    /// What the content holds but the map does not show, said in the notes.
    var notShown: [String] = []
    /// Data places by GeoNames id, to keep reference towns from repeating them.
    var placeIDs: Set<Int> = []
    var placePixels: [PixelPoint] = []
    /// Lower-cased names of the data places, for the same purpose.
    var placeNames: Set<String> = []

    static let eventFontPixels = 10.5
    static let claimFontPixels = 10.5

    init(content: MapContent, viewport: MapViewport) {
        let frame = viewport.frame
        drawClaims(content.claims, viewport: viewport, frame: frame)
        let placed = drawPlaces(content.places, viewport: viewport, frame: frame)
        drawEvents(content.events, places: placed, viewport: viewport, frame: frame)
    }

    private mutating func drawPlaces(
        _ places: [MapPlace], viewport: MapViewport, frame: PixelRect
    ) -> [(pixel: PixelPoint, radius: Double)] {
        var countries: [String] = []
        var outside: [String] = []
        var drawn: [(PixelPoint, Double)] = []
        // Larger places first in the file, so smaller dots are drawn on top of larger ones.
        let ordered = places.sorted {
            ($0.population, $1.geonameID) > ($1.population, $0.geonameID)
        }
        for place in ordered {
            if place.kind == .country {
                countries.append(place.name)
                continue
            }
            let sizeClass = PlaceSizeClass(kind: place.kind, population: place.population)
            guard let pixel = viewport.pixel(place.coordinate),
                frame.contains(PixelRect(center: pixel, radius: sizeClass.radiusPixels))
            else {
                outside.append(place.name)
                continue
            }
            let id = "place-\(place.geonameID)"
            placeElements.append(sizeClass.element(
                at: pixel, extra: " id=\"\(id)\" data-name=\"\(SVGText.escape(place.name))\""))
            symbolBoxes.append(PixelRect(center: pixel, radius: sizeClass.radiusPixels))
            usedKeys.insert(sizeClass.symbolKey)
            placeIDs.insert(place.geonameID)
            placeNames.insert(place.name.lowercased())
            placePixels.append(pixel)
            drawn.append((pixel, sizeClass.radiusPixels))
            let major = sizeClass == .million || place.mentionCount >= 5
            let font = sizeClass.labelFontPixels
            let classBonus = [PlaceSizeClass.million: 40, .large: 30, .medium: 20, .small: 10, .region: 15][sizeClass] ?? 0
            labelRequests.append(LabelRequest(
                id: id, text: place.name, anchor: pixel, symbolRadiusPixels: sizeClass.radiusPixels,
                widthPixels: TextMetrics.widthPixels(of: place.name, fontSizePixels: font, bold: major),
                heightPixels: font * TextMetrics.boxHeightEm,
                priority: 1000 + min(place.mentionCount, 50) * 10 + classBonus))
            labelClasses[id] = "label label-place" + (major ? " label-place-major" : "")
            labelFontPixels[id] = font
        }
        if !countries.isEmpty {
            notShown.append("Countries named in the text (not drawn as points): \(countries.sorted().joined(separator: ", ")).")
        }
        if !outside.isEmpty {
            notShown.append("Places outside the map's extent: \(outside.sorted().joined(separator: ", ")).")
        }
        return drawn
    }

    /// Events at one point (or on a place's dot) are spread around it, so every symbol shows.
    private mutating func drawEvents(
        _ events: [MapEvent], places: [(pixel: PixelPoint, radius: Double)], viewport: MapViewport, frame: PixelRect
    ) {
        let radius = EventSymbol.radiusPixels
        var clusters: [(location: PixelPoint, members: [(index: Int, event: MapEvent)])] = []
        var outside = 0
        for (index, event) in events.enumerated() {
            guard let pixel = viewport.pixel(event.coordinate), frame.insetBy(radius).contains(pixel) else {
                outside += 1
                continue
            }
            if let at = clusters.firstIndex(where: { $0.location.distance(to: pixel) < radius }) {
                clusters[at].members.append((index, event))
            } else {
                clusters.append((pixel, [(index, event)]))
            }
        }
        if outside > 0 { notShown.append("Events outside the map's extent: \(outside).") }
        for cluster in clusters {
            let hub = places.first { $0.pixel.distance(to: cluster.location) < $0.radius + radius }
            let count = cluster.members.count
            var positions: [PixelPoint]
            if hub == nil && count == 1 {
                positions = [cluster.location]
            } else {
                let centre = hub?.pixel ?? cluster.location
                let inner = hub?.radius ?? 1.5
                let ringRadius = max(inner + radius + 1.5, (2 * radius + 1.5) / (2 * sin(Double.pi / Double(max(count, 2)))))
                positions = (0..<count).map { i in
                    let angle = (135 + Double(i) * 360 / Double(count)) * Double.pi / 180
                    return PixelPoint(x: centre.x + ringRadius * cos(angle), y: centre.y + ringRadius * sin(angle))
                }
                if hub == nil {
                    for position in positions {
                        eventElements.append(
                            "<line class=\"tether\" x1=\"\(SVGText.number(centre.x))\" y1=\"\(SVGText.number(centre.y))\" "
                                + "x2=\"\(SVGText.number(position.x))\" y2=\"\(SVGText.number(position.y))\" data-symbol=\"event-anchor\"/>")
                    }
                    eventElements.append(
                        "<circle class=\"event-anchor\" cx=\"\(SVGText.number(centre.x))\" cy=\"\(SVGText.number(centre.y))\" r=\"1.6\" "
                            + "data-symbol=\"event-anchor\" data-bbox=\"\(SVGText.box(PixelRect(center: centre, radius: 1.6)))\"/>")
                    symbolBoxes.append(PixelRect(center: centre, radius: 1.6))
                    usedKeys.insert("event-anchor")
                }
            }
            for (member, position) in zip(cluster.members, positions) {
                let symbol = EventSymbol(eventType: member.event.type)
                let id = "event-\(member.index + 1)"
                let box = PixelRect(center: position, radius: radius)
                eventElements.append(
                    "<path id=\"\(id)\" class=\"event \(symbol.symbolKey)\" data-symbol=\"\(symbol.symbolKey)\" "
                        + "data-type=\"\(SVGText.escape(member.event.type))\" data-bbox=\"\(SVGText.box(box))\" d=\"\(symbol.pathData(at: position))\"/>")
                symbolBoxes.append(box)
                usedKeys.insert(symbol.symbolKey)
                let text = member.event.label.isEmpty ? symbol.legendText : member.event.label
                labelRequests.append(LabelRequest(
                    id: id, text: text, anchor: position, symbolRadiusPixels: radius,
                    widthPixels: TextMetrics.widthPixels(of: text, fontSizePixels: Self.eventFontPixels),
                    heightPixels: Self.eventFontPixels * TextMetrics.boxHeightEm, priority: 800 - min(member.index, 99)))
                labelClasses[id] = "label label-event"
                labelFontPixels[id] = Self.eventFontPixels
            }
        }
    }

    /// Each claim as the geodesic from the place to the point measured to, sampled every few
    /// kilometres so it is drawn as the curve it is in the projection. Claims along the same
    /// line (one place, several statements of its distance) share one label of several lines.
    private mutating func drawClaims(_ claims: [MapClaim], viewport: MapViewport, frame: PixelRect) {
        var outside = 0
        var groups: [(start: PixelPoint, end: PixelPoint, pieces: [[PixelPoint]], members: [(index: Int, claim: MapClaim)])] = []
        // A claim joins the first group whose line starts and ends within a pixel of its own;
        // groups are looked up by where they start, so a corpus with thousands of claim lines
        // does not compare each with every group.
        var groupsByStart = PixelPointBuckets()
        for (index, claim) in claims.enumerated() {
            let line = Geodesic.wgs84.line(from: claim.from, to: claim.to)
            let steps = max(1, Int(line.lengthMeters / 2000))
            let points = (0...steps).map { line.position(atMeters: line.lengthMeters * Double($0) / Double(steps)).point }
            let pieces = viewport.pixels(points).flatMap { Clipping.clipPolyline($0, to: frame) }
            guard !pieces.isEmpty, let end = viewport.pixel(claim.to), let start = viewport.pixel(claim.from) else {
                outside += 1
                continue
            }
            let matches = { (group: Int) in groups[group].start.distance(to: start) < 1 && groups[group].end.distance(to: end) < 1 }
            if let at = groupsByStart.first(near: start, where: matches) {
                groups[at].members.append((index, claim))
            } else {
                groupsByStart.insert(groups.count, at: start)
                groups.append((start, end, pieces, [(index, claim)]))
            }
        }
        for group in groups {
            var lines: [(text: String, cls: String)] = []
            for (index, claim) in group.members {
                let key = claim.verdict.symbolKey
                claimElements.append(
                    "<path id=\"claim-\(index + 1)\" class=\"claim \(key)\" data-symbol=\"\(key)\" d=\"\(PathData.lines(group.pieces))\"/>")
                usedKeys.insert(key)
                lines.append((claim.label, "label-claim-\(claim.verdict.rawValue)"))
            }
            for piece in group.pieces {
                for i in piece.indices.dropLast() { segments.append(PixelSegment(piece[i], piece[i + 1])) }
            }
            let first = group.members[0]
            if frame.insetBy(3).contains(group.end) {
                let key = first.claim.verdict.symbolKey
                let box = PixelRect(center: group.end, radius: 3)
                claimElements.append(
                    "<circle class=\"claim-end \(key)\" cx=\"\(SVGText.number(group.end.x))\" cy=\"\(SVGText.number(group.end.y))\" r=\"2.6\" "
                        + "data-symbol=\"\(key)\" data-bbox=\"\(SVGText.box(box))\"/>")
                symbolBoxes.append(box)
            }
            let id = "claim-\(first.index + 1)"
            let middle = PixelPoint(x: (group.start.x + group.end.x) / 2, y: (group.start.y + group.end.y) / 2)
            let anchor = frame.contains(middle) ? middle : group.pieces[0][0]
            let width = lines.map { TextMetrics.widthPixels(of: $0.text, fontSizePixels: Self.claimFontPixels) }.max() ?? 0
            labelRequests.append(LabelRequest(
                id: id, text: lines.map(\.text).joined(separator: "; "), anchor: anchor, symbolRadiusPixels: 1,
                widthPixels: width, heightPixels: Self.claimFontPixels * TextMetrics.boxHeightEm * Double(lines.count),
                priority: 900 - min(first.index, 99)))
            labelClasses[id] = "label label-claim"
            labelFontPixels[id] = Self.claimFontPixels
            labelLines[id] = lines
        }
        if outside > 0 { notShown.append("Claims outside the map's extent: \(outside).") }
    }
}
