/// The result of running the pipeline over a set of documents.
public struct MapResult: Sendable {
    public var documents: [Document]
    /// Every mention, resolved or not, by document (in input order) then text order.
    public var mentions: [ResolvedMention]
    /// Each resolved place once, by GeoNames id, with its border distance.
    public var places: [PlaceMeasurement]
}

/// Documents in, places measured out: extraction, resolution and measurement in order.
/// Pure apart from the gazetteer it is given; the same documents give the same result.
public struct MapPipeline: Sendable {
    public let gazetteer: Gazetteer
    public let finder: MentionFinder
    public let resolver: Resolver

    /// Prepares the pipeline (building the name index takes most of the time).
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        self.finder = MentionFinder(gazetteer: gazetteer)
        self.resolver = Resolver(gazetteer: gazetteer)
    }

    /// Runs every stage over `documents`.
    public func run(_ documents: [Document]) -> MapResult {
        var mentions: [ResolvedMention] = []
        for document in documents {
            mentions += resolver.resolve(finder.mentions(in: document))
        }
        var byPlace: [Int: [ResolvedMention]] = [:]
        for mention in mentions {
            if let index = mention.placeIndex { byPlace[index, default: []].append(mention) }
        }
        let places = byPlace.map { index, mentions in
            let place = gazetteer.places[index]
            return PlaceMeasurement(place: place, mentions: mentions, border: gazetteer.distanceToBorder(from: place.coordinate))
        }.sorted { $0.place.geonameID < $1.place.geonameID }
        return MapResult(documents: documents, mentions: mentions, places: places)
    }
}
