import ArgumentParser
import Borderline

/// The options of the SVG map.
struct SVGOptions: ParsableArguments {
    @Option(help: "Map title (default: \"\(SVGMapWriter.defaultTitle)\").")
    var title: String?

    @Option(help: "Map subtitle (default: the articles, counts and period covered).")
    var subtitle: String?

    @Option(help: ArgumentHelp("Map extent in degrees, west,south,east,north (default: the data with a margin).", valueName: "w,s,e,n"))
    var bbox: String?

    @Option(help: ArgumentHelp("Page preset: \(PaperSize.allCases.map(\.rawValue).joined(separator: ", ")) (default a4).", valueName: "paper"))
    var paper: String?

    @Option(help: ArgumentHelp("Page width in pixels (overrides --paper).", valueName: "px"))
    var width: Int?

    @Option(help: ArgumentHelp("Page height in pixels (overrides --paper).", valueName: "px"))
    var height: Int?

    @Option(help: ArgumentHelp(
        "How Crimea is drawn: recognised (part of Ukraine, hatched as Russian-occupied) or de-facto (as Natural Earth draws it).",
        valueName: "convention"))
    var crimea: String = CrimeaConvention.internationallyRecognised.rawValue

    @Flag(help: "Also write one map per article (map-ID.svg).")
    var perDocument = false

    /// The writer's options; throws a message naming the bad option.
    func options() throws -> SVGMapOptions {
        guard let convention = CrimeaConvention(rawValue: crimea) else {
            throw ValidationError("--crimea must be one of: \(CrimeaConvention.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let box: GeoBoundingBox?
        do {
            box = try bbox.map { try GeoBoundingBox(parsing: $0) }
        } catch {
            throw ValidationError("--bbox: \(error)")
        }
        var options: SVGMapOptions
        if let paper {
            guard let size = PaperSize(rawValue: paper) else {
                throw ValidationError("--paper must be one of: \(PaperSize.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options = SVGMapOptions(paper: size, boundingBox: box, crimeaConvention: convention, title: title, subtitle: subtitle)
        } else {
            options = SVGMapOptions(boundingBox: box, crimeaConvention: convention, title: title, subtitle: subtitle)
        }
        if let width {
            guard (300...20_000).contains(width) else { throw ValidationError("--width must be 300…20000 pixels") }
            options.widthPixels = width
        }
        if let height {
            guard (200...20_000).contains(height) else { throw ValidationError("--height must be 200…20000 pixels") }
            options.heightPixels = height
        }
        return options
    }
}
