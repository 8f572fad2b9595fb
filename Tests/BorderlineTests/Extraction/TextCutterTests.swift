import Testing
@testable import Borderline

/// The finder and the claims cut texts out of the document's UTF-8 by scalar offsets
/// (`TextCutter`), remembering the stretch between multi-byte scalars last read; the texts must
/// be the scalars' own wherever the ranges fall, and whatever was cut before.
@Suite("Text cutter")
struct TextCutterTests {
    @Test("ranges before, across and after multi-byte scalars, short and long, in any order")
    func texts() {
        let text = "«Kyiv» and Харків — “Zaporizhzhia Oblast’s capital” is near the front line, officials say. Sumy"
        let scalars = Array(text.unicodeScalars)
        let offsets = ByteOffsets(reading: text, scalarCount: scalars.count)!
        var utf8 = text
        utf8.withUTF8 { bytes in
            var cutter = TextCutter(bytes, offsets)
            var ranges: [Range<Int>] = []
            for start in stride(from: 0, to: scalars.count, by: 3) {
                for length in [1, 4, 9, 15, 16, 40] where start + length <= scalars.count { ranges.append(start..<start + length) }
            }
            ranges += [90..<scalars.count, 0..<scalars.count, 1..<6, 11..<17]
            for range in ranges {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[range])
                #expect(cutter.text(range) == String(expected), "\(range)")
            }
        }
    }

    @Test("a claim's texts are the scalars' own, in a text with and without multi-byte scalars")
    func claimSentenceTexts() throws {
        for text in ["Belgorod, about 40 km from the border", "«Belgorod», about 40 km from the Ukrainian border — officials’ words"] {
            let scalars = Array(text.unicodeScalars)
            let sentence = ClaimSentence(
                documentID: "d", text: text, scalars: scalars, all: [], gazetteer: try GazetteerFixture.gazetteer(),
                admin1Positions: [:])
            for (start, end) in [(0, 8), (10, 24), (0, scalars.count), (scalars.count - 6, scalars.count), (3, 3)] {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[start..<end])
                #expect(sentence.text(start, end) == String(expected), "\(start)..<\(end) in \(text)")
            }
        }
    }

    @Test("copySmall copies 0 to 16 bytes exactly, touching nothing past its room")
    func copySmall() {
        let source: [UInt8] = Array("Zaporizhzhia-Kyi".utf8)
        #expect(source.count == 16)
        for count in 0...16 {
            // Room for `count` bytes, then four guard bytes that must stay untouched.
            var out = [UInt8](repeating: 0xEE, count: count + 4)
            source.withUnsafeBufferPointer { all in
                out.withUnsafeMutableBufferPointer { room in
                    TextCutter.copySmall(UnsafeBufferPointer(rebasing: all[0..<count]),
                                         to: UnsafeMutableBufferPointer(rebasing: room[0..<count]))
                }
            }
            #expect(Array(out[0..<count]) == Array(source[0..<count]))
            #expect(out[count...].allSatisfy { $0 == 0xEE })
        }
    }

    @Test("short surfaces are their bytes' Strings, ASCII and not")
    func shortTexts() {
        for text in ["", "K", "Kyiv", "Sumy Oblast", "Zaporizhzhia", "Kharkiv Oblast!", "Харків", "«Kyiv»"] {
            var utf8 = text
            let cut = utf8.withUTF8 { bytes in TextCutter.string(bytes) }
            #expect(cut == text)
            #expect(Array(cut.utf8) == Array(text.utf8))
        }
    }

    @Test("spells tells equal bytes from a difference at any position or in length")
    func spells() {
        let scalars = Array("Sudzha, about 10 km from the border, and Харків".unicodeScalars)
        // Every prefix that ends at a scalar boundary, as the cutter's slices do.
        for length in 0...scalars.count {
            let same = String(String.UnicodeScalarView(scalars[..<length]))
            let bytes = Array(same.utf8), count = bytes.count
            bytes.withUnsafeBufferPointer { buffer in
                #expect(TextCutter.spells(same, bytes: buffer))
                #expect(!TextCutter.spells(same + "x", bytes: buffer))
                for position in 0..<count where bytes[position] < 0x80 {
                    var changed = bytes
                    changed[position] = bytes[position] == 0x41 ? 0x42 : 0x41
                    #expect(!TextCutter.spells(String(decoding: changed, as: UTF8.self), bytes: buffer), "\(count), \(position)")
                }
            }
        }
    }

    @Test("a cut shares a string that spells its bytes, and is cut anew from one that does not")
    func sharing() {
        let text = "Belgorod, about 40 km from the border. «Sumy» is near Харків."
        let scalars = Array(text.unicodeScalars)
        let offsets = ByteOffsets(reading: text, scalarCount: scalars.count)!
        var utf8 = text
        utf8.withUTF8 { bytes in
            var cutter = TextCutter(bytes, offsets)
            let first = 0..<38, second = 39..<scalars.count
            let firstText = String(String.UnicodeScalarView(scalars[first])), secondText = String(String.UnicodeScalarView(scalars[second]))
            #expect(cutter.text(first, sharing: firstText) == firstText)
            #expect(cutter.text(second, sharing: secondText) == secondText)
            // Another sentence's text, or one a byte longer, is not taken for this one's.
            #expect(cutter.text(first, sharing: secondText) == firstText)
            #expect(cutter.text(second, sharing: secondText + " ") == secondText)
            #expect(cutter.text(first, sharing: "") == firstText)
        }
    }
}
