import Foundation

/// A lock-protected memo of the words that list an ambiguous name's best gazetteer entries
/// ("Sloboda, Chernihiv Oblast, UA; Sloboda, Sumy Oblast, UA"), shared by the copies of a
/// `ClaimChecker` that worker threads hold.
///
/// Every claim about an ambiguous name gives them as its reason, and the same few names
/// (Sloboda, Pokrovske, Oleksandrivka…) come back claim after claim; writing each entry's
/// name, region and country anew was the largest part of checking such a claim.
final class OptionsDescriptionCache: @unchecked Sendable {
    /// The first three options of an ambiguous status (-1 where there are fewer).
    struct Key: Hashable {
        var first: Int
        var second: Int
        var third: Int

        init(_ options: [Int]) {
            first = options.count > 0 ? options[0] : -1
            second = options.count > 1 ? options[1] : -1
            third = options.count > 2 ? options[2] : -1
        }
    }

    private var descriptions: [Key: String] = [:]
    private let lock = NSLock()

    /// The description stored for `key`, if any.
    func description(_ key: Key) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return descriptions[key]
    }

    func store(_ key: Key, _ description: String) {
        lock.lock()
        descriptions[key] = description
        lock.unlock()
    }
}
