/// report.md: a readable account of every claim, article by article — a table of claims with
/// verdict, statement, measurement and evidence sentence, then a summary of verdicts.
public enum ClaimsReport {
    /// The whole report.
    /// - Parameters:
    ///   - documents: every document checked, in input order (articles without claims are listed too).
    ///   - claims: the checked claims of those documents.
    public static func text(documents: [Document], claims: [CheckedClaim]) -> String {
        var output = "# Claims and verdicts\n\n"
        var totals: [Verdict: Int] = [:]
        for claim in claims { totals[claim.verdict, default: 0] += 1 }
        output += "\(claims.count) claims in \(documents.count) articles: "
            + Verdict.allCases.map { "\(totals[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ") + ".\n\n"
        output += "Distances are WGS84 geodesics computed with PROJ: to the nearest point of the Russia–Ukraine border "
            + "(Natural Earth 1:10m) or between GeoNames points. \"The frontline\" is measured to the international border, "
            + "the only line in the data. Tolerances follow the model in Sources/Borderline/Verification/TOLERANCE.md.\n\n"
        let byDocument = Dictionary(grouping: ClaimRecord.numbered(claims), by: { $0.claim.documentID })
        for document in documents {
            output += "## \(escape(document.id))\n\n"
            if let published = document.published { output += "Published \(published). " }
            output += "Source: \(escape(document.source)).\n\n"
            guard let rows = byDocument[document.id], !rows.isEmpty else {
                output += "No checkable claims found.\n\n"
                continue
            }
            output += "| # | Kind | Subject | Stated | Measured | Tolerance | Verdict | Explanation | Evidence |\n"
            output += "|---:|---|---|---|---|---|---|---|---|\n"
            for (claim, ordinal) in rows {
                let cells = [
                    String(ordinal), claim.kind.rawValue, claim.subjectPlace?.name ?? claim.claim.subject?.surface ?? "—",
                    claim.statedText, measured(claim), tolerance(claim), "**\(claim.verdict.rawValue)**", claim.sentence,
                    evidence(claim),
                ]
                output += "| " + cells.map(escape).joined(separator: " | ") + " |\n"
            }
            output += "\n"
        }
        output += "Data: GeoNames (geonames.org), CC BY 4.0; Natural Earth (public domain).\n"
        return output
    }

    static func measured(_ claim: CheckedClaim) -> String {
        guard let value = claim.measuredValue else { return "—" }
        switch claim.measuredUnit {
        case "people": return StatedQuantity.grouped(whole: value)
        case "deg": return FixedDecimal.format(value, decimals: 0) + "°"
        default: return FixedDecimal.format(value, decimals: 1) + " " + claim.measuredUnit
        }
    }

    static func tolerance(_ claim: CheckedClaim) -> String {
        guard let interval = claim.tolerance else { return "—" }
        let decimals = claim.measuredUnit == "people" || claim.measuredUnit == "deg" ? 0 : 1
        let high = interval.high.isFinite ? FixedDecimal.format(interval.high, decimals: decimals) : "∞"
        return "\(FixedDecimal.format(interval.low, decimals: decimals))–\(high) \(claim.measuredUnit)"
    }

    /// The evidence sentence with the claim's words in bold.
    static func evidence(_ claim: CheckedClaim) -> String {
        let sentence = claim.claim.sentenceText
        let words = claim.claim.evidenceText
        guard !words.isEmpty, let range = sentence.range(of: words) else { return sentence }
        return sentence.replacingCharacters(in: range, with: "**\(words)**")
    }

    /// Escapes a table cell: pipes and backslashes are escaped, line breaks become spaces.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "|": output += "\\|"
            case "\\": output += "\\\\"
            case "\n", "\r", "\r\n": output += " "
            default: output.append(character)
            }
        }
        return output
    }
}

import Foundation
