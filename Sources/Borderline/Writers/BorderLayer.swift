/// The border layer (border.geojson): the line every distance is measured to, and, flagged as
/// not measured to, Natural Earth's Crimea administrative line, so a QGIS user sees both and
/// knows which is which. MultiLineStrings, so the layer has one geometry type.
public enum BorderLayer {
    public static let schema = LayerSchema(name: "border", geometryType: "MultiLineString", fields: [
        ("name", .string), ("kind", .string), ("measured_to", .integer), ("vertices", .integer), ("length_km", .real),
        ("source", .string),
    ])

    /// The layer from the gazetteer's border line and, when given, the Crimea line.
    public static func collection(border: Polyline, crimeaLine: Polyline?) -> FeatureCollection {
        var features = [feature(
            id: "ru-ua-border", line: border, name: "Russia–Ukraine international land boundary",
            kind: "international_boundary", measuredTo: true)]
        if let crimeaLine {
            features.append(feature(
                id: "crimea-admin-line", line: crimeaLine,
                name: "Crimea–Kherson Oblast administrative line (not an international boundary)",
                kind: "crimea_administrative_line", measuredTo: false))
        }
        return FeatureCollection(features: features)
    }

    static func feature(id: String, line: Polyline, name: String, kind: String, measuredTo: Bool) -> Feature {
        Feature(
            id: .string(id), geometry: .multiLineString([line.vertices]),
            properties: schema.properties([
                ("name", .string(name)), ("kind", .string(kind)), ("measured_to", .integer(measuredTo ? 1 : 0)),
                ("vertices", .integer(line.vertices.count)),
                ("length_km", .real(FixedDecimal.rounded(line.lengthMeters() / 1000, decimals: 3))),
                ("source", .string("Natural Earth 4.0.0, ne_10m_admin_0_boundary_lines_land")),
            ]))
    }
}
