/// What separates a word from the word before it; the finder's phrase rules read this instead
/// of the raw characters.
enum Gap: UInt8, Sendable {
    /// Spaces or tabs only ("Belgorod Oblast").
    case space
    /// One hyphen, maybe with spaces ("Rostov-on-Don", "north-east").
    case hyphen
    /// One apostrophe, straight or curly, and nothing else ("Russia's", "Russia’s").
    case apostrophe
    /// A full stop and spaces ("St. Petersburg").
    case period
    /// A comma and spaces ("Sudzha, Kursk region").
    case comma
    /// Anything else within a sentence: quotes, brackets, dashes.
    case other
    /// A line end, sentence punctuation, or the start of the text.
    case hard
}

/// A word of the text as the finder sees it: scalar offsets, its folded form in a shared
/// buffer, its vocabulary id (−1 when unknown) and how it is written.
struct ScanToken: Sendable {
    var start: Int32
    var end: Int32
    var foldStart: Int32
    var foldEnd: Int32
    /// The word's id, info and the names that begin with it, as its vocabulary slot has them.
    var facts: WordFacts
    var gap: Gap
    var flags: Flags

    var id: Int32 { facts.id }
    var info: WordInfo { facts.info }
    /// The names that begin with this word: `NameIndex` entries firstEntry..<firstEntry + entryCount.
    var firstEntry: Int32 { facts.firstEntry }
    var entryCount: Int32 { facts.entryCount }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// Starts with an upper-case letter.
        static let capitalized = Flags(rawValue: 1)
        /// Every letter is upper case ("RBC", "KYIV").
        static let allUpper = Flags(rawValue: 2)
        /// Has a non-ASCII letter (Cyrillic, accented Latin).
        static let nonASCII = Flags(rawValue: 4)
    }

    var isCapitalized: Bool { flags.contains(.capitalized) }
    var wordClass: WordClass { info.wordClass }
    var entries: Range<Int> { Int(firstEntry)..<Int(firstEntry + entryCount) }
    var length: Int { Int(end - start) }
}

/// One pass over a document's UTF-8 bytes: decodes scalars, splits words, folds and hashes them
/// as it goes, and looks each up in the vocabulary. Offsets count Unicode scalars.
struct TextScan {
    var tokens: [ScanToken] = []
    var folded: [UInt32] = []
    /// Scalar offsets of every "\n".
    var newlines: [Int] = []
    /// Scalar offsets of every ".", "!", "?" and "\n", in order: the only places a sentence can
    /// end, so `SentenceSplitter` visits these instead of every scalar again.
    var sentenceBreaks: [Int32] = []
    var scalarCount = 0
    /// The indices in `tokens` of the demonyms ("Russian", "Ukrainian"), in order: `lookUp`
    /// reads every word's class anyway, so the finder reads these few (usually none) instead of
    /// walking every token for them.
    var demonymTokens: [Int32] = []
    /// The UTF-8 offset of every scalar offset (and of the end): where the two part, at each
    /// multi-byte scalar (nowhere when the text is ASCII).
    var byteOffsets = ByteOffsets()

    init(_ text: String, vocabulary: Vocabulary) {
        var text = text
        text.withUTF8 { bytes in
            // Room for a news text's sentence ends, so they are rarely grown.
            sentenceBreaks.reserveCapacity(bytes.count / 64 + 4)
            // Likewise its line ends (a paragraph every few hundred bytes): appended one by one
            // from nothing, they were reallocated and copied two or three times a document (the
            // growth about 400 instructions each, more than the one allocation made here).
            newlines.reserveCapacity(bytes.count / 128 + 4)
            // Room for a word every four bytes (news text has one about every six), written
            // without an append's checks. Room for every word a text can have ((bytes + 1) / 2:
            // a word and the separator after it take two bytes at least) made a news article's
            // tokens a "large" allocation (over 32 KB for two kilobytes of text), which the
            // allocator makes and frees through its arena at about 3,400 instructions a
            // document; this much it keeps at hand per thread. A text with more words moves
            // them to a buffer of the writer's own (`TokenWriter.grow`), copied in at the end.
            // Every scalar folds to at most two scalars and only multi-byte scalars to two, so
            // the folded text never has more scalars than the text has bytes.
            var outgrown: UnsafeMutableBufferPointer<ScanToken>?
            tokens = [ScanToken](unsafeUninitializedCapacity: bytes.count / 4 + 16) { words, wordCount in
                folded = [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                    var writer = TokenWriter(words)
                    count = self.run(bytes, buffer.baseAddress, &writer)
                    if let own = writer.ownWords { outgrown = own } else { wordCount = writer.count }
                }
            }
            if let outgrown {
                tokens = Array(outgrown)
                outgrown.deallocate()
            }
            self.lookUp(vocabulary)
        }
    }

