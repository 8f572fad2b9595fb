import Foundation
import Testing

@testable import Borderline

/// The overview map of the seed articles, read back from the SVG file itself.
@Suite("SVG map writer")
struct SVGMapWriterTests {
    /// Rendered once for all the tests of the suite.
    nonisolated(unsafe) static let rendered: (svg: String, root: SVGNode) = {
        let svg = try! SVGMapWriter.render(SVGFixtures.seedContent, baseMap: SVGFixtures.baseMap, options: SVGMapOptions())
        SVGFixtures.write(svg, name: "overview.svg")
        return (svg, try! SVGReader.parse(svg))
    }()

    var svg: String { Self.rendered.svg }
    var root: SVGNode { Self.rendered.root }

    private var labels: [SVGNode] {
        root.all.filter { $0.name == "text" && $0.classes.contains("label") }
    }

    private var symbols: [SVGNode] {
        root.all.filter { $0.attributes["data-symbol"] != nil && $0.attributes["data-bbox"] != nil }
    }

    @Test("the file is a well-formed SVG with size, viewBox, title, description and editor layers")
    func wellFormed() throws {
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["viewBox"] == "0 0 1123 794")
        #expect(root.attributes["width"] == "1123" && root.attributes["height"] == "794")
        #expect(root.children.first?.name == "title")
        #expect(root.children.first?.allText == "Border region: places, claims and events")
        let desc = try #require(root.children.first { $0.name == "desc" })
        #expect(desc.allText.contains("Lambert conformal conic"))
        let layers = root.all.filter { $0.attributes["inkscape:groupmode"] == "layer" }.compactMap { $0.attributes["id"] }
        for id in ["layer-land", "layer-rivers", "layer-border", "layer-places", "layer-events", "layer-claims", "layer-labels", "layer-legend"] {
            #expect(layers.contains(id), "missing layer \(id)")
        }
        #expect(root.attributes["font-family"]?.contains("DejaVu Sans") == true)
        #expect(root.attributes["font-family"]?.hasSuffix("sans-serif") == true)
        #expect(svg.contains("<style"))
    }

    @Test("no scripts, event attributes, foreign objects or external references")
    func safe() {
        let names = Set(root.all.map { $0.name.lowercased() })
        #expect(!names.contains("script") && !names.contains("foreignobject") && !names.contains("iframe"))
        for node in root.all {
            for (key, value) in node.attributes {
                #expect(!key.lowercased().hasPrefix("on"), "event attribute \(key)")
                if key.hasSuffix("href") || key == "src" { #expect(value.hasPrefix("#"), "external \(key)=\(value)") }
                if value.contains("url(") { #expect(value.contains("url(#"), "external url in \(key)") }
            }
        }
        let lower = svg.lowercased()
        for bad in ["<script", "javascript:", "http://www.w3.org/1999/xhtml", "@import", "<!entity", "file:"] {
            #expect(!lower.contains(bad), "found \(bad)")
        }
        // The only http(s) strings are the two namespace names.
        let urls = lower.components(separatedBy: "http").count - 1
        #expect(urls == 2)
    }

    @Test("no two label boxes overlap, and every label lies inside the map frame")
    func labelsApart() throws {
        let boxes = labels.compactMap(\.box)
        #expect(boxes.count == labels.count)
        #expect(boxes.count >= 8)
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                #expect(!boxes[i].intersects(boxes[j]), "\(labels[i].allText) overlaps \(labels[j].allText)")
            }
        }
        let frame = try #require(root.box(attribute: "data-map-frame"))
        for (label, box) in zip(labels, boxes) {
            #expect(frame.contains(box), "\(label.allText) leaves the frame")
        }
    }

    @Test("no label covers a symbol")
    func labelsOffSymbols() {
        let symbolBoxes = symbols.compactMap(\.box)
        #expect(symbolBoxes.count >= 10)
        for label in labels {
            let box = label.box!
            for (symbol, symbolBox) in zip(symbols, symbolBoxes) {
                #expect(!box.intersects(symbolBox), "\(label.allText) covers \(symbol.attributes["data-symbol"]!)")
            }
        }
    }

    @Test("every place of the seeds is drawn and labelled")
    func placesLabelled() {
        let labelled = Set(labels.compactMap { $0.attributes["data-for"] })
        for id in [SVGFixtures.belgorod, SVGFixtures.kursk, SVGFixtures.sudzha, SVGFixtures.kharkiv] {
            #expect(root.all.contains { $0.attributes["id"] == "place-\(id)" })
            #expect(labelled.contains("place-\(id)"))
        }
    }

    @Test("every symbol in the legend is used on the map, and the data's symbols are in the legend")
    func legendMatchesMap() throws {
        let legend = try #require(root.all.first { $0.attributes["id"] == "layer-legend" })
        let legendKeys = legend.all.compactMap { $0.attributes["data-legend"] }
        #expect(Set(legendKeys).count == legendKeys.count)
        let used = Set(root.all.filter { !$0.hasAncestor(id: "layer-legend") }.compactMap { $0.attributes["data-symbol"] })
        for key in legendKeys { #expect(used.contains(key), "legend shows \(key), which the map does not use") }
        for key in used where key.hasPrefix("place-") || key.hasPrefix("event-") || key.hasPrefix("claim-") || key == "border" {
            #expect(legendKeys.contains(key), "\(key) is drawn but not in the legend")
        }
        #expect(legendKeys.contains("event-explosion") && legendKeys.contains("claim-unverifiable"))
        #expect(!legendKeys.contains("claim-inconsistent"))
        #expect(!legendKeys.contains("event-shelling"))
    }

    @Test("the scale bars match geodesic distances computed with PROJ within 1 %")
    func scaleBar() throws {
        let crs = try #require(root.attributes["data-crs"])
        let affine = try #require(root.attributes["data-pixel-to-crs"]?.split(separator: " ").compactMap { Double($0) })
        let frame = try #require(root.box(attribute: "data-map-frame"))
        #expect(crs.hasPrefix("+proj=lcc"))
        let transform = try CoordinateTransform(target: crs)
        for (id, metresPerUnit) in [("scale-bar-km", 1000.0), ("scale-bar-mi", 1609.344)] {
            let bar = try #require(root.all.first { $0.attributes["id"] == id })
            let length = try #require(bar.attributes["data-length"].flatMap(Double.init))
            let pixels = try #require(bar.attributes["data-length-pixels"].flatMap(Double.init))
            // The bar as drawn: its segments add up to the length recorded.
            let drawn = bar.children.filter { $0.name == "rect" }.compactMap { $0.attributes["width"].flatMap(Double.init) }.reduce(0, +)
            #expect(abs(drawn - pixels) < 0.05)
            #expect(pixels > 60 && pixels < 200)
            // Lay the bar across the map's centre and measure it on the ellipsoid.
            let centre = frame.center
            let x0 = affine[0] + (centre.x - pixels / 2) * affine[2], x1 = affine[0] + (centre.x + pixels / 2) * affine[2]
            let y = affine[1] - centre.y * affine[2]
            let west = try transform.inverse(x: x0, y: y), east = try transform.inverse(x: x1, y: y)
            let geodesicMetres = Geodesic.wgs84.distanceMeters(from: west, to: east)
            let ratio = geodesicMetres / (length * metresPerUnit)
            #expect(abs(ratio - 1) < 0.01, "\(id): \(length) stands for \(geodesicMetres) m")
        }
    }

    @Test("notes name the projection, the Crimea convention, the period and the attribution")
    func notes() throws {
        let notes = try #require(root.all.first { $0.attributes["id"] == "layer-notes" }).all
            .filter { $0.name == "text" }.map(\.allText).joined(separator: " ")
        #expect(notes.contains("Lambert conformal conic"))
        #expect(notes.contains("internationally recognised"))
        #expect(notes.contains("2022-04-01"))
        #expect(notes.contains("GeoNames"))
        #expect(notes.contains("Natural Earth"))
        let subtitle = root.all.first { $0.classes.contains("subtitle") }?.allText ?? ""
        #expect(subtitle.contains("2022-04-01 – 2024-08-07"))
    }

    @Test("the extent fits the data with a margin and is at least 300 km across")
    func extent() throws {
        let box = SVGMapWriter.defaultExtent(SVGFixtures.seedContent, baseMap: SVGFixtures.baseMap)
        for place in SVGFixtures.seedContent.places { #expect(box.contains(place.coordinate)) }
        let middle = box.centre
        let widthKm = Geodesic.wgs84.distanceMeters(
            from: GeoPoint(latitude: middle.latitude, longitude: box.west),
            to: GeoPoint(latitude: middle.latitude, longitude: box.east)) / 1000
        #expect(widthKm >= 300)
        #expect(MapExtent.baseMapRegion.contains(GeoPoint(latitude: box.south, longitude: box.west)))
    }

    @Test("in a crowded map labels are left out, least important first, and every one is listed in the notes")
    func droppedLabelsListed() throws {
        let box = try GeoBoundingBox(west: 34, south: 49.5, east: 38.5, north: 52)
        let crowd = SVGFixtures.gazetteer.places
            .filter { $0.kind == .place && $0.population >= 5_000 && box.contains($0.coordinate) }
            .map { SVGFixtures.place($0.geonameID, mentions: $0.population >= 200_000 ? 3 : 1) }
        #expect(crowd.count > 80)
        let content = MapContent(title: "Crowd", subtitle: "every town over 5,000", places: crowd)
        let svg = try SVGMapWriter.render(content, baseMap: SVGFixtures.baseMap, options: SVGMapOptions(boundingBox: box))
        SVGFixtures.write(svg, name: "crowd.svg")
        let root = try SVGInvariants.check(svg)
        let labelled = Set(root.all.compactMap { $0.name == "text" ? $0.attributes["data-for"] : nil })
        let unlabelled = crowd.filter { !labelled.contains("place-\($0.geonameID)") }
        #expect(!unlabelled.isEmpty)
        let desc = root.children.first { $0.name == "desc" }?.allText ?? ""
        let notes = SVGInvariants.notes(root)
        #expect(notes.contains("Labels left out for lack of space"))
        for place in unlabelled {
            #expect(desc.contains("\(place.name) (place)"), "\(place.name) dropped silently")
        }
        // The biggest towns keep their labels.
        for place in crowd where place.population >= 300_000 {
            #expect(labelled.contains("place-\(place.geonameID)"), "\(place.name) lost its label")
        }
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        let again = try SVGMapWriter.render(SVGFixtures.seedContent, baseMap: SVGFixtures.baseMap, options: SVGMapOptions())
        #expect(again == svg)
    }
}

extension SVGNode {
    func box(attribute: String) -> PixelRect? {
        guard let numbers = attributes[attribute]?.split(separator: " ").compactMap({ Double($0) }), numbers.count == 4 else { return nil }
        return PixelRect(x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3])
    }
}
