/// A sentence of a document, by scalar offsets.
public struct Sentence: Sendable, Hashable {
    /// 0-based position in the document.
    public var index: Int
    public var start: Int
    public var end: Int
    /// The sentence's text, trimmed of surrounding white space.
    public var text: String
}

/// Splits text into sentences: after ".", "!" or "?" (and any closing quotes or brackets) when
/// white space and an upper-case letter, digit or opening quote follow, and at blank lines and
/// line ends. Abbreviations that end in a full stop inside a sentence ("Dec. 30", "Mr Smirnov",
/// "St. Petersburg", "3 p.m. local time") do not end it. A stretch longer than
/// `maximumSentenceScalars` is cut into pieces (see there).
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "gov", "sen", "rep", "prof", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "approx", "est", "u.s", "e.g", "i.e",
        "a.m", "p.m", "mt", "ft", "sgt", "maj", "capt", "adm", "jr", "sr",
    ]

    /// The sentences of `scalars`, covering every non-blank stretch of text.
    public static func sentences(_ scalars: [Unicode.Scalar]) -> [Sentence] {
        ranges(scalars).enumerated().map { index, range in
            Sentence(index: index, start: range.lowerBound, end: range.upperBound, text: ScalarText.string(scalars[range]))
        }
    }

    /// The scalar ranges of the sentences of `scalars`, without their text (which the mention
    /// finder builds only for the sentences that hold a mention).
    static func ranges<Scalars: ScalarIndexable>(_ scalars: Scalars) -> [Range<Int>] {
        var sentences = Collector()
        let abbreviations = (endings: abbreviationEndings, longest: maximumAbbreviationLength)
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "." || scalar == "!" || scalar == "?" {
                index = boundary(at: index, scalars, abbreviations, &sentences)
                continue
            }
            index += 1
        }
        sentences.close(at: count, scalars)
        return sentences.ranges
    }

    /// `ranges(scalars)` when the offsets of every ".", "!", "?" and "\n" are known
    /// (`breaks`, in order, as `TextScan` records them): only those scalars and their
    /// neighbours are read.
    static func ranges<Scalars: ScalarIndexable>(_ scalars: Scalars, breaks: [Int32]) -> [Range<Int>] {
        var sentences = Collector()
        // At most one sentence per break, and the last (more only for overlong stretches):
        // sized once.
        sentences.ranges.reserveCapacity(breaks.count + 1)
        let abbreviations = (endings: abbreviationEndings, longest: maximumAbbreviationLength)
        var scalars = scalars
        var index = 0
        for candidate in breaks {
            let offset = Int(candidate)
            // Skipped closers are never break scalars, so this only guards against misuse.
            guard offset >= index, offset < scalars.count else { continue }
            scalars.focus(on: offset)
            index = boundary(at: offset, scalars, abbreviations, &sentences)
        }
        sentences.close(at: scalars.count, scalars)
        return sentences.ranges
    }

    /// Reads the ".", "!", "?" or "\n" at `index`: closes the sentence at the boundary it
    /// makes, if any, and returns where to read on.
    @inline(__always)
    private static func boundary<Scalars: ScalarIndexable>(
        at index: Int, _ scalars: Scalars, _ abbreviations: AbbreviationTables, _ sentences: inout Collector
    ) -> Int {
        let scalar = scalars[index]
        let count = scalars.count
        if scalar == "\n" {
            sentences.close(at: index + 1, scalars)
            return index + 1
        }
        var end = index + 1
        while end < count && isCloser(scalars[end]) { end += 1 }
        var next = end
        while next < count && (scalars[next] == " " || scalars[next] == "\t") { next += 1 }
        let startsSentence = next < count && next > end
            && (ScalarText.isUppercase(scalars[next]) || ("0"..."9").contains(scalars[next])
                || isOpener(scalars[next]))
        if (startsSentence || end >= count) && !(scalar == "." && isAbbreviation(scalars, dotAt: index, abbreviations)) {
            sentences.close(at: end, scalars)
        }
        return end
    }

    /// The sentences as their boundaries are found: each boundary closes the stretch since the
    /// last one, trimmed of white space and capped, so no array of boundaries is built (and
    /// copied to add the end) only to be read again.
    private struct Collector {
        var ranges: [Range<Int>] = []
        /// Where the open stretch starts: the last boundary.
        var start = 0

        /// Ends the open stretch at `boundary` (nothing when it is empty).
        @inline(__always)
        mutating func close<Scalars: ScalarIndexable>(at boundary: Int, _ scalars: Scalars) {
            guard boundary > start else { return }
            var s = start, e = boundary
            while s < e && ScalarText.isWhitespace(scalars[s]) { s += 1 }
            while e > s && ScalarText.isWhitespace(scalars[e - 1]) { e -= 1 }
            if e - s > maximumSentenceScalars { ranges.append(contentsOf: capped(s..<e, scalars)) } else if e > s { ranges.append(s..<e) }
            start = boundary
        }
    }

    /// The longest stretch treated as one sentence, in scalars. Real sentences are far shorter;
    /// text with no sentence ends at all (a scraped page on one line, a list joined by
    /// semicolons) would otherwise make one "sentence" of megabytes, whose text every mention,
    /// claim and event would carry as provenance and every per-sentence rule would rescan.
    public static let maximumSentenceScalars = 1_000

    /// `range` cut into pieces of at most `maximumSentenceScalars`, each cut made after the last
    /// ";", ":" or "," before the limit, else at the last white space, else at the limit.
    static func capped<Scalars: ScalarIndexable>(_ range: Range<Int>, _ scalars: Scalars) -> [Range<Int>] {
        guard range.count > maximumSentenceScalars else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > maximumSentenceScalars {
            let limit = start + maximumSentenceScalars
            var cut = limit
            if let mark = (start + 1..<limit).last(where: { ";:,".unicodeScalars.contains(scalars[$0 - 1]) && ScalarText.isWhitespace(scalars[$0]) }) {
                cut = mark
            } else if let space = (start + 1..<limit).last(where: { ScalarText.isWhitespace(scalars[$0]) }) {
                cut = space
            }
            var end = cut
            while end > start && ScalarText.isWhitespace(scalars[end - 1]) { end -= 1 }
            if end > start { pieces.append(start..<end) }
            start = cut
            while start < range.upperBound && ScalarText.isWhitespace(scalars[start]) { start += 1 }
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }

    /// Closing quotes and brackets after a sentence end: " ' ” ’ » ) ] (a switch, not a set:
    /// no hashing per full stop).
    @inline(__always)
    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29, 0x5D: return true
        default: return false
        }
    }

    /// Opening quotes that may start a sentence: " “ ‘ ' «.
    @inline(__always)
    private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x201C, 0x2018, 0x27, 0xAB: return true
        default: return false
        }
    }

    /// Whether the full stop at `dot` ends an abbreviation or an initial: the run of letters
    /// and full stops before it is one letter written in upper case ("J. Smith"), or one of
    /// `abbreviations`. Every abbreviation is ASCII, and no other letter lower-cases to ASCII but
    /// the Kelvin sign (no abbreviation has a "k"), so the run is read backwards as lower-case
    /// ASCII bytes packed into one integer as it goes, without building a string: it stops at
    /// the first non-ASCII letter (then only an initial can match), once the run is longer
    /// than any abbreviation, or once its last two letters end none (`abbreviationEndings`).
    /// Most full stops end a sentence after a word that is neither ("said.", "region."), so
    /// this is the common path: two scalars read, no Unicode property lookups for ASCII, and the
    /// tables fetched by the caller once per text (`AbbreviationTables`).
    private static func isAbbreviation<Scalars: ScalarIndexable>(
        _ scalars: Scalars, dotAt dot: Int, _ abbreviations: AbbreviationTables
    ) -> Bool {
        let (endings, longest) = abbreviations
        var word: UInt64 = 0
        var length = 0
        var upper = false
        var k = dot
        while k > 0 {
            let scalar = scalars[k - 1]
            let value = scalar.value
            guard value < 0x80 else {
                guard let initial = initialBeyondASCII(scalars, at: k - 1, length: length) else { break }
                return initial
            }
            let lower = value | 0x20
            guard (lower >= 0x61 && lower <= 0x7A) || value == 0x2E else { break }
            // Longer than any abbreviation, and too long to be an initial.
            guard length < longest else { return false }
            word |= UInt64(value == 0x2E ? value : lower) << UInt64(8 * length)
            upper = value <= 0x5A && value != 0x2E
            length += 1
            k -= 1
            if length == 2 && endings[endingIndex(word >> 8)] & 1 << endingIndex(word & 0xFF) == 0 { return false }
        }
        guard length > 0 else { return false }
        // A single capital letter ("J. Smith") is an initial, not a sentence end.
        if length == 1 && upper { return true }
        return abbreviationWords.withUnsafeBufferPointer { words in
            // Sorted: a binary search, a few comparisons.
            var low = 0, high = words.count
            while low < high {
                let middle = (low + high) / 2
                if words[middle] < word { low = middle + 1 } else { high = middle }
            }
            return low < words.count && words[low] == word
        }
    }

    /// `isAbbreviation` at a scalar beyond ASCII, `scalars[index]`, with `length` scalars of the
    /// run read after it: nil when it is no letter (the run starts after it); else a letter is
    /// in the run, so no abbreviation, but an initial when the letter is the whole run, stands
    /// alone and is upper case. Out of line: the Unicode properties it reads take storage whose
    /// size is known only at run time, which every call of `isAbbreviation` set up (a metadata
    /// lookup and a stack adjustment) while most runs it reads are ASCII.
    @inline(never)
    private static func initialBeyondASCII<Scalars: ScalarIndexable>(_ scalars: Scalars, at index: Int, length: Int) -> Bool? {
        let scalar = scalars[index]
        guard ScalarText.isAlphabetic(scalar) else { return nil }
        guard length == 0 else { return false }
        let alone = index == 0 || !(ScalarText.isAlphabetic(scalars[index - 1]) || scalars[index - 1] == ".")
        return alone && ScalarText.isUppercase(scalar)
    }

    /// An ASCII word of at most eight bytes as one integer, a byte each (no byte is 0, so
    /// words of different lengths differ).
    private static func packed(_ word: String) -> UInt64 { word.utf8.reduce(0) { $0 << 8 | UInt64($1) } }
    /// Every abbreviation packed (all are at most eight ASCII bytes), sorted for a binary
    /// search: no hashing, no string built.
    private static let abbreviationWords: [UInt64] = abbreviations.map(packed).sorted()
    private static let maximumAbbreviationLength = min(8, abbreviations.map(\.count).max() ?? 0)
    /// The last two characters of every abbreviation, for a cheap early no: bit
    /// `endingIndex(last)` of `abbreviationEndings[endingIndex(secondToLast)]`.
    private static let abbreviationEndings: [UInt32] = abbreviations.reduce(into: [UInt32](repeating: 0, count: 27)) { endings, word in
        let bytes = Array(word.utf8)
        guard bytes.count >= 2 else { return }
        endings[endingIndex(UInt64(bytes[bytes.count - 2]))] |= 1 << endingIndex(UInt64(bytes[bytes.count - 1]))
    }
    /// What `isAbbreviation` reads on every call (`abbreviationEndings`,
    /// `maximumAbbreviationLength`), fetched once per text by the splitter and handed down: read
    /// as statics in `isAbbreviation`, each was a `swift_once` call per full stop (about a fifth
    /// of its instructions on the common path). A tuple of the statics, not a struct that
    /// copies them: the struct retained and released the array once per text. The sorted
    /// words, read only past the endings test, stay a static read there.
    private typealias AbbreviationTables = (endings: [UInt32], longest: Int)

    /// A lower-case ASCII letter as 0–25, a full stop as 26 (the only bytes in a packed run).
    @inline(__always)
    private static func endingIndex(_ byte: UInt64) -> Int { byte == 0x2E ? 26 : Int(byte &- 0x61) }
}

