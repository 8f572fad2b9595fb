#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed table of plain values for random lookups in a large, read-mostly table (the
/// vocabulary's slots): its start is aligned to a cache line, so an element whose size divides
/// 64 never straddles two lines, and a table of 2 MB or more is aligned to and backed by 2 MB
/// pages where the system allows it (`madvise`), so a random probe costs one cache miss and
/// no page walk (with 4 KB pages a 16 MB table spans more pages than the TLB holds). Elements
/// are read by `subscript`, which wraps the index to the table (its count is a power of two),
/// so no index can reach outside it.
final class HugePageTable<Element: BitwiseCopyable>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>
    /// The number of elements, a power of two.
    let count: Int
    private static var hugePage: Int { 2 << 20 }

    /// A table of `count` (a power of two) copies of `value`.
    init(count: Int, repeating value: Element) {
        precondition(count > 0 && count & (count - 1) == 0, "the count must be a power of two")
        let bytes = count * MemoryLayout<Element>.stride
        let huge = bytes >= Self.hugePage
        let alignment = huge ? Self.hugePage : max(64, MemoryLayout<Element>.alignment)
        let size = huge ? (bytes + Self.hugePage - 1) / Self.hugePage * Self.hugePage : bytes
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, alignment, size) == 0, let memory else { fatalError("out of memory") }
        #if os(Linux)
        // Before the pages are first touched, so they are faulted in as huge pages; advice the
        // kernel may ignore.
        if huge { _ = madvise(memory, size, MADV_HUGEPAGE) }
        #endif
        base = memory.bindMemory(to: Element.self, capacity: count)
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    deinit { free(base) }

    /// Calls `body` with the first element's address, for a loop of lookups that masks every
    /// index with `count − 1` itself instead of reading the count each time.
    @inline(__always)
    func withBase<R>(_ body: (UnsafePointer<Element>) -> R) -> R {
        withExtendedLifetime(self) { body(UnsafePointer(base)) }
    }

    /// Element `index & (count − 1)`.
    @inline(__always)
    subscript(index: Int) -> Element {
        get { base[index & (count &- 1)] }
        set { base[index & (count &- 1)] = newValue }
    }
}
