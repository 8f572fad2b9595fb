/// claims.csv: every checked claim, one row each, with `ClaimRecord.columns` as the header.
///
/// RFC 4180: fields with a comma, a double quote, a CR or a LF are quoted and their quotes
/// doubled; lines end in CRLF, as the RFC specifies (spreadsheet programs read both). Unknown
/// numbers are empty fields. Numbers use "." and fixed decimals, so the text is the same on
/// every machine.
public enum ClaimsCSV {
    /// The whole file.
    public static func text(_ claims: [CheckedClaim]) -> String {
        var output = ClaimRecord.columns.map(field).joined(separator: ",") + "\r\n"
        let writer = JSONWriter(maxDecimals: 6)
        for (claim, ordinal) in ClaimRecord.numbered(claims) {
            let cells = ClaimRecord.fields(claim, ordinal: ordinal).map { _, value -> String in
                switch value {
                case .null: return ""
                case let .string(text): return field(text)
                default: return field(writer.string(value))
                }
            }
            output += cells.joined(separator: ",") + "\r\n"
        }
        return output
    }

    /// One field, quoted when RFC 4180 requires it.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
