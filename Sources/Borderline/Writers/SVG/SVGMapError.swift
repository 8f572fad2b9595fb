/// Why an SVG map could not be drawn; each message says what to change.
public enum SVGMapError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A base-map file is missing or unreadable.
    case baseMapFileUnreadable(path: String, reason: String)
    /// A base-map file holds a geometry of the wrong kind or lacks an attribute the map needs.
    case baseMapFileInvalid(path: String, reason: String)
    /// A `--bbox` value that is not a box.
    case invalidBoundingBox(String)
    /// A page size too small to hold a map with its legend.
    case pageTooSmall(widthPixels: Int, heightPixels: Int)
    /// A paper preset name that is not known.
    case unknownPaperSize(String)
    /// PROJ could not set up or apply the map's projection.
    case projection(String)

    public var description: String {
        switch self {
        case let .baseMapFileUnreadable(path, reason):
            return "\(path): cannot read the base-map file: \(reason). Rebuild the gazetteer folder with `borderline gazetteer` or pass the right --gazetteer folder."
        case let .baseMapFileInvalid(path, reason):
            return "\(path): not a usable base-map layer: \(reason). Rebuild the gazetteer folder with `borderline gazetteer`."
        case let .invalidBoundingBox(reason):
            return "invalid --bbox \(reason)"
        case let .pageTooSmall(width, height):
            return "a page of \(width)×\(height) px is too small for a map with its legend; use at least \(SVGMapOptions.minimumWidthPixels)×\(SVGMapOptions.minimumHeightPixels) px or a paper preset (a4, letter)"
        case let .unknownPaperSize(name):
            return "unknown paper size '\(name)'; use one of: \(PaperSize.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .projection(message):
            return "cannot project the map: \(message)"
        }
    }
}
