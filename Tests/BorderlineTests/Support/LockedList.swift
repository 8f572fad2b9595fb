import Foundation

/// A list that worker threads append to, for tests that record what callbacks saw from any thread.
final class LockedList<Element>: @unchecked Sendable {
    private var elements: [Element] = []
    private let lock = NSLock()

    func append(_ element: Element) {
        lock.lock()
        elements.append(element)
        lock.unlock()
    }

    /// What was appended so far, in the order it came.
    var all: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return elements
    }
}
