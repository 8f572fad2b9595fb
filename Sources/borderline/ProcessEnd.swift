/// What a command keeps until the process ends, left to the exit to reclaim all at once
/// instead of being freed object by object when the command returns.
///
/// Why: a command's `run` ends the process, and the pipeline it built (the gazetteer, its
/// name index and resolver entries: hundreds of thousands of objects) took 56.9M of the
/// 1,966.6M instructions of `borderline map seeds` (callgrind) to free just before the exit.
enum ProcessEnd {
    /// Keeps `value` alive until the process exits.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<Value> {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }
}
