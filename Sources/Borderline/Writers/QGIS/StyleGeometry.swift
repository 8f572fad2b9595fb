/// The geometry family a style draws: QGIS refuses a style made for another family
/// ("Cannot apply style with symbology to layer with a different geometry type"), so every
/// style and project layer states it.
public enum StyleGeometry: String, Sendable, Hashable, CaseIterable {
    case point, line, polygon

    /// The `<layerGeometryType>` code QGIS writes in a .qml (QgsWkbTypes::GeometryType).
    public var qgisCode: Int {
        switch self {
        case .point: return 0
        case .line: return 1
        case .polygon: return 2
        }
    }

    /// The `geometry` attribute of a project's `<maplayer>` ("Point", "Line", "Polygon").
    public var qgisName: String {
        switch self {
        case .point: return "Point"
        case .line: return "Line"
        case .polygon: return "Polygon"
        }
    }

    /// The `type` of a `<symbol>` that draws this family ("marker", "line", "fill").
    public var symbolType: String {
        switch self {
        case .point: return "marker"
        case .line: return "line"
        case .polygon: return "fill"
        }
    }

    /// The family of a GeoJSON geometry type name ("MultiLineString" → line), or nil.
    public init?(geoJSONType: String) {
        switch geoJSONType {
        case "Point", "MultiPoint": self = .point
        case "LineString", "MultiLineString": self = .line
        case "Polygon", "MultiPolygon": self = .polygon
        default: return nil
        }
    }
}
