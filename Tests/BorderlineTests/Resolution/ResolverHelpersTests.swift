@testable import Borderline
import Testing

/// Small helpers the resolver's scoring uses in place of library calls and list searches.
struct ResolverHelpersTests {
    @Test("roundedHalfAway rounds as rounded() does over the range it is used on")
    func roundedHalfAway() {
        var values: [Double] = [0, 0.25, 0.5, 0.49999999999999994, 0.5000000000000001, 1, 1.5, 2.5, 2.4999999999999996,
                                 99.5, 99.49999999999999, 100, 692.5, 20_037.5, 4_503_599_627_370_495.5]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Double(state >> 11) / Double(1 << 53) * 100)
            values.append(Double((state >> 20) % 40_000) / 2) // every half and whole up to 20,000
        }
        for value in values {
            #expect(Resolver.roundedHalfAway(value) == value.rounded(), "\(value)")
        }
        #expect(Resolver.roundedHalfAway(0.49999999999999994) == 0)
        #expect(Resolver.roundedHalfAway(2.5) == 3)
        #expect(Resolver.roundedHalfAway(99.5) == 100)
    }

    @Test("IdentityBits holds the numbers inserted and no others, across words", arguments: [0, 100, 1_000] as [Int32])
    func identityBits(largest: Int32) {
        var bits = IdentityBits(largest: largest)
        #expect(!bits.contains(0) && !bits.contains(200) && bits.words.isEmpty)
        // The first insertion makes the words every expected number needs, at once.
        let expectedWords = Int(largest) / 64 + 1
        bits.insert(3)
        #expect(bits.words == [8] + Array(repeating: 0, count: expectedWords - 1))
        // A number past the expected ones grows them as far as it needs.
        for id: Int32 in [64, 130, 63, 3] { bits.insert(id) }
        #expect(bits.words.count == max(3, expectedWords))
        for id: Int32 in 0..<300 {
            #expect(bits.contains(id) == [3, 63, 64, 130].contains(id), "\(id)")
        }
    }
}
