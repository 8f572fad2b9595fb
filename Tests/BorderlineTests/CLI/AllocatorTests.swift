import Foundation
import Testing

/// The `borderline` program allocates through jemalloc on Linux (Package.swift links it): a link
/// order or linker flag that let glibc's malloc win would cost 3-40% per stage without failing
/// anything else. jemalloc, and only jemalloc, reads `MALLOC_CONF` and prints its statistics at
/// exit when asked to, so the program's own standard error tells which allocator ran.
@Suite("borderline allocates through jemalloc")
struct AllocatorTests {
    #if os(Linux)
    @Test func jemallocServesTheProgramsAllocations() throws {
        let run = try CLIRunner.run(["--help"], environment: ["MALLOC_CONF": "stats_print:true"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("USAGE: borderline"), "\(run.stdout)")
        #expect(run.stderr.contains("___ Begin jemalloc statistics ___"), "\(run.stderr.prefix(300))")
        // Allocations were made through it, not only the library loaded.
        let allocated = run.stderr.split(separator: "\n").first { $0.hasPrefix("Allocated: ") }
        let bytes = allocated.flatMap { Int($0.dropFirst("Allocated: ".count).prefix { $0.isNumber }) } ?? 0
        #expect(bytes > 100_000, "jemalloc reported \(allocated.map(String.init) ?? "no allocations")")
    }
    #endif
}
