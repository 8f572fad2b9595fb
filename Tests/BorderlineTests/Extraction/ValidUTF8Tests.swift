import Testing
@testable import Borderline

/// ValidUTF8 makes Strings without the standard library's check of each byte: the String must
/// be the one the checked initialiser makes, equal, hashed and counted the same.
@Suite("Valid UTF-8")
struct ValidUTF8Tests {
    @Test("the String of a slice cut at scalar boundaries is the checked String of it", arguments: [
        "Belgorod", "", "Sudzha, a town of about 5,000 people in the Kursk region, 8 km from the border.",
        "Суджа — 8 км от границы", "Kharkiv – «Belgorod» … 40 km", "e\u{301}tude 🇺🇦 done", String(repeating: "Kursk ", count: 40),
    ])
    func sliceString(text: String) {
        let scalars = Array(text.unicodeScalars)
        var utf8Offsets = [0]
        for scalar in scalars { utf8Offsets.append(utf8Offsets.last! + UTF8.width(scalar)) }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { all in
            for lower in scalars.indices + [scalars.count] {
                for upper in stride(from: lower, through: scalars.count, by: max(1, scalars.count / 7)) {
                    let slice = UnsafeBufferPointer(rebasing: all[utf8Offsets[lower]..<utf8Offsets[upper]])
                    let made = ValidUTF8.string(slice)
                    let checked = String(decoding: slice, as: UTF8.self)
                    #expect(made == checked)
                    #expect(Array(made.utf8) == Array(checked.utf8))
                    #expect(made.count == checked.count)
                    #expect(made.unicodeScalars.count == upper - lower)
                    #expect(made.hashValue == checked.hashValue)
                    #expect(made.lowercased() == checked.lowercased())
                }
            }
        }
    }

    @Test("isASCII reads every byte, in the sixteen- and eight-byte steps and the tail", arguments: [0, 1, 7, 8, 9, 15, 16, 17, 24, 33])
    func isASCII(length: Int) {
        var bytes = [UInt8](repeating: 0x41, count: length)
        bytes.withUnsafeBufferPointer { #expect(ValidUTF8.isASCII($0)) }
        for position in 0..<length {
            bytes[position] = 0xC3
            bytes.withUnsafeBufferPointer { #expect(!ValidUTF8.isASCII($0)) }
            bytes[position] = 0x7F
            bytes.withUnsafeBufferPointer { #expect(ValidUTF8.isASCII($0)) }
            bytes[position] = 0x41
        }
    }
}
