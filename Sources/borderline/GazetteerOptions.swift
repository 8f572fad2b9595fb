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

    /// The gazetteer folder in use (see `GazetteerLocation` for the search order).
    func folder() throws -> String {
        try GazetteerLocation.resolve(option: directory)
    }

    /// Loads the gazetteer from `folder` (default: `folder()`) with the overlays applied.
    func load(from folder: String? = nil) throws -> Gazetteer {
        let gazetteer = try Gazetteer.load(directory: folder ?? self.folder())
        guard !overlays.isEmpty else { return gazetteer }
        let contents = try overlays.map { try GazetteerOverlay.read(path: $0, base: gazetteer) }
        return try GazetteerOverlay.apply(contents, to: gazetteer)
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
