/// Every GeoJSON layer the map command writes, with its QGIS style, assembled in one place so the
/// command, the streaming output and the tests all write the same layers.
public enum MapLayers {
    /// The styled layers for a run: places, claims and the border.
    public static func styled(result: MapResult, claims: [CheckedClaim], gazetteer: Gazetteer) -> [StyledLayer] {
        [
            StyledLayer(schema: PlacesLayer.schema, collection: PlacesLayer.collection(result), style: .places()),
            StyledLayer(
                schema: ClaimsLayer.schema, collection: ClaimsLayer.collection(claims),
                style: .claims(statedField: "stated_value", measuredField: "measured_value")),
            StyledLayer(
                schema: BorderLayer.schema,
                collection: BorderLayer.collection(border: gazetteer.border, crimeaLine: gazetteer.crimeaLine),
                style: .border()),
        ]
    }
}
