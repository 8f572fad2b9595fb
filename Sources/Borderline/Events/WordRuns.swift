/// A sentence's scalars read sixteen at a time into what `SentenceText` tokenises from: each
/// scalar as a byte, a bit per scalar that is part of a word (`Tokenizer.isWordScalar`), and a
/// bit per word scalar beyond ASCII. Words are then the runs of set bits, found a word at a time by
/// counting zero bits (`Iterator`), and an ASCII word's folded bytes are one load from `bytes`.
///
/// Reading a scalar at a time cost a load, a table test and a branch per scalar, and a word's
/// bytes were read again to pack it; here sixteen ASCII scalars are tested together (four
/// 128-bit loads, narrowed to bytes by the vector unit and tested by arithmetic, see
/// `sixteenASCII` and `wordBits`) and never read again. Eight scalars with one beyond ASCII
/// are read one by one.
///
/// The three parts, and the masks `packed` cuts words with, live in scratch memory the caller
/// lends (`scratchWords(count:)` words, for a sentence of a few hundred scalars a few hundred
/// bytes), so a sentence allocates nothing for them.
struct WordRuns {
    /// The scalars as bytes: ASCII as it is, 0x80 for a scalar beyond ASCII; 16 bytes of room
    /// after the last, so that 16 bytes can be loaded from any scalar's byte.
    let bytes: UnsafeMutablePointer<UInt8>
    /// Bit `k % 64` of word `k / 64` says whether scalar `k` is part of a word. Bits from
    /// `count` on are clear: bit `count` lies in the last word, so every run of set bits ends
    /// within the mask.
    let mask: UnsafeMutablePointer<UInt64>
    /// Bit `k` set for a word scalar beyond ASCII (laid out as `mask`): punctuation beyond
    /// ASCII (quotes, dashes), common in news, leaves it clear, so that its words are read as
    /// ASCII without a test per scalar.
    let wide: UnsafeMutablePointer<UInt64>
    /// How many scalars were read.
    let count: Int
    /// Whether any word scalar read is beyond ASCII (when not, `wide` is all clear).
    let hasWide: Bool
    /// 16 bytes 0xFF, then 16 bytes zero: the 16 bytes from `16 - n` keep the first `n` bytes
    /// of 16 (see `packed`).
    let keep: UnsafeMutablePointer<UInt8>

    /// The 64-bit words of `mask` (and of `wide`): enough to hold bit `count`.
    @inline(__always)
    static func maskWords(count: Int) -> Int { count / 64 + 1 }

    /// The 64-bit words of `bytes`: every scalar's byte, rounded up to whole words, and two
    /// more.
    @inline(__always)
    static func byteWords(count: Int) -> Int { (count + 7) / 8 + 2 }

    /// The 64-bit words of `keep`.
    @inline(__always)
    static var keepWords: Int { 4 }

    /// The scratch a sentence of `count` scalars needs, in 64-bit words.
    @inline(__always)
    static func scratchWords(count: Int) -> Int { byteWords(count: count) + 2 * maskWords(count: count) + keepWords }

