import Foundation
import Testing
@testable import Borderline

/// Writes the seeds' QGIS-ready folder (layers, styles, project) and checks what it holds.
/// Set BORDERLINE_QGIS_OUT to a folder to keep the files for the QGIS checks of Tests/QGIS/.
@Suite struct QGISOutputFilesTests {
    @Test func writesEachLayerWithItsStyleAndTheProject() throws {
        let keep = ProcessInfo.processInfo.environment["BORDERLINE_QGIS_OUT"]
        let (folder, layers) = try SeedLayers.write(into: keep)
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let expected = (layers.flatMap { [$0.geoJSONFileName, $0.styleFileName] } + [QGISProject.fileName]).sorted()
        #expect(names == expected)
        #expect(names.contains("claims.geojson") && names.contains("places.qml") && names.contains("borderline.qgs"))
        for layer in layers {
            let qml = try String(contentsOfFile: folder + "/" + layer.styleFileName, encoding: .utf8)
            #expect(qml == QMLDocument.text(layer.style))
        }
        // The claims and events styles, for Tests/QGIS/check_styles.py, which applies them to
        // stand-in layers until the branches writing those layers land.
        try OutputFolder(path: folder + "/styles").write([
            ("claims.qml", Data(QMLDocument.text(.claims()).utf8)),
            ("events.qml", Data(QMLDocument.text(.events(types: Self.sampleEventTypes)).utf8)),
        ])
    }

    static let sampleEventTypes = [
        (code: "shelling", label: "Shelling"), (code: "drone_strike", label: "Drone strike"),
        (code: "missile_strike", label: "Missile strike"), (code: "explosion", label: "Explosion"),
        (code: "incursion", label: "Cross-border incursion"),
    ]

    @Test func sameInputGivesByteIdenticalFiles() throws {
        let layers = try SeedLayers.layers.get()
        let first = try QGISProject().files(layers)
        let second = try QGISProject().files(layers)
        #expect(first.map(\.name) == second.map(\.name))
        #expect(first.map(\.text) == second.map(\.text))
    }
}
