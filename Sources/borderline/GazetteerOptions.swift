import ArgumentParser
import Borderline
import Foundation

/// The options every command that reads the gazetteer shares.
struct GazetteerOptions: ParsableArguments {
    @Option(name: .customLong("gazetteer-dir"), help: ArgumentHelp(
        "The gazetteer folder (default: $BORDERLINE_GAZETTEER, else the gazetteer/ of the checkout that built this tool).",
        valueName: "dir"))
    var directory: String?

    @Option(name: .customLong("gazetteer"), help: ArgumentHelp(
        "Extra places over the shipped gazetteer: a places.tsv-format table or a GeoNames dump (19 columns, e.g. "
            + "cities500.txt, RU.txt). Repeatable; later files win; an id already in the gazetteer is replaced.",
        valueName: "file"))
    var overlays: [String] = []

    /// Finds and loads the gazetteer and its overlays, reporting the time taken when `verbose`.
    func load(verbose: Bool = false) throws -> Gazetteer {
        let folder = try GazetteerLocation.resolve(option: directory)
        let start = ContinuousClock.now
        var gazetteer = try Gazetteer.load(directory: folder)
        if !overlays.isEmpty {
            let contents = try overlays.map { try GazetteerOverlay.read(path: $0, base: gazetteer) }
            gazetteer = try GazetteerOverlay.apply(contents, to: gazetteer)
            for overlay in contents where verbose {
                Diagnostics.note("overlay \(overlay.path) (\(overlay.format.rawValue)): \(overlay.places.count) entries"
                    + (overlay.skippedRows > 0 ? ", \(overlay.skippedRows) rows of other feature classes skipped" : ""))
            }
        }
        if verbose {
            let elapsed = ContinuousClock.now - start
            Diagnostics.note("loaded \(gazetteer.places.count) gazetteer entries and a \(gazetteer.border.vertices.count)-vertex border from \(folder) in \(elapsed.formattedMilliseconds)")
        }
        return gazetteer
    }
}

/// Messages for the user, on standard error, so standard output stays clean for data.
enum Diagnostics {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("borderline: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("borderline: warning: \(message)\n".utf8))
    }
}

extension Duration {
    var formattedMilliseconds: String {
        let (seconds, attoseconds) = components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return "\(FixedDecimal.format(milliseconds, decimals: 1)) ms"
    }
}