/// Random access to a text's Unicode scalars by scalar offset, so the splitter runs on a scalar
/// array or straight on a document's UTF-8 bytes.
protocol ScalarIndexable {
    var count: Int { get }
    subscript(_ index: Int) -> Unicode.Scalar { get }
    /// Says that the scalars read next are mostly near `offset` (the splitter's breaks, in
    /// order), so a view that must locate them can make those reads cheap.
    mutating func focus(on offset: Int)
}

extension ScalarIndexable {
    @inline(__always)
    mutating func focus(on offset: Int) {}
}

extension Array: ScalarIndexable where Element == Unicode.Scalar {}

/// Where a text's scalar offsets and UTF-8 offsets part: a step at each multi-byte scalar,
/// recorded by the scan as it decodes one (`TextScan.byteOffsets`). Most news texts have a few
/// non-ASCII scalars (curly quotes, dashes, accented names: about 0.2% of their bytes), for
/// which a table of every scalar's byte offset cost four bytes a scalar and a pass of its own
/// over the text; the steps are few, and a byte offset is found among them by a binary search.
struct ByteOffsets: Sendable {
    /// From scalar offset `scalar` on (up to the next step), byte offsets are `extra` more.
    private struct Step: Sendable {
        var scalar: Int32
        var extra: Int32
    }

