import Foundation
import Testing

@testable import Borderline

@Suite("SVG map options, projection, extent and page sizes")
struct SVGMapOptionsTests {
    @Test("the projection is a Lambert conformal conic with standard parallels at 1/6 and 5/6 of the span")
    func projection() throws {
        let box = try GeoBoundingBox(west: 30, south: 48, east: 40, north: 54)
        let projection = MapProjection(fitting: box)
        #expect(projection.standardParallel1Degrees == 49)
        #expect(projection.standardParallel2Degrees == 53)
        #expect(projection.originLatitudeDegrees == 51)
        #expect(projection.centralMeridianDegrees == 35)
        #expect(projection.projString.hasPrefix("+proj=lcc +lat_1=49 +lat_2=53 +lat_0=51 +lon_0=35"))
        #expect(projection.name.contains("Lambert conformal conic"))
        // PROJ accepts it, and the centre projects to the origin.
        let (x, y) = try projection.makeTransform().forward(GeoPoint(latitude: 51, longitude: 35))
        #expect(abs(x) < 1e-6 && abs(y) < 1e-6)
    }

    @Test("--bbox text parses, and bad boxes are refused with a message saying what is wrong")
    func boundingBox() throws {
        let box = try GeoBoundingBox(parsing: "33, 49.5,40,53")
        #expect(box.west == 33 && box.south == 49.5 && box.east == 40 && box.north == 53)
        #expect(throws: SVGMapError.self) { try GeoBoundingBox(parsing: "33,49,40") }
        #expect(throws: SVGMapError.self) { try GeoBoundingBox(parsing: "40,49,33,53") }
        #expect(throws: SVGMapError.self) { try GeoBoundingBox(parsing: "33,49,40,95") }
        do {
            _ = try GeoBoundingBox(parsing: "a,b,c,d")
        } catch let error as SVGMapError {
            #expect(error.description.contains("west,south,east,north"))
        }
    }

    @Test("a small extent grows to 300 km and stays inside the base map's region")
    func extentMinimum() {
        let belgorod = GeoPoint(latitude: 50.59543, longitude: 36.58715)
        let fallback = MapExtent.baseMapRegion
        let box = MapExtent.fitting([belgorod], fallback: fallback)
        #expect(box.contains(belgorod))
        let widthKm = Geodesic.wgs84.distanceMeters(
            from: GeoPoint(latitude: 50.59543, longitude: box.west), to: GeoPoint(latitude: 50.59543, longitude: box.east)) / 1000
        #expect(abs(widthKm - 300) < 1)
        let corner = MapExtent.fitting([GeoPoint(latitude: 59.9, longitude: 49.9)], fallback: fallback)
        #expect(corner.north <= 60 && corner.east <= 50)
        #expect(MapExtent.fitting([], fallback: fallback) == fallback)
    }

    @Test("paper presets have the sizes of A4 and Letter at 96 px per inch")
    func paper() throws {
        #expect(PaperSize.a4Landscape.sizePixels == (1123, 794))
        #expect(PaperSize.letterLandscape.sizePixels == (1056, 816))
        #expect(try PaperSize(named: "A4-Portrait") == .a4Portrait)
        #expect(throws: SVGMapError.self) { try PaperSize(named: "a3") }
        let options = SVGMapOptions(paper: .letterPortrait)
        #expect(options.widthPixels == 816 && options.heightPixels == 1056)
    }

    @Test("every paper preset gives a map that keeps its labels apart and off the symbols")
    func presets() throws {
        for paper in PaperSize.allCases {
            let svg = try SVGMapWriter.render(SVGFixtures.seedContent, baseMap: SVGFixtures.baseMap, options: SVGMapOptions(paper: paper))
            SVGFixtures.write(svg, name: "overview-\(paper.rawValue).svg")
            let root = try SVGInvariants.check(svg)
            let (w, h) = paper.sizePixels
            #expect(root.attributes["viewBox"] == "0 0 \(w) \(h)")
        }
    }

    @Test("a page too small for a map is refused")
    func tooSmall() {
        #expect(throws: SVGMapError.pageTooSmall(widthPixels: 300, heightPixels: 200)) {
            try SVGMapWriter.render(
                SVGFixtures.seedContent, baseMap: SVGFixtures.baseMap, options: SVGMapOptions(widthPixels: 300, heightPixels: 200))
        }
    }

    @Test("a missing base-map file is named in the error")
    func missingBaseMap() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("borderline-empty-gazetteer").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        do {
            _ = try BaseMap.load(gazetteerDirectory: folder)
            Issue.record("expected an error")
        } catch let error as SVGMapError {
            #expect(error.description.contains("basemap/countries.geojson"))
        }
    }

    @Test("the overview and one map per document, each fitted to its own data")
    func perDocument() throws {
        let seeds = SVGFixtures.seedContent
        let sudzhaOnly = MapContent(
            title: "002", subtitle: "one article", places: [SVGFixtures.place(SVGFixtures.sudzha, mentions: 2)],
            events: [seeds.events[3]])
        let files = try SVGMapWriter.renderAll(
            overview: seeds, documents: [(id: "002_8c53604bdc8ae853", content: sudzhaOnly), (id: "a/b c", content: sudzhaOnly)],
            baseMap: SVGFixtures.baseMap)
        #expect(files.map(\.fileName) == ["map.svg", "map-002_8c53604bdc8ae853.svg", "map-a_b_c.svg"])
        for file in files { try SVGInvariants.check(file.svg) }
        let overviewCRS = try SVGReader.parse(files[0].svg).attributes["data-crs"]
        let documentCRS = try SVGReader.parse(files[1].svg).attributes["data-crs"]
        #expect(overviewCRS != documentCRS)
    }
}
