import Testing
@testable import Borderline

@Suite("Tolerance model")
struct ToleranceModelTests {
    let model = ToleranceModel.standard

    func quantity(_ low: Double, _ high: Double? = nil, step: Double, unit: QuantityUnit = .kilometres, hedge: Hedge = .none) -> StatedQuantity {
        StatedQuantity(text: "x", low: low, high: high ?? low, roundingStep: step, unit: unit, hedge: hedge, start: 0, end: 1)
    }

    @Test("a round figure is coarser than an exact one")
    func rounding() {
        let round = model.statedInterval(quantity(40, step: 10)), exact = model.statedInterval(quantity(37, step: 1))
        #expect(round.low == 35 && round.high == 45)
        #expect(exact.low == 36.5 && exact.high == 37.5)
    }

    @Test("hedges widen or bound the interval")
    func hedges() {
        #expect(model.statedInterval(quantity(30, step: 10, hedge: .atMost)).low == 0)
        #expect(model.statedInterval(quantity(30, step: 10, hedge: .atMost)).high == 30)
        #expect(model.statedInterval(quantity(150, step: 50, hedge: .atLeast)).high == .infinity)
        let about = model.statedInterval(quantity(100, step: 1, hedge: .approximate))
        #expect(about.low == 90 && about.high == 110)
        let nearly = model.statedInterval(quantity(30, step: 10, hedge: .nearly))
        #expect(nearly.low == 25 && nearly.high == 30)
    }

    @Test("miles convert at 1.609344, and a conversion joins the interval")
    func conversion() {
        let miles = model.statedIntervalKm(quantity(20, step: 10, unit: .miles), conversion: nil)
        #expect(abs(miles.low - 15 * 1.609344) < 1e-9 && abs(miles.high - 25 * 1.609344) < 1e-9)
        let joined = model.statedIntervalKm(quantity(10, step: 10), conversion: quantity(6, step: 1, unit: .miles))
        #expect(joined.low == 5 && joined.high == 15)
    }

    @Test("place radius grows with population, with a floor")
    func radius() {
        #expect(abs(model.radiusKm(population: 345_289) - 4.69) < 0.01)
        #expect(model.radiusKm(population: 0) == 0.5)
    }

    @Test("place-to-place figures allow a road distance up to 1.4 times the geodesic")
    func roadFactor() {
        let interval = model.placeDistance(ToleranceInterval(low: 70, high: 70, terms: []), radiiKm: (0, 0))
        #expect(interval.low == 50 && interval.high == 70)
    }

    @Test("rounding terms are written as interpolating the figure and unit writes them")
    func roundingTermText() {
        for halfStep in [0.000_000_5, 0.005, 0.05, 0.25, 0.5, 2.5, 5, 7.3, 12.25, 50, 2.5e14, 1e15, 5e15] {
            for unit in QuantityUnit.allCases {
                let interpolated = "rounding ±\(ToleranceModel.figure(halfStep))\(unit == .people ? "" : " \(unit.rawValue)")"
                #expect(ToleranceModel.writtenRoundingTerm(halfStep: halfStep, unit: unit) == interpolated)
            }
        }
        #expect(ToleranceModel.writtenRoundingTerm(halfStep: 5, unit: .kilometres) == "rounding ±5 km")
        #expect(ToleranceModel.writtenRoundingTerm(halfStep: 500, unit: .people) == "rounding ±500")
    }
}
