/// Every GeoJSON layer the map command writes, with its QGIS style, assembled in one place so the
/// command, the streaming output and the tests all write the same layers.
public enum MapLayers {
    /// The styled layers for a run: events, places, claims and the border.
    public static func styled(result: MapResult, gazetteer: Gazetteer) -> [StyledLayer] {
        [
            StyledLayer(
                schema: EventsLayer.schema, collection: EventsLayer.collection(result.events),
                style: .events(types: EventType.allCases.map { ($0.rawValue, $0.label) }, labelField: nil)),
            StyledLayer(schema: PlacesLayer.schema, collection: PlacesLayer.collection(result), style: .places()),
            StyledLayer(
                schema: ClaimsLayer.schema, collection: ClaimsLayer.collection(result.claims),
                style: .claims(statedField: "stated_value", measuredField: "measured_value")),
            StyledLayer(
                schema: BorderLayer.schema,
                collection: BorderLayer.collection(border: gazetteer.border, crimeaLine: gazetteer.crimeaLine),
                style: .border()),
        ]
    }
}

extension MapLayers {
    /// The features one document contributes, for streaming (GeoJSONSeq): its events, its places
    /// (measured to the border) and its claim lines. Ids are prefixed with the document id, so records
    /// from different documents never share one.
    public static func documentFeatures(_ analysis: DocumentAnalysis, pipeline: MapPipeline) -> [Feature] {
        let result = pipeline.combine([analysis])
        let features = EventsLayer.collection(result.events).features + PlacesLayer.collection(result).features
            + ClaimsLayer.collection(result.claims).features
        return features.map { feature in
            var feature = feature
            if case let .string(id)? = feature.id { feature.id = .string("\(analysis.document.id)/\(id)") }
            return feature
        }
    }
}

extension MapLayers {
    /// Appends the GeoJSONSeq records of the features one document contributes to `output`:
    /// the bytes `documentFeatures` would give through `GeoJSONSequence.record(_:into:)`, written
    /// straight from the analysis by the layers' descriptions, without a `Feature` per record.
    /// Of `MapPipeline.combine` only what the records need is done: the document's events merged
    /// and its places measured; its mentions and claims are not copied into a `MapResult`.
    public static func writeDocumentRecords(
        _ analysis: DocumentAnalysis, pipeline: MapPipeline, sequence: GeoJSONSequence = GeoJSONSequence(),
        into output: inout [UInt8]
    ) {
        let events = EventMerger.merge(analysis.events)
        let places = pipeline.places(of: analysis.mentions)
        var writer = FeatureRecordWriter(idPrefix: analysis.document.id, sequence: sequence)
        swap(&writer.output, &output)
        defer { swap(&writer.output, &output) }
        // Records are about 1 KB: one allocation up front rather than a series of doublings.
        writer.output.reserveCapacity(writer.output.count + (events.count + places.count + analysis.claims.count) * 1024)
        writer.startLayer(EventsLayer.schema)
        for event in events { writer.record { EventsLayer.describe(event, to: &$0) } }
        writer.startLayer(PlacesLayer.schema)
        for place in places { writer.record { PlacesLayer.describe(place, to: &$0) } }
        writer.startLayer(ClaimsLayer.schema)
        for (claim, ordinal) in ClaimRecord.numbered(analysis.claims) {
            writer.record { ClaimsLayer.describe(claim, ordinal: ordinal, to: &$0) }
        }
    }
}
