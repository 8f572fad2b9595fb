import Borderline
import Foundation
import Testing

/// Each bad input of Fixtures/BadInput, given to the real `borderline`: a clear message naming
/// the file (and line), a non-zero exit where it is fatal, never a crash, and the good articles
/// beside a bad one still mapped.
@Suite("borderline handles bad input")
struct BadInputTests {
    static func fixture(_ name: String) throws -> String {
        try TestPaths.fixture(name.isEmpty ? "BadInput" : "BadInput/" + name).path
    }

    @Test("a folder of good and bad files: the bad ones are skipped with a warning, the rest mapped")
    func mixedFolder() throws {
        let folder = try CLIRunner.temporaryFolder("bad-folder")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLIRunner.run(["map", try Self.fixture(""), "--out", folder])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("binary.txt: looks like a binary file"))
        #expect(run.stderr.contains("invalid-utf8.txt:3: not valid UTF-8"))
        #expect(run.stderr.contains("empty.txt: holds no text"))
        #expect(!run.stderr.contains("Fatal error"))
        // The good ones: UTF-16 (both byte orders), Windows-1251, a byte-order mark, CRLF, absurd
        // numbers and counts, and the folder's README.md (Markdown files are articles too).
        #expect(run.stdout.contains("8 documents"), "\(run.stdout)")
        let places = try String(contentsOfFile: folder + "/places.geojson", encoding: .utf8)
        for name in ["\"Sudzha\"", "\"Kursk\"", "\"Belgorod\"", "\"Kharkiv\"", "\"Shebekino\""] {
            #expect(places.contains("\"name\":" + name), "\(name) missing from places.geojson")
        }
    }

    @Test("a named file that is not text is fatal, and the message names it", arguments: [
        ("binary.txt", "binary.txt: looks like a binary file"),
        ("invalid-utf8.txt", "invalid-utf8.txt:3: not valid UTF-8"),
    ])
    func namedBadFile(name: String, message: String) throws {
        let folder = try CLIRunner.temporaryFolder("bad-named")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLIRunner.run(["map", try Self.fixture(name), "--out", folder])
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(CLIRunner.files(in: folder).isEmpty, "nothing is written when the input is refused")
    }

    @Test("a missing file and a folder with no articles are fatal, with the path")
    func missingAndEmpty() throws {
        let missing = try CLIRunner.run(["places", "seeds/no-such-article.txt"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("seeds/no-such-article.txt: no such file"))
        let none = try CLIRunner.run(["places", try Self.fixture("no-articles")])
        #expect(none.status != 0)
        #expect(none.stderr.contains("no-articles: no articles found"))
    }

    @Test("absurd numbers (1e400 km, 99999999999999999999 km, −5 km) are read without a crash")
    func absurdNumbers() throws {
        let run = try CLIRunner.run(["check", try Self.fixture("absurd-numbers.txt"), "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("inf") && !run.stdout.contains("nan"))
        // 1e400 overflows and −5 is no distance: neither becomes a claim; the huge figure is judged.
        #expect(!run.stdout.contains("Belgorod: stated 400 km"))
        #expect(!run.stdout.contains("Sudzha: stated 5 km"))
        #expect(run.stdout.contains("99999999999999999999 km"))
    }

    @Test("absurd counts (5e94 people, 99999999999999999999 killed, a 99999999999th of May) are judged without a crash")
    func absurdCounts() throws {
        let check = try CLIRunner.run(["check", try Self.fixture("absurd-counts.txt")])
        #expect(check.status == 0, "\(check.stderr)")
        // Too large for an Int: written in scientific notation, and far outside GeoNames' 6,940.
        #expect(check.stdout.contains("Sudzha: stated a population of 5e94 people; GeoNames gives 6,940; tolerance 4e+94–6.25e+94: inconsistent."))
        #expect(check.stdout.contains("tolerance 8e+22–1.25e+23: inconsistent."))
        let events = try CLIRunner.run(["events", try Self.fixture("absurd-counts.txt")])
        #expect(events.status == 0, "\(events.stderr)")
        let folder = try CLIRunner.temporaryFolder("absurd-map")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let map = try CLIRunner.run(["map", try Self.fixture("absurd-counts.txt"), "--out", folder])
        #expect(map.status == 0, "\(map.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/claims.geojson"))
    }

    @Test("a corrupt gazetteer overlay row and a duplicate id are fatal, with file and line")
    func corruptOverlay() throws {
        let folder = try CLIRunner.temporaryFolder("bad-overlay")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let header = "geonameid\tkind\tname\tlatitude\tlongitude\tcountry_code\tcountry_name\tadmin1_code\tadmin1_name\tpopulation\tpoint_rule\talternatenames\n"
        let good = "990000001\tplace\tTestvillage\t51.3\t31.3\tUA\tUkraine\t02\tChernihiv\t0\t\t\n"
        let corrupt = folder + "/corrupt.tsv", duplicate = folder + "/duplicate.tsv"
        try Data((header + good + "990000002\tplace\tBadvillage\tnorth\t31.3\tUA\tUkraine\t02\tChernihiv\t0\t\t\n").utf8)
            .write(to: URL(fileURLWithPath: corrupt))
        try Data((header + good + good).utf8).write(to: URL(fileURLWithPath: duplicate))
        let bad = try CLIRunner.run(["places", "seeds", "--gazetteer", corrupt])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("corrupt.tsv:3"), "\(bad.stderr)")
        let twice = try CLIRunner.run(["places", "seeds", "--gazetteer", duplicate])
        #expect(twice.status != 0)
        #expect(twice.stderr.contains("duplicate.tsv:3") && twice.stderr.contains("990000001"), "\(twice.stderr)")
    }

    @Test("a gazetteer whose border is not a line, or holds NaN, is refused with the file named")
    func badBorder() throws {
        for (label, geometry) in [
            ("point", #"{"type":"Point","coordinates":[36.4,50.3]}"#),
            ("nan", #"{"type":"LineString","coordinates":[[36.4,NaN],[36.5,50.3]]}"#),
            ("range", #"{"type":"LineString","coordinates":[[36.4,95.0],[36.5,50.3]]}"#),
        ] {
            let folder = try CLIRunner.temporaryFolder("bad-border-\(label)")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try FileManager.default.createDirectory(atPath: folder + "/border", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder + "/places.tsv", withDestinationPath: TestPaths.places)
            try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":\#(geometry)}]}"#.utf8)
                .write(to: URL(fileURLWithPath: folder + "/border/ru_ua_border.geojson"))
            let run = try CLIRunner.run(["distance", "Belgorod", "--gazetteer-dir", folder])
            #expect(run.status != 0, "\(label)")
            #expect(run.stderr.contains("border/ru_ua_border.geojson"), "\(label): \(run.stderr)")
            #expect(!run.stderr.contains("Fatal error"), "\(label)")
        }
    }

    @Test("a 50 MB article on one line is read, and cut into sentences no longer than the cap")
    func fiftyMegabyteLine() throws {
        let sentence = "Explosions were heard in Belgorod, about 40 km from the Ukrainian border, on Tuesday; "
        let count = 50_000_000 / sentence.utf8.count + 1
        let folder = try CLIRunner.temporaryFolder("big-line")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/long.txt"
        try Data(String(repeating: sentence, count: count).utf8).write(to: URL(fileURLWithPath: path))
        let (documents, warnings) = try DocumentReader().read([path])
        #expect(warnings.isEmpty)
        let scalars = Array(try #require(documents.first).text.unicodeScalars)
        #expect(scalars.count == count * sentence.unicodeScalars.count)
        let ranges = SentenceSplitter.sentences(Array(scalars.prefix(5_000_000))).map { $0.end - $0.start }
        #expect(ranges.max()! <= SentenceSplitter.maximumSentenceScalars)
        #expect(ranges.reduce(0, +) >= 5_000_000 - ranges.count * 2, "no text is lost between the pieces")
    }

    @Test("a 1 MB article on one line goes through the whole CLI in linear time, every mention found")
    func oneMegabyteLineThroughTheCLI() throws {
        let sentence = "Explosions were heard in Belgorod, about 40 km from the Ukrainian border, on Tuesday; "
        let count = 1_000_000 / sentence.utf8.count + 1
        let folder = try CLIRunner.temporaryFolder("long-line")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(String(repeating: sentence, count: count).utf8).write(to: URL(fileURLWithPath: folder + "/long.txt"))
        let run = try CLIRunner.run(["map", folder + "/long.txt", "--out", folder + "/out", "--format", "files"])
        #expect(run.status == 0, "\(run.stderr.prefix(500))")
        #expect(run.stdout.contains("\(count) place mentions"), "\(run.stdout)")
    }
}
