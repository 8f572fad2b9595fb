import Foundation

/// The border measurement of each gazetteer place, made once per pipeline and shared by its
/// copies and worker threads, and by its claim checker with its features.
///
/// The streaming `map` combines every document on its own, and the same places (the large
/// cities, the border oblasts) come back in most documents: measuring them again for each was
/// a large part of writing a document's features. A place's measurement depends on nothing but
/// the place, so the stored one is the one a new search would give. The places a border
/// distance claim names are places the map's features measure too: one memo for both measures
/// each once, where a memo each measured them twice.
struct BorderDistances: Sendable {
    private let gazetteer: Gazetteer
    private let measured: Measurements

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        self.measured = Measurements(count: gazetteer.places.count)
    }

    /// The nearest border point to the place at `index` in the gazetteer, with the distance to it.
    func nearest(toPlace index: Int) -> NearestPoint {
        if let known = measured[index] { return known }
        let made = gazetteer.distanceToBorder(from: gazetteer.places[index].coordinate)
        measured[index] = made
        return made
    }

    /// One slot per gazetteer entry, behind a lock, shared by the copies of the memo. The key is
    /// already a position, so a slot is read by it: a `SharedMemo` dictionary hashed it for
    /// every lookup and rehashed as it grew, about 340 instructions more a call (14,000 calls
    /// for 1 MB of the bench corpus). As in `SharedMemo`, the value is made outside the lock.
    private final class Measurements: @unchecked Sendable {
        private var points: [NearestPoint?]
        private let lock = NSLock()

        init(count: Int) {
            points = Array(repeating: nil, count: count)
        }

        subscript(index: Int) -> NearestPoint? {
            get {
                lock.lock()
                defer { lock.unlock() }
                return points[index]
            }
            set {
                lock.lock()
                points[index] = newValue
                lock.unlock()
            }
        }
    }
}
