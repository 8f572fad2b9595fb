import Foundation

/// Which gazetteer entries lie within the resolver's border distance, worked out the first time
/// an entry is a candidate and kept for the life of the resolver.
///
/// A border test scans the whole line, and news about the region names the same places in
/// document after document, so each entry is tested at most once. Working out all 45,000
/// entries up front would cost a noticeable fraction of a second before a single-sentence
/// `check` could answer. The memo is shared by the copies of a `Resolver` that worker threads
/// hold, behind a lock.
final class NearBorderMemo: @unchecked Sendable {
    /// Per entry: 0 not yet known, 1 not near, 2 near.
    private var states: [UInt8]
    private let lock = NSLock()

    init(count: Int) {
        states = [UInt8](repeating: 0, count: count)
    }

    /// Whether entry `position` is near, computing it with `test` when not yet known.
    func isNear(_ position: Int, test: () -> Bool) -> Bool {
        lock.lock()
        let state = states[position]
        lock.unlock()
        if state != 0 { return state == 2 }
        let near = test()
        lock.lock()
        states[position] = near ? 2 : 1
        lock.unlock()
        return near
    }
}
