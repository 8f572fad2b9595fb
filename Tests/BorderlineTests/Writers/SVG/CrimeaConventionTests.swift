import Foundation
import Testing

@testable import Borderline

@Suite("Crimea on the SVG map")
struct CrimeaConventionTests {
    /// A box around Crimea and the Sea of Azov.
    static let crimeaBox = try! GeoBoundingBox(west: 32, south: 44.2, east: 38, north: 47.4)

    static var content: MapContent {
        let simferopol = SVGFixtures.place(SVGFixtures.simferopol, mentions: 2)
        return MapContent(title: "Crimea", subtitle: "test", places: [simferopol])
    }

    /// Even–odd point in polygon in longitude/latitude.
    static func contains(_ rings: [[GeoPoint]], _ point: GeoPoint) -> Bool {
        var inside = false
        for ring in rings {
            var previous = ring[ring.count - 1]
            for current in ring {
                if (current.latitude > point.latitude) != (previous.latitude > point.latitude) {
                    let lon = current.longitude + (point.latitude - current.latitude)
                        * (previous.longitude - current.longitude) / (previous.latitude - current.latitude)
                    if point.longitude < lon { inside.toggle() }
                }
                previous = current
            }
        }
        return inside
    }

    @Test("Natural Earth's Russia polygon holds Crimea as a separate part, the one containing Simferopol")
    func crimeaPart() throws {
        let baseMap = SVGFixtures.baseMap
        let index = try #require(baseMap.crimeaPolygonIndex)
        let russia = try #require(baseMap.countries.first { $0.adm0A3 == "RUS" })
        let simferopol = try #require(SVGFixtures.gazetteer.place(geonameID: SVGFixtures.simferopol))
        #expect(Self.contains(russia.polygons[index], simferopol.coordinate))
        let (recognised, crimea) = baseMap.applying(.internationallyRecognised)
        #expect(crimea != nil)
        let ukraine = try #require(recognised.countries.first { $0.adm0A3 == "UKR" })
        #expect(ukraine.polygons.contains { Self.contains($0, simferopol.coordinate) })
        let russiaAfter = try #require(recognised.countries.first { $0.adm0A3 == "RUS" })
        #expect(!russiaAfter.polygons.contains { Self.contains($0, simferopol.coordinate) })
        let (deFacto, _) = baseMap.applying(.deFacto)
        #expect(deFacto.countries == baseMap.countries)
    }

    @Test("recognised borders: Crimea in Ukraine's colour, hatched, in the legend and the notes")
    func recognised() throws {
        let options = SVGMapOptions(boundingBox: Self.crimeaBox)
        let svg = try SVGMapWriter.render(Self.content, baseMap: SVGFixtures.baseMap, options: options)
        SVGFixtures.write(svg, name: "crimea-recognised.svg")
        let root = try SVGInvariants.check(svg)
        #expect(root.all.contains { $0.classes.contains("crimea-occupied") })
        #expect(root.all.contains { $0.name == "pattern" && $0.attributes["id"] == "crimea-hatch" })
        #expect(SVGInvariants.legendKeys(root).contains("crimea-occupied"))
        let legendText = root.all.first { $0.attributes["data-legend"] == "crimea-occupied" }?.allText ?? ""
        #expect(legendText.contains("Crimea: Russian-occupied"))
        #expect(SVGInvariants.notes(root).contains("internationally recognised"))
        #expect(!SVGInvariants.legendKeys(root).contains("crimea-line"))
    }

    @Test("de facto borders: Crimea in Russia's colour, the administrative line drawn, the notes say so")
    func deFacto() throws {
        let options = SVGMapOptions(boundingBox: Self.crimeaBox, crimeaConvention: .deFacto)
        let svg = try SVGMapWriter.render(Self.content, baseMap: SVGFixtures.baseMap, options: options)
        SVGFixtures.write(svg, name: "crimea-de-facto.svg")
        let root = try SVGInvariants.check(svg)
        #expect(!root.all.contains { $0.classes.contains("crimea-occupied") })
        #expect(SVGInvariants.legendKeys(root).contains("crimea-line"))
        #expect(SVGInvariants.notes(root).contains("de facto"))
    }
}
