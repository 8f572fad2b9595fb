import Testing
@testable import Borderline

@Suite struct SentenceTextTests {
    /// Eight ASCII scalars as the bytes `eightASCII` packs them into (the first in the low byte).
    private func bytes(_ text: String) -> UInt64 {
        var value: UInt64 = 0
        for (i, byte) in text.utf8.enumerated() { value |= UInt64(byte) << (8 * UInt64(i)) }
        return value
    }

    /// `text(_:_:)` gives the scalars' own text, ASCII or not, for a sentence that is a range
    /// of a longer array, and clamps its range to the sentence.
    @Test func textOfRangesIsTheScalarsText() {
        let document = "Intro. According to Ukrainska Pravda, on 3 März “Kharkiv” was hit. End."
        let scalars = Array(document.unicodeScalars)
        let start = 7, length = scalars.count - 7 - 5
        let s = SentenceText(scalars, base: start, length: length, offset: start)
        func expected(_ lower: Int, _ upper: Int) -> String {
            String(String.UnicodeScalarView(scalars[(start + max(0, lower))..<(start + min(upper, length))]))
        }
        #expect(s.text(0, 9) == "According")
        #expect(s.text(13, 29) == "Ukrainska Pravda")
        #expect(s.text(13, 29) == expected(13, 29))
        #expect(s.text(34, 40) == "3 März")
        #expect(s.text(41, 50) == "“Kharkiv”")
        #expect(s.text(-3, 2) == "Ac")
        #expect(s.text(length - 4, length + 10) == "hit.")
        #expect(s.text(5, 5) == "")
        for lower in stride(from: 0, to: length, by: 3) {
            for upper in stride(from: lower + 1, through: length, by: 5) { #expect(s.text(lower, upper) == expected(lower, upper)) }
        }
    }

    @Test func wordBitsMarkDigitsAndLetters() {
        #expect(WordRuns.wordBits(bytes("Kyiv, th")) == 0b1100_1111)
        #expect(WordRuns.wordBits(bytes("shelling")) == 0xFF)
        #expect(WordRuns.wordBits(bytes("a-b c de")) == 0b1101_0101)
        #expect(WordRuns.wordBits(bytes("2023-12-")) == 0b0110_1111)
        #expect(WordRuns.wordBits(bytes("AZaz09@[")) == 0b0011_1111)
        #expect(WordRuns.wordBits(bytes("`{/:Zz9 ")) == 0b0111_0000)
        // Control bytes that setting bit 5 would turn into digits are not word bytes.
        #expect(WordRuns.wordBits(bytes("ab\u{10}\u{19}cdef")) == 0b1111_0011)
    }

    /// The runs, bytes and wide bits `WordRuns` reads from `text`'s scalars `lower..<lower + count`.
    private func runs(_ text: String, _ lower: Int = 0, _ count: Int? = nil) -> (runs: [String], packed: [EventWord.Packed], wide: [Bool], hasWide: Bool) {
        let scalars = Array(text.unicodeScalars)
        let count = count ?? scalars.count - lower
        return scalars.withUnsafeBufferPointer { all in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: WordRuns.scratchWords(count: count)) { scratch in
                let runs = WordRuns(all, from: lower, count: count, scratch: scratch)
                var words = runs.makeIterator()
                var found: [String] = [], packed: [EventWord.Packed] = [], wide: [Bool] = []
                while let (start, end) = words.next() {
                    found.append(String(String.UnicodeScalarView(scalars[(lower + start)..<(lower + end)])))
                    wide.append(runs.anyWide(start, end))
                    packed.append(wide.last! ? EventWord.Packed(low: 0, high: 0) : runs.packed(start, end))
                }
                return (found, packed, wide, runs.hasWide)
            }
        }
    }

