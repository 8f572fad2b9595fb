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
        let count = Int(Self.lowEnd) + Int(Self.extendedEnd - Self.extendedBase)
        var table = [UInt32](repeating: 0, count: count * 2)
        var upper = [Bool](repeating: false, count: count)
        var word = [Bool](repeating: false, count: count)
        func fill(_ value: UInt32, slot: Int) {
            guard let scalar = Unicode.Scalar(value) else { return }
            upper[slot] = scalar.properties.isUppercase
            word[slot] = Tokenizer.isWordScalar(scalar)
            let folded = Tokenizer.fold(CollectionOfOne(scalar)).unicodeScalars.prefix(2)
            for (offset, s) in folded.enumerated() { table[slot * 2 + offset] = s.value }
        }
        for value in 0..<Self.lowEnd { fill(value, slot: Int(value)) }
        for value in Self.extendedBase..<Self.extendedEnd {
            fill(value, slot: Int(Self.lowEnd + value - Self.extendedBase))
        }
        self.table = table
        self.upper = upper
        self.word = word
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
