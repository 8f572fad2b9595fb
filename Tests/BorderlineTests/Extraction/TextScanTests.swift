@testable import Borderline
import Testing

/// The finder's scan reads most words in a loop of its own (`TextScan.shortWords`: ASCII words of
/// up to fifteen scalars) and the rest in the general one; both must give the same tokens.
@Suite("Text scan")
struct TextScanTests {
    private static let vocabulary = PlaceFixture.pipeline.finder.index.vocabulary

    /// A word as written and as folded, with its gap and flags.
    private struct Word: Equatable, CustomStringConvertible {
        var written: String
        var folded: String
        var gap: Gap
        var flags: UInt8
        var description: String { "\(written)/\(folded)/\(gap)/\(flags)" }
    }

    private static func words(_ scan: TextScan, _ text: String) -> [Word] {
        let scalars = Array(text.unicodeScalars)
        return scan.tokens.map { token in
            var written = String.UnicodeScalarView(), folded = String.UnicodeScalarView()
            written.append(contentsOf: scalars[Int(token.start)..<Int(token.end)])
            folded.append(contentsOf: scan.folded[Int(token.foldStart)..<Int(token.foldEnd)].compactMap(Unicode.Scalar.init))
            return Word(written: String(written), folded: String(folded), gap: token.gap, flags: token.flags.rawValue)
        }
    }

    @Test("words of every length, case and script, with their gaps and flags")
    func tokens() {
        let text = "Shelling hit Kharkiv's outskirts, near KYIV-region (Zaporizhzhia). St. Petersburg; Белгород — Kyiv\n"
            + "unconstitutionally 2024 ab"
        let scan = TextScan(text, vocabulary: Self.vocabulary)
        let capitalized: UInt8 = 1, allUpper: UInt8 = 2, nonASCII: UInt8 = 4
        let expected = [
            Word(written: "Shelling", folded: "shelling", gap: .hard, flags: capitalized),
            Word(written: "hit", folded: "hit", gap: .space, flags: 0),
            Word(written: "Kharkiv", folded: "kharkiv", gap: .space, flags: capitalized),
            Word(written: "s", folded: "s", gap: .apostrophe, flags: 0),
            Word(written: "outskirts", folded: "outskirts", gap: .space, flags: 0),
            Word(written: "near", folded: "near", gap: .comma, flags: 0),
            Word(written: "KYIV", folded: "kyiv", gap: .space, flags: capitalized | allUpper),
            Word(written: "region", folded: "region", gap: .hyphen, flags: 0),
            Word(written: "Zaporizhzhia", folded: "zaporizhzhia", gap: .other, flags: capitalized),
            Word(written: "St", folded: "st", gap: .hard, flags: capitalized),
            Word(written: "Petersburg", folded: "petersburg", gap: .period, flags: capitalized),
            Word(written: "Белгород", folded: "белгород", gap: .hard, flags: capitalized | nonASCII),
            Word(written: "Kyiv", folded: "kyiv", gap: .other, flags: capitalized),
            Word(written: "unconstitutionally", folded: "unconstitutionally", gap: .hard, flags: 0),
            Word(written: "2024", folded: "2024", gap: .space, flags: allUpper),
            Word(written: "ab", folded: "ab", gap: .space, flags: 0),
        ]
        #expect(Self.words(scan, text) == expected)
        let scalars = Array(text.unicodeScalars)
        #expect(scan.scalarCount == scalars.count)
        #expect(scan.newlines == [scalars.firstIndex(of: "\n")!])
        #expect(scan.sentenceBreaks.map { scalars[Int($0)] } == [".", ".", "\n"])
    }

