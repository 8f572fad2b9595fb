import ArgumentParser
import Borderline
import Foundation

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Build or inspect the gazetteer.",
        subcommands: [Build.self, Info.self]
    )

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Derive gazetteer/ from GeoNames and Natural Earth source files.",
            discussion: """
                The source folder has the layout of the project's shared data (geonames/places-region.tsv,
                geonames/admin1CodesASCII.txt, geonames/countries.tsv, naturalearth/ru_ua_boundary_lines.geojson,
                naturalearth/region/*.geojson). Two builds from the same sources give byte-identical files.

                Example:
                  borderline gazetteer build --from ../shared/data --out gazetteer
                """)

        @Option(help: ArgumentHelp("The source data folder.", valueName: "dir"))
        var from: String

        @Option(help: ArgumentHelp("Where to write the gazetteer.", valueName: "dir"))
        var out: String = "gazetteer"

        func run() throws {
            let sources = try GazetteerSources.read(from: from)
            let build = try GazetteerBuilder.build(sources)
            try OutputFolder(path: out).write(build.files.map { ($0.path, Data($0.contents.utf8)) })
            for (label, value) in build.summary { print("\(label): \(value)") }
            print("wrote \(build.files.count) files to \(out)")
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Load the gazetteer and print its size and load time.")

        @OptionGroup var gazetteerOptions: GazetteerOptions

        func run() throws {
            let folder = try gazetteerOptions.folder()
            let start = ContinuousClock.now
            let gazetteer = try gazetteerOptions.load(from: folder)
            let elapsed = ContinuousClock.now - start
            var counts: [PlaceKind: Int] = [:]
            for place in gazetteer.places { counts[place.kind, default: 0] += 1 }
            print("folder: \(folder)")
            for kind in PlaceKind.allCases { print("\(kind.rawValue): \(counts[kind] ?? 0)") }
            print("alternate names: \(gazetteer.places.reduce(0) { $0 + $1.alternateNames.count })")
            print("border vertices: \(gazetteer.border.vertices.count)")
            print("border length: \(FixedDecimal.format(gazetteer.border.lengthMeters() / 1000, decimals: 3)) km")
            print("load time: \(elapsed.formattedMilliseconds)")
        }
    }
}
