import Testing
@testable import Borderline

@Suite struct SentenceTextTests {
    /// Eight ASCII scalars as the bytes `eightASCII` packs them into (the first in the low byte).
    private func bytes(_ text: String) -> UInt64 {
        var value: UInt64 = 0
        for (i, byte) in text.utf8.enumerated() { value |= UInt64(byte) << (8 * UInt64(i)) }
        return value
    }

    @Test func asciiWordRunCountsLeadingWordBytes() {
        #expect(SentenceText.asciiWordRun(bytes("Kyiv, th")) == 4)
        #expect(SentenceText.asciiWordRun(bytes("shelling")) == 8)
        #expect(SentenceText.asciiWordRun(bytes("a-b c de")) == 1)
        #expect(SentenceText.asciiWordRun(bytes("2023-12-")) == 4)
        #expect(SentenceText.asciiWordRun(bytes("AZaz09@[")) == 6)
        #expect(SentenceText.asciiWordRun(bytes("`{/:Zz9 ")) == 0)
        // Control bytes that setting bit 5 would turn into digits are not word bytes.
        #expect(SentenceText.asciiWordRun(bytes("ab\u{10}\u{19}cdef")) == 2)
    }

    @Test func eightASCIIReadsOnlyWithinTheArrayAndOnlyASCII() {
        let scalars = Array("Kharkiv region, Khárkiv".unicodeScalars)
        scalars.withUnsafeBufferPointer { all in
            #expect(SentenceText.eightASCII(all, at: 0) == bytes("Kharkiv "))
            #expect(SentenceText.eightASCII(all, at: 8) == bytes("region, "))
            #expect(SentenceText.eightASCII(all, at: 14) == nil)  // ", Khárk": "á"
            #expect(SentenceText.eightASCII(all, at: all.count - 8) == nil)
            #expect(SentenceText.eightASCII(all, at: all.count - 7) == nil)  // past the end
        }
    }

    @Test func tokensAreTheTokenizersFoldedWords() {
        let texts = [
            "Drones struck Kharkiv overnight, the governor said.",
            "A 24-year-old was injured in Belgorod at 10:30 p.m. on Dec. 30, 2023.",
            "Eightchr ninechars tenletters 12345678 123456789 x",
            "Khárkiv and Дніпро were hit; Zaporizhzhia’s grid failed",
            "ab\u{10}cd efgh\u{19}ij abcdefgh",
            "short",
            "exactly8",
            "Counteroffensives internationalisation 1234567890123456789012",
        ]
        for text in texts {
            let s = SentenceText(text)
            let expected = Tokenizer.foldedTokens(of: text)
            #expect(s.tokens.count == expected.count)
            for (index, folded) in zip(s.tokens.indices, expected) {
                let ascii = folded.utf8.allSatisfy { $0 < 0x80 }
                #expect(s.tokens[index].isASCII == ascii)
                #expect(s.word(index) == (folded.utf8.count <= 16 ? EventWord(spelling: folded) ?? .unknown : .unknown))
                #expect(s.tokens[index].characters == folded.count)
                #expect(s.number(index) == (folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? Int(folded) : nil))
                if ascii {
                    // The first 16 folded bytes, zero-padded.
                    var packed = EventWord.Packed(low: 0, high: 0)
                    for (i, byte) in folded.utf8.prefix(16).enumerated() {
                        if i < 8 { packed.low |= UInt64(byte) << (8 * UInt64(i)) } else { packed.high |= UInt64(byte) << (8 * UInt64(i - 8)) }
                    }
                    #expect(s.tokens[index].packed == packed)
                } else {
                    #expect(s.folded(index) == folded)
                }
            }
        }
        // Every prefix of a sentence ends its last word where the sentence ends.
        let sentence = "The attack on Kharkiv killed 12 people"
        let scalars = Array(sentence.unicodeScalars)
        for length in 0...scalars.count {
            let s = SentenceText(scalars, base: 0, length: length, offset: 0)
            let prefix = String(String.UnicodeScalarView(scalars[0..<length]))
            #expect(s.tokens.indices.map { s.folded($0) } == Tokenizer.foldedTokens(of: prefix))
        }
    }

    @Test func sentenceIndexFromAHintIsTheBinarySearchsAnswer() {
        // Sentences with gaps between them, and mentions in order, out of order, empty, and
        // across sentence ends.
        let ranges = [0..<10, 11..<25, 25..<40, 42..<60, 60..<61, 70..<90]
        let spans = [(0, 3), (5, 12), (11, 15), (24, 25), (26, 30), (3, 4), (40, 41), (41, 43), (42, 59),
                     (60, 61), (60, 62), (61, 61), (71, 80), (12, 14), (85, 90), (89, 95), (95, 96), (-3, 2)]
        var hint = 0
        for (start, end) in spans {
            let expected = EventExtractor.sentenceIndex(start: start, end: end, in: ranges)
            #expect(EventExtractor.sentenceIndex(start: start, end: end, in: ranges, hint: &hint) == expected)
        }
        var empty = 0
        #expect(EventExtractor.sentenceIndex(start: 1, end: 2, in: [], hint: &empty) == nil)
    }
}