    @Test("every word's vocabulary id is the one its folded scalars have, over the fixtures")
    func ids() throws {
        let documents = try DocumentReader().read([PlaceFixture.url("sentences.jsonl").path]).documents
        var known = 0
        for document in documents {
            let scan = TextScan(document.text, vocabulary: Self.vocabulary)
            for token in scan.tokens {
                let id = Self.vocabulary.id(of: Array(scan.folded[Int(token.foldStart)..<Int(token.foldEnd)])) ?? -1
                #expect(token.id == id, "\(document.id) \(token.start)")
                if id >= 0 { known += 1 }
            }
        }
        #expect(known > 100)
    }
    @Test("words of eight to fifteen letters, keyed by the scan from two chunks, known or not")
    func longWordKeys() {
        // Known names and unknown words of every length from 8 to 15 (the scan keys them whole),
        // then one of 16 and one of 18 (keyed by `lookUp`).
        let words = ["Kherson", "Belgorod", "Kupiansk", "Mariupol", "Pokrovsk", "Petersburg", "Zaporizhzhia",
                     "Dnipropetrovsk", "Khmelnytskyi", "zzqqxxww", "zzqqxxwwv", "zzqqxxwwvvu", "zzqqxxwwvvuutts",
                     "zzqqxxwwvvuuttss", "unconstitutionally"]
        let text = words.joined(separator: " ") + " end."
        let scan = TextScan(text, vocabulary: Self.vocabulary)
        #expect(scan.tokens.count == words.count + 1)
        var known = 0
        for token in scan.tokens {
            let folded = Array(scan.folded[Int(token.foldStart)..<Int(token.foldEnd)])
            let id = Self.vocabulary.id(of: folded) ?? -1
            #expect(token.id == id, "\(token.start)")
            if id < 0 {
                // An unknown word leaves nothing of the key the scan stashed in its token.
                #expect(token.info.rawValue == 0 && token.firstEntry == 0 && token.entryCount == 0)
            } else {
                known += 1
            }
        }
        #expect(known >= 6)
    }

    @Test("a text of more words than the room first made for them (a word every four bytes)")
    func manyShortWords() {
        // One- and two-letter words: ASCII ones (read by `shortWords`) and Cyrillic ones (read by
        // `run`), so the writer fills in either loop and moves its words on, maybe more than once.
        for (short, long) in [("a", "Ab"), ("я", "Юж")] {
            let written = (0..<700).map { $0 % 3 == 0 ? long : short }
            let text = written.joined(separator: " ") + "."
            let scan = TextScan(text, vocabulary: Self.vocabulary)
            #expect(scan.tokens.count == written.count)
            #expect(Self.words(scan, text).map(\.written) == written)
            #expect(Self.words(scan, text).map(\.folded) == written.map { $0.lowercased() })
            let scalars = Array(text.unicodeScalars)
            #expect(scan.tokens.map(\.start) == Array(scalars.indices.filter { $0 == 0 || scalars[$0 - 1] == " " }.map(Int32.init)))
        }
    }

    @Test("General Punctuation, answered without its properties, is no part of a word")
    func generalPunctuation() {
        for value in UInt32(0x1FF0)..<0x2080 {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarFolding.shared.isWord(value) == Tokenizer.isWordScalar(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(!ScalarFolding.shared.isWord(0x2019) && !ScalarFolding.shared.isWord(0x2014))
        #expect(ScalarFolding.shared.isWord(0x2071))
    }

    @Test("sentences split on the UTF-8 at the scan's breaks are those of the scalars, and so are the finder's mentions")
    func sentencesOnUTF8() throws {
        let documents = try DocumentReader().read([PlaceFixture.url("sentences.jsonl").path]).documents
        let texts = documents.map(\.text) + [
            "\u{201C}Quoted.\u{201D} Next \u{2014} one. Dr. Smith went to St. Petersburg. Б. Иванов сказал. «Да.» Ok",
            "Café. Ünter den Linden! 3 p.m. local time. Is it? \u{201E}Yes.\u{201C}\n\nÉtat. A\u{00A0}b. Ω. x.",
        ]
        for text in texts {
            let scan = TextScan(text, vocabulary: Self.vocabulary)
            var utf8 = text
            let split = utf8.withUTF8 { bytes in
                SentenceSplitter.ranges(
                    UTF8Scalars(bytes: bytes, byteOffsets: scan.byteOffsets, count: scan.scalarCount), breaks: scan.sentenceBreaks)
            }
            #expect(split == SentenceSplitter.ranges(Array(text.unicodeScalars)), "\(text.prefix(40))")
        }
        let finder = PlaceFixture.pipeline.finder
        for document in documents {
            let scan = finder.scan(document)
            let text = DocumentText(document.text, sentenceBreaks: scan.sentenceBreaks, byteOffsets: scan.byteOffsets)
            #expect(finder.mentions(in: document) == finder.mentions(in: document, scan: scan, text: text), "\(document.id)")
        }
    }

    @Test("a full stop after a letter beyond ASCII: an initial when the letter stands alone in upper case")
    func initialsBeyondASCII() {
        let text = "Б. Иванов сказал. Straße. Next came é. Lviv then Ω. Belgorod and ÉA. Lyon."
        #expect(SentenceSplitter.sentences(Array(text.unicodeScalars)).map(\.text) == [
            "Б. Иванов сказал.", "Straße.", "Next came é.", "Lviv then Ω. Belgorod and ÉA.", "Lyon.",
        ])
    }
}