    /// In scalar order.
    private var steps: [Step] = []

    /// No step: the text is ASCII, and scalar and byte offsets agree.
    var isEmpty: Bool { steps.isEmpty }

    /// Records that the first `scalarsBefore` scalars take `bytesBefore` bytes, the last of them
    /// multi-byte; called in scalar order.
    @inline(__always)
    mutating func append(scalarsBefore: Int, bytesBefore: Int) {
        steps.append(Step(
            scalar: Int32(truncatingIfNeeded: scalarsBefore), extra: Int32(truncatingIfNeeded: bytesBefore - scalarsBefore)))
    }

    /// The UTF-8 offset of scalar offset `offset` (the text's end included).
    @inline(__always)
    func byteOffset(ofScalar offset: Int) -> Int {
        let run = self.run(containing: offset)
        return offset + run.extra
    }

    /// The stretch of scalar offsets around `offset` with no step inside (`start..<end`), and
    /// how many more their byte offsets are: a binary search for the last step at or before it.
    @inline(__always)
    func run(containing offset: Int) -> (start: Int, end: Int, extra: Int) {
        steps.withUnsafeBufferPointer { steps in
            var low = 0, high = steps.count
            while low < high {
                let middle = (low + high) >> 1
                if Int(steps[middle].scalar) <= offset { low = middle + 1 } else { high = middle }
            }
            let end = low < steps.count ? Int(steps[low].scalar) : Int.max
            return low == 0 ? (Int.min, end, 0) : (Int(steps[low - 1].scalar), end, Int(steps[low - 1].extra))
        }
    }
}

