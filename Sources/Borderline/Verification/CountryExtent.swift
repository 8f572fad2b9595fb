/// Where in its country a place lies, measured against the spread of the country's populated
/// places in the gazetteer.
///
/// The gazetteer holds no country polygons, so "southwestern Ukraine" is judged on the box
/// spanned by the 2nd to 98th percentiles of the latitudes and longitudes of the country's
/// GeoNames places (percentiles, so that one far-off islet does not stretch the box). A place is
/// in the north when it lies in the northern half of that box, and so on; "central" is the
/// middle third both ways. Limits: the box follows where people live, not the boundary, and for
/// Russia it covers only the places the gazetteer holds (all of European Russia, towns of
/// 15,000+ beyond 60° E).
public struct CountryExtent: Sendable, Hashable {
    public var south: Double, north: Double, west: Double, east: Double

    /// The extent of every country with at least 20 populated places, by ISO code.
    static func all(_ gazetteer: Gazetteer) -> [String: CountryExtent] {
        var latitudes: [String: [Double]] = [:], longitudes: [String: [Double]] = [:]
        for place in gazetteer.places where place.kind == .place {
            latitudes[place.countryCode, default: []].append(place.coordinate.latitude)
            longitudes[place.countryCode, default: []].append(place.coordinate.longitude)
        }
        var extents: [String: CountryExtent] = [:]
        for (code, lats) in latitudes where lats.count >= 20 {
            let la = lats.sorted(), lo = longitudes[code]!.sorted()
            extents[code] = CountryExtent(south: percentile(la, 0.02), north: percentile(la, 0.98),
                                          west: percentile(lo, 0.02), east: percentile(lo, 0.98))
        }
        return extents
    }

    static func percentile(_ sorted: [Double], _ share: Double) -> Double {
        sorted[min(sorted.count - 1, max(0, Int((Double(sorted.count - 1) * share).rounded())))]
    }

    /// How far north (0 = south edge, 1 = north edge) and east the point lies in the box.
    public func fractions(_ point: GeoPoint) -> (north: Double, east: Double) {
        ((point.latitude - south) / (north - south), (point.longitude - west) / (east - west))
    }
}
