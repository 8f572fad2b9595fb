import Testing
@testable import Borderline

@Suite("Claim lexer: words read eight scalars at a time")
struct ClaimLexerWordTests {
    /// `PackedWord` filled byte by byte, as the lexer's scalar loop fills it.
    static func byteByByte(_ word: String) -> PackedWord {
        var packed = PackedWord()
        for byte in word.utf8 { packed.append(byte) }
        packed.finish()
        return packed
    }

    @Test("a chunk of eight and a partial one pack as byte by byte")
    func chunks() {
        for word in ["a", "border", "kilometr", "kilometres", "northwestwards", "abcdefghijklmnopqrstuvwxyzab"] {
            let bytes = Array(word.utf8)
            var packed = PackedWord()
            var offset = 0
            while offset < bytes.count {
                var chunk = SIMD8<UInt8>(repeating: 0x7A)
                for lane in 0..<min(8, bytes.count - offset) { chunk[lane] = bytes[offset + lane] }
                let count = min(8, bytes.count - offset)
                packed.append(first: count, of: chunk)
                offset += count
            }
            packed.finish()
            let expected = Self.byteByByte(word)
            #expect(packed.matches(expected), "\(word)")
            #expect(packed.count == bytes.count)
        }
    }

    @Test("a short word packed finished at once packs as byte by byte")
    func finishedShortWords() {
        for word in ["a", "of", "km", "the", "near", "north", "border", "kilomet"] {
            var chunk = SIMD8<UInt8>(repeating: 0x7A)
            for (lane, byte) in word.utf8.enumerated() { chunk[lane] = byte }
            let packed = PackedWord.finished(first: word.utf8.count, of: chunk)
            #expect(packed.matches(Self.byteByByte(word)), "\(word)")
            #expect(packed.current == 0 && packed.second == 0 && packed.count == word.utf8.count)
        }
        #expect(PackedWord.finished(first: 2, of: SIMD8(0x6B, 0x6D, 0x7A, 0x7A, 0x7A, 0x7A, 0x7A, 0x7A)).first == 0x6B6D)
    }

    @Test("a word of eight to fifteen letters packed as eight and the rest packs as byte by byte")
    func eightAndMore() {
        for word in ["kilometr", "kilometre", "kilometres", "northwestwards", "abcdefghijklmno"] {
            let bytes = Array(word.utf8)
            var first = SIMD8<UInt8>(repeating: 0x7A), rest = SIMD8<UInt8>(repeating: 0x7A)
            for lane in 0..<8 { first[lane] = bytes[lane] }
            for lane in 8..<bytes.count { rest[lane - 8] = bytes[lane] }
            var packed = PackedWord.finished(first: 8, of: first)
            packed.appendSecond(first: bytes.count - 8, of: rest)
            #expect(packed.matches(Self.byteByByte(word)), "\(word)")
            #expect(packed.current == 0 && packed.count == bytes.count)
        }
        // Words of every length up to sixteen letters, read by the lexer's common-word loop (the
        // text runs on, so sixteen scalars lie past each) and its general loop (at the end).
        let words = (1...17).map { String("abcdefghijklmnopq".prefix($0)) } + ["kilometres", "Northwestwards", "km"]
        let text = words.joined(separator: " ")
        let scalars = Array(text.unicodeScalars)
        let tokens = ClaimLexer.tokens(scalars, in: 0..<scalars.count)
        #expect(tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == words)
        #expect(tokens[17].word == .kilometres && tokens[18].compass != .none && tokens[18].isCapitalized && tokens[19].word == .km)
        #expect(tokens[0].word == .a && tokens.dropFirst().prefix(16).allSatisfy { $0.word == nil })
    }

