import Foundation

/// A lock-protected memo of each place's nearest border point, its radius and the figures the
/// border distance verdict writes from them, shared by the copies of a `ClaimChecker` that worker threads
/// hold.
///
/// A border query walks the border index and measures geodesics (microseconds), and news keeps
/// measuring the same few towns (Belgorod, Sudzha, Kharkiv…) against the border, in one article
/// and across articles. The answer depends only on the place, so it is worked out once per
/// gazetteer entry; at most one entry per place is kept.
final class BorderFootCache: @unchecked Sendable {
    /// A place's nearest border point, with its distance and position as the verdicts print them,
    /// and the place's radius with its tolerance term.
    struct Foot: Sendable {
        var nearest: NearestPoint
        /// `ClaimChecker.km(nearest.distanceKm)`.
        var distance: String
        /// `nearest.point.formatted()`.
        var point: String
        /// `ToleranceModel.radiusKm(population:)` of the place, and `ToleranceModel.radiusTerm(_:)` of it.
        var radiusKm: Double
        var radiusTerm: String
    }

    private var feet: [Int: Foot] = [:]
    private let lock = NSLock()

    /// The foot stored for the gazetteer entry at `index`, if any.
    func foot(_ index: Int) -> Foot? {
        lock.lock()
        defer { lock.unlock() }
        return feet[index]
    }

    func store(_ index: Int, _ foot: Foot) {
        lock.lock()
        feet[index] = foot
        lock.unlock()
    }
}
