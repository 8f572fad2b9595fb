import Foundation
import Testing

/// The real `borderline map` on the seed articles writes exactly the committed output/, byte for
/// byte, whatever the order the articles are listed in and however many workers run.
/// (output/previews/ holds PNG renders made by `make previews`, not by the map command.)
@Suite("borderline map reproduces output/ byte for byte")
struct MapGoldenTests {
    static let output = (TestPaths.packageRoot as NSString).appendingPathComponent("output")

    static func committedFiles() -> [String] {
        CLIRunner.files(in: output).filter { !$0.hasPrefix("previews/") }
    }

    static func expectSameAsCommitted(_ folder: String) throws {
        let written = CLIRunner.files(in: folder)
        #expect(written == committedFiles(), "the files written differ from output/")
        for name in written {
            let new = try Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)))
            let old = try Data(contentsOf: URL(fileURLWithPath: (output as NSString).appendingPathComponent(name)))
            #expect(new == old, "\(name) differs from the committed output/\(name): run `make map` and review the change")
        }
    }

    @Test("the seeds folder, one worker, gives the committed files")
    func folderOneWorker() throws {
        let folder = try CLIRunner.temporaryFolder("golden")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLIRunner.run(["map", "seeds", "--out", folder, "--per-document", "--jobs", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("4 documents"))
        try Self.expectSameAsCommitted(folder)
    }

    @Test("the seed files listed in reverse order, two workers, give the same bytes")
    func reversedTwoWorkers() throws {
        let folder = try CLIRunner.temporaryFolder("golden-reversed")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let seeds = CLIRunner.files(in: (TestPaths.packageRoot as NSString).appendingPathComponent("seeds"))
            .map { "seeds/" + $0 }.sorted(by: >)
        #expect(seeds.count == 4)
        let run = try CLIRunner.run(["map"] + seeds + ["--out", folder, "--per-document", "--jobs", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        try Self.expectSameAsCommitted(folder)
    }

    @Test("files in --out that Borderline does not write are left as they were")
    func foreignFilesUntouched() throws {
        let folder = try CLIRunner.temporaryFolder("golden-foreign")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let notes = (folder as NSString).appendingPathComponent("my-notes.txt")
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: notes))
        let run = try CLIRunner.run(["map", "seeds/003_cbb3035c13c91b5b.txt", "--out", folder])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "mine\n")
        #expect(CLIRunner.files(in: folder).allSatisfy { !$0.contains(".tmp-") }, "a temporary file was left behind")
    }
}
