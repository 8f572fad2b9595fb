/// What a claim states, and so how it is checked.
public enum ClaimKind: String, Sendable, Hashable, CaseIterable {
    /// "about 20 miles from the Ukrainian border", "10km from the frontline".
    case borderDistance = "border_distance"
    /// "50 miles from the city of Kharkiv", "30 kilometers southeast of Belgorod".
    case placeDistance = "place_distance"
    /// "the city of Bryansk in southwestern Ukraine", "Russia's Belgorod".
    case country
    /// "Belgorod, a city of 69,000 people".
    case population
    /// "70km north of Kharkiv", "south of Chernihiv", "in southwestern Ukraine", "further north".
    case direction
    /// "Belgorod Oblast, which borders Ukraine's Kharkiv and Sumy oblasts".
    case adjacency
}