    /// Reads the `count` scalars of `all` from `lower` (all within `all`) into `scratch`, which
    /// holds at least `scratchWords(count:)` words (overwritten, initialised or not).
    @inline(__always)
    init(_ all: UnsafeBufferPointer<Unicode.Scalar>, from lower: Int, count: Int, scratch: UnsafeMutableBufferPointer<UInt64>) {
        let byteWords = Self.byteWords(count: count), maskWords = Self.maskWords(count: count)
        precondition(lower >= 0 && count >= 0 && lower <= all.count - count
            && scratch.count >= byteWords + 2 * maskWords + Self.keepWords, "WordRuns: scalars or scratch out of range")
        let base = scratch.baseAddress!
        base.initialize(repeating: 0, count: byteWords + 2 * maskWords + Self.keepWords)
        let bytes = UnsafeMutableRawPointer(base).assumingMemoryBound(to: UInt8.self)
        let mask = base + byteWords, wide = mask + maskWords, keep = wide + maskWords
        keep[0] = .max
        keep[1] = .max
        var anyWide = false
        var k = 0
        // Sixteen scalars at a time while sixteen lie within `all`, then eight at a time while
        // eight do: past the sentence's end they are the next sentence's, whose bits are
        // cleared below. Read through a raw pointer, with the bounds settled once here, not
        // per block. A block of sixteen with a scalar beyond ASCII is read as two of eight.
        if count > 0 {
            let scalars = UnsafeRawPointer(all.baseAddress! + lower)
            let within = all.count &- lower
            let sixteens = min(count, within &- 15)
            while k < sixteens {
                if let bits = Self.sixteenASCII(scalars + 4 &* k, into: bytes + k) {
                    // `k` is a multiple of 16: the block's bits lie in one word.
                    mask[k &>> 6] |= bits &<< UInt64(k & 63)
                } else {
                    anyWide = Self.readEight(all, scalars, lower: lower, at: k, bytes: bytes, mask: mask, wide: wide) || anyWide
                    anyWide = Self.readEight(all, scalars, lower: lower, at: k &+ 8, bytes: bytes, mask: mask, wide: wide) || anyWide
                }
                k &+= 16
            }
            let eights = min(count, within &- 7)
            while k < eights {
                anyWide = Self.readEight(all, scalars, lower: lower, at: k, bytes: bytes, mask: mask, wide: wide) || anyWide
                k &+= 8
            }
        }
        // The last few scalars of `all`, one by one.
        while k < count {
            let (isWord, isWide) = Self.read(all[lower + k], into: bytes + k)
            if isWord { mask[k >> 6] |= 1 << UInt64(k & 63) }
            if isWide { wide[k >> 6] |= 1 << UInt64(k & 63); anyWide = true }
            k += 1
        }
        // Only the word holding bit `count` can hold bits of scalars past the sentence.
        mask[count >> 6] &= (1 << UInt64(count & 63)) &- 1
        self.bytes = bytes
        self.mask = mask
        self.wide = wide
        self.count = count
        self.hasWide = anyWide
        self.keep = UnsafeMutableRawPointer(keep).assumingMemoryBound(to: UInt8.self)
    }

    /// The eight scalars from `k` (a multiple of 8, the eight within `all`) read into `bytes`
    /// and `mask` (and `wide`): tested together when they are all ASCII (`eightASCII`), else
    /// one by one (`readNonASCII`). Whether one of them is a word scalar beyond ASCII.
    @inline(__always)
    private static func readEight(
        _ all: UnsafeBufferPointer<Unicode.Scalar>, _ scalars: UnsafeRawPointer, lower: Int, at k: Int,
        bytes: UnsafeMutablePointer<UInt8>, mask: UnsafeMutablePointer<UInt64>, wide: UnsafeMutablePointer<UInt64>
    ) -> Bool {
        var bits: UInt64
        var anyWide = false
        if let eight = SentenceText.eightASCII(scalars + 4 &* k) {
            UnsafeMutableRawPointer(bytes + k).storeBytes(of: eight, as: UInt64.self)
            bits = wordBits(eight)
        } else {
            bits = readNonASCII(all, lower &+ k, into: bytes + k, wide: wide, at: k)
            anyWide = bits & 0x100 != 0
            bits &= 0xFF
        }
        // `k` is a multiple of 8: the block's bits lie in one word.
        mask[k &>> 6] |= bits &<< UInt64(k & 63)
        return anyWide
    }

