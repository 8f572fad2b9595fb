import Foundation
import Testing
@testable import Borderline

/// RFC 8142 framing: RS, one Feature, LF, per record, written feature by feature.
@Suite struct GeoJSONSequenceTests {
    /// Splits a sequence into records as an RFC 8142 parser does, keeping each record's text.
    static func records(_ text: String) -> [Substring] {
        text.split(separator: "\u{1E}", omittingEmptySubsequences: false).dropFirst().map { $0 }
    }

    @Test func eachRecordIsSeparatorFeatureLineFeed() throws {
        let feature = Feature(id: .string("a"), geometry: .point(GeoPoint(latitude: 51.1921, longitude: 35.2709)),
                              properties: .object([("note", .string("line\nbreak and \u{1E} separator"))]))
        let record = GeoJSONSequence().record(feature)
        #expect(record.hasPrefix("\u{1E}{\"type\":\"Feature\""))
        #expect(record.hasSuffix("}\n"))
        // Neither RS nor LF occurs inside the record: the writer escapes them in strings.
        #expect(record.dropFirst().dropLast().allSatisfy { $0 != "\u{1E}" && $0 != "\n" })
        #expect(record == "\u{1E}" + GeoJSONText().feature(feature) + "\n")
    }

    @Test func everySeedFeatureBecomesOneRecordThatParsesAsAFeature() throws {
        let layers = try SeedLayers.layers.get()
        let sequence = GeoJSONSequence()
        var stream = ""
        var counts: [Int] = []
        for layer in layers {  // as the map command will: one layer (or document) after another
            sequence.write(layer.collection.features, to: &stream)
            counts.append(Self.records(stream).count)
        }
        let features = layers.flatMap(\.collection.features)
        var running = 0
        #expect(counts == layers.map { running += $0.collection.features.count; return running })
        #expect(counts.last == features.count)
        #expect(stream.first == "\u{1E}")
        let records = Self.records(stream)
        for (record, feature) in zip(records, features) {
            #expect(record.hasSuffix("\n"))
            let value = try JSONDecoder().decode(JSONValue.self, from: Data(record.utf8))
            #expect(value["type"] == .string("Feature"))
            #expect(value["id"] == feature.id)
            #expect(value["crs"] == nil)
            #expect(try WriterFixtures.schema().validate(
                .object([("type", .string("FeatureCollection")), ("features", .array([value]))])) == [])
        }
    }

    /// The streaming `map` writes records straight from each analysis; they must be the bytes of
    /// the documents' Features (events, places, claims) written one by one.
    @Test func documentRecordsAreTheDocumentFeaturesRecords() throws {
        let (_, documents, pipeline) = try SeedLayers.seeds.get()
        let sequence = GeoJSONSequence()
        var kinds: Set<String> = []
        for document in documents {
            let analysis = pipeline.analyse(document)
            var expected: [UInt8] = []
            for feature in MapLayers.documentFeatures(analysis, pipeline: pipeline) {
                sequence.record(feature, into: &expected)
                if case let .string(id)? = feature.id {
                    kinds.formUnion(["/event:", "/geonames:", "/claim-"].filter { id.contains($0) })
                }
            }
            var records: [UInt8] = [0x41]  // appended to, not replaced
            MapLayers.writeDocumentRecords(analysis, pipeline: pipeline, sequence: sequence, into: &records)
            #expect(records == [0x41] + expected, "document \(document.id)")
        }
        #expect(kinds == ["/event:", "/geonames:", "/claim-"])  // every layer was compared
    }

    @Test func fileHandleStreamWritesTheBytesAsGiven() throws {
        let path = NSTemporaryDirectory() + "borderline-seq-" + UUID().uuidString + ".geojsons"
        defer { try? FileManager.default.removeItem(atPath: path) }
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var stream = FileHandleOutputStream(handle)
        let layer = try #require(try SeedLayers.layers.get().first { $0.schema.name == "places" })
        let features = layer.collection.features
        GeoJSONSequence().write(features, to: &stream)
        try handle.close()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == features.map { GeoJSONSequence().record($0) }.joined())
        // GDAL's GeoJSONSeq driver (what QGIS uses for .geojsons) reads the same features.
        if let ogrinfo = OGRInfo.find("ogrinfo") {
            let info = try OGRInfo.run(ogrinfo, path: path)
            #expect(info.driver == "GeoJSONSeq")
            #expect(info.layers.first?.featureCount == features.count)
            #expect(info.layers.first?.fields.map { "\($0.name): \($0.type)" }
                    == OGRFieldTypeTests.expectedFields(layer.schema, FeatureCollection(features: features)))
        } else {
            Issue.record("ogrinfo not found on PATH: install gdal-bin (`make test` installs it)")
        }
    }
}
