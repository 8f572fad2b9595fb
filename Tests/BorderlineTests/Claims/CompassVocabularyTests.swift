import Testing
@testable import Borderline

/// The lexer reads a word's compass class from the vocabulary table (`ClaimVocabulary`), which
/// holds `CompassWord.spellings`: for every word the compass pieces can spell (every word
/// `CompassWord.classify` accepts is one), and for every vocabulary word, in lower case,
/// capitalised and upper case, the token must carry exactly what `classify` gives, and the
/// vocabulary code its spelling has.
@Suite("Compass words in the vocabulary table")
struct CompassVocabularyTests {
    @Test func tableGivesClassifyForEverySpelling() {
        let pieces = ["north", "south", "east", "west", "ern", "ward", "wards"]
        var words = [""]
        var all: [String] = []
        for _ in 1...4 {
            words = words.flatMap { word in pieces.map { word + $0 } }
            all += words
        }
        all += ClaimWord.allCases.filter { !$0.isMark }.map(\.spelling)
        var mismatches: [String] = []
        for word in all {
            let wanted = CompassWord.classify(word)
            let code = ClaimWord.bySpelling[word]
            for written in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] {
                let scalars = Array(written.unicodeScalars)
                let tokens = ClaimLexer.tokens(scalars, in: 0..<scalars.count)
                if tokens.count != 1 || tokens[0].compass != wanted || tokens[0].word != code { mismatches.append(written) }
            }
        }
        #expect(all.count > 2_800)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        #expect(CompassWord.spellings.allSatisfy { CompassWord.classify($0) != .none })
    }
}