extension ByteOffsets {
    /// The steps of `text`, for a caller that has its scalars but not the scan's record: none
    /// when it has as many bytes as scalars (it is ASCII), else read off its UTF-8, sixteen
    /// bytes at a time where they are ASCII; nil when the UTF-8 cannot be read in place, or
    /// when it does not hold `scalarCount` scalars.
    init?(reading text: String, scalarCount: Int) {
        if text.utf8.count == scalarCount {
            self.init()
            return
        }
        let read = text.utf8.withContiguousStorageIfAvailable { bytes -> ByteOffsets? in
            var offsets = ByteOffsets()
            var index = 0, extra = 0
            let count = bytes.count
            while index < count {
                if index + 16 <= count {
                    let raw = UnsafeRawPointer(bytes.baseAddress! + index)
                    let chunk = raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    if chunk & 0x8080_8080_8080_8080 == 0 {
                        index += 16
                        continue
                    }
                }
                let lead = bytes[index]
                guard lead >= 0x80 else {
                    index += 1
                    continue
                }
                // A String's UTF-8 is valid: the lead byte gives the scalar's length.
                let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                index += width
                extra += width - 1
                offsets.append(scalarsBefore: index - extra, bytesBefore: index)
            }
            return index - extra == scalarCount ? offsets : nil
        }
        guard let read, let offsets = read else { return nil }
        self = offsets
    }
}

