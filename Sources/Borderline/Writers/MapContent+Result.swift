extension MapContent {
    /// What the map of a run shows: every resolved place, every claim with a line, every
    /// located event, and a subtitle saying what was read and when.
    /// - Parameters:
    ///   - title: the map's title (default: `SVGMapWriter.defaultTitle`).
    ///   - subtitle: the subtitle (default: the number of articles and the period they cover).
    public init(result: MapResult, title: String? = nil, subtitle: String? = nil) {
        let dateRange = DateRange.of(documents: result.documents) ?? DateRange.of(events: result.events)
        let articles = result.documents.count == 1 ? "1 article" : "\(result.documents.count) articles"
        let summary = "\(articles): \(result.places.count) places, \(result.claims.count) checked claims, "
            + "\(result.events.count) events" + (dateRange.map { " · \($0)" } ?? "")
        self.init(
            title: title ?? SVGMapWriter.defaultTitle,
            subtitle: subtitle ?? summary,
            dateRange: dateRange,
            places: result.places.map { measured in
                MapPlace(
                    geonameID: measured.place.geonameID, name: measured.place.name, kind: measured.place.kind,
                    coordinate: measured.place.coordinate, population: measured.place.population,
                    mentionCount: measured.mentions.count, distanceToBorderKm: measured.border.distanceKm)
            },
            claims: ClaimsLayer.mapClaims(result.claims),
            events: result.events.compactMap(\.mapEvent))
    }
}
