import Borderline
import Foundation

// borderline-bench: throughput of the whole pipeline and of each stage over a generated corpus,
// the cost of one border distance, gazetteer load and index build times, and peak memory.
//
// Usage: borderline-bench [--megabytes N (default 50)] [--out FOLDER] [--gazetteer FOLDER]
// Build: swift build -c release --product borderline-bench   (or `make bench`)
//
// The corpus is made deterministically (a seeded xorshift generator) by filling template
// sentences with names drawn from the gazetteer: populated places, regions with "region" and
// "Oblast", countries with possessives, the traps the finder must reject (people, ordinary
// words, organisations), and distance, population and direction claims, dates, casualty
// figures and event words, so that every stage does real work. Documents are about 2 KB, like
// the seed articles.
//
// Measured, each the best of a few runs (the machine is shared, so figures are noisy):
//   - each stage on one thread, over the whole corpus: finding mentions (tokenising included),
//     resolving, claims (extraction and verification), events; and finding alone, before them;
//   - the whole pipeline (MapPipeline.analyse(run:) through mapStream, as `map --format
//     geojsonseq` runs it) with --jobs 1 and --jobs 2, and the speed-up;
//   - one border distance (Gazetteer.distanceToBorder) over 20,000 points spread over the region;
//   - the gazetteer load and the name index build;
//   - the peak resident memory (VmHWM).
// Written to the output folder for the Python baseline (Tests/Bench/python_baseline.py):
// corpus.txt (the documents, one blank line apart), border_queries.tsv (latitude, longitude per
// line) and swift.tsv (the figures printed, machine-readable).

struct XorShift {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

func peakResidentKilobytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
    return -1
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func format(_ value: Double, _ decimals: Int = 1) -> String { String(format: "%.\(decimals)f", value) }

// MARK: - Arguments

var megabytes = 50
var outFolder = ".build/bench"
var gazetteerOption: String?
var runs = 3
/// `--only STAGE` (find, resolve, claims, events, pipeline, border): measure one part, for quick
/// comparisons while working on it; the report then has only that part's rows.
var only: String?
/// `--cpu-time`: time the one-thread stages and the one-thread pipeline runs by the thread's CPU
/// time instead of the wall clock, so figures stay comparable while other processes load the
/// machine (wall-clock figures are the ones to report).
var cpuTime = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--megabytes": megabytes = Int(arguments.popFirst() ?? "") ?? megabytes
    case "--out": outFolder = arguments.popFirst() ?? outFolder
    case "--gazetteer": gazetteerOption = arguments.popFirst()
    case "--runs": runs = max(1, Int(arguments.popFirst() ?? "") ?? runs)
    case "--only": only = arguments.popFirst()
    case "--cpu-time": cpuTime = true
    default:
        FileHandle.standardError.write("usage: borderline-bench [--megabytes N] [--out FOLDER] [--gazetteer FOLDER] [--runs N] [--only find|resolve|claims|events|pipeline|border] [--cpu-time]\n".data(using: .utf8)!)
        exit(2)
    }
}
let clock = ContinuousClock()

/// Now, by the wall clock or (with `--cpu-time`) by this thread's CPU time.
@MainActor func stageNow() -> Duration {
    guard cpuTime else { return clock.now - start0 }
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
}
let start0 = clock.now
let folder = try GazetteerLocation.resolve(option: gazetteerOption)

/// Runs `body` `runs` times and returns the shortest time in seconds, with the last result.
/// - Parameter oneThread: whether `body` runs on this thread alone, so that `--cpu-time` can time
///   it by this thread's CPU time.
@MainActor func best<T>(oneThread: Bool = false, _ body: () -> T) -> (seconds: Double, result: T) {
    var fastest = Double.infinity
    var result: T?
    for _ in 0..<runs {
        let start = oneThread ? stageNow() : clock.now - start0
        result = body()
        fastest = min(fastest, seconds((oneThread ? stageNow() : clock.now - start0) - start))
    }
    return (fastest, result!)
}

// MARK: - Set-up

