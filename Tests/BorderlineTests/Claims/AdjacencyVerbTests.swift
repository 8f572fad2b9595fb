import Testing
@testable import Borderline

/// `AdjacencyPattern` tries at a token only the verbs that start with its word; "border" starts
/// none and is a verb only after "which" or "that". The claims below are what the pattern gave
/// before it was keyed by first word (checked with the CLI of that version).
@Suite("Adjacency verbs")
struct AdjacencyVerbTests {
    @Test("each verb is listed once, under its first word, in the order of the verbs")
    func table() {
        var listed: [[ClaimWord]] = []
        for (code, verbs) in AdjacencyPattern.verbsByFirstWord.enumerated() {
            for verb in verbs { #expect(Int(verb[0].rawValue) == code) }
            listed += verbs
        }
        #expect(listed.count == AdjacencyPattern.verbs.count)
        for verb in AdjacencyPattern.verbs {
            let under = AdjacencyPattern.verbsByFirstWord[Int(verb[0].rawValue)]
            #expect(under == AdjacencyPattern.verbs.filter { $0[0] == verb[0] })
        }
        #expect(AdjacencyPattern.verbsByFirstWord[Int(ClaimWord.border.rawValue)].isEmpty)
    }

    @Test("several-word, one-word and relative verbs, and a border that is no verb")
    func claims() {
        let sumyOblast = 692196, kurskOblast = 538555
        func adjacency(_ text: String) -> [(subject: Int?, reference: String, evidence: String)] {
            ClaimTestSupport.check(text).filter { $0.kind == .adjacency }.map { claim in
                let reference: String
                switch claim.claim.reference {
                case let .country(code, _)?: reference = code
                case let .place(place)?: reference = place.placeIndex.map { String(ClaimTestSupport.gazetteer.places[$0].geonameID) } ?? "?"
                default: reference = "-"
                }
                return (claim.subjectPlace?.geonameID, reference, claim.claim.evidenceText)
            }
        }
        let shares = adjacency("Sumy Oblast shares a border with Russia.")
        #expect(shares.count == 1)
        #expect(shares.first?.subject == sumyOblast && shares.first?.reference == "RU")
        #expect(shares.first?.evidence == "Sumy Oblast shares a border with Russia")
        let which = adjacency("Sumy Oblast, which border Russia, was shelled.")
        #expect(which.count == 1)
        #expect(which.first?.subject == sumyOblast && which.first?.reference == "RU")
        #expect(which.first?.evidence == "Sumy Oblast, which border Russia")
        let adjoins = adjacency("Sumy Oblast adjoins Russia's Kursk Oblast.")
        #expect(adjoins.count == 1)
        #expect(adjoins.first?.subject == sumyOblast && adjoins.first?.reference == String(kurskOblast))
        #expect(adjacency("Sumy Oblast is 30 km from the border with Russia.").isEmpty)
    }
}