    /// The sixteen scalars at `raw` (which the caller knows to be there) narrowed to bytes at
    /// `bytes` when they are all ASCII, and their word bits (bit `i` for scalar `i`); nil, with
    /// nothing written, when one is beyond ASCII.
    ///
    /// The scalars are four 128-bit loads, tested for ASCII together (their OR, folded to one
    /// 64-bit word) and narrowed to bytes by the vector unit (masks and packs); the word bits
    /// are then worked out from the bytes' two 64-bit halves as `wordBits` does, in vector
    /// lanes (`wordByteBits`), and gathered by two multiplications. Two blocks of eight
    /// (`SentenceText.eightASCII`) took eight 64-bit loads and some 40 shifts and masks to
    /// narrow the same scalars.
    @inline(__always)
    static func sixteenASCII(_ raw: UnsafeRawPointer, into bytes: UnsafeMutablePointer<UInt8>) -> UInt64? {
        #if _endian(little)
        let scalars = raw.loadUnaligned(as: SIMD16<UInt32>.self)
        let eight = scalars.lowHalf | scalars.highHalf
        let four = unsafeBitCast(eight.lowHalf | eight.highHalf, to: SIMD2<UInt64>.self)
        guard (four[0] | four[1]) & 0xFFFF_FF80_FFFF_FF80 == 0 else { return nil }
        let narrowed = SIMD16<UInt8>(truncatingIfNeeded: scalars)
        UnsafeMutableRawPointer(bytes).storeBytes(of: narrowed, as: SIMD16<UInt8>.self)
        let word = wordByteBits(unsafeBitCast(narrowed, to: SIMD2<UInt64>.self))
        let gather: UInt64 = 0x0102_0408_1020_4080
        return (word[0] &* gather) &>> 56 | ((word[1] &* gather) &>> 56) &<< 8
        #else
        return nil
        #endif
    }

    /// Eight scalars from `index` of `all`, one of them at least beyond ASCII, read one by one
    /// (out of line: the loop over ASCII blocks keeps its values in registers): their bytes
    /// written from `bytes` and their word scalars beyond ASCII marked in `wide` from bit `k`
    /// (a multiple of 8). The word scalars' bits, and bit 8 when one is beyond ASCII.
    @inline(never)
    private static func readNonASCII(
        _ all: UnsafeBufferPointer<Unicode.Scalar>, _ index: Int, into bytes: UnsafeMutablePointer<UInt8>,
        wide: UnsafeMutablePointer<UInt64>, at k: Int
    ) -> UInt64 {
        var bits: UInt64 = 0
        for j in 0..<8 {
            let (isWord, isWide) = read(all[index + j], into: bytes + j)
            if isWord { bits |= 1 << UInt64(j) }
            if isWide { wide[(k + j) >> 6] |= 1 << UInt64((k + j) & 63); bits |= 0x100 }
        }
        return bits
    }

    /// A scalar's byte written to `byte`, and whether it is a word scalar, and one beyond ASCII.
    @inline(__always)
    private static func read(_ scalar: Unicode.Scalar, into byte: UnsafeMutablePointer<UInt8>) -> (isWord: Bool, isWide: Bool) {
        let v = scalar.value
        if v < 0x80 {
            byte.pointee = UInt8(truncatingIfNeeded: v)
            let folded = v | 0x20
            return ((v &- 0x30) < 10 || (folded &- 0x61) < 26, false)
        }
        byte.pointee = 0x80
        let isWord = SentenceText.isWordScalarBeyondASCII(scalar)
        return (isWord, isWord)
    }

