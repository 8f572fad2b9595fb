import Foundation

/// Decides from the data whether two regions share a stretch of the Russia–Ukraine border, or
/// whether a region touches the border at all.
///
/// The gazetteer has no region polygons, only points and the border line, so the method works
/// from populated places: a region touches the border when one of its GeoNames places lies
/// within `regionTouchesBorderKm` of it; its stretch of border runs between the nearest border
/// points of those places, as distances along the line from the Belarus tripoint. A Russian and
/// a Ukrainian region are neighbours when their stretches overlap or lie within
/// `adjacencyGapKm`. Limits: a region with no village near its border (rare in the cities500
/// selection) looks as if it did not touch it; two regions meeting at a single corner look
/// like neighbours. Pairs in the same country, and other borders, cannot be decided.
public struct BorderAdjacency: Sendable {
    /// A region's relation to the border line.
    public struct Stretch: Sendable, Hashable {
        /// Along-line positions (km from the tripoint) of the stretch; nil when no place is near.
        public var fromKm: Double?
        public var toKm: Double?
        /// The distance from the border of the region's nearest populated place.
        public var nearestPlaceKm: Double
        /// How many of its places lie within the touching distance.
        public var placesNearBorder: Int
    }

    let gazetteer: Gazetteer
    let model: ToleranceModel
    let cumulativeKm: [Double]
    /// Stretches already worked out, by region: each takes a scan of the gazetteer and a border
    /// distance per place, and the same few regions come up again and again.
    private let cache = StretchCache()

    init(gazetteer: Gazetteer, model: ToleranceModel) {
        self.gazetteer = gazetteer
        self.model = model
        var cumulative = [0.0]
        let vertices = gazetteer.border.vertices
        for (a, b) in zip(vertices, vertices.dropFirst()) {
            cumulative.append(cumulative.last! + Geodesic.wgs84.distanceMeters(from: a, to: b) / 1000)
        }
        self.cumulativeKm = cumulative
    }

    /// The stretch of border next to the admin1 region `key` ("RU.09").
    public func stretch(ofRegion key: String) -> Stretch {
        if let known = cache.value(key) { return known }
        let computed = computeStretch(ofRegion: key)
        cache.store(key, computed)
        return computed
    }

    private func computeStretch(ofRegion key: String) -> Stretch {
        var low = Double.infinity, high = -Double.infinity, nearest = Double.infinity, count = 0
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return Stretch(fromKm: nil, toKm: nil, nearestPlaceKm: .infinity, placesNearBorder: 0) }
        for index in gazetteer.places.indices {
            // Compared field by field, so no Place is copied for the tens of thousands that differ.
            guard gazetteer.places[index].kind == .place, gazetteer.places[index].admin1Code == parts[1],
                  gazetteer.places[index].countryCode == parts[0] else { continue }
            let place = gazetteer.places[index]
            let foot = gazetteer.distanceToBorder(from: place.coordinate)
            nearest = min(nearest, foot.distanceKm)
            guard foot.distanceKm <= model.regionTouchesBorderKm else { continue }
            let along = cumulativeKm[foot.segmentIndex]
                + Geodesic.wgs84.distanceMeters(from: gazetteer.border.vertices[foot.segmentIndex], to: foot.point) / 1000
            low = min(low, along)
            high = max(high, along)
            count += 1
        }
        return Stretch(fromKm: count > 0 ? low : nil, toKm: count > 0 ? high : nil, nearestPlaceKm: nearest, placesNearBorder: count)
    }

    /// The gap in km between two stretches along the line (0 when they overlap).
    static func gapKm(_ a: Stretch, _ b: Stretch) -> Double? {
        guard let a0 = a.fromKm, let a1 = a.toKm, let b0 = b.fromKm, let b1 = b.toKm else { return nil }
        return max(0, max(a0, b0) - min(a1, b1))
    }
}

/// A lock-protected memo of region stretches, shared by the copies of a `BorderAdjacency` that
/// worker threads hold.
final class StretchCache: @unchecked Sendable {
    private var stretches: [String: BorderAdjacency.Stretch] = [:]
    private let lock = NSLock()

    func value(_ key: String) -> BorderAdjacency.Stretch? {
        lock.lock()
        defer { lock.unlock() }
        return stretches[key]
    }

    func store(_ key: String, _ stretch: BorderAdjacency.Stretch) {
        lock.lock()
        stretches[key] = stretch
        lock.unlock()
    }
}
