/// A QGIS project file (.qgs) that opens every Borderline layer, styled, in drawing order,
/// over nothing else.
///
/// Data sources are relative (`./places.geojson`) and the project says so (`Paths/Absolute`
/// false), so the output folder can be moved, zipped or shared and the project still finds its
/// layers. Each layer's renderer and labels are embedded (a project does not read .qml files),
/// and the canvas opens on the union of the layers' extents.
public struct QGISProject: Sendable {
    /// One layer of the project.
    public struct Layer: Sendable, Hashable {
        public var schema: LayerSchema
        /// The file name relative to the project file ("places.geojson").
        public var fileName: String
        public var style: LayerStyle
        /// The layer's extent, nil when the layer is empty.
        public var extent: GeoExtent?
        /// The name shown in the Layers panel (default: the schema name).
        public var title: String

        public init(schema: LayerSchema, fileName: String, style: LayerStyle, extent: GeoExtent?, title: String? = nil) {
            self.schema = schema
            self.fileName = fileName
            self.style = style
            self.extent = extent
            self.title = title ?? schema.name
        }

        /// The layer's id in the project: stable, so the same output gives the same bytes.
        var id: String { "borderline_" + schema.name }
    }

    public var title: String
    public var crs: ProjectCRS

    /// A project titled `title`, drawn in `crs` (the layers themselves stay WGS 84).
    public init(title: String = "Borderline", crs: ProjectCRS = .laeaEurope) {
        self.title = title
        self.crs = crs
    }

    /// Points over lines over polygons; within a family Borderline's layers in the order of
    /// `layerOrder` (events above places, claims above the border), then any other layer in the
    /// order given.
    public static func drawingOrder(_ layers: [Layer]) -> [Layer] {
        let family: [StyleGeometry: Int] = [.point: 0, .line: 1, .polygon: 2]
        func key(_ item: (offset: Int, element: Layer)) -> (Int, Int, Int) {
            (family[item.element.style.geometry]!, layerOrder.firstIndex(of: item.element.schema.name) ?? layerOrder.count,
             item.offset)
        }
        return layers.enumerated().sorted { key($0) < key($1) }.map(\.element)
    }

    /// Borderline's layer names, top first: events on places, both over the claim lines, the
    /// border line at the bottom, so it never hides what is measured to it.
    public static let layerOrder = ["events", "places", "claims", "border"]

    /// The text of the .qgs file for `layers`, ending in a newline.
    /// - Parameters:
    ///   - layers: the layers, in any order (they are drawn in `drawingOrder`).
    ///   - canvasExtent: the extent to open on, in the project CRS, as
    ///     (xmin, ymin, xmax, ymax); nil for the union of the layer extents (see `canvasExtent(of:)`).
    /// - Precondition: each layer's style draws its schema's geometry family.
    public func text(layers: [Layer], canvasExtent: [Double]?) -> String {
        let ordered = Self.drawingOrder(layers)
        for layer in ordered {
            precondition(StyleGeometry(geoJSONType: layer.schema.geometryType) == layer.style.geometry,
                         "layer \(layer.schema.name): a \(layer.style.geometry) style on \(layer.schema.geometryType) features")
        }
        let units = crs.isGeographic ? "degrees" : "meters"
        var children: [XMLTag] = [
            XMLTag("homePath", [("path", "")]),
            XMLTag("title", text: title),
            XMLTag("projectCrs", children: [crs.xml]),
            XMLTag("layer-tree-group", children: [XMLTag("customproperties")] + ordered.map { layer in
                XMLTag("layer-tree-layer", [
                    ("id", layer.id), ("name", layer.title), ("source", "./" + layer.fileName), ("providerKey", "ogr"),
                    ("checked", "Qt::Checked"), ("expanded", "1"),
                ], children: [XMLTag("customproperties")])
            }),
        ]
        if let canvasExtent {
            children.append(XMLTag("mapcanvas", [("name", "theMapCanvas"), ("annotationsVisible", "1")], children: [
                XMLTag("units", text: units), Self.extentXML("extent", canvasExtent), XMLTag("rotation", text: "0"),
                XMLTag("destinationsrs", children: [crs.xml]), XMLTag("rendermaptile", text: "0"),
            ]))
        }
        children.append(XMLTag("projectlayers", children: ordered.map(mapLayer)))
        children.append(XMLTag("layerorder", children: ordered.map { XMLTag("layer", [("id", $0.id)]) }))
        children.append(XMLTag("properties", children: [
            XMLTag("Paths", children: [XMLTag("Absolute", [("type", "bool")], text: "false")]),
            // Measure on the WGS 84 ellipsoid, as Borderline does: the measuring tool then
            // agrees with the distances in the layers.
            XMLTag("Measure", children: [XMLTag("Ellipsoid", [("type", "QString")], text: "EPSG:7030")]),
            XMLTag("Measurement", children: [
                XMLTag("DistanceUnits", [("type", "QString")], text: "km"),
                XMLTag("AreaUnits", [("type", "QString")], text: "km2"),
            ]),
            XMLTag("SpatialRefSys", children: [XMLTag("ProjectionsEnabled", [("type", "int")], text: "1")]),
        ]))
        if let canvasExtent {
            children.append(XMLTag("ProjectViewSettings", [("UseProjectScales", "0"), ("rotation", "0")], children: [
                XMLTag("Scales"), XMLTag("DefaultViewExtent", Self.extentAttributes(canvasExtent), children: [crs.xml]),
            ]))
        }
        let root = XMLTag("qgis", [("projectname", title), ("version", QMLDocument.qgisVersion)], children: children)
        return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + root.text()
    }