/// The scalars of UTF-8 text, located through its `ByteOffsets`. The text must be valid
/// UTF-8, as a `String`'s is. ASCII text, where scalar and byte offsets agree, is read as
/// `ASCIIScalars` instead: no steps to search and no decoding.
struct UTF8Scalars: ScalarIndexable {
    let bytes: UnsafeBufferPointer<UInt8>
    let byteOffsets: ByteOffsets
    let count: Int
    /// The run of `byteOffsets` last focused on: scalars in it are located without a search.
    private var run: (start: Int, end: Int, extra: Int) = (0, 0, 0)

    init(bytes: UnsafeBufferPointer<UInt8>, byteOffsets: ByteOffsets, count: Int) {
        self.bytes = bytes
        self.byteOffsets = byteOffsets
        self.count = count
    }

    @inline(__always)
    mutating func focus(on offset: Int) {
        if offset < run.start || offset >= run.end { run = byteOffsets.run(containing: offset) }
    }

    /// An ASCII scalar in the run last focused on (nearly every scalar the splitter reads) is
    /// one load; any other goes out of line (`scalar(at:_:)`), so the many places the splitter
    /// reads a scalar do not each carry a search and a four-way decoding. What goes out of line
    /// is handed the byte offset alone, not the view: a call on the view took its address, so
    /// the view (seven words) was copied to the stack before every read, the common ones too
    /// (eight copies for each break the splitter reads).
    @inline(__always)
    subscript(_ index: Int) -> Unicode.Scalar {
        let inRun = index >= run.start && index < run.end
        if inRun {
            let byte = bytes[index + run.extra]
            if byte < 0x80 { return Unicode.Scalar(byte) }
        }
        return Self.scalar(at: inRun ? index + run.extra : Self.byteOffset(ofScalar: index, byteOffsets), bytes)
    }

    /// `byteOffsets.byteOffset(ofScalar:)`, out of line.
    @inline(never)
    private static func byteOffset(ofScalar index: Int, _ byteOffsets: ByteOffsets) -> Int {
        byteOffsets.byteOffset(ofScalar: index)
    }

    /// The scalar whose UTF-8 starts at byte offset `i` of `bytes`.
    @inline(never)
    private static func scalar(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        let b0 = UInt32(bytes[i])
        let value: UInt32
        if b0 < 0x80 {
            value = b0
        } else if b0 < 0xE0 {
            value = ((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)
        } else if b0 < 0xF0 {
            value = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)
        } else {
            value = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
                | (UInt32(bytes[i + 3]) & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}

/// The scalars of ASCII text: one byte each, read as they are (most news text is ASCII, and
/// the splitter specialised for it reads the bytes without an offset table or a scalar check).
struct ASCIIScalars: ScalarIndexable {
    let bytes: UnsafeBufferPointer<UInt8>

    @inline(__always)
    var count: Int { bytes.count }

    @inline(__always)
    subscript(_ index: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[index]) }
}
