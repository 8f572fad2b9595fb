/// The ready-made styles of Borderline's layers.
///
/// Colours carry meaning a reader already knows: the border dark red, consistent claims green,
/// inconsistent red, unverifiable grey. Every categorized style ends with an "all other values"
/// category, so a value added later (a new event type, a new place kind) still draws, in grey,
/// instead of vanishing from the map.
extension LayerStyle {
    /// Places: dark dots sized by population class for populated places, open squares for
    /// regions (oblasts), diamonds for countries; every place labelled with its name.
    /// - Parameters:
    ///   - kindField: the field holding "place", "admin1" or "country".
    ///   - populationField: the integer field the dot size follows.
    ///   - nameField: the label field.
    public static func places(
        kindField: String = "kind", populationField: String = "population", nameField: String = "name"
    ) -> LayerStyle {
        let population = quotedField(populationField)
        let sizeByPopulation = "CASE WHEN \(population) >= 1000000 THEN 4.2 WHEN \(population) >= 100000 THEN 3.2 "
            + "WHEN \(population) >= 10000 THEN 2.4 ELSE 1.8 END"
        let categories = [
            StyleCategory(value: "place", label: "Populated place (size: population ≥1M, ≥100k, ≥10k, smaller)", symbol: .marker(
                .init(shape: .circle, sizeMM: 2.4, fill: QGISColor(45, 45, 45), outline: .white, outlineWidthMM: 0.3,
                      sizeExpression: sizeByPopulation))),
            StyleCategory(value: "admin1", label: "Region (oblast, krai, republic)", symbol: .marker(
                .init(shape: .square, sizeMM: 2.6, fill: QGISColor(255, 255, 255, alpha: 200), outline: QGISColor(80, 80, 80),
                      outlineWidthMM: 0.4))),
            StyleCategory(value: "country", label: "Country", symbol: .marker(
                .init(shape: .diamond, sizeMM: 3.4, fill: QGISColor(255, 255, 255, alpha: 200), outline: QGISColor(60, 60, 60),
                      outlineWidthMM: 0.5))),
            StyleCategory(value: nil, label: "Other", symbol: .marker(
                .init(shape: .circle, sizeMM: 1.8, fill: QGISColor(150, 150, 150)))),
        ]
        return LayerStyle(
            renderer: .categorized(field: kindField, categories: categories),
            labeling: StyleLabeling(.field(nameField), sizePoints: 9, placement: .aroundPoint(distanceMM: 0.8)))
    }

    /// The border layer: the international boundary every distance is measured to as a strong
    /// dark red line on a pale casing; the Crimea administrative line thin, dashed and grey, so
    /// nobody mistakes it for the line measured to.
    /// - Parameter kindField: the field holding "international_boundary" or "crimea_administrative_line".
    public static func border(kindField: String = "kind") -> LayerStyle {
        let categories = [
            StyleCategory(value: "international_boundary", label: "Russia–Ukraine international boundary (distances measured to it)",
                          symbol: StyleSymbol([
                              .line(.init(color: QGISColor(235, 160, 160, alpha: 160), widthMM: 2.4)),
                              .line(.init(color: QGISColor(140, 0, 0), widthMM: 0.9)),
                          ])),
            StyleCategory(value: "crimea_administrative_line", label: "Crimea administrative line (not an international boundary)",
                          symbol: .line(.init(color: QGISColor(110, 110, 110), widthMM: 0.4, dash: .custom([2, 1.2])))),
            StyleCategory(value: nil, label: "Other line", symbol: .line(.init(color: QGISColor(150, 150, 150), widthMM: 0.3))),
        ]
        return LayerStyle(renderer: .categorized(field: kindField, categories: categories))
    }

    /// Events: one colour and marker shape per event type, in the order given (shape as well as
    /// colour, so the map reads in greyscale and for colour-blind readers).
    /// - Parameters:
    ///   - types: event type codes as written in the layer, with their legend labels.
    ///   - typeField: the field holding the type code.
    ///   - labelField: a field to label events with, or nil for no labels (events sit on places,
    ///     whose labels already name them).
    public static func events(
        types: [(code: String, label: String)], typeField: String = "type", labelField: String? = nil
    ) -> LayerStyle {
        var categories = types.enumerated().map { index, type in
            StyleCategory(value: type.code, label: type.label, symbol: .marker(.init(
                shape: eventShapes[index % eventShapes.count], sizeMM: 3.6, fill: eventColors[index % eventColors.count],
                outline: QGISColor(30, 30, 30), outlineWidthMM: 0.3)))
        }
        categories.append(StyleCategory(value: nil, label: "Other or unknown type", symbol: .marker(
            .init(shape: .circle, sizeMM: 2.8, fill: QGISColor(160, 160, 160), outline: QGISColor(30, 30, 30), outlineWidthMM: 0.3))))
        return LayerStyle(
            renderer: .categorized(field: typeField, categories: categories),
            labeling: labelField.map { StyleLabeling(.field($0), sizePoints: 8, placement: .aroundPoint(distanceMM: 1)) })
    }

    /// Claims: lines from the place to the point measured to, coloured by verdict and labelled
    /// "stated X km / measured Y km" (a missing value shows as "?").
    /// - Parameters:
    ///   - verdictField: the field holding "consistent", "inconsistent" or "unverifiable".
    ///   - statedField: the real field of the distance the text states, in km.
    ///   - measuredField: the real field of the distance measured, in km.
    public static func claims(
        verdictField: String = "verdict", statedField: String = "stated_km", measuredField: String = "measured_km"
    ) -> LayerStyle {
        let categories = [
            StyleCategory(value: "consistent", label: "Consistent with the geography", symbol: .line(
                .init(color: QGISColor(26, 150, 65), widthMM: 0.9))),
            StyleCategory(value: "inconsistent", label: "Inconsistent with the geography", symbol: .line(
                .init(color: QGISColor(215, 25, 28), widthMM: 0.9))),
            StyleCategory(value: "unverifiable", label: "Unverifiable", symbol: .line(
                .init(color: QGISColor(140, 140, 140), widthMM: 0.7, dash: .custom([2, 1.5])))),
            StyleCategory(value: nil, label: "Other", symbol: .line(.init(color: QGISColor(170, 170, 170), widthMM: 0.4))),
        ]
        return LayerStyle(
            renderer: .categorized(field: verdictField, categories: categories),
            labeling: StyleLabeling(.expression(claimLabel(statedField: statedField, measuredField: measuredField)),
                                    sizePoints: 8, placement: .horizontal))
    }

    /// The claims label expression: "32 km stated / 35.4 km measured".
    public static func claimLabel(statedField: String, measuredField: String) -> String {
        func kilometres(_ field: String) -> String { "coalesce(to_string(round(\(quotedField(field)), 1)), '?')" }
        return "\(kilometres(statedField)) || ' km stated / ' || \(kilometres(measuredField)) || ' km measured'"
    }

    /// A field reference in a QGIS expression: double-quoted, inner quotes doubled.
    public static func quotedField(_ name: String) -> String {
        "\"" + name.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    static let eventShapes: [MarkerShape] = [.star, .triangle, .diamond, .square, .pentagon, .hexagon, .circle, .cross2]
    /// ColorBrewer Set1 (qualitative, print-safe), without its grey, which means "other" here.
    static let eventColors: [QGISColor] = [
        QGISColor(228, 26, 28), QGISColor(55, 126, 184), QGISColor(77, 175, 74), QGISColor(152, 78, 163),
        QGISColor(255, 127, 0), QGISColor(255, 255, 51), QGISColor(166, 86, 40), QGISColor(247, 129, 191),
    ]
}
