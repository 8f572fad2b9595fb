/// Paper presets for `--width`/`--height`: pages at 96 CSS pixels per inch, the size a report
/// template places an image at 100 %.
public enum PaperSize: String, CaseIterable, Sendable, Hashable {
    case a4Landscape = "a4"
    case a4Portrait = "a4-portrait"
    case letterLandscape = "letter"
    case letterPortrait = "letter-portrait"

    /// Width and height in CSS pixels (A4 297 × 210 mm, Letter 11 × 8.5 in, at 96 px per inch).
    public var sizePixels: (width: Int, height: Int) {
        switch self {
        case .a4Landscape: return (1123, 794)
        case .a4Portrait: return (794, 1123)
        case .letterLandscape: return (1056, 816)
        case .letterPortrait: return (816, 1056)
        }
    }

    /// The preset named `name` ("a4", "A4-portrait", "letter"), ignoring case.
    /// - Throws: `SVGMapError.unknownPaperSize` listing the names there are.
    public init(named name: String) throws {
        guard let size = PaperSize(rawValue: name.lowercased()) else { throw SVGMapError.unknownPaperSize(name) }
        self = size
    }
}

/// Everything about a map that is not its content: page size, extent, borders convention and
/// the texts that override the defaults taken from the content.
public struct SVGMapOptions: Sendable, Hashable {
    /// The smallest page that holds a map frame, a legend and the notes.
    public static let minimumWidthPixels = 480
    public static let minimumHeightPixels = 360

    /// Page width in CSS pixels (the SVG's width and viewBox).
    public var widthPixels: Int
    /// Page height in CSS pixels.
    public var heightPixels: Int
    /// The area to show, overriding the default fitted to the data (`--bbox`).
    public var boundingBox: GeoBoundingBox?
    /// How Crimea is drawn; the recognised borders unless the user asks otherwise.
    public var crimeaConvention: CrimeaConvention
    /// Title of the map; nil takes the content's title.
    public var title: String?
    /// Subtitle; nil takes the content's subtitle.
    public var subtitle: String?
    /// Whether to draw Natural Earth towns (grey, where space allows) for orientation.
    public var showsReferenceTowns: Bool

    /// Options for a page of `widthPixels` × `heightPixels` (default: A4 landscape).
    public init(
        widthPixels: Int = PaperSize.a4Landscape.sizePixels.width,
        heightPixels: Int = PaperSize.a4Landscape.sizePixels.height, boundingBox: GeoBoundingBox? = nil,
        crimeaConvention: CrimeaConvention = .internationallyRecognised, title: String? = nil, subtitle: String? = nil,
        showsReferenceTowns: Bool = true
    ) {
        self.widthPixels = widthPixels
        self.heightPixels = heightPixels
        self.boundingBox = boundingBox
        self.crimeaConvention = crimeaConvention
        self.title = title
        self.subtitle = subtitle
        self.showsReferenceTowns = showsReferenceTowns
    }

    /// Options for a paper preset.
    public init(
        paper: PaperSize, boundingBox: GeoBoundingBox? = nil,
        crimeaConvention: CrimeaConvention = .internationallyRecognised, title: String? = nil, subtitle: String? = nil
    ) {
        self.init(
            widthPixels: paper.sizePixels.width, heightPixels: paper.sizePixels.height, boundingBox: boundingBox,
            crimeaConvention: crimeaConvention, title: title, subtitle: subtitle)
    }
}