    @Test("ASCII letters counted up to the first other scalar and the limit")
    func letters() {
        let scalars = Array("Kursk, 10km".unicodeScalars)
        scalars.withUnsafeBufferPointer { buffer in
            let first = ClaimLexer.asciiLetters(buffer.baseAddress!, upTo: 8)
            #expect(first.count == 5)
            #expect(first.bytes[0] == UInt8(ascii: "k") && first.bytes[4] == UInt8(ascii: "k"))
            #expect(ClaimLexer.asciiLetters(buffer.baseAddress!, upTo: 3).count == 3)
            #expect(ClaimLexer.asciiLetters(buffer.baseAddress! + 1, upTo: 8).count == 4)
            #expect(ClaimLexer.asciiLetters(buffer.baseAddress! + 3, upTo: 8).count == 2)
        }
        let cyrillic = Array("Белгород Oblast".unicodeScalars)
        cyrillic.withUnsafeBufferPointer { #expect(ClaimLexer.asciiLetters($0.baseAddress!, upTo: 8).count == 0) }
    }

    @Test("words of every length keep their spans, codes and spelling facts")
    func words() {
        let text = "About 12 KILOMETRES northwestwards of Kursk’s border, near Sudzha-Kazachya Lopan and "
            + "Café Łuhansk; NW of x — the northeastern frontier, 1.5km"
        let scalars = Array(text.unicodeScalars)
        let tokens = ClaimLexer.tokens(scalars, in: 0..<scalars.count)
        let words = tokens.filter { $0.kind == .word }.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(words == ["About", "KILOMETRES", "northwestwards", "of", "Kursk", "s", "border", "near", "Sudzha", "Kazachya",
                          "Lopan", "and", "Café", "Łuhansk", "NW", "of", "x", "the", "northeastern", "frontier", "km"])
        let kilometres = tokens.first { $0.start == 9 }
        #expect(kilometres?.isCapitalized == true)
        #expect(kilometres?.word == ClaimWord.bySpelling["kilometres"])
        #expect(kilometres?.word != nil)
        let northeastern = tokens.first { $0.kind == .word && $0.end - $0.start == 12 }
        #expect(northeastern?.flags.contains(.endsInErn) == true)
        #expect(tokens.contains { $0.compass == .abbreviation(3) })
    }

    @Test("commas and full stops read by the common-word loop are the tokens the general loop makes")
    func commonMarks() {
        // In a buffer that runs on past the sentence, the common-word loop reads all of it; in a
        // buffer that ends with it, the last eight scalars are left to the general loop. Each
        // tail of the sentence is lexed both ways, so every mark is read by both loops.
        let sentence = "Sudzha, a town. Kursk,  10km, 1,5.Near,,..x ,.(sic). Then"
        let scalars = Array((sentence + String(repeating: " ", count: 8)).unicodeScalars)
        let tokens = ClaimLexer.tokens(scalars, in: 0..<sentence.unicodeScalars.count)
        let spans = tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(spans == ["Sudzha", ",", "a", "town", ".", "Kursk", ",", "10", "km", ",", "1,5", ".", "Near", ",", ",", ".", ".",
                          "x", ",", ".", "(", "sic", ")", ".", "Then"])
        #expect(tokens[1].kind == .punctuation && tokens[1].word == .comma && tokens[4].word == .period)
        for scalarsAtEnd in (1...sentence.unicodeScalars.count).reversed() {
            let tail = Array(sentence.unicodeScalars.suffix(scalarsAtEnd))
            let alone = ClaimLexer.tokens(tail, in: 0..<tail.count)
            let inside = ClaimLexer.tokens(scalars, in: (sentence.unicodeScalars.count - scalarsAtEnd)..<sentence.unicodeScalars.count)
            let offset = sentence.unicodeScalars.count - scalarsAtEnd
            #expect(alone.map { [$0.start + offset, $0.end + offset] } == inside.map { [$0.start, $0.end] })
            #expect(alone.map(\.word) == inside.map(\.word) && alone.map(\.kind) == inside.map(\.kind))
        }
    }

    @Test("a compass abbreviation is one in upper case only, from its lower-case entry")
    func abbreviations() {
        let scalars = Array("NE SE SW NW Ne nE ne Sw sW se NEW N E".unicodeScalars)
        var storage: [ClaimToken] = []
        let (count, triggers) = ClaimLexer.lex(scalars, in: 0..<scalars.count, into: &storage)
        let compasses = storage[..<count].map(\.compass)
        #expect(compasses == [.abbreviation(0), .abbreviation(1), .abbreviation(2), .abbreviation(3)]
            + [CompassWord](repeating: .none, count: 9))
        #expect(triggers.contains(.compass))
        #expect(storage[..<count].allSatisfy { $0.word == nil && $0.flags.subtracting(.capitalized).isEmpty })
        let lower = Array("ne se sw nw".unicodeScalars)
        #expect(ClaimLexer.lex(lower, in: 0..<lower.count, into: &storage).triggers.isEmpty)
    }

