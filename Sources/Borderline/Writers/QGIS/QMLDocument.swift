/// A QGIS layer style file (.qml) for a `LayerStyle`.
///
/// QGIS applies `NAME.qml` automatically when it opens `NAME.geojson` (the ogr provider's
/// `loadDefaultStyle`), so writing one beside each layer makes the layer look right the moment a
/// user drags it in. The document holds only the style categories it sets (symbology, labels,
/// opacity) plus the geometry type QGIS checks before applying symbology; everything else
/// keeps the user's or QGIS's defaults.
public enum QMLDocument {
    /// The QGIS version written in the header: the one the styles are checked against.
    public static let qgisVersion = "3.22.16-Białowieża"

    /// The text of the .qml file, UTF-8, ending in a newline; the same style gives the same bytes.
    public static func text(_ style: LayerStyle) -> String {
        let root = XMLTag("qgis", [
            ("version", qgisVersion), ("styleCategories", "Symbology|Labeling|Rendering"),
            ("labelsEnabled", style.labeling == nil ? "0" : "1"), ("hasScaleBasedVisibilityFlag", "0"),
            ("minScale", "100000000"), ("maxScale", "0"),
        ], children: body(style) + [XMLTag("layerGeometryType", text: String(style.geometry.qgisCode))])
        return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + root.text()
    }

    /// The style's elements as they appear inside a .qml's `<qgis>` or a project's `<maplayer>`.
    static func body(_ style: LayerStyle) -> [XMLTag] {
        var children = [StyleXML.renderer(style.renderer)]
        if let labeling = style.labeling { children.append(StyleXML.labeling(labeling)) }
        children += StyleXML.layerBlending(opacity: style.opacity)
        return children
    }
}
