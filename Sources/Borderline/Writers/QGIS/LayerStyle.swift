/// The look of one layer in QGIS: its renderer and, optionally, its labels.
///
/// A value, so a style can be built, compared and tested without QGIS; `QMLDocument` turns it
/// into the .qml QGIS applies when it opens the same-named layer, and `QGISProject` embeds it.
public struct LayerStyle: Sendable, Hashable {
    public var renderer: StyleRenderer
    public var labeling: StyleLabeling?
    /// Layer opacity, 0…1.
    public var opacity: Double

    /// A style; every symbol of the renderer must draw the same geometry family.
    /// - Precondition: the renderer has at least one symbol, and all of one family.
    public init(renderer: StyleRenderer, labeling: StyleLabeling? = nil, opacity: Double = 1) {
        precondition(!renderer.symbols.isEmpty, "a renderer needs at least one symbol")
        precondition(Set(renderer.symbols.map(\.geometry)).count == 1, "a style's symbols must all draw one geometry family")
        self.renderer = renderer
        self.labeling = labeling
        self.opacity = opacity
    }

    /// The geometry family the style draws (QGIS refuses a style on a layer of another family).
    public var geometry: StyleGeometry { renderer.symbols[0].geometry }

    /// The fields the style reads directly (renderer field, label field); expressions are not
    /// parsed, so their fields are not listed.
    public var fieldsUsed: [String] {
        var fields: [String] = []
        if let field = renderer.field { fields.append(field) }
        if let labeling, case let .field(name) = labeling.text, !fields.contains(name) { fields.append(name) }
        return fields
    }
}
