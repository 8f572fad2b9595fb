@testable import Borderline
import Testing

/// `Resolver.resolve` takes its mentions `consuming` and moves each into its result, taking it
/// off the array: a caller that keeps its array must still see it untouched.
@Suite("Resolver moves mentions into results")
struct ResolverMovesMentionsTests {
    static let text = "Shelling hit Sudzha, Kursk region, and Belgorod. Russia's Belgorod saw more strikes south of Kharkiv."

    @Test("a kept array is unchanged, and results equal those of a passed-on array")
    func keptArrayIsUntouched() {
        let document = Document(id: "moves", source: "moves", text: Self.text)
        let mentions = ClaimTestSupport.finder.mentions(in: document)
        let copy = mentions
        let fromKept = ClaimTestSupport.resolver.resolve(mentions)
        let fromPassedOn = ClaimTestSupport.resolver.resolve(ClaimTestSupport.finder.mentions(in: document))
        #expect(mentions == copy)
        #expect(mentions.count >= 4)
        #expect(fromKept == fromPassedOn)
        #expect(fromKept.map(\.mention) == mentions)
        #expect(fromKept.map(\.mention.surface).prefix(2) == ["Sudzha", "Kursk region"])
        #expect(fromKept.allSatisfy { !$0.reason.isEmpty })
    }
}
