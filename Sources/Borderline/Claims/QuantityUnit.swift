/// The unit a figure is stated in.
public enum QuantityUnit: String, Sendable, Hashable, CaseIterable {
    case kilometres = "km"
    case miles = "mi"
    case metres = "m"
    /// Head count, for population figures.
    case people

    /// Kilometres per unit: the international mile is exactly 1.609344 km (1959 agreement).
    public var kilometresPerUnit: Double? {
        switch self {
        case .kilometres: return 1
        case .miles: return 1.609344
        case .metres: return 0.001
        case .people: return nil
        }
    }

    /// Length units as written in English news text, in lower case.
    static let lengthWords: [String: QuantityUnit] = [
        "km": .kilometres, "kms": .kilometres, "kilometre": .kilometres, "kilometres": .kilometres,
        "kilometer": .kilometres, "kilometers": .kilometres, "klm": .kilometres,
        "mile": .miles, "miles": .miles, "mi": .miles,
        "m": .metres, "metre": .metres, "metres": .metres, "meter": .metres, "meters": .metres,
    ]
}
