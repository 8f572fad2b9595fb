import Testing
@testable import Borderline

/// `ScalarText.scalars(of:)` decodes a document in sixteen-byte ASCII blocks and scalar by scalar
/// elsewhere: whatever the lengths and wherever the non-ASCII scalars fall, it must give what
/// `Array(text.unicodeScalars)` gives.
@Suite("Scalar text")
struct ScalarTextTests {
    @Test("scalars(of:) is Array(unicodeScalars) for every length around the block size", arguments: Array(0...49))
    func everyLength(length: Int) {
        let ascii = String(repeating: "Kursk, 8 km. ", count: 4).prefix(length)
        #expect(ScalarText.scalars(of: String(ascii)) == Array(ascii.unicodeScalars))
    }

    @Test("a non-ASCII scalar of each width at every position of an ASCII text", arguments: ["é", "—", "Ж", "🇺🇦", "e\u{301}"])
    func nonASCIIEverywhere(inserted: String) {
        let base = Array("Belgorod lies about 40 kilometers from the border.")
        for position in 0...base.count {
            let text = String(base[..<position]) + inserted + String(base[position...])
            #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars), "at \(position)")
        }
    }

    @Test("Cyrillic and mixed news text")
    func mixed() {
        let text = "Суджа — 8 км от границы; «Belgorod» … 40 km from Kharkiv, 🇺🇦 and\r\n" + String(repeating: "Курск ", count: 9)
        #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars))
    }
}
