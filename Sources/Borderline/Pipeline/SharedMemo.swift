import Foundation

/// A lock-protected memo shared by the copies of a pipeline part that worker threads hold: the
/// parts are value types, copied into every worker, and this class is what their copies share.
///
/// For answers that depend only on their key (a place's border measurement, the words that
/// list an ambiguous name's entries), which news asks for again and again within and across
/// documents. The value is made outside the lock: two threads meeting a new key at once both
/// make it and store the same answer, which is cheaper than holding the lock while measuring.
/// The memo grows with the number of distinct keys, which the gazetteer bounds.
final class SharedMemo<Key: Hashable, Value>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    /// The value stored for `key`, or the one `make` gives, stored for the next call.
    func value(for key: Key, orMake make: () -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let made = make()
        lock.lock()
        values[key] = made
        lock.unlock()
        return made
    }
}