    /// The union of the layer extents, padded by 5 %, as (xmin, ymin, xmax, ymax) in the project
    /// CRS; nil when no layer has an extent.
    /// - Throws: `ProjError` when PROJ cannot project the extent into a projected project CRS.
    public func canvasExtent(of layers: [Layer]) throws -> [Double]? {
        let extents = layers.compactMap(\.extent)
        guard let first = extents.first else { return nil }
        let union = extents.dropFirst().reduce(first) { $0.union($1) }
        if crs.isGeographic {
            let padded = union.padded(by: 0.05)
            return [padded.west, padded.south, padded.east, padded.north].map { FixedDecimal.rounded($0, decimals: 6) }
        }
        let transform = try crs.makeTransform()
        var xs: [Double] = [], ys: [Double] = []
        for point in union.boundaryPoints() {
            let projected = try transform.forward(point)
            xs.append(projected.x)
            ys.append(projected.y)
        }
        let (xmin, xmax, ymin, ymax) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
        let dx = (xmax - xmin) * 0.05, dy = (ymax - ymin) * 0.05
        return [xmin - dx, ymin - dy, xmax + dx, ymax + dy].map { FixedDecimal.rounded($0, decimals: 1) }
    }

    /// The project's `<maplayer>`: source, WGS 84 CRS, extent, and the style embedded.
    private func mapLayer(_ layer: Layer) -> XMLTag {
        let style = layer.style
        var children: [XMLTag] = []
        if let extent = layer.extent {
            let box = [extent.west, extent.south, extent.east, extent.north]
            children += [Self.extentXML("extent", box), Self.extentXML("wgs84extent", box)]
        }
        children += [
            XMLTag("id", text: layer.id),
            XMLTag("datasource", text: "./" + layer.fileName),
            XMLTag("layername", text: layer.title),
            XMLTag("srs", children: [ProjectCRS.wgs84.xml]),
            XMLTag("provider", [("encoding", "UTF-8")], text: "ogr"),
            XMLTag("flags", children: [
                XMLTag("Identifiable", text: "1"), XMLTag("Removable", text: "1"), XMLTag("Searchable", text: "1"),
                XMLTag("Private", text: "0"),
            ]),
        ]
        children += QMLDocument.body(style)
        return XMLTag("maplayer", [
            ("type", "vector"), ("geometry", style.geometry.qgisName), ("wkbType", layer.schema.geometryType),
            ("labelsEnabled", style.labeling == nil ? "0" : "1"), ("styleCategories", "AllStyleCategories"),
            ("hasScaleBasedVisibilityFlag", "0"), ("minScale", "100000000"), ("maxScale", "0"), ("readOnly", "0"),
            ("autoRefreshEnabled", "0"), ("autoRefreshTime", "0"), ("refreshOnNotifyEnabled", "0"),
            ("refreshOnNotifyMessage", ""),
        ], children: children)
    }

    private static func extentXML(_ name: String, _ box: [Double]) -> XMLTag {
        XMLTag(name, children: zip(["xmin", "ymin", "xmax", "ymax"], box).map { XMLTag($0, text: number($1)) })
    }

    private static func extentAttributes(_ box: [Double]) -> [(String, String)] {
        zip(["xmin", "ymin", "xmax", "ymax"], box.map(number)).map { ($0, $1) }
    }

    private static func number(_ value: Double) -> String { FixedDecimal.compact(value, maxDecimals: 6) }
}
