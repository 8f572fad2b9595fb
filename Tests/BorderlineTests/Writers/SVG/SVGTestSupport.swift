import Foundation
import Testing

@testable import Borderline

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Shared fixtures of the SVG tests: the package's gazetteer, the seed articles' content, and
/// a small DOM read back from the written SVG with XMLParser.
enum SVGFixtures {
    /// The package's gazetteer/ folder, found from this file's path.
    static let gazetteerDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("gazetteer/places.tsv")
            if FileManager.default.fileExists(atPath: candidate.path) { return url.appendingPathComponent("gazetteer").path }
        }
        return "gazetteer"
    }()

    static let gazetteer: Gazetteer = { try! Gazetteer.load(directory: gazetteerDirectory) }()
    static let baseMap: BaseMap = { try! BaseMap.load(gazetteerDirectory: gazetteerDirectory) }()

    /// A folder for the maps the tests write, to look at with check_svg (kept after the run).
    static let outputDirectory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("borderline-svg-tests")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func write(_ svg: String, name: String) {
        try? Data(svg.utf8).write(to: outputDirectory.appendingPathComponent(name))
    }

    static func place(_ id: Int, mentions: Int) -> MapPlace {
        let entry = gazetteer.place(geonameID: id)!
        return MapPlace(
            geonameID: id, name: entry.name, kind: entry.kind, coordinate: entry.coordinate, population: entry.population,
            mentionCount: mentions, distanceToBorderKm: gazetteer.distanceToBorder(from: entry.coordinate).distanceKm)
    }

    /// A claim from a place to its nearest point on the border, labelled with the measured distance.
    static func borderClaim(_ id: Int, stated: String, verdict: MapVerdict) -> MapClaim {
        let entry = gazetteer.place(geonameID: id)!
        let nearest = gazetteer.distanceToBorder(from: entry.coordinate)
        let measured = FixedDecimal.format(nearest.distanceKm, decimals: 0)
        return MapClaim(from: entry.coordinate, to: nearest.point, verdict: verdict, label: "stated \(stated), measured \(measured) km")
    }

    static let belgorod = 578072, kursk = 538560, sudzha = 486816, kharkiv = 706483, kyiv = 703448, shebekino = 495112
    static let simferopol = 693805

    /// What the four seed articles say, as the pipeline would hand it to the map writer: the
    /// places they name (GeoNames, from the real gazetteer), the distance claims they make and
    /// the events they report.
    static var seedContent: MapContent {
        let belgorodPoint = gazetteer.place(geonameID: belgorod)!.coordinate
        let sudzhaPoint = gazetteer.place(geonameID: sudzha)!.coordinate
        let kharkivPoint = gazetteer.place(geonameID: kharkiv)!.coordinate
        let kurskPoint = gazetteer.place(geonameID: kursk)!.coordinate
        let belgorodKharkiv = FixedDecimal.format(
            Geodesic.wgs84.distanceMeters(from: belgorodPoint, to: kharkivPoint) / 1000, decimals: 0)
        return MapContent(
            title: "Border region: places, claims and events",
            subtitle: "4 articles from seeds/",
            dateRange: "2022-04-01 – 2024-08-07",
            places: [
                place(belgorod, mentions: 14), place(kursk, mentions: 3), place(sudzha, mentions: 1),
                place(kharkiv, mentions: 1), place(kyiv, mentions: 4),
            ],
            claims: [
                borderClaim(belgorod, stated: "20 mi (32 km)", verdict: .consistent),
                borderClaim(belgorod, stated: "40 km", verdict: .consistent),
                borderClaim(belgorod, stated: "25 mi (40 km)", verdict: .consistent),
                borderClaim(sudzha, stated: "10 km from the frontline", verdict: .unverifiable),
                MapClaim(
                    from: belgorodPoint, to: kharkivPoint, verdict: .consistent,
                    label: "stated 50 mi (80 km) to Kharkiv, measured \(belgorodKharkiv) km"),
            ],
            events: [
                MapEvent(coordinate: belgorodPoint, type: "explosion", label: "Explosions over Belgorod"),
                MapEvent(coordinate: belgorodPoint, type: "missile_strike", label: "Missile attack, 2023-12-30"),
                MapEvent(coordinate: belgorodPoint, type: "air_strike", label: "Helicopter strike on fuel depot"),
                MapEvent(coordinate: sudzhaPoint, type: "incursion", label: "Incursion near Sudzha"),
                MapEvent(coordinate: kurskPoint, type: "drone_attack", label: "Drones shot down over Kursk region"),
            ])
    }
}

