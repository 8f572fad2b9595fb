/// One drawing pass of a symbol: QGIS draws a symbol's layers bottom first, so a border can
/// be a wide pale casing under a narrow strong line.
///
/// Sizes and widths are in millimetres on the page (QGIS's "MM" unit), so a style looks the
/// same at every map scale.
public enum SymbolLayer: Sendable, Hashable {
    /// A simple marker (QGIS class `SimpleMarker`).
    case marker(Marker)
    /// A simple line (QGIS class `SimpleLine`).
    case line(Line)
    /// A simple fill (QGIS class `SimpleFill`).
    case fill(Fill)

    /// A point marker.
    public struct Marker: Sendable, Hashable {
        public var shape: MarkerShape
        public var sizeMM: Double
        public var fill: QGISColor
        public var outline: QGISColor
        public var outlineWidthMM: Double
        /// A QGIS expression giving the size in mm per feature (overrides `sizeMM`), e.g. a size by
        /// population class; nil for a fixed size.
        public var sizeExpression: String?

        public init(
            shape: MarkerShape, sizeMM: Double, fill: QGISColor, outline: QGISColor = QGISColor(35, 35, 35),
            outlineWidthMM: Double = 0.2, sizeExpression: String? = nil
        ) {
            self.shape = shape
            self.sizeMM = sizeMM
            self.fill = fill
            self.outline = outline
            self.outlineWidthMM = outlineWidthMM
            self.sizeExpression = sizeExpression
        }
    }

    /// A stroked line.
    public struct Line: Sendable, Hashable {
        public var color: QGISColor
        public var widthMM: Double
        public var dash: LineDash

        public init(color: QGISColor, widthMM: Double, dash: LineDash = .solid) {
            self.color = color
            self.widthMM = widthMM
            self.dash = dash
        }
    }

    /// A filled area with an outline.
    public struct Fill: Sendable, Hashable {
        public var color: QGISColor
        public var outline: QGISColor
        public var outlineWidthMM: Double

        public init(color: QGISColor, outline: QGISColor, outlineWidthMM: Double = 0.26) {
            self.color = color
            self.outline = outline
            self.outlineWidthMM = outlineWidthMM
        }
    }

    /// The geometry family the layer can draw.
    public var geometry: StyleGeometry {
        switch self {
        case .marker: return .point
        case .line: return .line
        case .fill: return .polygon
        }
    }
}

/// The shapes of QGIS's simple marker that Borderline uses (their QGIS names).
public enum MarkerShape: String, Sendable, Hashable, CaseIterable {
    case circle, square, diamond, triangle, star, cross, pentagon, hexagon
    case cross2 = "cross2"
    case arrowhead
}

/// How a line is dashed.
public enum LineDash: Sendable, Hashable {
    case solid
    /// QGIS's built-in dash styles (pen styles), scaled with the line width.
    case dash, dot, dashDot
    /// Dash and gap lengths in mm, alternating ("3;1.5" in QGIS), independent of the width.
    case custom([Double])
}
