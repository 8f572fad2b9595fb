import ArgumentParser
import Borderline
import Foundation

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Map the places, claims and events that articles report: GeoJSON layers, QGIS styles, an SVG map.",
        discussion: """
            Writes into the output folder (other files there are left alone):
              places.geojson   one Point per resolved place: GeoNames id, country, admin1,
                               distance to the Russia–Ukraine border (km, WGS84 geodesic),
                               the nearest border point, and where each mention was found
              claims.geojson   one LineString per checked distance or direction claim, from the
                               place to the point measured to, with stated and measured values
                               and the verdict
              events.geojson   one Point per event (type, date and its precision, place and its
                               precision, casualties, sources, evidence)
              border.geojson   the border line measured to (and the Crimea line, not measured to)
              NAME.qml         the QGIS style of each layer (QGIS applies it on opening)
              borderline.qgs   a QGIS project with every layer, styled, in order
              claims.csv       every checked claim, one row each
              report.md        the claims of each article with verdicts and evidence
              map.svg          the overview map for reports (map-ID.svg per article with
                               --per-document)

            With --format geojsonseq nothing is written to the folder: the events, places and
            claims of each document go to standard output as RFC 8142 GeoJSON text sequences, as the
            documents are read, in constant memory.

            Examples:
              borderline map seeds --out output
              cat corpus.jsonl | borderline map - --format geojsonseq > corpus.geojsons
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case files, geojsonseq
    }

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("The folder to write into (created when missing).", valueName: "dir"))
    var out: String = "output"

    @Option(help: "files: the layers, styles, project and reports in --out; geojsonseq: features to standard output as documents are processed.")
    var format: Format = .files

    @Option(help: ArgumentHelp("Worker threads for the documents (default: one per core).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var mapOptions: SVGOptions

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        _ = try mapOptions.options()
    }

    func run() throws {
        let folder = try gazetteerOptions.folder()
        let pipeline = MapPipeline(gazetteer: try gazetteerOptions.load(from: folder))
        defer { ProcessEnd.keep(pipeline) }
        switch format {
        case .files: try writeFiles(pipeline, gazetteerFolder: folder)
        case .geojsonseq: try streamFeatures(pipeline)
        }
    }

    private func writeFiles(_ pipeline: MapPipeline, gazetteerFolder: String) throws {
        // Sorted by id, so the files do not depend on the order the inputs were given in.
        let documents = try input.read().sorted { ($0.id, $0.source) < ($1.id, $1.source) }
        let progress = ProgressLine(total: documents.count)
        let analyses = pipeline.analyse(documents, jobs: jobs, progress: progress.isEnabled ? progress.update : nil)
        let result = pipeline.combine(analyses)
        let layers = MapLayers.styled(result: result, gazetteer: pipeline.gazetteer)
        var files: [(String, Data)] = try QGISProject().files(layers).map { ($0.name, Data($0.text.utf8)) }
        files.append(("claims.csv", Data(ClaimsCSV.text(result.claims).utf8)))
        files.append(("report.md", Data(ClaimsReport.text(documents: result.documents, claims: result.claims).utf8)))
        let options = try mapOptions.options()
        let baseMap = try BaseMap.load(gazetteerDirectory: gazetteerFolder)
        let overview = MapContent(result: result, title: mapOptions.title, subtitle: mapOptions.subtitle)
        let perDocument = mapOptions.perDocument ? analyses.map { analysis in
            (id: analysis.document.id, content: MapContent(
                result: pipeline.combine([analysis]), title: mapOptions.title ?? analysis.document.id, subtitle: nil))
        } : []
        for map in try SVGMapWriter.renderAll(overview: overview, documents: perDocument, baseMap: baseMap, options: options) {
            files.append((map.fileName, Data(map.svg.utf8)))
        }
        try OutputFolder(path: out).write(files)
        print(MapSummary(result: result).text)
        for (name, _) in files { print("wrote \((out as NSString).appendingPathComponent(name))") }
    }

    /// Reads, analyses and writes batch by batch, so memory stays flat however long the input.
    private func streamFeatures(_ pipeline: MapPipeline) throws {
        let output = FileHandle.standardOutput
        let sequence = GeoJSONSequence()
        var count = 0
        let reader = DocumentReader()
        try MapPipeline.mapStream(jobs: jobs) { batch in
            try reader.stream(input.inputs, batchSize: 64 * jobs, warning: { Diagnostics.warning("skipped \($0)") }, body: batch)
        } transformRun: { documents in
            // The records are made by the workers with the analysis; this thread only writes them.
            pipeline.analyse(run: documents).map { analysis in
                var records: [UInt8] = []
                MapLayers.writeDocumentRecords(analysis, pipeline: pipeline, sequence: sequence, into: &records)
                return records
            }
        } write: { records in
            // Each document's buffer is written as it is: no copy into one buffer per batch.
            for record in records where !record.isEmpty { try output.write(contentsOf: record) }
            count += records.count
        }
        Diagnostics.note("streamed the features of \(count) documents")
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
