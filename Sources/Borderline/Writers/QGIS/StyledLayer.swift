/// An output layer with everything QGIS needs: its features, its declared fields, its style.
///
/// Written as `NAME.geojson` with `NAME.qml` beside it (NAME = the schema's name): QGIS applies
/// a same-named .qml by itself when it opens the layer.
public struct StyledLayer: Sendable {
    public var schema: LayerSchema
    public var collection: FeatureCollection
    public var style: LayerStyle
    /// The name shown in QGIS's Layers panel (default: the schema name).
    public var title: String?

    public init(schema: LayerSchema, collection: FeatureCollection, style: LayerStyle, title: String? = nil) {
        self.schema = schema
        self.collection = collection
        self.style = style
        self.title = title
    }

    public var geoJSONFileName: String { schema.name + ".geojson" }
    public var styleFileName: String { schema.name + ".qml" }

    /// The layer's two files: (NAME.geojson, its text) and (NAME.qml, its text).
    public func files(text: GeoJSONText = GeoJSONText()) -> [(name: String, text: String)] {
        [(geoJSONFileName, text.collection(collection)), (styleFileName, QMLDocument.text(style))]
    }

    /// The layer as a project layer, with the extent its file will have.
    public func projectLayer(text: GeoJSONText = GeoJSONText()) -> QGISProject.Layer {
        QGISProject.Layer(schema: schema, fileName: geoJSONFileName, style: style,
                          extent: GeoExtent(collection, writer: text), title: title)
    }
}