var start = clock.now
let gazetteer = try Gazetteer.load(directory: folder)
let loadTime = seconds(clock.now - start)
start = clock.now
let index = NameIndex(gazetteer: gazetteer)
let indexTime = seconds(clock.now - start)
start = clock.now
let pipeline = MapPipeline(gazetteer: gazetteer, index: index)
let pipelineBuildTime = seconds(clock.now - start)
let setupPeak = peakResidentKilobytes()

// MARK: - Corpus

let places = gazetteer.places.filter { $0.kind == .place && ["RU", "UA", "BY"].contains($0.countryCode) }.map(\.name)
let regions = gazetteer.places.filter { $0.kind == .admin1 && ["RU", "UA"].contains($0.countryCode) }
    .map { $0.name.replacingOccurrences(of: " Oblast", with: "") }
let countries = ["Russia", "Ukraine", "Belarus", "Georgia", "Poland"]
let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
let numberWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15", "21", "34"]
let compass = ["north", "south", "east", "west", "north-east", "south-west"]
let templates = [
    // Names and the traps the finder must reject.
    "Explosions were reported over {P} on {W}, according to local officials.",
    "Residents of {C}'s {R} region were told to stay in shelters after drones were shot down.",
    "Governor Vyacheslav Gladkov said debris fell on a school in {P}, injuring {N} people.",
    "Troops crossed the border near the town of {P}, about {K} km from the frontline.",
    "Vladimir Putin said the attacks on {P} and {P} would not go unanswered.",
    "Nice weather and long days helped the harvest, farmers near {P} said.",
    "Police said the roads between {P} and {R} Oblast were closed overnight.",
    "The Kyiv Independent could not verify the claims made by officials in {C}.",
    "Many people left {P} for {P} as shelling intensified in the {R} and {R} regions.",
    "Ukrainian forces recaptured the villages of {P} and {P} south of {P}.",
    "Of course, the ministry did not comment on the reports from {C}.",
    "A fuel depot in {P}, in western {C}, caught fire after an air strike.",
    // Claims, dates, casualties and events.
    "On {D}, a drone attack on {P} killed {N} people and injured {N} more, the governor said.",
    "{P}, about {K} km from the Ukrainian border, was shelled overnight, the regional administration said.",
    "Russian forces struck {P}, {K} kilometres {X} of {P}, on {D}, killing {N} civilians.",
    "The village of {P} lies {K} km ({K} miles) from the border with {C}.",
    "A missile strike hit an oil depot in {P} on the morning of {D}; {N} people were wounded.",
    "{P}, a town of about {K},000 people in the {R} region, was evacuated on {W}.",
    "Air defences intercepted {N} drones over the {R} region late on {W}, the Russian Defence Ministry claimed.",
    "An explosion damaged a power substation in {P}, {K} km {X} of {P}, leaving homes without electricity.",
]
/// A template cut at its placeholders: the literal text, with the placeholder after each piece.
struct Template {
    var pieces: [(literal: String, slot: Character?)] = []
    init(_ text: String) {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let slot = rest[rest.index(after: open)]
            pieces.append((String(rest[..<open]), slot))
            rest = rest[rest.index(open, offsetBy: 3)...]
        }
        pieces.append((String(rest), nil))
    }
}
let slotOrder: [Character] = ["P", "R", "C", "N", "K", "X", "W", "D"]
let parsedTemplates = templates.map(Template.init)
var random = XorShift(state: 0x9E37_79B9_7F4A_7C15)
/// One filled value for a placeholder.
@MainActor func fill(_ slot: Character) -> String {
    switch slot {
    case "P": return random.pick(places)
    case "R": return random.pick(regions)
    case "C": return random.pick(countries)
    case "N": return random.pick(numberWords)
    case "K": return String(5 + random.next() % 120)
    case "X": return random.pick(compass)
    case "W": return random.pick(weekdays)
    default: return "\(1 + random.next() % 28) \(random.pick(months)) \(2022 + random.next() % 3)"
    }
}
var documents: [Document] = []
var totalBytes = 0
while totalBytes < megabytes * 1_000_000 {
    var text = ""
    while text.utf8.count < 2_000 {
        let template = random.pick(parsedTemplates)
        // Values are drawn placeholder kind by kind ({P} first), each kind left to right.
        var values = [String](repeating: "", count: template.pieces.count)
        for kind in slotOrder {
            for (position, piece) in template.pieces.enumerated() where piece.slot == kind { values[position] = fill(kind) }
        }
        for (position, piece) in template.pieces.enumerated() { text += piece.literal + values[position] }
        text += random.next() % 4 == 0 ? "\n" : " "
    }
    totalBytes += text.utf8.count
    documents.append(Document(id: "bench\(documents.count)", source: "generated", text: text))
}
let corpusMB = Double(totalBytes) / 1e6

