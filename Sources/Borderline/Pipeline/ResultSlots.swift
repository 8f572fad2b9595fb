import Foundation

/// Fixed slots that worker threads fill by index, so parallel results come back in input order.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// For a single counter slot: adds `amount` and returns the new count.
    func increment(by amount: Int = 1) -> Int where Value == Int {
        lock.lock()
        defer { lock.unlock() }
        let next = (slots[0] ?? 0) + amount
        slots[0] = next
        return next
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