/// An element of the parsed SVG.
final class SVGNode {
    let name: String
    let attributes: [String: String]
    weak var parent: SVGNode?
    var children: [SVGNode] = []
    var text = ""

    init(name: String, attributes: [String: String], parent: SVGNode?) {
        self.name = name
        self.attributes = attributes
        self.parent = parent
    }

    /// This node and every node below it, in document order.
    var all: [SVGNode] { [self] + children.flatMap(\.all) }

    /// All text below this node.
    var allText: String { text + children.map(\.allText).joined() }

    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    func hasAncestor(id: String) -> Bool {
        var node = parent
        while let current = node {
            if current.attributes["id"] == id { return true }
            node = current.parent
        }
        return false
    }

    /// The `data-bbox` rectangle, when there is one.
    var box: PixelRect? {
        guard let numbers = attributes["data-bbox"]?.split(separator: " ").compactMap({ Double($0) }), numbers.count == 4 else {
            return nil
        }
        return PixelRect(x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3])
    }
}

/// Reads an SVG text into `SVGNode`s with FoundationXML's XMLParser (no network, no entities).
final class SVGReader: NSObject, XMLParserDelegate {
    private(set) var root: SVGNode?
    private var stack: [SVGNode] = []
    private(set) var error: Error?

    static func parse(_ text: String) throws -> SVGNode {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = reader
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = reader.root else {
            throw reader.error ?? parser.parserError ?? CocoaError(.fileReadCorruptFile)
        }
        return root
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let node = SVGNode(name: elementName, attributes: attributes, parent: stack.last)
        if let parent = stack.last { parent.children.append(node) } else { root = node }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }
}

/// The checks every written map must pass, whatever its content and size.
enum SVGInvariants {
    /// Parses `svg` and records an issue for each broken rule: well-formedness, safety,
    /// label overlaps, labels on symbols, labels outside the frame, unused legend entries.
    @discardableResult
    static func check(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> SVGNode {
        let root = try SVGReader.parse(svg)
        #expect(root.name == "svg", sourceLocation: sourceLocation)
        #expect(root.attributes["viewBox"] != nil, sourceLocation: sourceLocation)
        let all = root.all
        #expect(!all.contains { ["script", "foreignObject", "iframe", "object", "embed"].contains($0.name) }, sourceLocation: sourceLocation)
        for node in all {
            for (key, value) in node.attributes {
                #expect(!key.lowercased().hasPrefix("on"), "event attribute \(key)", sourceLocation: sourceLocation)
                if value.contains("url(") { #expect(value.contains("url(#"), sourceLocation: sourceLocation) }
                if key.hasSuffix("href") { #expect(value.hasPrefix("#"), sourceLocation: sourceLocation) }
            }
        }
        let labels = all.filter { $0.name == "text" && $0.classes.contains("label") }
        let symbols = all.filter { $0.attributes["data-symbol"] != nil && $0.attributes["data-bbox"] != nil }
        let frame = root.box(attribute: "data-map-frame")
        for (i, label) in labels.enumerated() {
            guard let box = label.box else {
                Issue.record("label \(label.allText) has no data-bbox", sourceLocation: sourceLocation)
                continue
            }
            if let frame { #expect(frame.contains(box), "\(label.allText) outside the frame", sourceLocation: sourceLocation) }
            for other in labels[(i + 1)...] where other.box.map(box.intersects) == true {
                Issue.record("labels overlap: \(label.allText) / \(other.allText)", sourceLocation: sourceLocation)
            }
            for symbol in symbols where symbol.box.map(box.intersects) == true {
                Issue.record("label \(label.allText) covers \(symbol.attributes["data-symbol"]!)", sourceLocation: sourceLocation)
            }
        }
        let used = Set(all.filter { !$0.hasAncestor(id: "layer-legend") }.compactMap { $0.attributes["data-symbol"] })
        for key in all.compactMap({ $0.attributes["data-legend"] }) where !used.contains(key) {
            Issue.record("legend entry \(key) is not used on the map", sourceLocation: sourceLocation)
        }
        return root
    }

    /// The texts of the notes panel, joined.
    static func notes(_ root: SVGNode) -> String {
        root.all.first { $0.attributes["id"] == "layer-notes" }?.all.filter { $0.name == "text" }.map(\.allText)
            .joined(separator: " ") ?? ""
    }

    /// The legend's keys, in order.
    static func legendKeys(_ root: SVGNode) -> [String] {
        root.all.compactMap { $0.attributes["data-legend"] }
    }
}
