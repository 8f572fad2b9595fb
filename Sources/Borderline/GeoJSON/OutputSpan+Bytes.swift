/// Bulk copies into an `OutputSpan` of bytes.
///
/// The JSON writers reserve room for a whole piece of text (a record's member, a feature's id)
/// with one `Array.append(addingCapacity:)` and fill it through the span: an
/// `Array.append(contentsOf:)` per piece checked the array's uniqueness and capacity and went
/// through the generic sequence copy each time, a large part of writing a record. The span has
/// no bulk append of its own; this one checks that the bytes fit (and traps otherwise), as
/// `OutputSpan.append(_:)` does for one byte.
extension OutputSpan where Element == UInt8 {
    /// Appends `bytes`.
    /// - Precondition: they fit in the span's free capacity.
    @inline(__always)
    mutating func append(copying bytes: UnsafeRawBufferPointer) {
        withUnsafeMutableBufferPointer { buffer, count in
            precondition(bytes.count <= buffer.count - count, "the bytes do not fit in the span")
            UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...])).copyMemory(from: bytes)
            count += bytes.count
        }
    }

    /// Appends a literal's bytes.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        append(copying: UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