    /// Keys every word and finds it in the vocabulary. An ASCII word of up to fifteen scalars
    /// brings its key from the scan (stashed in `firstEntry`/`entryCount` and `id`/`info`, see
    /// `finishWord`) and is found by that alone (`Probe.Keyed.exact`, nearly every word); the others
    /// are keyed here from their folded scalars, out of line (`slot(of:)`), so the common case
    /// keeps its values in registers. A pass of its own, after the scan: the table is large, so
    /// most lookups miss the cache, and in a loop that does nothing else the processor has many
    /// of those misses in flight at once instead of one per word. More still: the slot of the
    /// word `lookAhead` words on is prefetched (`Probe.Keyed.prefetch`), which, unlike a load, leaves
    /// the loop running while its line comes in; its home slot waits in `homes` (a ring of
    /// `lookAhead`, on the stack) for the word's probe, so each word is hashed once.
    private mutating func lookUp(_ vocabulary: Vocabulary) {
        var demonyms: [Int32] = []
        vocabulary.withProbe { probe in
            folded.withUnsafeBufferPointer { all in
                tokens.withUnsafeMutableBufferPointer { tokens in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.lookAhead) { homes in
                        // The table's base, mask and shift as values (`Probe.keyed`), not reloaded
                        // from the captured probe per word: lookUp 35.8M -> 34.6M instructions (2 MB).
                        let table = probe.keyed
                        let ring = Self.lookAhead &- 1
                        for t in 0..<min(Self.lookAhead, tokens.count) {
                            homes[t] = table.prefetch(tokens[t].facts.high, tail: tokens[t].facts.low)
                        }
                        for t in tokens.indices {
                            let home = homes[t & ring]
                            let ahead = t &+ Self.lookAhead
                            if ahead < tokens.count {
                                homes[ahead & ring] = table.prefetch(tokens[ahead].facts.high, tail: tokens[ahead].facts.low)
                            }
                            let head = tokens[t].facts.high, tail = tokens[t].facts.low
                            let found = head != 0 ? table.exact(head, tail: tail, from: home) : Self.slot(of: tokens[t], all, probe)
                            assert(head == 0 || WordKey(head: head, tail: tail) == WordKey(of: all[Int(tokens[t].foldStart)..<Int(tokens[t].foldEnd)]),
                                   "the scan's key differs from WordKey's")
                            if let found {
                                tokens[t].facts = found.pointee.facts
                                if found.pointee.facts.info.rawValue & WordClass.demonym.rawValue != 0 {
                                    demonyms.append(Int32(truncatingIfNeeded: t))
                                }
                            } else {
                                tokens[t].facts = WordFacts.unknown
                            }
                        }
                    }
                }
            }
        }
        demonymTokens = demonyms
    }

    /// How many words ahead `lookUp` prefetches a word's slot (a power of two: its ring of
    /// home slots is indexed by a mask).
    private static let lookAhead = 16

    /// The vocabulary slot of a word the scan did not key: keyed from its folded scalars
    /// (`WordKey.packedLong` when they are ASCII, else `WordKey(of:)`).
    @inline(never)
    private static func slot(
        of token: ScanToken, _ all: UnsafeBufferPointer<UInt32>, _ probe: Vocabulary.Probe
    ) -> UnsafePointer<Vocabulary.Slot>? {
        let word = UnsafeBufferPointer(rebasing: all[Int(token.foldStart)..<Int(token.foldEnd)])
        let packed = token.flags.contains(.nonASCII) ? nil : WordKey.packedLong(ascii: word)
        assert(packed == nil || packed == WordKey(of: word), "packedLong's key differs from WordKey's")
        // A word of eight to sixteen ASCII scalars is its own key: found by it as the scan's
        // short words are, without `find`'s full-key comparisons.
        if let packed { return probe.exact(packed.head, tail: packed.tail) }
        let key = WordKey(of: word)
        return probe.find(word, key: key)
    }

    /// Every byte by what it is in a word: ASCII letters and digits are word bytes, an
    /// upper-case letter carries 0x20 (the bit that lower-cases it, so folding is one `or`),
    /// and bytes from 0x80 up belong to multi-byte scalars, decoded one at a time.
    private static let wordByte: UInt8 = 0x01, lowerByte: UInt8 = 0x02, upperByte: UInt8 = 0x20, multiByte: UInt8 = 0x80
    private static let byteClasses: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        switch b {
        case 0x30...0x39: return wordByte
        case 0x41...0x5A: return wordByte | upperByte
        case 0x61...0x7A: return wordByte | lowerByte
        case 0x80...: return multiByte
        default: return 0
        }
    }

    /// The scan proper; writes the words' tokens to `tokens` and the folded scalars to `output`
    /// (room for one per byte), and returns how many scalars it wrote. Runs of ASCII letters and digits, most of any text, are
    /// folded and copied eight bytes at a time (`asciiRun`, `widen`: no branch per byte; the
    /// last few bytes of the text through `byteClasses`); other scalars are decoded and folded
    /// through `ScalarFolding`. A chunk writes all eight scalars even when the run ends inside
    /// it: the bytes after the run are overwritten later or lie past the returned count, and
    /// there is room, since no more scalars have been written than bytes read (`f <= j`).
    private mutating func run(
        _ bytes: UnsafeBufferPointer<UInt8>, _ output: UnsafeMutablePointer<UInt32>?, _ tokens: inout TokenWriter
    ) -> Int {
        guard let base = bytes.baseAddress, let output else { return 0 }
        // Every offset a token holds is at most the byte count (a scalar or a folded scalar per
        // byte at most), so checked once here they are stored without a check each.
        precondition(bytes.count <= Int(Int32.max), "a text of 2 GB or more")
        let folding = ScalarFolding.shared
        var i = 0, scalar = 0, f = 0
        let n = bytes.count
        var gap = Gap.hard
        var inWord = false
        var wordStart = 0, foldStart = 0
        var flags: ScanToken.Flags = []
        var allUpper = true
        var key: UInt64 = 0 // the head of the word's key when the scan could pack it (its tail is 0), else 0
        // Kept apart from `self` while the loop runs, then stored: appended to in place, the
        // loop kept reloading `self` (1.5% more instructions over the whole finder).
        var byteOffsets = ByteOffsets()

        Self.byteClasses.withUnsafeBufferPointer { classes in
            while i < n {
                let b = base[i]
                var c = classes[Int(b)]
                if c & Self.wordByte != 0 {
                    if !inWord && i &+ 8 <= n {
                        Self.shortWords(
                            base, n, classes, output, &i, &scalar, &f, &gap, &tokens)
                        // Stopped at the end or a byte from 0x80 up (read round the loop), or
                        // at the first byte of a word it leaves to the code below.
                        guard i < n else { continue }
                        c = classes[Int(base[i])]
                        guard c & Self.wordByte != 0 else { continue }
                    }
                    let starts = !inWord
                    if starts {
                        inWord = true
                        wordStart = scalar
                        foldStart = f
                        allUpper = true
                        key = 0
                        flags = c & Self.upperByte != 0 ? .capitalized : []
                    }
                    // The whole run of ASCII word bytes: eight at a time while eight remain
                    // (each chunk is folded and written whole, and the run's end is found in
                    // it by a bit count), then byte by byte.
                    var j = i, lower = false, ended = false
                    while j &+ 8 <= n {
                        let chunk = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
                        let run = Self.asciiRun(chunk)
                        Self.widen(run.folded, to: output + f)
                        lower = lower || run.lower & (run.stop &- 1) != 0
                        let k = run.stop.trailingZeroBitCount >> 3
                        f += k
                        j += k
                        if k < 8 {
                            ended = true
                            // A word of up to seven letters met whole in its first chunk and
                            // followed by an ASCII separator: its key is the chunk, packed.
                            if starts && j - i == k && base[j] < 0x80 { key = WordKey.packedASCII(run.folded, count: k) }
                            break
                        }
                    }
                    if !ended {
                        while j < n {
                            let cj = classes[Int(base[j])]
                            if cj & Self.wordByte == 0 { break }
                            output[f] = UInt32(base[j] | (cj & Self.upperByte))
                            if cj & Self.lowerByte != 0 { lower = true }
                            f += 1
                            j += 1
                        }
                    }
                    if lower { allUpper = false }
                    scalar += j - i
                    i = j
                    // A word followed by a space (most words) is finished here and the space
                    // passed over, as the loop would (a space changes no gap), without going
                    // round it once more to classify and dispatch the space.
                    if ended && base[j] == 0x20 {
                        Self.finishWord(&tokens, wordStart, scalar, foldStart, f, &gap, flags, allUpper, key, 0)
                        inWord = false
                        i += 1
                        scalar += 1
                    }
                    continue
                }
                if c == 0 {
                    if inWord {
                        Self.finishWord(&tokens, wordStart, scalar, foldStart, f, &gap, flags, allUpper, key, 0)
                        inWord = false
                    }
                    Self.separator(UInt32(b), scalar, &gap, &newlines, &sentenceBreaks)
                    i += 1
                    scalar += 1
                    continue
                }
                let b0 = UInt32(b)
                var value: UInt32
                if b0 < 0xE0 {
                    value = ((b0 & 0x1F) << 6) | (UInt32(bytes[min(i + 1, n - 1)]) & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    value = ((b0 & 0x0F) << 12) | ((UInt32(bytes[min(i + 1, n - 1)]) & 0x3F) << 6)
                        | (UInt32(bytes[min(i + 2, n - 1)]) & 0x3F); i += 3
                } else {
                    value = ((b0 & 0x07) << 18) | ((UInt32(bytes[min(i + 1, n - 1)]) & 0x3F) << 12)
                        | ((UInt32(bytes[min(i + 2, n - 1)]) & 0x3F) << 6) | (UInt32(bytes[min(i + 3, n - 1)]) & 0x3F); i += 4
                }
                if folding.isWord(value) {
                    if !inWord {
                        inWord = true
                        wordStart = scalar
                        foldStart = f
                        allUpper = true
                        key = 0
                        flags = folding.isUppercase(value) ? .capitalized : []
                    }
                    flags.insert(.nonASCII)
                    folding.fold(value, into: output, count: &f)
                    if allUpper && !folding.isUppercase(value) { allUpper = false }
                } else {
                    if inWord {
                        Self.finishWord(&tokens, wordStart, scalar, foldStart, f, &gap, flags, allUpper, key, 0)
                        inWord = false
                    }
                    Self.separator(value, scalar, &gap, &newlines, &sentenceBreaks)
                }
                // A text cut inside its last scalar (never a `String`'s) still ends at its end.
                byteOffsets.append(scalarsBefore: scalar + 1, bytesBefore: min(i, n))
                scalar += 1
            }
        }
        if inWord { Self.finishWord(&tokens, wordStart, scalar, foldStart, f, &gap, flags, allUpper, key, 0) }
        scalarCount = scalar
        self.byteOffsets = byteOffsets
        return f
    }

    /// The scan's common case in a loop of its own: words of one to fifteen ASCII letters or
    /// digits, each met whole in the one or two eight-byte chunks that start it and followed by
    /// an ASCII byte, and the ASCII separators between them. For these it writes what `run`
    /// would (the same tokens, folded scalars, keys, gaps and breaks, in the same order), with
    /// far less state live: no word is left open from one turn to the next, so the loop keeps its values
    /// in registers (in `run` they were spilled and reloaded for every word). Called at a
    /// word's first byte, `i`; returns at the text's end, at a byte from 0x80 up, or at the
    /// first byte of a word it does not take (sixteen bytes or more, running into a non-ASCII
    /// byte, too near the end for its chunks, or with the writer full), for `run` to read on
    /// from there.
    private static func shortWords(
        _ base: UnsafePointer<UInt8>, _ n: Int, _ classes: UnsafeBufferPointer<UInt8>, _ output: UnsafeMutablePointer<UInt32>,
        _ position: inout Int, _ scalarOffset: inout Int, _ foldOffset: inout Int, _ gapState: inout Gap,
        _ tokens: inout TokenWriter
    ) {
        // The writer's room only (its cursor and end, copied in and out): through `inout`, its
        // count was loaded and stored back in memory for every word, and the whole writer kept
        // its start and ownership, which this loop never reads, in registers it needs.
        tokens.withRoom { writer in
            shortWords(base, n, classes, output, &position, &scalarOffset, &foldOffset, &gapState, &writer)
        }
    }

    /// `shortWords` writing to the room its writer has left.
    @inline(__always)
    private static func shortWords(
        _ base: UnsafePointer<UInt8>, _ n: Int, _ classes: UnsafeBufferPointer<UInt8>, _ output: UnsafeMutablePointer<UInt32>,
        _ position: inout Int, _ scalarOffset: inout Int, _ foldOffset: inout Int, _ gapState: inout Gap,
        _ room: inout TokenWriter.Room
    ) {
        var i = position, f = foldOffset, gap = gapState
        // Every byte read here is a scalar of its own, so the scalar offset is the byte offset
        // and this much: one counter fewer to step and to keep in a register.
        let scalarsLess = scalarOffset &- position
        var writer = room
        defer {
            position = i; scalarOffset = i &+ scalarsLess; foldOffset = f; gapState = gap
            room = writer
        }
        @inline(__always) func chunk(at i: Int) -> UInt64 {
            UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        }
        while i &+ 8 <= n {
            // A full writer is left to `run` to grow: a call that may happen here, in the loop,
            // took registers from the common case (values kept across a call need callee-saved
            // ones), so its append's own test (`next == end`) is settled by this one.
            guard writer.hasRoom else { return }
            let run = asciiRun(chunk(at: i))
            // The top bit of the byte that ends the word (bit 8k + 7), which tells whether that
            // byte is ASCII: read in the chunk in hand (`folded` keeps every byte's top bit),
            // not loaded from the text again.
            let stop = run.stop.trailingZeroBitCount
            var k = stop >> 3
            var lower = run.lower & (run.stop &- 1) != 0
            var key: UInt64, tail: UInt64 = 0
            if k < 8 {
                guard run.folded &>> UInt64(truncatingIfNeeded: stop) & 1 == 0 else { return }
                key = WordKey.packedASCII(run.folded, count: k)
            } else {
                // Eight to fifteen scalars (about one word in five): ended by the next chunk,
                // folded from both, and keyed from both as `WordKey.packedLong` keys them
                // (the first eight scalars in the head, the rest in the tail).
                guard i &+ 16 <= n else { return }
                // Its eight bytes put together one by one (the compiler makes that one load):
                // `loadUnaligned` here, a second use in the loop, was left as a call.
                let p = base + (i &+ 8)
                var bytes: UInt64 = 0
                for b in 0..<8 { bytes |= UInt64(p[b]) &<< UInt64(8 &* b) }
                let next = asciiRun(bytes)
                let nextStop = next.stop.trailingZeroBitCount
                let rest = nextStop >> 3
                guard rest < 8, next.folded &>> UInt64(truncatingIfNeeded: nextStop) & 1 == 0 else { return }
                widen(next.folded, to: output + f + 8)
                lower = lower || next.lower & (next.stop &- 1) != 0
                k = 8 &+ rest
                key = run.folded | 1 << 63
                tail = WordKey.tailASCII(next.folded, count: rest)
            }
            widen(run.folded, to: output + f)
            // Not `[]`: that literal, here, built an array per word.
            let flags: ScanToken.Flags = run.upper & 0x80 != 0 ? .capitalized : ScanToken.Flags()
            finishWord(&writer, i &+ scalarsLess, i &+ scalarsLess &+ k, f, f &+ k, &gap, flags, !lower, key, tail)
            i &+= k
            f &+= k
            // The separators up to the next word, but for those that may end a sentence (`run`
            // records them).
            while true {
                guard i < n else { return }
                let b = base[i]
                // A space (most separators) changes nothing: tested first, before its class is
                // read, and not dispatched (TextScan.run 89.4M -> 87.7M instructions over 2 MB).
                if b == 0x20 {
                    i &+= 1
                    continue
                }
                let c = classes[Int(b)]
                if c & wordByte != 0 { break }
                guard c == 0, !isBreak(UInt32(b)) else { return }
                withinSentence(UInt32(b), &gap)
                i &+= 1
            }
        }
    }

    /// Appends a word's token. Until `lookUp` fills them, `firstEntry` and `entryCount` hold the
    /// `head` of the word's key when the scan packed it (low and high halves; 0 when it did not),
    /// and `id` and `info` its `tail` (likewise), so the key needs no room of its own in every
    /// token. The offsets are stored unchecked: `run` checked once that the text's are all
    /// below 2^31. No `[]` for an empty option set here: inlined into `shortWords`, the literal
    /// was not folded and built an array per word.
    @inline(__always)
    private static func finishWord<Writer: TokenSink>(
        _ tokens: inout Writer, _ start: Int, _ end: Int,
        _ foldStart: Int, _ foldEnd: Int, _ gap: inout Gap, _ flags: ScanToken.Flags, _ allUpper: Bool,
        _ key: UInt64, _ tail: UInt64
    ) {
        var f = flags
        if allUpper { f.insert(.allUpper) }
        tokens.append(ScanToken(
            start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
            foldStart: Int32(truncatingIfNeeded: foldStart), foldEnd: Int32(truncatingIfNeeded: foldEnd),
            facts: WordFacts(low: tail, high: key),
            gap: gap, flags: f))
        gap = .space
    }

    /// Where the scan writes its tokens: first the uninitialized room of the array it is given,
    /// filled in order with one capacity check a word; once that is full, a buffer of its own,
    /// twice the size each time it fills (`grow`), which the caller then copies and deallocates
    /// (`ownWords`).
    private struct TokenWriter: TokenSink {
        /// The words are `start..<next`, with room up to `end`: the common case reads and moves
        /// two pointers only (a count and a capacity took more registers in `shortWords`).
        private var start: UnsafeMutablePointer<ScanToken>
        private var next: UnsafeMutablePointer<ScanToken>
        private var end: UnsafeMutablePointer<ScanToken>
        /// Whether `start` is the writer's own buffer, not the room it was given.
        private var ownsWords = false

        init(_ room: UnsafeMutableBufferPointer<ScanToken>) {
            start = room.baseAddress!
            next = start
            end = start + room.count
        }

        var count: Int { next - start }

        /// The room left in the buffer, for `body` to write words to without growing it (see
        /// `Room`); the words it writes are the writer's.
        @inline(__always)
        mutating func withRoom<R>(_ body: (inout Room) -> R) -> R {
            var room = Room(next: next, end: end)
            defer { next = room.next }
            return body(&room)
        }

        /// The writer's cursor and end alone: what `shortWords` moves and tests per word, in
        /// two registers, while the writer's start and ownership wait outside its loop. It
        /// cannot grow: its user tests `hasRoom` before each append.
        struct Room: TokenSink {
            fileprivate var next: UnsafeMutablePointer<ScanToken>
            fileprivate let end: UnsafeMutablePointer<ScanToken>

            /// Whether a word can be appended.
            @inline(__always)
            var hasRoom: Bool { next != end }

            @inline(__always)
            mutating func append(_ token: ScanToken) {
                assert(next != end, "a word appended to a full room")
                next.initialize(to: token)
                next += 1
            }
        }

        @inline(__always)
        mutating func append(_ token: ScanToken) {
            if next == end { grow() }
            next.initialize(to: token)
            next += 1
        }

        /// Moves the words written so far to a buffer of the writer's own, twice the size.
        @inline(never)
        private mutating func grow() {
            let count = self.count, capacity = max(16, 2 * (end - start))
            let bigger = UnsafeMutablePointer<ScanToken>.allocate(capacity: capacity)
            bigger.moveInitialize(from: start, count: count)
            if ownsWords { start.deallocate() }
            start = bigger
            next = bigger + count
            end = bigger + capacity
            ownsWords = true
        }

        /// The words, when they outgrew the room the writer was given (nil: they are all in it).
        var ownWords: UnsafeMutableBufferPointer<ScanToken>? {
            ownsWords ? UnsafeMutableBufferPointer(start: start, count: count) : nil
        }
    }

    /// Where `finishWord` appends a token: the writer, or the room it has left.
    private protocol TokenSink {
        mutating func append(_ token: ScanToken)
    }

    /// Eight bytes of text (the first in the low byte) classified at once, SWAR: `stop` has the
    /// top bit of every byte that is not an ASCII letter or digit, `upper` and `lower` that of
    /// every upper- and lower-case ASCII letter, and `folded` is the bytes with upper-case
    /// letters lower-cased. Each test is an add per range that cannot carry between bytes, since
    /// it runs on the low seven bits only and bytes with the top bit set are masked out.
    @inline(__always)
    private static func asciiRun(_ chunk: UInt64) -> (stop: UInt64, upper: UInt64, lower: UInt64, folded: UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101, tops = ones &* 0x80, low7 = chunk & (ones &* 0x7F)
        @inline(__always) func within(_ x: UInt64, _ lo: UInt64, _ hi: UInt64) -> UInt64 {
            (x &+ ones &* (0x80 - lo)) & ~(x &+ ones &* (0x7F - hi)) & tops
        }
        let ascii = ~chunk & tops
        let letter = within(low7 | ones &* 0x20, 0x61, 0x7A) & ascii
        let digit = within(low7, 0x30, 0x39) & ascii
        let caseBit = chunk << 2 & tops // bit 0x20 of every byte, moved to its top bit
        let upper = letter & ~caseBit
        return (~(letter | digit) & tops, upper, letter & caseBit, chunk | upper >> 2)
    }

    /// Writes the eight bytes of `chunk` (the first in the low byte) as eight scalars at `out`.
    @inline(__always)
    private static func widen(_ chunk: UInt64, to out: UnsafeMutablePointer<UInt32>) {
        let lanes = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(chunk.littleEndian, to: SIMD8<UInt8>.self))
        UnsafeMutableRawPointer(out).storeBytes(of: lanes, as: SIMD8<UInt32>.self)
    }

    /// What a scalar between words does to the gap before the next word, and the breaks and
    /// newlines it records.
    @inline(__always)
    private static func separator(
        _ value: UInt32, _ scalar: Int, _ gap: inout Gap,
        _ newlines: inout [Int], _ sentenceBreaks: inout [Int32]
    ) {
        switch value {
        case 0x0A:
            newlines.append(scalar)
            sentenceBreaks.append(Int32(truncatingIfNeeded: scalar))
            gap = .hard
        case 0x2E: // .
            sentenceBreaks.append(Int32(truncatingIfNeeded: scalar))
            // A full stop alone after the word's spaces; after other punctuation, a hard gap.
            gap = gap == .space ? .period : .hard
        case 0x21, 0x3F: // ! ?
            sentenceBreaks.append(Int32(truncatingIfNeeded: scalar))
            gap = .hard
        default:
            withinSentence(value, &gap)
        }
    }

    /// Whether a separator is one `separator` records (a sentence may end there).
    @inline(__always)
    private static func isBreak(_ value: UInt32) -> Bool {
        value == 0x0A || value == 0x2E || value == 0x21 || value == 0x3F
    }

    /// What a separator other than a break (`isBreak`) does to the gap before the next word.
    /// A gap is `.space` exactly while no separator but spaces has followed the word (a word
    /// sets it; every other separator changes it for good, to its own kind or to `.other` or
    /// `.hard`), so the gap itself tells whether a hyphen, say, comes alone or after other
    /// punctuation: no count of the separators is kept beside it.
    @inline(__always)
    private static func withinSentence(_ value: UInt32, _ gap: inout Gap) {
        switch value {
        case 0x20, 0x09, 0xA0: break
        case 0x0D:
            gap = .hard
        case 0x3B, 0x3A: // ; :
            gap = .hard
        case 0x2C: // ,
            follow(&gap, alone: .comma)
        case 0x2D, 0x2010, 0x2011: // hyphens
            follow(&gap, alone: .hyphen)
        case 0x27, 0x2019: // ' ’
            follow(&gap, alone: .apostrophe)
        default:
            if gap != .hard { gap = .other }
        }
    }

    /// The gap after a separator of kind `alone`: that kind after the word's spaces alone,
    /// `.other` after other punctuation, and still `.hard` after a hard break.
    @inline(__always)
    private static func follow(_ gap: inout Gap, alone: Gap) {
        if gap == .space { gap = alone } else if gap != .hard { gap = .other }
    }
}
