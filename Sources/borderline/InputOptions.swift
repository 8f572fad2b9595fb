import ArgumentParser
import Borderline
import Foundation

/// The article inputs every text command takes.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Article files, folders of articles (.txt, .text, .md, .jsonl), or - for standard input.",
        valueName: "input"))
    var inputs: [String]

    /// Reads the documents; files skipped inside folders are reported as warnings on stderr.
    func read() throws -> [Document] {
        let (documents, warnings) = try DocumentReader().read(inputs)
        for warning in warnings { Diagnostics.warning("skipped \(warning)") }
        return documents
    }
}

/// How the listing commands (places, events) print: a table for people, or JSON Lines.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
