import Foundation

/// A one-line progress report on standard error ("borderline: 1200/5000 documents"), shown only
/// when standard error is a terminal, so logs and pipes stay clean.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let lock = NSLock()
    private var lastShown = Date.distantPast
    let isEnabled: Bool

    init(total: Int, label: String = "documents") {
        self.total = total
        self.label = label
        self.isEnabled = isatty(STDERR_FILENO) == 1 && total > 1
    }

    /// Reports `done` items; redraws at most ten times a second, and always at the end.
    func update(_ done: Int) {
        guard isEnabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastShown) >= 0.1 else { return }
        lastShown = now
        FileHandle.standardError.write(Data("\rborderline: \(done)/\(total) \(label)".utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
