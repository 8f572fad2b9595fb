import Foundation

/// Case and diacritic folding, one Unicode scalar at a time, from a table built once.
///
/// Matching must fold the gazetteer's names and the text identically, and the text side runs
/// for every word of every document, so it cannot afford a Foundation call per word. The
/// table covers Latin, Greek, Cyrillic and Latin Extended Additional (U+0000–U+052F and
/// U+1E00–U+1EFF): each scalar maps to at most two folded scalars, computed by the same rule
/// as `Tokenizer.fold` (NFD, lower case, combining marks dropped), so "Харків" folds to
/// "харкив" and "Khárkiv" to "kharkiv". Scalars outside the table are kept as they are,
/// except combining marks, which are dropped.
struct ScalarFolding: Sendable {
    static let shared = ScalarFolding()

    /// Two slots per scalar of the covered ranges; 0 marks an empty slot.
    private let table: [UInt32]
    /// Whether each covered scalar is an upper-case letter.
    private let upper: [Bool]
    /// Whether each covered scalar is part of a word (`Tokenizer.isWordScalar`).
    private let word: [Bool]
    private static let extendedBase: UInt32 = 0x1E00, extendedEnd: UInt32 = 0x1F00, lowEnd: UInt32 = 0x0530

    private init() {
        let values = Array(0..<Self.lowEnd) + Array(Self.extendedBase..<Self.extendedEnd)
        var upper = [Bool](repeating: false, count: values.count)
        var word = [Bool](repeating: false, count: values.count)
        for (slot, value) in values.enumerated() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            upper[slot] = scalar.properties.isUppercase
            word[slot] = Tokenizer.isWordScalar(scalar)
        }
        self.table = Self.foldTable(values)
        self.upper = upper
        self.word = word
    }

    /// Two slots for each of `values`: the first two scalars of what `Tokenizer.fold` makes of
    /// it alone (0 for none), from one fold of them all, each followed by U+FFFF: one
    /// decomposition of some 1,600 scalars, not some 1,600 of one each, which took 17.7M
    /// instructions at every start-up (callgrind, `borderline map seeds`). The fold's rule works
    /// scalar by scalar (NFD, then each scalar's lower-case mapping, then combining marks
    /// dropped) except that NFD reorders a run of combining marks; U+FFFF, a noncharacter of
    /// combining class 0 that no scalar decomposes or lower-cases to, ends every run and marks
    /// where each scalar's fold ends. The text is made from UTF-8 at once (from UTF-32, the
    /// decoding took 1.8M instructions), and the folds written straight into the table: a scalar
    /// appended at a time and an array per fold cost as much as the decomposition.
    private static func foldTable(_ values: [UInt32]) -> [UInt32] {
        let separator: Unicode.Scalar = "\u{FFFF}"
        var text: [UInt8] = []
        text.reserveCapacity(6 * values.count)
        for value in values {
            if let scalar = Unicode.Scalar(value) { UTF8.encode(scalar) { text.append($0) } }
            UTF8.encode(separator) { text.append($0) }
        }
        var table = [UInt32](repeating: 0, count: 2 * values.count)
        var slot = 0, offset = 0
        for scalar in String(decoding: text, as: UTF8.self).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar == separator {
                slot += 1
                offset = 0
            } else if offset < 2 && (scalar.isASCII || scalar.properties.generalCategory != .nonspacingMark) {
                table[2 * slot + offset] = scalar.value
                offset += 1
            }
        }
        return table
    }

    @inline(__always)
    private func slot(_ value: UInt32) -> Int? {
        if value < Self.lowEnd { return Int(value) }
        if value >= Self.extendedBase && value < Self.extendedEnd { return Int(Self.lowEnd + value - Self.extendedBase) }
        return nil
    }

    /// Appends the folded form of `value` to `output` (zero, one or two scalars).
    @inline(__always)
    func fold(_ value: UInt32, into output: inout [UInt32]) {
        if value < 0x80 {
            output.append(value >= 0x41 && value <= 0x5A ? value + 32 : value)
        } else if let slot = slot(value) {
            let first = table[slot * 2]
            if first != 0 { output.append(first) }
            let second = table[slot * 2 + 1]
            if second != 0 { output.append(second) }
        } else if let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .nonspacingMark {
            output.append(value)
        }
    }

    /// Writes the folded form of `value` (zero, one or two scalars) at `output[count...]` and
    /// advances `count`; the caller leaves room for two.
    @inline(__always)
    func fold(_ value: UInt32, into output: UnsafeMutablePointer<UInt32>, count: inout Int) {
        if value < 0x80 {
            output[count] = value >= 0x41 && value <= 0x5A ? value + 32 : value
            count += 1
        } else if let slot = slot(value) {
            let first = table[slot * 2]
            if first != 0 { output[count] = first; count += 1 }
            let second = table[slot * 2 + 1]
            if second != 0 { output[count] = second; count += 1 }
        } else if let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .nonspacingMark {
            output[count] = value
            count += 1
        }
    }

    /// Whether `value` is an upper-case letter.
    @inline(__always)
    func isUppercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if let slot = slot(value) { return upper[slot] }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    /// Folds the words of the UTF-8 `bytes` into `output` from `count` on, calling `endWord`
    /// with the count wherever a scalar that is no word scalar follows (and at the end): the
    /// caller closes the word there its own way. The caller leaves room for two scalars a byte.
    ///
    /// ASCII bytes, nearly every byte of a gazetteer name, are read by comparing them (a letter
    /// lower-cased, a digit kept, anything else ending the word), as `fold` and `isWord` answer
    /// for them: asking the tables took some 38 instructions a byte. Shared by the name index
    /// (`NameFolder`) and the resolver's name keys, which must fold names alike.
    @inline(__always)
    func foldWords(
        ofUTF8 bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt32>, count: inout Int,
        endWord: (inout Int) -> Void
    ) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                let lower = byte | 0x20
                if lower &- 0x61 < 26 {
                    output[count] = UInt32(lower)
                    count += 1
                } else if byte &- 0x30 < 10 {
                    output[count] = UInt32(byte)
                    count += 1
                } else {
                    endWord(&count)
                }
                continue
            }
            let value = ScalarText.multiByteScalar(bytes, at: &index)
            if !foldWordScalar(value, into: output, count: &count) { endWord(&count) }
        }
        endWord(&count)
    }

    /// `fold(_:into:count:)` of `value` when `isWord(value)`, and whether it is; `foldWords` reads
    /// scalars beyond ASCII this way. A scalar outside the table is read out of line
    /// (`uncovered`), which returns what to do rather than writing it, so that `count` stays
    /// in a register: inline, reading its general category set up room on the stack for the
    /// resilient `Unicode.Scalar.Properties` and `Unicode.GeneralCategory` (two metadata calls
    /// and some sixty instructions) on every call of a function folding in place, before its
    /// first byte (16M instructions for the name index's 309,000 names, `borderline map seeds`).
    /// The scan keeps `isWord` and `fold` inline: its loop, built around them, took 2.9M more
    /// instructions of the find stage's 254M with their rare path out of line.
    private func foldWordScalar(_ value: UInt32, into output: UnsafeMutablePointer<UInt32>, count: inout Int) -> Bool {
        guard let slot = slot(value) else {
            let (isWord, kept) = Self.uncovered(value)
            if kept {
                output[count] = value
                count += 1
            }
            return isWord
        }
        guard word[slot] else { return false }
        let first = table[slot * 2]
        if first != 0 { output[count] = first; count += 1 }
        let second = table[slot * 2 + 1]
        if second != 0 { output[count] = second; count += 1 }
        return true
    }

    /// For a scalar outside the table: whether `isWord` is true of it, and whether `fold` keeps it.
    @inline(never)
    private static func uncovered(_ value: UInt32) -> (isWord: Bool, kept: Bool) {
        if value &- 0x2000 < 0x70 { return (false, false) }
        guard let scalar = Unicode.Scalar(value), Tokenizer.isWordScalar(scalar) else { return (false, false) }
        return (true, scalar.properties.generalCategory != .nonspacingMark)
    }

    /// Whether `value` belongs to a word: a letter, digit or combining mark.
    @inline(__always)
    func isWord(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        if let slot = slot(value) { return word[slot] }
        // General Punctuation (U+2000–U+206F: spaces, dashes, quotation marks, the ellipsis)
        // holds no letter, digit or combining mark, and news text is full of its quotes and
        // dashes, whose properties cost about 340 instructions each to look up (a test checks
        // the block against `Tokenizer.isWordScalar`).
        if value &- 0x2000 < 0x70 { return false }
        return Unicode.Scalar(value).map(Tokenizer.isWordScalar) ?? false
    }

    /// The folded scalars of a whole string's words, for building the index.
    func foldedWords(_ text: String) -> [[UInt32]] {
        var words: [[UInt32]] = []
        var current: [UInt32] = []
        for scalar in text.unicodeScalars {
            if Tokenizer.isWordScalar(scalar) {
                fold(scalar.value, into: &current)
            } else if !current.isEmpty {
                words.append(current)
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
