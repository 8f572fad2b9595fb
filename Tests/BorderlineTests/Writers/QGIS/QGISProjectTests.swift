import Foundation
import Testing
@testable import Borderline

@Suite struct QGISProjectTests {
    static func layer(_ name: String, _ geometry: String, _ style: LayerStyle, _ extent: GeoExtent) -> QGISProject.Layer {
        QGISProject.Layer(schema: LayerSchema(name: name, geometryType: geometry, fields: []), fileName: name + ".geojson",
                          style: style, extent: extent)
    }

    static let layers = [
        layer("border", "MultiLineString", .border(), GeoExtent(west: 31.76, south: 45.71, east: 40.16, north: 52.37)),
        layer("places", "Point", .places(), GeoExtent(west: 30.31, south: 41.69, east: 44.83, north: 59.94)),
        layer("claims", "LineString", .claims(), GeoExtent(west: 33, south: 49, east: 38, north: 52)),
        layer("events", "Point", .events(types: [("shelling", "Shelling")]), GeoExtent(west: 34, south: 50, east: 37, north: 51)),
    ]

    @Test func layersAreDrawnEventsAndPlacesOnTopBorderAtTheBottom() throws {
        let xml = try XMLParsing.document(QGISProject(crs: .wgs84).text(layers: Self.layers, canvasExtent: nil))
        #expect(try XMLParsing.values(xml, "/qgis/layer-tree-group/layer-tree-layer/@name") == ["events", "places", "claims", "border"])
        #expect(try XMLParsing.values(xml, "/qgis/projectlayers/maplayer/datasource")
                == ["./events.geojson", "./places.geojson", "./claims.geojson", "./border.geojson"])
        #expect(try XMLParsing.values(xml, "/qgis/projectlayers/maplayer/provider") == ["ogr", "ogr", "ogr", "ogr"])
        #expect(try XMLParsing.values(xml, "/qgis/projectlayers/maplayer/srs/spatialrefsys/authid") == Array(repeating: "EPSG:4326", count: 4))
        #expect(try XMLParsing.values(xml, "/qgis/projectlayers/maplayer/renderer-v2/@attr") == ["type", "kind", "verdict", "kind"])
        #expect(try XMLParsing.values(xml, "/qgis/projectlayers/maplayer/@labelsEnabled") == ["0", "1", "1", "0"])
        #expect(try XMLParsing.values(xml, "/qgis/properties/Paths/Absolute") == ["false"])
    }

    @Test func otherLayersFollowBorderlinesWithinTheirGeometryFamily() {
        let extra = Self.layer("roads", "LineString", .claims(), GeoExtent(west: 33, south: 49, east: 38, north: 52))
        let order = QGISProject.drawingOrder([extra] + Self.layers)
        #expect(order.map(\.schema.name) == ["events", "places", "claims", "border", "roads"])
    }

    @Test func geographicCanvasIsThePaddedUnionOfTheLayerExtents() throws {
        let project = QGISProject(crs: .wgs84)
        let extent = try #require(try project.canvasExtent(of: Self.layers))
        let (width, height) = (44.83 - 30.31, 59.94 - 41.69)
        #expect(abs(extent[0] - (30.31 - 0.05 * width)) < 1e-6 && abs(extent[3] - (59.94 + 0.05 * height)) < 1e-6)
        let xml = try XMLParsing.document(project.text(layers: Self.layers, canvasExtent: extent))
        #expect(try XMLParsing.values(xml, "/qgis/projectCrs/spatialrefsys/authid") == ["EPSG:4326"])
        #expect(try XMLParsing.values(xml, "/qgis/mapcanvas/units") == ["degrees"])
        #expect(try XMLParsing.values(xml, "/qgis/ProjectViewSettings/DefaultViewExtent/@xmin") == [FixedDecimal.compact(extent[0], maxDecimals: 6)])
    }

    @Test func projectedCanvasContainsEveryLayerCorner() throws {
        let project = QGISProject(crs: .laeaEurope)
        let extent = try #require(try project.canvasExtent(of: Self.layers))
        let transform = try CoordinateTransform(target: "EPSG:3035")
        for layer in Self.layers {
            let box = try #require(layer.extent)
            for point in box.boundaryPoints(perEdge: 4) {
                let (x, y) = try transform.forward(point)
                #expect(x > extent[0] && x < extent[2] && y > extent[1] && y < extent[3])
            }
        }
        let xml = try XMLParsing.document(project.text(layers: Self.layers, canvasExtent: extent))
        #expect(try XMLParsing.values(xml, "/qgis/projectCrs/spatialrefsys/authid") == ["EPSG:3035"])
        #expect(try XMLParsing.values(xml, "/qgis/mapcanvas/units") == ["meters"])
    }

    @Test func noLayerWithAnExtentMeansNoCanvasExtent() throws {
        #expect(try QGISProject().canvasExtent(of: []) == nil)
    }
}
