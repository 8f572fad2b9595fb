import Foundation

/// A verdict's text (its sentence, its reason) written as UTF-8 bytes into one buffer and made a
/// String once, at the end.
///
/// Each `+=` on a String goes through the checks of String's storage (about 400 instructions
/// an append, measured), and a checked claim writes twenty to forty pieces. An array of bytes
/// halved that, but its generic `append(contentsOf:)` still cost about 100 instructions a piece,
/// and `String(decoding:as:)` of it about 700 a text; the buffer here is a plain allocation the
/// text owns (hence not copyable), a piece is one bounds check and one copy, and numbers are
/// written straight into it (`append(fixed:decimals:)`) rather than through a String each.
/// Every piece is whole UTF-8 (a String's or a Substring's bytes, a literal, ASCII digits), so
/// the bytes put end to end are valid UTF-8 and the String made at the end (`string`) takes them
/// as they are: the text is byte for byte what appending the same pieces to a String gives.
struct VerdictText: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    /// An empty text with room for `capacity` bytes (it grows beyond them when it must).
    ///
    /// The buffer comes from `malloc`, not `UnsafeMutablePointer.allocate`: for any alignment
    /// `allocate` asks the runtime for an aligned block (so that `deallocate` need not know the
    /// alignment), which goes through `posix_memalign`, about 150 instructions where `malloc`
    /// takes a few dozen, and a verdict writes two to four texts.
    init(capacity: Int) {
        self.capacity = max(capacity, 32)
        base = Self.allocate(self.capacity)
    }

    deinit { free(base) }

    /// `capacity` bytes from `malloc`, bound to bytes.
    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let block = malloc(capacity) else { fatalError("out of memory for a verdict's text") }
        return block.bindMemory(to: UInt8.self, capacity: capacity)
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        let larger = max(capacity * 2, needed)
        let moved = Self.allocate(larger)
        moved.update(from: base, count: count)
        free(base)
        base = moved
        capacity = larger
    }

    /// Appends the bytes of `piece`, which must be whole UTF-8 characters.
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress, !piece.isEmpty else { return }
        reserve(piece.count)
        (base + count).update(from: source, count: piece.count)
        count += piece.count
    }

    /// Appends a piece written in the source: its bytes and their count are constants, so
    /// with this inlined a short piece is copied by a move or two. Through `+=` a literal is
    /// a String, which costs a call and a copy through the stack (about 60 instructions a
    /// piece), and a verdict writes twenty or so literal pieces.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append(inline: $0) }
    }

    /// `append(_:)` of a buffer, inlined into the caller (for constant pieces).
    @inline(__always)
    private mutating func append(inline piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress, !piece.isEmpty else { return }
        reserve(piece.count)
        (base + count).update(from: source, count: piece.count)
        count += piece.count
    }

    private mutating func append(byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    static func += (text: inout VerdictText, piece: String) {
        if piece.utf8.withContiguousStorageIfAvailable({ text.append($0) }) == nil {
            for byte in piece.utf8 { text.append(byte: byte) }
        }
    }

    static func += (text: inout VerdictText, piece: Substring) {
        if piece.utf8.withContiguousStorageIfAvailable({ text.append($0) }) == nil {
            for byte in piece.utf8 { text.append(byte: byte) }
        }
    }

    /// Appends what `FixedDecimal.format(value, decimals:)` returns ("35.390"), written in place.
    mutating func append(fixed value: Double, decimals: Int) {
        guard value.isFinite, decimals >= 0, decimals <= 9, let integer = FixedDecimal.scaledInteger(value, decimals: decimals) else {
            self += FixedDecimal.format(value, decimals: decimals)
            return
        }
        appendDigits(integer, decimals: decimals, negative: value < 0 && integer != 0)
    }

    /// Appends what `FixedDecimal.compact(value, maxDecimals:)` returns ("4.7", "12"), written
    /// in place.
    mutating func append(compact value: Double, maxDecimals: Int) {
        guard value.isFinite, maxDecimals >= 0, maxDecimals <= 9,
              let integer = FixedDecimal.scaledInteger(value, decimals: maxDecimals) else {
            self += FixedDecimal.compact(value, maxDecimals: maxDecimals)
            return
        }
        appendDigits(integer, decimals: maxDecimals, negative: value < 0 && integer != 0)
        // Trailing zeros after the point, then the point. A negative figure has a nonzero digit
        // (`negative` needs a nonzero integer), so no "-0" is left.
        guard maxDecimals > 0 else { return }
        while base[count - 1] == 0x30 { count -= 1 }
        if base[count - 1] == 0x2E { count -= 1 }
    }

    /// The digits of `integer` (below 9·10^15, as `FixedDecimal.scaledInteger` gives it), at
    /// least `decimals` + 1 of them, with a point before the last `decimals`, and "-" first when
    /// `negative`: `FixedDecimal.format`'s text.
    private mutating func appendDigits(_ integer: UInt64, decimals: Int, negative: Bool) {
        // Up to eight digits with at most seven decimals (nearly every figure: "43.2", "212",
        // "50.38") are worked out at once by `FixedDecimal.digitBytes` and stored eight bytes
        // at a time, the whole part and the fraction each with one store (the bytes a store
        // writes past the figure are overwritten by the next or lie past `count`), where the
        // loops below cost two divisions by ten per digit; longer figures go through them, as
        // does a figure that would leave the stores no room (17 bytes at most: a sign, seven
        // digits and the point, then a store of eight), so that no buffer sized for its text grows.
        if integer < 100_000_000 && decimals < 8 && count &+ 17 <= capacity {
            let ascii = FixedDecimal.digitBytes(integer) | 0x3030_3030_3030_3030
            // The leading zeros are the low bytes that are "0"; at least `decimals` + 1 digits stay.
            let leadingZeros = (ascii ^ 0x3030_3030_3030_3030).trailingZeroBitCount &>> 3
            let digits = max(8 &- leadingZeros, decimals &+ 1)
            if negative {
                base[count] = 0x2D
                count &+= 1
            }
            let written = ascii &>> UInt64(8 &* (8 &- digits))
            let whole = digits &- decimals
            UnsafeMutableRawPointer(base + count).storeBytes(of: written.littleEndian, as: UInt64.self)
            count &+= whole
            if decimals > 0 {
                base[count] = 0x2E
                let fraction: UInt64 = written &>> UInt64(8 &* whole)
                UnsafeMutableRawPointer(base + (count &+ 1)).storeBytes(of: fraction.littleEndian, as: UInt64.self)
                count &+= decimals &+ 1
            }
            return
        }
        var digits = 1
        var rest = integer
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        digits = max(digits, decimals + 1)
        let length = (negative ? 1 : 0) + digits + (decimals > 0 ? 1 : 0)
        reserve(length)
        if negative { base[count] = 0x2D }
        var position = count + length
        rest = integer
        for written in 0..<digits {
            if written == decimals && decimals > 0 {
                position -= 1
                base[position] = 0x2E
            }
            position -= 1
            base[position] = 0x30 + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        count += length
    }

    /// The number of bytes written so far: where the next piece starts. A caller notes where a
    /// figure lies, so that another text can copy its bytes (`withBytes`) rather than write
    /// the figure again.
    var byteCount: Int { count }

    /// Calls `body` with the bytes written so far (whole pieces, so a range between two
    /// `byteCount`s is whole UTF-8).
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The text written from byte `start` (a `byteCount` noted before a piece) on: whole
    /// pieces, valid UTF-8 as `string` is.
    func string(from start: Int) -> String {
        ValidUTF8.string(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// The text written so far: valid UTF-8 by construction (see the type's note), so made
    /// without a second check of every byte (`ValidUTF8`).
    var string: String {
        ValidUTF8.string(UnsafeBufferPointer(start: base, count: count))
    }
}
