/// A symbol: the stack of symbol layers that draws one feature, bottom layer first.
///
/// Named `StyleSymbol` rather than `Symbol` so it does not shadow anything a user of the
/// library imports; QGIS calls it a symbol (`<symbol type="marker">`).
public struct StyleSymbol: Sendable, Hashable {
    /// The layers, drawn first to last.
    public var layers: [SymbolLayer]
    /// Overall opacity, 0…1.
    public var opacity: Double

    /// A symbol of one or more layers, all of one geometry family.
    /// - Precondition: `layers` is not empty and all layers draw the same geometry family.
    public init(_ layers: [SymbolLayer], opacity: Double = 1) {
        precondition(!layers.isEmpty, "a symbol needs at least one layer")
        precondition(Set(layers.map(\.geometry)).count == 1, "a symbol's layers must all draw the same geometry family")
        self.layers = layers
        self.opacity = opacity
    }

    /// The geometry family the symbol draws.
    public var geometry: StyleGeometry { layers[0].geometry }

    /// A one-layer marker symbol.
    public static func marker(_ marker: SymbolLayer.Marker) -> StyleSymbol { StyleSymbol([.marker(marker)]) }

    /// A one-layer line symbol.
    public static func line(_ line: SymbolLayer.Line) -> StyleSymbol { StyleSymbol([.line(line)]) }

    /// A one-layer fill symbol.
    public static func fill(_ fill: SymbolLayer.Fill) -> StyleSymbol { StyleSymbol([.fill(fill)]) }
}
