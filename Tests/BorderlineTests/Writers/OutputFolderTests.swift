import Borderline
import Foundation
import Testing

/// OutputFolder: atomic writes by temporary file and rename; nothing else in the folder touched.
@Suite("OutputFolder writes atomically and leaves other files alone")
struct OutputFolderTests {
    /// Every file below `folder`, relative, sorted (hidden files included).
    static func listing(_ folder: String) throws -> [String] {
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(path), isDirectory: &isFolder)
            if !isFolder.boolValue { paths.append(path) }
        }
        return paths.sorted()
    }

    static func read(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test("writes the files, creating subfolders, and leaves no temporary file behind")
    func writes() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let out = temporary.file("output")  // does not exist yet
        let places = Data("{\"type\":\"FeatureCollection\",\"features\":[\n]}\n".utf8)
        let map = Data("<svg/>\n".utf8)
        let claims = Data("Харків\t32.618\n".utf8)
        try OutputFolder(path: out).write([
            ("places.geojson", places), ("maps/svg/border.svg", map), ("reports/claims.tsv", claims),
        ])
        #expect(try Self.listing(out) == ["maps/svg/border.svg", "places.geojson", "reports/claims.tsv"])
        #expect(try Self.read((out as NSString).appendingPathComponent("places.geojson")) == places)
        #expect(try Self.read((out as NSString).appendingPathComponent("maps/svg/border.svg")) == map)
        #expect(try Self.read((out as NSString).appendingPathComponent("reports/claims.tsv")) == claims)
    }

    @Test("replaces the files it names and touches nothing else")
    func leavesOthersAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let notes = try folder.write("notes.txt", text: "the analyst's own notes\n")
        let style = try folder.write("places.qml", text: "<qgis/>\n")
        let nested = try folder.write("maps/keep.svg", text: "<svg id='mine'/>\n")
        let old = try folder.write("places.geojson", text: "old\n")
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        for path in [notes, style, nested] {
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: path)
        }

        try OutputFolder(path: folder.path).write([
            ("places.geojson", Data("new\n".utf8)), ("maps/border.svg", Data("<svg/>\n".utf8)),
        ])

        #expect(try Self.listing(folder.path) == ["maps/border.svg", "maps/keep.svg", "notes.txt", "places.geojson", "places.qml"])
        #expect(try Self.read(old) == Data("new\n".utf8))
        #expect(try Self.read(notes) == Data("the analyst's own notes\n".utf8))
        #expect(try Self.read(style) == Data("<qgis/>\n".utf8))
        #expect(try Self.read(nested) == Data("<svg id='mine'/>\n".utf8))
        for path in [notes, style, nested] {
            let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
            #expect(modified == past, "\(path) was rewritten")
        }
    }

    @Test("replacing a file is a rename: a reader holding the old file still reads it whole")
    func atomicReplace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("layer.geojson", text: "old contents\n")
        let before = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        let reader = try #require(FileHandle(forReadingAtPath: path))
        defer { try? reader.close() }

        try OutputFolder(path: folder.path).write([("layer.geojson", Data("new contents\n".utf8))])

        // A new inode took the name (written elsewhere, then renamed); the old one is intact.
        let after = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        #expect(before != nil && after != nil && before != after)
        #expect(try reader.readToEnd() == Data("old contents\n".utf8))
        #expect(try Self.read(path) == Data("new contents\n".utf8))
    }

    @Test("when one file cannot be written, none is replaced and no temporary file is left")
    func failureLosesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try folder.write("places.geojson", text: "old\n")
        // A plain file where the writer needs a folder.
        try folder.write("maps", text: "not a folder\n")

        #expect {
            try OutputFolder(path: folder.path).write([
                ("places.geojson", Data("new\n".utf8)), ("maps/border.svg", Data("<svg/>\n".utf8)),
            ])
        } throws: { error in
            guard case let .cannotCreateFolder(path, _)? = error as? OutputError else { return false }
            return path == folder.file("maps") && "\(error)".hasPrefix(folder.file("maps"))
        }
        #expect(try Self.read(first) == Data("old\n".utf8))
        #expect(try Self.listing(folder.path) == ["maps", "places.geojson"])
    }
}
