import Testing
@testable import Borderline

/// `ClaimSentence.text(_:_:)` cuts a claim's texts from the document's text at the UTF-8
/// offsets of its scalar offsets (`ClaimSentence.byteOffsets`): the pieces must be exactly the
/// scalars' text, in ASCII documents and in documents with scalars of two, three and four bytes.
@Suite("Claim texts cut from the document")
struct ClaimTextTests {
    static func sentence(_ text: String) -> ClaimSentence {
        ClaimSentence(documentID: "test", text: text, scalars: ScalarText.scalars(of: text), all: [],
                      gazetteer: ClaimTestSupport.gazetteer, admin1Positions: [:])
    }

    @Test("every span of a text is the scalars' text", arguments: [
        "Sudzha lies 10 km from the border.",
        "Sudzha \u{2013} a town \u{2019}10 km\u{2019} from Kursk, \u{41A}\u{443}\u{440}\u{441}\u{43A} \u{1F600} caf\u{E9}\r\n",
        "\u{E9}", "",
    ])
    func everySpan(_ text: String) {
        let sentence = Self.sentence(text)
        let scalars = sentence.scalars
        #expect(sentence.byteOffsets != nil)
        for start in 0...scalars.count {
            for end in start...scalars.count {
                #expect(sentence.text(start, end) == ScalarText.string(scalars[start..<end]), "\(start)..<\(end)")
            }
        }
    }

    @Test("offsets past multi-byte scalars")
    func values() {
        let sentence = Self.sentence("\u{2018}Sumy\u{2019} \u{2013} 30 km")
        #expect(sentence.text(1, 5) == "Sumy")
        #expect(sentence.text(7, 9) == "\u{2013} ")
        #expect(sentence.text(9, 14) == "30 km")
        // Two quotes and a dash of three bytes each before "30": six bytes more than scalars.
        #expect(sentence.byteOffsets?.byteOffset(ofScalar: 9) == 15)
        #expect(Self.sentence("plain").byteOffsets?.isEmpty == true)
    }
}