    /// Which of eight ASCII bytes (the first in the low byte) are word scalars, digits and
    /// letters, as bits (bit `i` for byte `i`). Each byte is tested against the digits' and the
    /// letters' ranges at once (bytes below 0x80 added to a constant below 0x81 carry into no
    /// neighbour; the sum's top bit says whether the byte reached the range's bound), the
    /// letters folded first (setting bit 5 maps "A"..."Z" onto "a"..."z" and no other byte
    /// into them); the eight top bits are then gathered into one byte by a multiplication
    /// (each lands in its own bit of the top byte, and no two sums meet).
    @inline(__always)
    static func wordBits(_ bytes: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080
        let digit = (bytes &+ ones &* (0x80 - 0x30)) & ~(bytes &+ ones &* (0x7F - 0x39))
        let folded = bytes | ones &* 0x20
        let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x7F - 0x7A))
        let word = (digit | letter) & tops
        return ((word &>> 7) &* 0x0102_0408_1020_4080) &>> 56
    }

    /// `wordBits` up to its gathering of the bits, for the two halves of sixteen bytes at once
    /// (the same arithmetic, on 64-bit lanes): each byte 1 for a digit or letter, else 0.
    @inline(__always)
    static func wordByteBits(_ bytes: SIMD2<UInt64>) -> SIMD2<UInt64> {
        let ones = SIMD2<UInt64>(repeating: 0x0101_0101_0101_0101)
        let digit = (bytes &+ ones &* (0x80 - 0x30)) & ~(bytes &+ ones &* (0x7F - 0x39))
        let folded = bytes | ones &* 0x20
        let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x7F - 0x7A))
        return ((digit | letter) &>> 7) & ones
    }

    /// Whether a scalar of `start..<end` (a word: `end` at most `count`) is beyond ASCII.
    @inline(__always)
    func anyWide(_ start: Int, _ end: Int) -> Bool {
        guard hasWide else { return false }
        for k in start..<end where wide[k >> 6] & (1 << UInt64(k & 63)) != 0 { return true }
        return false
    }

    /// The first 16 bytes of the ASCII word `start..<end` folded (bit 5 set: digits and
    /// lower-case letters have it already), zero-padded.
    ///
    /// Both 8-byte halves are loaded whatever the word's length (`bytes` has 16 bytes of room
    /// after any scalar's byte) and cut to the word by two masks loaded from `keep`: a test of
    /// the length against 8, which word lengths straddle, was a mispredicted branch for about
    /// one word in four. The masks were a 128-bit shift of all ones, some 20 instructions a
    /// token with its conversion check and selects (and registers spilled); two loads from a
    /// table take two, and the compiler then packs both halves in one vector register.
    @inline(__always)
    func packed(_ start: Int, _ end: Int) -> EventWord.Packed {
        let raw = UnsafeRawPointer(bytes + start)
        let fold: UInt64 = 0x2020_2020_2020_2020
        // A word has one scalar or more: the masks are read from byte 0 to 15 of `keep`.
        let kept = UnsafeRawPointer(keep + (16 &- min(end &- start, 16)))
        return EventWord.Packed(
            low: (raw.loadUnaligned(as: UInt64.self) | fold) & kept.loadUnaligned(as: UInt64.self),
            high: (raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) | fold) & kept.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    }

    /// The words' scalar ranges in order.
    func makeIterator() -> Iterator { Iterator(mask: mask, words: Self.maskWords(count: count)) }

    /// Steps from run to run of set bits: the next start is the lowest set bit left, its end
    /// the lowest clear bit above it (bit `count` is clear, so every run ends within the mask).
    ///
    /// Both are found from the bits in hand by setting the bits below a lowest set bit
    /// (`x | (x - 1)`): the run's clear bits are the complement of the bits with those below
    /// the start set, and the bits left after it the complement of its clear bits with those
    /// below the end set. Cutting at the start and end by shifts took the bit's position
    /// first, and the bits left were read again from the mask.
    struct Iterator {
        let mask: UnsafeMutablePointer<UInt64>
        let words: Int
        /// The word being read, and its bits not yet taken.
        var index = 0
        var bits: UInt64

        init(mask: UnsafeMutablePointer<UInt64>, words: Int) {
            self.mask = mask
            self.words = words
            bits = mask[0]
        }

        /// The next word's start and end (exclusive), or nil after the last.
        @inline(__always)
        mutating func next() -> (start: Int, end: Int)? {
            while bits == 0 {
                index &+= 1
                guard index < words else { return nil }
                bits = mask[index]
            }
            let start = index &<< 6 | bits.trailingZeroBitCount
            // The clear bits from the start on: below it all are taken as set.
            var clear = ~(bits | (bits &- 1))
            while clear == 0 {
                index &+= 1
                clear = ~mask[index]
            }
            // The set bits above the end (below it all are taken as clear).
            bits = ~(clear | (clear &- 1))
            return (start, index &<< 6 | clear.trailingZeroBitCount)
        }
    }
}
