import ArgumentParser
import Borderline
import Foundation

/// The option every command that reads the gazetteer shares.
struct GazetteerOptions: ParsableArguments {
    @Option(name: .customLong("gazetteer-dir"), help: ArgumentHelp(
        "The gazetteer folder (default: $BORDERLINE_GAZETTEER, else the gazetteer/ of the checkout that built this tool).",
        valueName: "dir"))
    var directory: String?

    /// Finds and loads the gazetteer, reporting the time taken when `verbose`.
    func load(verbose: Bool = false) throws -> Gazetteer {
        let folder = try GazetteerLocation.resolve(option: directory)
        let start = ContinuousClock.now
        let gazetteer = try Gazetteer.load(directory: folder)
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
