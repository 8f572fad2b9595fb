import Foundation
import Testing
@testable import Borderline

/// The layers of seeds/, built by the library exactly as `borderline map`
/// builds them, and written to folders the writer tests then judge.
enum SeedLayers {
    /// The package checkout (this file is Tests/BorderlineTests/Writers/Support/SeedLayers.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The gazetteer, the seed documents and the pipeline, loaded once per test run (loading the
    /// gazetteer takes most of the time).
    static let seeds: Result<(gazetteer: Gazetteer, documents: [Document], pipeline: MapPipeline), Error> = Result {
        let gazetteer = try Gazetteer.load(directory: packageRoot + "/gazetteer")
        let (documents, _) = try DocumentReader().read([packageRoot + "/seeds"])
        return (gazetteer, documents, MapPipeline(gazetteer: gazetteer))
    }

    /// The styled layers, built once per test run.
    static let layers: Result<[StyledLayer], Error> = Result {
        let (gazetteer, documents, pipeline) = try seeds.get()
        return MapLayers.styled(result: pipeline.run(documents), gazetteer: gazetteer)
    }

    /// Writes every layer (NAME.geojson + NAME.qml) and borderline.qgs into a new folder.
    /// - Returns: the folder and the layers written.
    static func write(into folder: String? = nil) throws -> (folder: String, layers: [StyledLayer]) {
        let layers = try self.layers.get()
        let folder = folder ?? NSTemporaryDirectory() + "borderline-writers-" + UUID().uuidString
        let files = try QGISProject().files(layers)
        try OutputFolder(path: folder).write(files.map { ($0.name, Data($0.text.utf8)) })
        return (folder, layers)
    }

    /// Parses a file as a JSON value.
    static func json(at path: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

extension StyledLayer {
    /// Hands StyledLayer's memberwise init a more readable argument order in the fixtures.
    init(schema: LayerSchema, style: LayerStyle, collection: FeatureCollection) {
        self.init(schema: schema, collection: collection, style: style)
    }
}
