import Testing
@testable import Borderline

@Suite("Scans of the claim patterns")
struct RegionListWordTests {
    @Test("the last word of a surface, folded, is the tokenizer's last folded token")
    func lastWordFolded() {
        let cases: [(String, String)] = [
            ("Kharkiv and Sumy Oblasts", "oblasts"), ("Kursk region.", "region"), ("Belgorod REGIONS", "regions"),
            ("Zaporizhzhia", "zaporizhzhia"), ("", ""), ("...", ""), ("Sumy 2", "2"),
            ("Харківська область", "область"), ("Kherson Oblásts", "oblasts"), ("Kyiv régions", "regions"),
            ("Donetsk oblast’", "oblast"), ("Lviv-Oblasts", "oblasts"),
        ]
        for (surface, folded) in cases {
            #expect(ClaimSentence.lastWordFolded(of: surface) == folded, "\(surface)")
            #expect(ClaimSentence.lastWordFolded(of: surface) == (Tokenizer.foldedTokens(of: surface).last ?? ""), "\(surface)")
        }
    }

    @Test("the scan for numbers stops where mayStart may hold, and only there")
    func nextCandidate() {
        let text = "The city of 69,000 people, home to twenty-four thousand, lies a dozen miles from Sumy; the rest is words."
        let scalars = Array(text.unicodeScalars)
        let tokens = ClaimLexer.tokens(scalars, in: 0..<scalars.count)[...]
        var stops: [Int] = []
        var index = 0
        while index < tokens.count {
            index = NumberReader.nextCandidate(tokens, from: index)
            guard index < tokens.count else { break }
            stops.append(index)
            index += 1
        }
        // The stops are the tokens mayStart accepts (the only "a" here is before "dozen").
        let accepted = tokens.indices.filter { NumberReader.mayStart(tokens, at: $0) }
        #expect(stops == accepted)
        #expect(accepted.map { tokens[$0].start } == [12, 35, 42, 62, 64])
    }
}
