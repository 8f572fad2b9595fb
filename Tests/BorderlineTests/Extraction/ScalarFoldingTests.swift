@testable import Borderline
import Testing

/// `ScalarFolding`'s table is made from one fold of all its scalars at once (a start-up cost of
/// 7.8M instructions, where a fold per scalar cost 17.7M). It must hold, for every scalar it
/// covers, exactly what `Tokenizer.fold` makes of that scalar alone: the independent reading,
/// one Foundation decomposition and lower-casing per scalar.
@Suite("Scalar folding")
struct ScalarFoldingTests {
    /// The scalars the table covers (Latin, Greek, Cyrillic and Latin Extended Additional).
    private static let covered = Array(UInt32(0)..<0x0530) + Array(UInt32(0x1E00)..<0x1F00)

    @Test("every covered scalar folds as Tokenizer.fold folds it alone (first two scalars)")
    func foldTable() {
        var mismatches: [String] = []
        for value in Self.covered {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var folded: [UInt32] = []
            ScalarFolding.shared.fold(value, into: &folded)
            let expected = Tokenizer.fold(CollectionOfOne(scalar)).unicodeScalars.prefix(2).map(\.value)
            if folded != expected { mismatches.append("U+\(String(value, radix: 16)): \(folded) not \(expected)") }
        }
        let firstMismatches = mismatches.prefix(10)
        #expect(mismatches.count == 0, "\(firstMismatches)")
        // A few by hand: accents, breves and combining marks dropped, capitals lowered (Σ
        // alone to σ: the one-string fold must not read it as a word-final sigma).
        let samples: [(UInt32, [UInt32])] = [(0x00C9, [0x65]), (0x0419, [0x0438]), (0x0407, [0x0456]), (0x03A3, [0x03C3]), (0x1EA0, [0x61]), (0x0301, [])]
        for (value, expected) in samples {
            var folded: [UInt32] = []
            ScalarFolding.shared.fold(value, into: &folded)
            #expect(folded == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test("the pointer form writes what the array form appends")
    func pointerForm() {
        var buffer = [UInt32](repeating: 0, count: 2 * Self.covered.count)
        var count = 0
        var appended: [UInt32] = []
        buffer.withUnsafeMutableBufferPointer { output in
            for value in Self.covered {
                ScalarFolding.shared.fold(value, into: output.baseAddress!, count: &count)
                ScalarFolding.shared.fold(value, into: &appended)
            }
        }
        #expect(Array(buffer[..<count]) == appended)
    }

    @Test("word and case facts of every covered scalar are Unicode's")
    func wordAndCase() {
        for value in Self.covered {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(ScalarFolding.shared.isWord(value) == Tokenizer.isWordScalar(scalar), "U+\(String(value, radix: 16))")
            #expect(ScalarFolding.shared.isUppercase(value) == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
        }
    }
}