    @Test func wordRunsAreTheTokenizersWords() {
        let long = "The attack on Kharkiv killed 12 people, officials said; Counteroffensives x"
        for text in [long, String(repeating: "ab ", count: 50) + "end", String(repeating: "x", count: 130),
                     "Khárkiv and Дніпро were hit", "–", "", "a", "abcdefgh", "abcdefg!"] {
            let scalars = Array(text.unicodeScalars)
            let expected = Tokenizer.tokens(scalars).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
            #expect(runs(text).runs == expected)
        }
        // A sentence within a text: words end where it ends, though the next scalars are read.
        #expect(runs("one two three four", 4, 6).runs == ["two", "th"])
        #expect(runs("xx abcdefghijklmnopq", 3, 17).runs == ["abcdefghijklmnopq"])
        // Runs across 64-bit words of the mask.
        let crossing = String(repeating: "a", count: 60) + " " + String(repeating: "b", count: 70) + " c"
        #expect(runs(crossing).runs.map(\.count) == [60, 70, 1])
    }

    @Test func wordRunsPackAndMarkWideWords() {
        let found = runs("Kyiv SHELLED at 10:30, Khárkiv eightchr sixteencharacter seventeencharacter")
        #expect(found.runs == ["Kyiv", "SHELLED", "at", "10", "30", "Khárkiv", "eightchr", "sixteencharacter", "seventeencharacter"])
        #expect(found.wide == [false, false, false, false, false, true, false, false, false])
        #expect(found.hasWide)
        #expect(found.packed[0] == EventWord.Packed(low: bytes("kyiv"), high: 0))
        #expect(found.packed[1] == EventWord.Packed(low: bytes("shelled"), high: 0))
        #expect(found.packed[3] == EventWord.Packed(low: bytes("10"), high: 0))
        #expect(found.packed[6] == EventWord.Packed(low: bytes("eightchr"), high: 0))
        #expect(found.packed[7] == EventWord.Packed(low: bytes("sixteenc"), high: bytes("haracter")))
        #expect(found.packed[8] == EventWord.Packed(low: bytes("seventee"), high: bytes("ncharact")))
        #expect(!runs("plain ASCII").hasWide)
        // Quotes and dashes beyond ASCII are not word scalars: no word of theirs is wide.
        let quoted = runs("Kyiv’s “attack” — 12")
        #expect(quoted.runs == ["Kyiv", "s", "attack", "12"])
        #expect(!quoted.hasWide)
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

    /// Sixteen ASCII scalars are narrowed to their bytes and marked as `wordBits` marks each
    /// half; sixteen with one beyond ASCII are left to the caller, nothing written.
    @Test func sixteenASCIINarrowsAndMarksOnlyASCII() {
        let text = "Kharkiv region, 2023-12 shelling"
        let scalars = Array(text.unicodeScalars)
        scalars.withUnsafeBufferPointer { all in
            var out = [UInt8](repeating: 0xEE, count: 16)
            let bits = out.withUnsafeMutableBufferPointer { WordRuns.sixteenASCII(UnsafeRawPointer(all.baseAddress!), into: $0.baseAddress!) }
            #expect(bits == 0b0011_1111_0111_1111)
            #expect(out == Array(text.utf8.prefix(16)))
            let second = out.withUnsafeMutableBufferPointer { WordRuns.sixteenASCII(UnsafeRawPointer(all.baseAddress! + 16), into: $0.baseAddress!) }
            #expect(second == WordRuns.wordBits(bytes("2023-12 ")) | WordRuns.wordBits(bytes("shelling")) << 8)
            #expect(out == Array(text.utf8.dropFirst(16)))
        }
        for position in [0, 7, 8, 15] {
            var scalars = Array("abcdefghijklmnop".unicodeScalars)
            scalars[position] = "á"
            var out = [UInt8](repeating: 0xEE, count: 16)
            let bits = scalars.withUnsafeBufferPointer { all in
                out.withUnsafeMutableBufferPointer { WordRuns.sixteenASCII(UnsafeRawPointer(all.baseAddress!), into: $0.baseAddress!) }
            }
            #expect(bits == nil)
            #expect(out == [UInt8](repeating: 0xEE, count: 16))
        }
        // Words across blocks of sixteen, and a block with a scalar beyond ASCII among them.
        let long = String(repeating: "word ", count: 7) + "Khárkiv’s “strike” — " + String(repeating: "ab1 ", count: 9) + "end"
        let longScalars = Array(long.unicodeScalars)
        let expected = Tokenizer.tokens(longScalars).map { String(String.UnicodeScalarView(longScalars[$0.start..<$0.end])) }
        #expect(runs(long).runs == expected)
        for lower in [0, 1, 5, 16, 17] {
            let count = longScalars.count - lower - 3
            let part = Array(longScalars[lower..<(lower + count)])
            let partWords = Tokenizer.tokens(part).map { String(String.UnicodeScalarView(part[$0.start..<$0.end])) }
            #expect(runs(long, lower, count).runs == partWords)
        }
    }

    /// The scalars `isWordScalarBeyondASCII` answers from their ranges are answered as
    /// `Tokenizer.isWordScalar` answers them.
    @Test func wordScalarsBeyondASCIIAreTheTokenizersWordScalars() {
        var differing: [UInt32] = []
        for value in UInt32(0x80)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if SentenceText.isWordScalarBeyondASCII(scalar) != Tokenizer.isWordScalar(scalar) { differing.append(value) }
        }
        #expect(differing.isEmpty)
        #expect(SentenceText.isWordScalarBeyondASCII("é") && SentenceText.isWordScalarBeyondASCII("Д"))
        #expect(!SentenceText.isWordScalarBeyondASCII("’") && !SentenceText.isWordScalarBeyondASCII("—"))
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

    @Test func sentencesShareTheirStorageOnlyWhenTheyMayAndGrowIt() {
        let scalars = Array("Drones hit Kyiv. Missiles struck the Kharkiv region overnight.".unicodeScalars)
        var storage = SentenceText.TokenStorage()
        let first = SentenceText(scalars, base: 0, length: 16, offset: 0, storage: &storage)
        // The first sentence still holds the storage: the second is written elsewhere.
        let second = SentenceText(scalars, base: 17, length: scalars.count - 17, offset: 17, storage: &storage)
        #expect(first.tokens.map(\.word) == [.drones, .hit, .unknown])
        #expect(second.tokens.map(\.word) == [.missiles, .struck, .the, .unknown, .region, .overnight])
        #expect(second.tokens.map(\.start) == [0, 9, 16, 20, 28, 35])
        // A range that overruns the scalars has the tokens of the part within them.
        #expect(SentenceText(scalars, base: 59, length: 10, offset: 59).tokens.map(\.end) == [2])
        #expect(SentenceText(scalars, base: 70, length: 5, offset: 70).tokens.isEmpty)
        // Once the sentences are gone, a longer one grows the storage it is given.
        var reused = SentenceText.TokenStorage()
        for length in [3, 16, scalars.count] {
            let s = SentenceText(scalars, base: 0, length: length, offset: 0, storage: &reused)
            let expected = Tokenizer.tokens(Array(scalars[..<length]))
            #expect(s.tokens.map(\.start) == expected.map(\.start))
            #expect(s.tokens.map(\.end) == expected.map(\.end))
        }
    }

    @Test func aSentenceLentItsScalarsAndStorageReadsAsAnOwningOne() {
        let scalars = Array("Drones hit Kyiv. Missiles struck the Kharkiv region overnight.".unicodeScalars)
        // One storage lent to each sentence in turn, as the extractor lends it.
        let storage = SentenceText.TokenStorage(room: 2)
        scalars.withUnsafeBufferPointer { buffer in
            for (base, length) in [(0, 16), (17, scalars.count - 17), (0, scalars.count)] {
                let owning = SentenceText(scalars, base: base, length: length, offset: base)
                let lent = SentenceText(lending: buffer, base: base, length: length, offset: base, storage: storage)
                #expect(lent.tokens.map(\.word) == owning.tokens.map(\.word))
                #expect(lent.tokens.map(\.start) == owning.tokens.map(\.start))
                #expect(lent.tokens.map(\.end) == owning.tokens.map(\.end))
                #expect(lent.text(0, length) == owning.text(0, length))
                #expect(lent.hasNumber == owning.hasNumber)
            }
            let second = SentenceText(lending: buffer, base: 17, length: scalars.count - 17, offset: 17, storage: storage)
            #expect(second.tokens.map(\.word) == [.missiles, .struck, .the, .unknown, .region, .overnight])
            #expect(second.text(0, 8) == "Missiles")
            #expect(second.contains(.region) && !second.contains(.drones))
        }
        // An owning sentence keeps its scalars and tokens once the array it was made from is gone.
        var kept: SentenceText? = nil
        do {
            let own = Array("Shelling hit Kherson at night.".unicodeScalars)
            kept = SentenceText(own, base: 0, length: own.count, offset: 0)
        }
        #expect(kept?.text(0, 8) == "Shelling")
        #expect(kept?.tokens.map(\.word) == [.shelling, .hit, .unknown, .at, .night])
    }

    @Test func aStorageMadeWithRoomServesSentencesUpToItAndBeyond() {
        let scalars = Array("Drones hit Kyiv. Missiles struck the Kharkiv region overnight.".unicodeScalars)
        // Room for the first sentence's tokens alone, then for none: each sentence has the
        // tokens a storage grown from nothing gives it, the longer one growing the storage.
        for room in [8, 0] {
            var storage = SentenceText.TokenStorage(room: room)
            let first = SentenceText(scalars, base: 0, length: 16, offset: 0, storage: &storage)
            #expect(first.tokens.map(\.word) == [.drones, .hit, .unknown])
            #expect(first.tokens.map(\.end) == [6, 10, 15])
        }
        var storage = SentenceText.TokenStorage(room: 2)
        let whole = SentenceText(scalars, base: 0, length: scalars.count, offset: 0, storage: &storage)
        #expect(whole.tokens.map(\.word) == [.drones, .hit, .unknown, .missiles, .struck, .the, .unknown, .region, .overnight])
        #expect(whole.tokens.map(\.start) == [0, 7, 11, 17, 26, 33, 37, 45, 52])
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

    @Test func sentenceTextFromTheDocumentsBytesIsTheScalarsText() {
        // Multi-byte scalars before, inside and at the ends of sentences; finder texts that are
        // the sentence, differ by one byte, are a prefix, or are longer.
        let text = "Тут «Kyiv» was hit. Naïve — the blast near Khárkiv 😀! Plain ASCII sentence here, long enough."
        let document = DocumentText(text)
        let offsets = ByteOffsets(reading: text, scalarCount: document.scalars.count)
        #expect(offsets != nil)
        for range in document.sentences {
            let own = ScalarText.string(document.scalars[range])
            for finderText in [own, own + " ", String(own.dropLast()), String(own.map { $0 == "a" ? "b" : $0 }), ""] {
                let fromBytes = EventExtractor.sentenceText(document.scalars, range, finderText: finderText, document: text, byteOffsets: offsets)
                #expect(fromBytes == EventExtractor.sentenceText(document.scalars, range, finderText: finderText))
                #expect(Array(fromBytes.utf8) == Array(own.utf8))
            }
        }
        #expect(TextCutter.spells("abcdefghij", bytes: UnsafeBufferPointer(start: nil, count: 0)) == false)
        #expect(TextCutter.spells("", bytes: UnsafeBufferPointer(start: nil, count: 0)))
    }

    @Test func listGapsWithPlainScalarsBeyondASCIIAreNoListGaps() {
        // The gap between "Dnipro" (0..<6) and the next name, as `isListGap` passes it.
        func gap(_ text: String) -> Bool? {
            let s = SentenceText(text)
            let next = Array(text.unicodeScalars).lastIndex(of: "K")!
            return EventExtractor.asciiListGap(s, 6, next)
        }
        #expect(gap("Dnipro, Kharkiv") == true)
        #expect(gap("Dnipro and Kharkiv") == true)
        #expect(gap("Dnipro and the Kharkiv") == true)
        #expect(gap("Dnipro to Kharkiv") == false)
        // A dash, curly quote, guillemet, ellipsis or no-break space makes a word of its own or
        // joins one: never "and", "or" or "the", so never a list, whatever the rest of the gap.
        #expect(gap("Dnipro — Kharkiv") == false)
        #expect(gap("Dnipro, “Kharkiv") == false)
        #expect(gap("Dnipro, and «Kharkiv") == false)
        #expect(gap("Dnipro… Kharkiv") == false)
        #expect(gap("Dnipro and\u{A0}Kharkiv") == false)
        #expect(gap("Dnipro, ’é Kharkiv") == false)
        // Other scalars beyond ASCII, and CR, are left to `String`.
        #expect(gap("Dnipro, é Kharkiv") == nil)
        #expect(gap("Dnipro,\r\nKharkiv") == nil)
    }

    /// A token is 40 bytes, and its offsets and length, held in 32 bits, read back as written;
    /// a sentence that starts before its scalars (negative base) has its tokens' offsets moved
    /// by the same amount as before.
    @Test func tokensAreFortyBytesAndKeepTheirOffsets() {
        #expect(MemoryLayout<SentenceText.WordToken>.stride == 40)
        var token = SentenceText.WordToken(
            start: 3, end: 70_000, word: .fire, packed: EventWord.Packed(low: 0x6572_6966, high: 0),
            characters: 69_997, number: -1, isCapitalized: true, isASCII: true)
        #expect(token.start == 3 && token.end == 70_000 && token.characters == 69_997)
        #expect(token.word == .fire && token.number == -1 && token.isCapitalized && token.isASCII)
        token.start += 4_000_000_000
        #expect(token.start == 4_000_000_003)
        let scalars = Array("Shelling hit 12 homes in Kharkiv.".unicodeScalars)
        let s = SentenceText(scalars, base: 0, length: scalars.count, offset: 0)
        #expect(s.tokens.map(\.start) == [0, 9, 13, 16, 22, 25])
        #expect(s.tokens.map(\.end) == [8, 12, 15, 21, 24, 32])
        #expect(s.tokens.map(\.characters) == [8, 3, 2, 5, 2, 7])
        #expect(s.tokens[2].number == 12)
        let early = SentenceText(scalars, base: -2, length: scalars.count + 2, offset: 0)
        #expect(early.tokens.map(\.start) == [2, 11, 15, 18, 24, 27])
    }

    /// Every listed word is found from its packed spelling (each lies within the slots its
    /// lookup tests), and words not listed, the empty one included, are `unknown`.
    @Test func everyListedWordIsLookedUpAndNoOther() {
        func packed(_ text: String) -> EventWord.Packed {
            var packed = EventWord.Packed(low: 0, high: 0)
            for (i, byte) in text.utf8.prefix(16).enumerated() {
                if i < 8 { packed.low |= UInt64(byte) << (8 * UInt64(i)) } else { packed.high |= UInt64(byte) << (8 * UInt64(i - 8)) }
            }
            return packed
        }
        for word in EventWord.allCases.dropFirst() {
            #expect(EventWord.lookup(packed(word.spelling)) == word)
        }
        for text in ["", "th", "thee", "attacke", "kharkiv", "responsibilityx", "zzzzzzzzzzzzzzzz"] {
            #expect(EventWord.lookup(packed(text)) == .unknown)
        }
    }

    /// `tokenIndex(at:)` is the first token whose end lies beyond the offset, for every offset
    /// of sentences of no, one and many tokens; `hasNumber` says whether a token is a number.
    @Test func tokenIndexIsTheFirstTokenEndingBeyondAnOffset() {
        for text in ["", "  ", "Kyiv", "Drones hit Kyiv. Missiles struck the Kharkiv region at 3 a.m. overnight, 12 said."] {
            let s = SentenceText(text)
            let ends = s.tokens.map(\.end)
            for position in -1...(text.unicodeScalars.count + 1) {
                #expect(s.tokenIndex(at: position) == ends.firstIndex { $0 > position })
            }
            #expect(s.hasNumber == (text.contains("3")))
        }
    }
}
