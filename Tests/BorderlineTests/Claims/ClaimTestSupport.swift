import Foundation
@testable import Borderline

/// The gazetteer and pipeline the claim tests share, loaded once from the package's gazetteer/.
enum ClaimTestSupport {
    /// The package root, found from this file's path (Tests/BorderlineTests/Claims/…).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let gazetteer: Gazetteer = {
        do {
            return try Gazetteer.load(directory: packageRoot + "/gazetteer")
        } catch {
            fatalError("cannot load the gazetteer for the claim tests: \(error)")
        }
    }()

    static let finder = MentionFinder(gazetteer: gazetteer)
    static let resolver = Resolver(gazetteer: gazetteer)
    static let checker = ClaimChecker(gazetteer: gazetteer)

    /// Every checked claim of a text, through the real pipeline.
    static func check(_ text: String, id: String = "test") -> [CheckedClaim] {
        let document = Document(id: id, source: id, text: text)
        return checker.check(document, mentions: resolver.resolve(finder.mentions(in: document)))
    }

    /// Every claim found in a text, before checking.
    static func claims(_ text: String) -> [Claim] {
        let document = Document(id: "test", source: "test", text: text)
        return ClaimExtractor(gazetteer: gazetteer).claims(in: document, mentions: resolver.resolve(finder.mentions(in: document)))
    }
}
