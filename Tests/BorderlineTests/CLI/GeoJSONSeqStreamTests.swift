import Foundation
import Testing

/// `map - --format geojsonseq` run as a user would: the same bytes whatever --jobs, and a bad
/// line ends the run non-zero with a message naming it.
@Suite("borderline map streams GeoJSON text sequences")
struct GeoJSONSeqStreamTests {
    /// `count` one-line articles naming border places, as JSON Lines.
    static func articles(_ count: Int) -> [String] {
        let places = ["Sudzha", "Belgorod", "Kharkiv", "Shebekino", "Vovchansk"]
        return (0..<count).map { index in
            #"{"id":"a\#(index)","text":"Shelling hit \#(places[index % places.count]) on Monday, 12 km from the border; \#(index % 9 + 1) people were wounded."}"#
        }
    }

    static func stream(_ lines: [String], jobs: Int) throws -> CLIRunner.Run {
        try CLIRunner.run(["map", "-", "--format", "geojsonseq", "--jobs", String(jobs)],
                          stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    @Test func theSameBytesForAnyNumberOfJobs() throws {
        let lines = Self.articles(150)
        let one = try Self.stream(lines, jobs: 1)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.hasPrefix("\u{1E}{\"type\":\"Feature\""))
        #expect(one.stderr.contains("streamed the features of 150 documents"), "\(one.stderr)")
        for jobs in [2] {
            let run = try Self.stream(lines, jobs: jobs)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == one.stdout, "--jobs \(jobs) differs from --jobs 1")
        }
    }

    @Test(arguments: [1, 2])
    func aBadLineIsFatalAndNamed(jobs: Int) throws {
        // (That the batches handed over before a read error are still written is tested on
        // `MapPipeline.mapStream` itself: here the input is read in one chunk, bad line included.)
        let lines = Self.articles(10) + [#"{"id": "broken", "text": "#] + Self.articles(3)
        let run = try Self.stream(lines, jobs: jobs)
        #expect(run.status != 0)
        #expect(run.stderr.contains("stdin:11"), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
    }
}
