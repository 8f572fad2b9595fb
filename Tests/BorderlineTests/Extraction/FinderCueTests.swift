import Testing
@testable import Borderline

/// The finder passes over work its cues cannot need: a capitalised unknown word is tried only
/// against the glued words ending in its last letter, a relation phrase is looked for only
/// around a compass or proximity word, and a sentence's demonyms only when one lies in it.
/// What it finds must be what the full searches find.
@Suite("Finder cues")
struct FinderCueTests {
    @Test("each glued word is listed once, under its last letter, in the order of gluedWords")
    func gluedWordsByLast() {
        let all = MentionFinder.gluedWords
        var listed = 0
        for (last, words) in MentionFinder.gluedWordsByLast.enumerated() {
            #expect(words == all.filter { $0.last == UInt32(last) })
            listed += words.count
        }
        #expect(listed == all.count)
        #expect(MentionFinder.gluedWordsByLast[Int(UInt8(ascii: "h"))].contains(Array("which".unicodeScalars.map(\.value))))
    }

    @Test("a glued name, a relation phrase and a later sentence's demonym are found")
    func cues() throws {
        let finder = MentionFinder(gazetteer: try GazetteerFixture.gazetteer())
        let text = "Shelling hit Kharkivwhich lies close to the border. Drones struck Sloboda and Lukashivka south of Chernihiv. "
            + "Later, Russian drones hit Sumy."
        let mentions = finder.mentions(in: Document(id: "d", source: "test", text: text))
        #expect(mentions.map(\.surface) == ["Kharkiv", "Sloboda", "Lukashivka", "Chernihiv", "Sumy"])
        let chernihiv = try #require(mentions.first { $0.surface == "Chernihiv" })
        for subject in mentions where subject.surface == "Sloboda" || subject.surface == "Lukashivka" {
            #expect(subject.context.relation?.phrase == "south of")
            #expect(subject.context.relation?.bearingDegrees == 180)
            #expect(subject.context.relation?.anchorStart == chernihiv.start)
        }
        #expect(chernihiv.context.relation == nil)
        #expect(mentions.map(\.context.demonymCountries) == [[], [], [], [], ["RU"]])
        #expect(mentions.last?.sentenceText == "Later, Russian drones hit Sumy.")
    }
}
