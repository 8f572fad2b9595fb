extension QGISProject {
    /// The project's file name in the output folder.
    public static let fileName = "borderline.qgs"

    /// Every file of a QGIS-ready output folder: NAME.geojson and NAME.qml per layer, in the
    /// order given, then borderline.qgs opening them all, styled, on their common extent.
    /// - Throws: `ProjError` when the extent cannot be projected into the project CRS.
    public func files(_ layers: [StyledLayer], text: GeoJSONText = GeoJSONText()) throws -> [(name: String, text: String)] {
        let projectLayers = layers.map { $0.projectLayer(text: text) }
        let project = self.text(layers: projectLayers, canvasExtent: try canvasExtent(of: projectLayers))
        return layers.flatMap { $0.files(text: text) } + [(Self.fileName, project)]
    }
}