try FileManager.default.createDirectory(atPath: outFolder, withIntermediateDirectories: true)
guard FileManager.default.createFile(atPath: outFolder + "/corpus.txt", contents: Data(documents.map(\.text).joined(separator: "\n\n").utf8)) else {
    FileHandle.standardError.write(Data("borderline-bench: cannot write \(outFolder)/corpus.txt\n".utf8))
    exit(1)
}

// MARK: - Stages, one thread

// Each document goes through the stages in turn, each stage timed on its own and summed over
// the corpus (results are dropped document by document, so memory stays small).
let finder = pipeline.finder, resolver = pipeline.resolver
let stageNames = ["find", "resolve", "claims", "events"]
/// Whether a part is measured in this run (all are, unless `--only` names one).
@MainActor func wants(_ part: String) -> Bool { only == nil || only == part }
/// The stages that run: all of them, or those up to the one `--only` names (it needs their results).
let lastStage = only.flatMap { stageNames.firstIndex(of: $0) } ?? (only == nil ? 3 : -1)

// The finder alone over the whole corpus, as the Python finders are run (each in a process that
// does nothing else). It runs before the stage loop below: there each stage runs between the
// others, which evict the vocabulary table from the cache and leave the allocator's free lists
// scattered, so that row is the stage's cost inside the pipeline and this one the cost of finding
// places on its own. (Run after that loop, this row came out 8-20% lower, from that state alone.)
var findAloneSeconds = Double.infinity
var findAloneCount: Int?
for _ in 0..<(wants("find") ? runs : 0) {
    let t0 = stageNow()
    var count = 0
    for document in documents { count += finder.mentions(in: document).count }
    findAloneSeconds = min(findAloneSeconds, seconds(stageNow() - t0))
    findAloneCount = count
}

var stageSeconds = [Double](repeating: .infinity, count: 4)
var mentionCount = 0, resolvedCount = 0, claimCount = 0, eventCount = 0
for _ in 0..<(lastStage >= 0 ? runs : 0) {
    var totals = [Duration](repeating: .zero, count: 4)
    mentionCount = 0; resolvedCount = 0; claimCount = 0; eventCount = 0
    for document in documents {
        let t0 = stageNow()
        let mentions = finder.mentions(in: document)
        let t1 = stageNow()
        // Counted before the mentions are handed on: `resolve` takes its array consuming, and a
        // use after it would make it copy the array, which the pipeline does not.
        mentionCount += mentions.count
        let resolved = lastStage >= 1 ? resolver.resolve(consume mentions) : []
        let t2 = stageNow()
        let claims = lastStage >= 2 ? pipeline.claimChecker.check(document, mentions: resolved) : []
        let t3 = stageNow()
        let events = lastStage >= 3 ? pipeline.eventExtractor.events(in: document, mentions: resolved) : []
        let t4 = stageNow()
        totals[0] += t1 - t0; totals[1] += t2 - t1; totals[2] += t3 - t2; totals[3] += t4 - t3
        resolvedCount += resolved.reduce(0) { $0 + ($1.placeIndex != nil ? 1 : 0) }
        claimCount += claims.count
        eventCount += events.count
    }
    for stage in 0..<4 { stageSeconds[stage] = min(stageSeconds[stage], seconds(totals[stage])) }
    if let findAloneCount {
        precondition(findAloneCount == mentionCount, "the finder found \(findAloneCount) mentions alone and \(mentionCount) in the stage loop")
    }
}

// MARK: - Whole pipeline

