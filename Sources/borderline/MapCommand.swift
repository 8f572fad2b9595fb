import ArgumentParser
import Borderline
import Foundation

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Map the places that articles mention: GeoJSON layers and an SVG map.",
        discussion: """
            Writes into the output folder (other files there are left alone):
              places.geojson   one Point per resolved place: GeoNames id, country, admin1,
                               distance to the Russia–Ukraine border (km, WGS84 geodesic),
                               the nearest border point, and where each mention was found

            Examples:
              borderline map seeds --out output
              cat corpus.jsonl | borderline map - --out /tmp/map
            """)

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("The folder to write into (created when missing).", valueName: "dir"))
    var out: String = "output"

    @Option(help: ArgumentHelp("Worker threads for the documents (default: one per core).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let documents = try input.read()
        let gazetteer = try gazetteerOptions.load()
        let pipeline = MapPipeline(gazetteer: gazetteer)
        let progress = ProgressLine(total: documents.count)
        let result = pipeline.combine(pipeline.analyse(documents, jobs: jobs, progress: progress.isEnabled ? progress.update : nil))
        let checker = ClaimChecker(gazetteer: gazetteer)
        let claims = result.documents.flatMap { checker.check($0, mentions: result.mentions) }
        let layers = MapLayers.styled(result: result, claims: claims, gazetteer: gazetteer)
        var files: [(String, Data)] = try QGISProject().files(layers).map { ($0.name, Data($0.text.utf8)) }
        files.append(("claims.csv", Data(ClaimsCSV.text(claims).utf8)))
        files.append(("report.md", Data(ClaimsReport.text(documents: result.documents, claims: claims).utf8)))
        try OutputFolder(path: out).write(files)
        print(MapSummary(result: result).text)
        for (name, _) in files { print("wrote \((out as NSString).appendingPathComponent(name))") }
    }
}

/// The one-paragraph account of a run printed by `map`.
struct MapSummary {
    let result: MapResult

    var text: String {
        var resolved = 0, ambiguous = 0, unknown = 0
        for mention in result.mentions {
            switch mention.status {
            case .resolved: resolved += 1
            case .ambiguous: ambiguous += 1
            case .unknown: unknown += 1
            }
        }
        return "\(result.documents.count) documents, \(result.mentions.count) place mentions "
            + "(\(resolved) resolved, \(ambiguous) ambiguous, \(unknown) unknown), \(result.places.count) distinct places"
    }
}
