import Foundation

/// The encodings Borderline reads.
public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// Windows-1251, the Cyrillic code page much Russian and Ukrainian web text still uses.
    case windows1251 = "Windows-1251"
}

/// Turns bytes into text, and refuses what is not text with a message that says why.
///
/// - UTF-8, with or without a byte-order mark (removed).
/// - UTF-16 with a byte-order mark, or without one when the zero bytes of ASCII text give the
///   byte order away (every other byte zero).
/// - Windows-1251 when the bytes are not UTF-8 and read as Cyrillic words in that code page:
///   at least 80 % of the bytes above 0x7F (and six or more) must be Cyrillic letters, 80 % of
///   them in runs of two or more.
///   Other 8-bit encodings are refused rather than guessed.
/// - Anything with NUL bytes that is not UTF-16 is a binary file.
public enum TextDecoding {
    /// The decoded text and the encoding it was read in.
    /// - Throws: `InputError.binary` or `.invalidUTF8` (with the line of the first bad byte).
    public static func decode(_ data: Data, path: String) throws -> (text: String, encoding: TextEncoding) {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let littleEndian = data.starts(with: [0xFF, 0xFE])
            guard let text = String(data: data.dropFirst(2), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian) else {
                throw InputError.invalidUTF8(path: path, line: 1)
            }
            return (text, littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.contains(0) {
            if let byteOrder = utf16ByteOrder(bytes), let text = String(data: bytes, encoding: byteOrder == .utf16LittleEndian ? .utf16LittleEndian : .utf16BigEndian) {
                return (text, byteOrder)
            }
            throw InputError.binary(path: path)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if looksLikeWindows1251(bytes), let text = String(data: bytes, encoding: .windowsCP1251) {
            return (text, .windows1251)
        }
        throw InputError.invalidUTF8(path: path, line: firstInvalidLine(bytes))
    }

    /// UTF-16 without a byte-order mark: ASCII-heavy text has a zero in every other byte.
    static func utf16ByteOrder(_ bytes: Data) -> TextEncoding? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (offset, byte) in bytes.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = bytes.count / 2
        if oddZeros * 10 >= pairs * 3 && evenZeros * 20 < pairs { return .utf16LittleEndian }
        if evenZeros * 10 >= pairs * 3 && oddZeros * 20 < pairs { return .utf16BigEndian }
        return nil
    }

    /// Whether the high bytes read as Cyrillic words in Windows-1251 (0xC0–0xFF are А–я,
    /// 0xA8/0xB8 Ё/ё, 0xAA/0xBA Є/є, 0xAF/0xBF Ї/ї, 0xB2/0xB3 І/і, 0xA5/0xB4 Ґ/ґ).
    static func looksLikeWindows1251(_ bytes: Data) -> Bool {
        let cyrillicExtras: Set<UInt8> = [0xA8, 0xB8, 0xAA, 0xBA, 0xAF, 0xBF, 0xB2, 0xB3, 0xA5, 0xB4]
        func isLetter(_ byte: UInt8) -> Bool { byte >= 0xC0 || cyrillicExtras.contains(byte) }
        var high = 0, letters = 0, lettersInRuns = 0
        let array = [UInt8](bytes)
        for (index, byte) in array.enumerated() where byte >= 0x80 {
            high += 1
            guard isLetter(byte) else { continue }
            letters += 1
            let before = index > 0 && isLetter(array[index - 1])
            let after = index + 1 < array.count && isLetter(array[index + 1])
            if before || after { lettersInRuns += 1 }
        }
        return letters >= 6 && letters * 10 >= high * 8 && lettersInRuns * 10 >= letters * 8
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ bytes: Data) -> Int {
        var line = 1
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