/// Runs the whole pipeline over the corpus as `borderline map --format geojsonseq` streams it:
/// batches of 64 documents per worker through `MapPipeline.mapStream`, each worker analysing runs
/// of documents stage by stage (`MapPipeline.analyse(run:)`). As there, each worker is done with
/// its analyses before handing back what the main thread needs (here a count, there the records),
/// so freeing the results is not left to one thread.
@MainActor func wholePipeline(jobs: Int) -> Int {
    var count = 0
    try! MapPipeline.mapStream(jobs: jobs) { batch in
        for lower in stride(from: 0, to: documents.count, by: 64 * jobs) {
            try batch(Array(documents[lower..<min(lower + 64 * jobs, documents.count)]))
        }
    } transformRun: { run in
        pipeline.analyse(run: run).map(\.mentions.count)
    } write: { counts in
        count += counts.reduce(0, +)
    }
    return count
}
/// CPU seconds used by the whole process so far (every thread), for the cost of parallelism:
/// on an idle machine --jobs 2 should use about the CPU time of --jobs 1; much more means the
/// workers contend (shared cache lines, locks, the allocator).
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
// Real news for comparison: the seed articles, repeated to about 5 MB. The generated corpus is
// denser in names, claims and events than news (about twice the mentions per kilobyte of the
// seeds), so its figures are the conservative ones.
let seedDocuments = (try? DocumentReader().read(["seeds"]).documents) ?? []
var seedCorpus: [Document] = []
var seedBytes = 0
while !seedDocuments.isEmpty && seedBytes < 5_000_000 {
    for document in seedDocuments {
        seedCorpus.append(Document(id: "\(document.id)-\(seedCorpus.count)", source: document.source, text: document.text))
        seedBytes += document.text.utf8.count
    }
}
let seedRun = wants("pipeline") && !seedCorpus.isEmpty
    ? best(oneThread: true) { pipeline.analyse(seedCorpus, jobs: 1).reduce(0) { $0 + $1.mentions.count } } : (seconds: 0, result: 0)

var cpu0 = processCPUSeconds()
let jobs1 = wants("pipeline") ? best(oneThread: true) { wholePipeline(jobs: 1) } : (seconds: 0, result: 0)
var cpu1 = processCPUSeconds()
let jobs2 = wants("pipeline") ? best { wholePipeline(jobs: 2) } : (seconds: 0, result: 0)
let cpuRatio = (processCPUSeconds() - cpu1) / max(1e-9, cpu1 - cpu0)

// MARK: - Border distance

// 20,000 points spread uniformly over the region (44–54° N, 28–42° E).
var pointRandom = XorShift(state: 0x2545_F491_4F6C_DD1D)
let queries = (0..<20_000).map { _ in
    GeoPoint(latitude: 44 + 10 * pointRandom.uniform(), longitude: 28 + 14 * pointRandom.uniform())
}
try queries.map { "\($0.latitude)\t\($0.longitude)" }.joined(separator: "\n").appending("\n")
    .write(toFile: outFolder + "/border_queries.tsv", atomically: true, encoding: .utf8)
let border = wants("border") ? best { queries.map { gazetteer.distanceToBorder(from: $0) } } : (seconds: 0, result: [])
let nearBorder = wants("border") ? best { queries.reduce(0) { $0 + (gazetteer.isNearBorder($1, withinKm: 50) ? 1 : 0) } } : (seconds: 0, result: 0)
// Accuracy against an independent brute force: the border densified to 10 m steps along PROJ
// geodesics, the minimum of PROJ inverse distances, for the first 40 query points.
var densified: [GeoPoint] = []
for (a, b) in zip(gazetteer.border.vertices, gazetteer.border.vertices.dropFirst()) where wants("border") {
    let line = Geodesic.wgs84.line(from: a, to: b)
    let steps = max(1, Int((line.lengthMeters / 10).rounded(.up)))
    for step in 0..<steps { densified.append(line.position(atMeters: line.lengthMeters * Double(step) / Double(steps)).point) }
}
densified.append(gazetteer.border.vertices.last!)
let accuracySample = wants("border") ? Array(queries.prefix(40)) : []
let bruteStart = clock.now
let bruteForce: [Double] = accuracySample.map { point in densified.map { Geodesic.wgs84.distanceMeters(from: point, to: $0) }.min()! }
let bruteSeconds = seconds(clock.now - bruteStart)
let maxDifference = zip(border.result.prefix(40), bruteForce).map { abs($0.distanceMeters - $1) }.max() ?? 0

