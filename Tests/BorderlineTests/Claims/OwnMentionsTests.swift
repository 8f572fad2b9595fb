import Testing
@testable import Borderline

/// `ClaimExtractor.ownMentions` gives the positions of one document's mentions by start offset:
/// as they are when the list is in text order (the finder's order, where it skips the sort),
/// sorted when it is not, and without the mentions of other documents.
@Suite("A document's own mentions for the claim extractor")
struct OwnMentionsTests {
    static func mentions(_ text: String, id: String) -> [ResolvedMention] {
        let document = Document(id: id, source: id, text: text)
        return ClaimTestSupport.resolver.resolve(ClaimTestSupport.finder.mentions(in: document))
    }

    @Test("in text order, out of order, and among another document's mentions")
    func positions() {
        let own = Self.mentions("Sudzha lies 10 km from the border, south of Kursk and west of Belgorod.", id: "a")
        let other = Self.mentions("Kharkiv and Sumy were shelled.", id: "b")
        #expect(own.count == 3)
        #expect(other.count == 2)
        let starts = own.map(\.mention.start)
        #expect(starts == starts.sorted())
        // In order: every position, as it is.
        #expect(ClaimExtractor.ownMentions(of: "a", in: own) == [0, 1, 2])
        // Reversed, behind another document's mentions: the positions of "a"'s, by start.
        let mixed = other + own.reversed()
        #expect(ClaimExtractor.ownMentions(of: "a", in: mixed) == [4, 3, 2])
        #expect(ClaimExtractor.ownMentions(of: "b", in: mixed) == [0, 1])
        #expect(ClaimExtractor.ownMentions(of: "c", in: mixed).isEmpty)
    }
}
