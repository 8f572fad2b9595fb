import Borderline
import Foundation
import Testing

/// Gazetteer.loadBorder accepts only a FeatureCollection whose first feature is a LineString of
/// valid positions, and every rejection names the file.
@Suite("Gazetteer.loadBorder rejects unusable border files, naming the file")
struct LoadBorderErrorTests {
    static func collection(_ geometry: String) -> String {
        #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":"# + geometry + #","properties":{}}]}"#
    }

    struct BadFile: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var text: String
        /// Whether `error`, thrown for the file at `path`, is the expected one.
        var matches: @Sendable (_ error: any Error, _ path: String) -> Bool
    }

    static let badFiles: [BadFile] = [
        BadFile(testDescription: "a Point", text: collection(#"{"type":"Point","coordinates":[36.5,50.6]}"#)) { error, path in
            error as? GazetteerError == .invalidBorder(path: path, reason: "expected a LineString, found Point")
        },
        BadFile(testDescription: "a MultiLineString", text: collection(#"{"type":"MultiLineString","coordinates":[[[36.5,50.6],[36.6,50.7]]]}"#)) { error, path in
            error as? GazetteerError == .invalidBorder(path: path, reason: "expected a LineString, found MultiLineString")
        },
        BadFile(testDescription: "no geometry", text: collection("null")) { error, path in
            error as? GazetteerError == .invalidBorder(path: path, reason: "expected a LineString, found no geometry")
        },
        BadFile(testDescription: "no features", text: #"{"type":"FeatureCollection","features":[]}"#) { error, path in
            error as? GazetteerError == .invalidBorder(path: path, reason: "the FeatureCollection has no features")
        },
        BadFile(testDescription: "a NaN coordinate", text: collection(#"{"type":"LineString","coordinates":[[36.5,NaN],[36.6,50.7]]}"#)) { error, path in
            guard case let .invalidJSON(p, _, _)? = error as? GeoJSONError else { return false }
            return p == path
        },
        BadFile(testDescription: "an overflowing coordinate", text: collection(#"{"type":"LineString","coordinates":[[36.5,1e999],[36.6,50.7]]}"#)) { error, path in
            switch error as? GeoJSONError {
            case let .invalidJSON(p, _, _)?: return p == path
            case let .invalidGeometry(p, feature, _)?: return p == path && feature == 0
            default: return false
            }
        },
        BadFile(testDescription: "a longitude out of range", text: collection(#"{"type":"LineString","coordinates":[[36.5,50.6],[200,50.7]]}"#)) { error, path in
            guard case let .invalidGeometry(p, feature, reason)? = error as? GeoJSONError else { return false }
            return p == path && feature == 0 && reason.contains("200")
        },
        BadFile(testDescription: "a latitude out of range", text: collection(#"{"type":"LineString","coordinates":[[36.5,50.6],[36.6,-90.5]]}"#)) { error, path in
            guard case let .invalidGeometry(p, feature, reason)? = error as? GeoJSONError else { return false }
            return p == path && feature == 0 && reason.contains("-90.5")
        },
        BadFile(testDescription: "a one-position LineString", text: collection(#"{"type":"LineString","coordinates":[[36.5,50.6]]}"#)) { error, path in
            error as? GeoJSONError == .invalidGeometry(path: path, feature: 0, reason: "a LineString needs at least 2 positions")
        },
        BadFile(testDescription: "broken JSON", text: #"{"type":"FeatureCollection","features":["#) { error, path in
            guard case let .invalidJSON(p, _, _)? = error as? GeoJSONError else { return false }
            return p == path
        },
        BadFile(testDescription: "a Feature, not a FeatureCollection", text: #"{"type":"Feature","geometry":null,"properties":{}}"#) { error, path in
            error as? GeoJSONError == .notAFeatureCollection(path: path, found: "a Feature")
        },
    ]

    @Test("the error names the file", arguments: badFiles)
    func rejects(_ bad: BadFile) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("ru_ua_border.geojson", text: bad.text)
        do {
            let line = try Gazetteer.loadBorder(path: path)
            Issue.record("accepted \(bad.testDescription) as a line of \(line.vertices.count) vertices")
        } catch {
            #expect(bad.matches(error, path), "unexpected error: \(error)")
            #expect("\(error)".hasPrefix(path), "the message should start with the file: \(error)")
        }
    }

    @Test("a missing file is unreadable, naming the file")
    func missing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("nothing-here.geojson")
        #expect {
            _ = try Gazetteer.loadBorder(path: path)
        } throws: { error in
            guard case let .unreadable(p, _)? = error as? GeoJSONError else { return false }
            return p == path
        }
    }

    @Test("a valid LineString loads, positions read longitude first")
    func valid() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("ok.geojson", text: Self.collection(#"{"type":"LineString","coordinates":[[31.764345,52.100568],[31.82584,52.104056],[31.858706,52.09987]]}"#))
        let line = try Gazetteer.loadBorder(path: path)
        #expect(line.vertices == [
            GeoPoint(latitude: 52.100568, longitude: 31.764345), GeoPoint(latitude: 52.104056, longitude: 31.82584),
            GeoPoint(latitude: 52.09987, longitude: 31.858706),
        ])
    }
}
