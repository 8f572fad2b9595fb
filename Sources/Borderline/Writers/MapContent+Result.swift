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
            claims: Self.grouped(ClaimsLayer.mapClaims(result.claims)),
            events: Self.grouped(result.events))
    }

    /// Events of one type at one place drawn once: on a map, ten undated explosions in Belgorod
    /// are one symbol labelled "Explosion, Belgorod (10 events)", not ten symbols stacked on
    /// the city. Groups keep the order of their first event.
    static func grouped(_ events: [Event]) -> [MapEvent] {
        var groups: [(key: String, first: MapEvent, event: Event, count: Int)] = []
        var position: [String: Int] = [:]
        for event in events {
            guard let mapEvent = event.mapEvent, let place = event.place else { continue }
            let key = "\(event.type.rawValue)|\(place.geonameID)"
            if let index = position[key] {
                groups[index].count += 1
            } else {
                position[key] = groups.count
                groups.append((key, mapEvent, event, 1))
            }
        }
        return groups.map { group in
            guard group.count > 1, let place = group.event.place else { return group.first }
            return MapEvent(
                coordinate: group.first.coordinate, type: group.first.type,
                label: "\(group.event.type.label), \(place.name) (\(group.count) events)")
        }
    }

    /// Claims along the same line with the same verdict drawn once, their labels joined when they
    /// differ ("stated 32 km, measured 35 km; stated 40 km, measured 35 km").
    static func grouped(_ claims: [MapClaim]) -> [MapClaim] {
        var groups: [MapClaim] = []
        var labels: [[String]] = []
        for claim in claims {
            if let index = groups.firstIndex(where: { $0.from == claim.from && $0.to == claim.to && $0.verdict == claim.verdict }) {
                if !labels[index].contains(claim.label) { labels[index].append(claim.label) }
            } else {
                groups.append(claim)
                labels.append([claim.label])
            }
        }
        return zip(groups, labels).map { claim, labels in
            var claim = claim
            claim.label = labels.count <= 3 ? labels.joined(separator: "; ") : "\(labels.count) claims"
            return claim
        }
    }
}
