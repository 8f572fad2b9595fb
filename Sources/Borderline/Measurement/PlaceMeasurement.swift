/// A resolved place with everything the documents say about it and its measured distance to
/// the Russia–Ukraine border.
public struct PlaceMeasurement: Sendable, Hashable {
    public var place: Place
    /// Every mention resolved to this place, in document then text order.
    public var mentions: [ResolvedMention]
    /// The nearest border point and the WGS84 geodesic distance to it (PROJ).
    public var border: NearestPoint
}