let peak = peakResidentKilobytes()

// MARK: - Report

var rows: [(key: String, value: String, unit: String, label: String)] = []
@MainActor func row(_ key: String, _ value: String, _ unit: String, _ label: String) { rows.append((key, value, unit, label)) }
@MainActor func throughput(_ key: String, _ label: String, _ seconds: Double) {
    row(key, format(corpusMB / seconds), "MB/s", "\(label)  (\(format(Double(documents.count) / seconds, 0)) documents/s)")
}
row("load", format(loadTime * 1000, 0), "ms", "gazetteer load (\(gazetteer.places.count) entries)")
row("index", format(indexTime * 1000, 0), "ms", "name index build (\(index.nameCount) names)")
row("pipeline_build", format(pipelineBuildTime * 1000, 0), "ms", "rest of pipeline set-up (index shared)")
row("corpus", format(corpusMB, 1), "MB", "corpus: \(documents.count) documents, \(mentionCount) mentions, \(resolvedCount) resolved, \(claimCount) claims, \(eventCount) events")
for (stage, label) in ["tokenise + find mentions", "resolve", "claims, extract + check", "events"].enumerated()
where stage <= lastStage && wants(stageNames[stage]) {
    throughput(stageNames[stage], "stage: \(label) (1 thread\(lastStage > 0 ? ", between the other stages" : ""))", stageSeconds[stage])
}
if wants("find") { throughput("find_alone", "find mentions alone, over the whole corpus (1 thread)", findAloneSeconds) }
if wants("pipeline") {
    throughput("pipeline_jobs1", "whole pipeline, --jobs 1", jobs1.seconds)
    throughput("pipeline_jobs2", "whole pipeline, --jobs 2", jobs2.seconds)
    // With --cpu-time the --jobs 1 figure is CPU time and the --jobs 2 one wall time: no ratio.
    if !cpuTime { row("speedup", format(jobs1.seconds / jobs2.seconds, 2), "x", "--jobs 2 speed-up over --jobs 1") }
    if seedRun.seconds > 0 {
        row("pipeline_seeds", format(Double(seedBytes) / 1e6 / seedRun.seconds), "MB/s",
            "whole pipeline, --jobs 1, on the \(seedDocuments.count) seed articles repeated to \(format(Double(seedBytes) / 1e6)) MB (real news)")
    }
    row("cpu_ratio", format(cpuRatio, 2), "x", "CPU time of --jobs 2 over --jobs 1 (1.0: no cost of running in parallel)")
}
if wants("border") {
    row("border", format(border.seconds / Double(queries.count) * 1e6, 2), "µs/query", "border distance (\(queries.count) points)")
    row("border_reference", format(bruteSeconds / Double(accuracySample.count) * 1e6, 0), "µs/query", "border distance, brute force over the line densified to 10 m (\(densified.count) points)")
    row("border_max_diff", format(maxDifference, 4), "m", "largest difference from the brute force (\(accuracySample.count) points)")
    row("near_border", format(nearBorder.seconds / Double(queries.count) * 1e6, 2), "µs/query", "isNearBorder(50 km) (\(nearBorder.result) within)")
}
row("peak_setup", format(Double(setupPeak) / 1024, 1), "MB", "peak RSS after load + index (VmHWM)")
row("peak", format(Double(peak) / 1024, 1), "MB", "peak RSS at the end, corpus and results included (VmHWM)")

print("Borderline benchmark (best of \(runs) runs)")
for item in rows {
    print(item.value.padding(toLength: 10, withPad: " ", startingAt: 0) + " " + item.unit.padding(toLength: 9, withPad: " ", startingAt: 0) + " " + item.label)
}
try rows.map { "\($0.key)\t\($0.value)\t\($0.unit)\t\($0.label)" }.joined(separator: "\n").appending("\n")
    .write(toFile: outFolder + "/swift.tsv", atomically: true, encoding: .utf8)
