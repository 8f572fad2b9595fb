@testable import Borderline
import Testing

/// `NearestPointIndex.isWithin` rejects points far beyond a cap holding the whole border before
/// searching; its answers must be the search's own for every place of the shipped gazetteer.
@Suite("Near-border test: the cap rejection agrees with the search")
struct NearBorderCapTests {
    @Test("every gazetteer place gets the search's answer at the resolver's 400 km, and at 50 km")
    func capAgreesWithSearch() throws {
        let gazetteer = try GazetteerFixture.gazetteer()
        let index = NearestPointIndex(polyline: try BorderFixture.line())
        var near = 0, far = 0
        for place in gazetteer.places {
            for meters in [400_000.0, 50_000.0] {
                let fast = index.isWithin(meters, of: place.coordinate)
                #expect(fast == index.isWithinBySearch(meters, of: place.coordinate), "\(place.name) at \(meters) m")
                if meters == 400_000 { if fast { near += 1 } else { far += 1 } }
            }
        }
        // The shipped gazetteer has places on both sides of the 400 km line.
        #expect(near > 100 && far > 100)
    }

    @Test("points just inside and just beyond the limit, and on the line")
    func pointsAroundTheLimit() throws {
        let line = try BorderFixture.line()
        let index = NearestPointIndex(polyline: line)
        #expect(index.isWithin(0, of: line.vertices[0]))
        // Moscow is about 450 km from the border; Tehran thousands.
        let moscow = GeoPoint(latitude: 55.7558, longitude: 37.6173)
        let tehran = GeoPoint(latitude: 35.6892, longitude: 51.3890)
        let distance = index.nearest(to: moscow).distanceMeters
        #expect(index.isWithin(distance + 1, of: moscow))
        #expect(!index.isWithin(distance - 1, of: moscow))
        #expect(!index.isWithin(400_000, of: tehran))
        #expect(!index.isWithinBySearch(400_000, of: tehran))
    }
}
