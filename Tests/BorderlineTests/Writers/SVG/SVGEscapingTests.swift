import Foundation
import Testing

@testable import Borderline

@Suite("SVG escaping of article text")
struct SVGEscapingTests {
    static let hostileTitle = "Strikes & \"raids\" <near> the 'border' </svg><script>alert(1)</script>"
    static let hostileName = "Sudzha & <Co> \"Ltd\" </svg><script>alert('x')</script>"
    static let hostileEvent = "</text><script src=\"https://evil.example/x.js\"></script> & more"
    static let hostileClaim = "stated < 10 km & > 5 km, measured \"12\" km"

    @Test("escape turns markup characters into entities and drops characters XML forbids")
    func escapeFunction() {
        #expect(SVGText.escape("a < b & c > d \"e\" 'f'") == "a &lt; b &amp; c &gt; d &quot;e&quot; &apos;f&apos;")
        #expect(SVGText.escape("</svg><script>") == "&lt;/svg&gt;&lt;script&gt;")
        #expect(SVGText.escape("bell\u{07}null\u{0}") == "bell\u{FFFD}null\u{FFFD}")
        #expect(SVGText.escape("line\nbreak") == "line break")
        #expect(SVGText.escape("Харків – Kharkiv") == "Харків – Kharkiv")
    }

    @Test("hostile titles, place names, event and claim labels come out as text, not markup")
    func hostileContent() throws {
        let sudzha = SVGFixtures.gazetteer.place(geonameID: SVGFixtures.sudzha)!
        let nearest = SVGFixtures.gazetteer.distanceToBorder(from: sudzha.coordinate)
        let content = MapContent(
            title: Self.hostileTitle, subtitle: "]]> <![CDATA[ x ]]> \u{07}", dateRange: "2024-08-06 & later",
            places: [
                MapPlace(
                    geonameID: sudzha.geonameID, name: Self.hostileName, kind: .place, coordinate: sudzha.coordinate,
                    population: sudzha.population, mentionCount: 3)
            ],
            claims: [MapClaim(from: sudzha.coordinate, to: nearest.point, verdict: .inconsistent, label: Self.hostileClaim)],
            events: [MapEvent(coordinate: sudzha.coordinate, type: "<b>shelling</b>", label: Self.hostileEvent)])
        let svg = try SVGMapWriter.render(content, baseMap: SVGFixtures.baseMap, options: SVGMapOptions())
        SVGFixtures.write(svg, name: "hostile.svg")
        let root = try SVGInvariants.check(svg)

        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains("evil.example/x.js\""))
        #expect(root.children.first { $0.name == "title" }?.allText == Self.hostileTitle)
        let texts = root.all.filter { $0.name == "text" }.map(\.allText)
        #expect(texts.contains(Self.hostileTitle))
        #expect(texts.contains(Self.hostileName))
        #expect(texts.contains(Self.hostileEvent))
        #expect(texts.contains(Self.hostileClaim))
        #expect(root.all.contains { $0.attributes["data-name"] == Self.hostileName })
        #expect(root.all.contains { $0.attributes["data-type"] == "<b>shelling</b>" })
        #expect(root.all.first { $0.name == "desc" }?.allText.contains("2024-08-06 & later") == true)
    }

    @Test("a title given in the options is escaped too and replaces the content's")
    func optionTitle() throws {
        let options = SVGMapOptions(title: "A & B <script>", subtitle: "\"quoted\"")
        let svg = try SVGMapWriter.render(SVGFixtures.seedContent, baseMap: SVGFixtures.baseMap, options: options)
        let root = try SVGReader.parse(svg)
        #expect(root.children.first { $0.name == "title" }?.allText == "A & B <script>")
        #expect(root.all.first { $0.classes.contains("subtitle") }?.allText.hasPrefix("\"quoted\"") == true)
        #expect(svg.contains("A &amp; B &lt;script&gt;"))
    }
}