    @Test("words beyond ASCII are looked up only when lower-casing makes them ASCII")
    func otherWords() {
        // The Kelvin sign lower-cases to "k": "\u{212A}m" is "km". The others stay beyond ASCII
        // and are in no list, but keep their spelling facts.
        let scalars = Array("5 \u{212A}m Café Tšern \u{0405}outh".unicodeScalars)
        var storage: [ClaimToken] = []
        let (count, triggers) = ClaimLexer.lex(scalars, in: 0..<scalars.count, into: &storage)
        let words = storage[..<count].filter { $0.kind == .word }
        #expect(words.count == 4)
        #expect(words.first?.word == .km)
        #expect(triggers.contains(.lengthUnit) && triggers.contains(.figure) && !triggers.contains(.compass))
        #expect(words.dropFirst().allSatisfy { $0.word == nil && $0.compass == .none && $0.isCapitalized })
        #expect(words.count == 4 && words[2].flags.contains(.endsInErn) && !words[1].flags.contains(.endsInErn))
    }

    @Test("a word beyond ASCII has the endings String.hasSuffix gives it")
    func otherWordEndings() {
        for word in ["Tšern", "tšward", "tšwards", "tšwardS", "šerń", "še\u{301}rn", "šern\u{301}", "šward\u{0301}s", "ßern", "ß", "Éwards"] {
            let scalars = Array(word.unicodeScalars)
            let tokens = ClaimLexer.tokens(scalars, in: 0..<scalars.count)
            #expect(tokens.count == 1, "\(word)")
            let lower = word.lowercased()
            #expect(tokens.first?.flags.contains(.endsInErn) == lower.hasSuffix("ern"), "\(word)")
            #expect(tokens.first?.flags.contains(.endsInWard) == lower.hasSuffix("ward"), "\(word)")
            #expect(tokens.first?.flags.contains(.endsInWards) == lower.hasSuffix("wards"), "\(word)")
        }
        #expect(ClaimLexer.utf8(of: "tšern", endsWith: "ern") && !ClaimLexer.utf8(of: "rn", endsWith: "ern"))
        #expect(!ClaimLexer.utf8(of: "še\u{301}rn", endsWith: "ern") && ClaimLexer.utf8(of: "ward", endsWith: "ward"))
    }

    @Test("General Punctuation is read without property lookups, as the properties read it")
    func generalPunctuation() {
        for value in UInt32(0x2000)..<0x2070 {
            let scalar = Unicode.Scalar(value)!
            let properties = scalar.properties
            #expect(ClaimLexer.isGeneralPunctuation(scalar))
            #expect(ClaimLexer.isLetter(scalar) == (properties.isAlphabetic || properties.generalCategory == .nonspacingMark))
            #expect(ClaimLexer.isWhitespace(scalar) == ScalarText.isWhitespace(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(!ClaimLexer.isGeneralPunctuation("\u{1FFF}") && !ClaimLexer.isGeneralPunctuation("\u{2070}"))
        #expect(ClaimLexer.isLetter("\u{2071}") && ClaimLexer.isWhitespace("\u{3000}") && !ClaimLexer.isWhitespace("a"))
    }

    @Test("every word's spelling is its case name, every mark's its one scalar")
    func spellings() {
        let words = ClaimWord.allCases.filter { !$0.isMark }
        #expect(words.count == 167)
        for word in words { #expect(word.spelling == String(describing: word)) }
        #expect(ClaimWord.about.spelling == "about" && ClaimWord.in.spelling == "in" && ClaimWord.zero.spelling == "zero")
        #expect(ClaimWord.allCases.filter(\.isMark).map(\.spelling) == [",", ".", ":", "(", ")", "[", "]", "-", "–", "—", "‐", "‑", "'", "’", "ʼ"])
    }

    @Test("the vocabulary table tells words apart by their bytes alone, without their lengths")
    func prefixesAndLongerWords() {
        // Every prefix of every vocabulary word, and each word with a letter more, written in a
        // text that runs on (so the common-word loop reads them): a word is its own code or none.
        let spellings = ClaimWord.allCases.filter { !$0.isMark }.map(\.spelling)
        let written = spellings.flatMap { spelling in (1...spelling.count).map { String(spelling.prefix($0)) } + [spelling + "s", spelling + "x"] }
        let scalars = Array((written.joined(separator: " ") + String(repeating: " ", count: 16)).unicodeScalars)
        let tokens = ClaimLexer.tokens(scalars, in: 0..<(scalars.count - 16))
        #expect(tokens.count == written.count)
        let wrong = zip(written, tokens).filter { word, token in token.word != ClaimWord.bySpelling[word] }.map(\.0)
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
        #expect(tokens.contains { $0.word == .kilometres } && tokens.contains { $0.word == .kilometre })
    }
}
