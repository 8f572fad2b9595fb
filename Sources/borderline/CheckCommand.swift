import ArgumentParser
import Borderline
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find what articles state about distances, directions, countries, populations and borders, and check it against the map.",
        discussion: """
            Each input is a file, a folder of articles, - for standard input, or (when no such
            file exists) a sentence to check. Prints one plain sentence per claim: what the text
            states, what was measured (WGS84 geodesics by PROJ), the tolerance used and the
            verdict: consistent, inconsistent or unverifiable. The tolerance model is described in
            Sources/Borderline/Verification/TOLERANCE.md.

            Examples:
              borderline check "Sudzha, 10km (six miles) from the frontline"
              borderline check "Belgorod, a city about 40 kilometers away from the Ukrainian border"
              borderline check seeds
              borderline check seeds --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("Sentences, article files, folders of articles, or - for standard input.", valueName: "input"))
    var inputs: [String]

    @Option(help: "Output format: text (one sentence per claim) or json (one object per claim and line).")
    var format: Format = .text

    @OptionGroup var gazetteerOptions: GazetteerOptions

    /// A word with a slash or an article extension and no spaces is a mistyped path, not a sentence.
    static func looksLikePath(_ input: String) -> Bool {
        guard !input.contains(" ") else { return false }
        let lower = input.lowercased()
        return input.contains("/") || DocumentReader.articleExtensions.contains { lower.hasSuffix("." + $0) }
    }

    func run() throws {
        var documents: [Document] = []
        var sentenceCount = 0
        for input in inputs {
            if input == "-" || FileManager.default.fileExists(atPath: input) {
                let (read, warnings) = try DocumentReader().read([input])
                for warning in warnings { Diagnostics.warning("skipped \(warning)") }
                documents += read
            } else if Self.looksLikePath(input) {
                throw InputError.notFound(path: input)
            } else {
                sentenceCount += 1
                documents.append(Document(id: "text-\(sentenceCount)", source: "argument \(sentenceCount)", text: input))
            }
        }
        let gazetteer = try gazetteerOptions.load()
        let finder = MentionFinder(gazetteer: gazetteer)
        let resolver = Resolver(gazetteer: gazetteer)
        let checker = ClaimChecker(gazetteer: gazetteer)
        var total = 0
        for document in documents {
            let claims = checker.check(document, mentions: resolver.resolve(finder.mentions(in: document)))
            total += claims.count
            switch format {
            case .json:
                for (claim, ordinal) in ClaimRecord.numbered(claims) { print(JSONWriter().string(ClaimRecord.json(claim, ordinal: ordinal))) }
            case .text:
                if documents.count > 1 || sentenceCount == 0 { print("\(document.id):") }
                if claims.isEmpty { print("  no checkable claims found") }
                for claim in claims { print("  [\(claim.verdict.rawValue)] \(claim.sentence)") }
            }
        }
        if format == .text && documents.count > 1 {
            print("\(total) claims in \(documents.count) documents")
        }
    }
}
