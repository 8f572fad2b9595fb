/// Labels drawn on a layer: the text of each label (a field or an expression), its type and
/// halo, and where it goes relative to the feature.
public struct StyleLabeling: Sendable, Hashable {
    public var text: LabelText
    /// Font family; nil leaves QGIS's default font, which exists on every system (a named font
    /// missing on the user's machine would be substituted anyway, with a warning).
    public var fontFamily: String?
    public var sizePoints: Double
    public var bold: Bool
    public var italic: Bool
    public var color: QGISColor
    /// Width of the halo that keeps labels readable over lines; 0 for none.
    public var haloWidthMM: Double
    public var haloColor: QGISColor
    public var placement: StyleLabelPlacement
    /// Label priority 0 (low) … 10 (high): wins conflicts with other labels.
    public var priority: Int

    public init(
        _ text: LabelText, fontFamily: String? = nil, sizePoints: Double = 9, bold: Bool = false, italic: Bool = false,
        color: QGISColor = QGISColor(30, 30, 30), haloWidthMM: Double = 0.8, haloColor: QGISColor = .white,
        placement: StyleLabelPlacement = .aroundPoint(distanceMM: 1), priority: Int = 5
    ) {
        self.text = text
        self.fontFamily = fontFamily
        self.sizePoints = sizePoints
        self.bold = bold
        self.italic = italic
        self.color = color
        self.haloWidthMM = haloWidthMM
        self.haloColor = haloColor
        self.placement = placement
        self.priority = priority
    }
}

/// What a label says.
public enum LabelText: Sendable, Hashable {
    /// The value of one field.
    case field(String)
    /// A QGIS expression, e.g. `"stated_km" || ' km stated'`.
    case expression(String)

    /// The text QGIS stores in `fieldName` (a field name or the expression).
    public var qgisText: String {
        switch self {
        case let .field(name), let .expression(name): return name
        }
    }

    public var isExpression: Bool {
        if case .expression = self { return true }
        return false
    }
}

/// Where labels go (QGIS's placement modes that suit points and lines).
public enum StyleLabelPlacement: Sendable, Hashable {
    /// Points: the cartographic positions around the point (top right first), at a distance.
    case aroundPoint(distanceMM: Double)
    /// Points: centred over the point.
    case overPoint
    /// Lines: parallel to the line, above it.
    case parallel(distanceMM: Double)
    /// Lines: along the line's curve.
    case curved
    /// Lines: horizontal text at a point of the line, so short lines can carry long labels.
    case horizontal

    /// QGIS's `QgsPalLayerSettings::Placement` code.
    public var qgisCode: Int {
        switch self {
        case .aroundPoint: return 6  // OrderedPositionsAroundPoint
        case .overPoint: return 1
        case .parallel: return 2
        case .curved: return 3
        case .horizontal: return 4
        }
    }

    var distanceMM: Double {
        switch self {
        case let .aroundPoint(distance), let .parallel(distance): return distance
        default: return 0
        }
    }
}
