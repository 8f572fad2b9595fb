/// How a layer picks the symbol of each feature: QGIS's feature renderers, in the three forms
/// Borderline needs.
public enum StyleRenderer: Sendable, Hashable {
    /// Every feature drawn alike (QGIS `singleSymbol`).
    case singleSymbol(StyleSymbol)
    /// A symbol per value of a field, e.g. claims by verdict (QGIS `categorizedSymbol`).
    case categorized(field: String, categories: [StyleCategory])
    /// A symbol per numeric range of a field (QGIS `graduatedSymbol`).
    case graduated(field: String, ranges: [StyleRange])

    /// Every symbol the renderer can draw, in order.
    public var symbols: [StyleSymbol] {
        switch self {
        case let .singleSymbol(symbol): return [symbol]
        case let .categorized(_, categories): return categories.map(\.symbol)
        case let .graduated(_, ranges): return ranges.map(\.symbol)
        }
    }

    /// The attribute the renderer reads, when it reads one (checked against the layer's fields).
    public var field: String? {
        switch self {
        case .singleSymbol: return nil
        case let .categorized(field, _), let .graduated(field, _): return field
        }
    }

    /// QGIS's renderer type name, as `QgsFeatureRenderer::type()` reports it.
    public var qgisType: String {
        switch self {
        case .singleSymbol: return "singleSymbol"
        case .categorized: return "categorizedSymbol"
        case .graduated: return "graduatedSymbol"
        }
    }
}

/// One category of a categorized renderer.
public struct StyleCategory: Sendable, Hashable {
    /// The field value matched, as text (QGIS compares categories as text, so 1 matches "1").
    /// `nil` makes the "all other values" category: it draws features whose value is in no
    /// other category, or null, so no feature silently disappears from the map.
    public var value: String?
    /// The legend text.
    public var label: String
    public var symbol: StyleSymbol

    public init(value: String?, label: String, symbol: StyleSymbol) {
        self.value = value
        self.label = label
        self.symbol = symbol
    }
}

/// One class of a graduated renderer: values in lower...upper (QGIS includes both ends of the
/// first class and the upper end of the others).
public struct StyleRange: Sendable, Hashable {
    public var lower: Double
    public var upper: Double
    public var label: String
    public var symbol: StyleSymbol

    public init(lower: Double, upper: Double, label: String, symbol: StyleSymbol) {
        self.lower = lower
        self.upper = upper
        self.label = label
        self.symbol = symbol
    }
}
