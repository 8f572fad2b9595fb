import Borderline
import Foundation

// borderline-bench: mention-finding throughput over a generated corpus.
//
// Usage: borderline-bench [megabytes (default 50)] [gazetteer folder]
// Build: swift build -c release --product borderline-bench
//
// The corpus is made deterministically (a seeded xorshift generator) by filling template
// sentences with names drawn from the gazetteer: populated places, regions with "region" and
// "Oblast", countries with possessives, and the traps the finder must reject (people, ordinary
// words, organisations). Documents are about 2 KB, like the seed articles. Printed: index build
// time, corpus size, MB/s and documents/s of MentionFinder alone and of the whole pipeline
// (finding and resolving) on a 5 MB prefix, and the peak resident memory (VmHWM).

struct XorShift {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
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

let arguments = CommandLine.arguments
let megabytes = arguments.count > 1 ? Int(arguments[1]) ?? 50 : 50
let folder = try GazetteerLocation.resolve(option: arguments.count > 2 ? arguments[2] : nil)
let clock = ContinuousClock()

var start = clock.now
let gazetteer = try Gazetteer.load(directory: folder)
let loadTime = clock.now - start
start = clock.now
let index = NameIndex(gazetteer: gazetteer)
let indexTime = clock.now - start
let finder = MentionFinder(gazetteer: gazetteer, index: index)

// Corpus.
let places = gazetteer.places.filter { $0.kind == .place && ["RU", "UA", "BY"].contains($0.countryCode) }.map(\.name)
let regions = gazetteer.places.filter { $0.kind == .admin1 && ["RU", "UA"].contains($0.countryCode) }
    .map { $0.name.replacingOccurrences(of: " Oblast", with: "") }
let countries = ["Russia", "Ukraine", "Belarus", "Georgia", "Poland"]
let templates = [
    "Explosions were reported over {P} on Tuesday, according to local officials.",
    "Residents of {C}'s {R} region were told to stay in shelters after drones were shot down.",
    "Governor Vyacheslav Gladkov said debris fell on a school in {P}, injuring two people.",
    "Troops crossed the border near the town of {P}, about 10 km from the frontline.",
    "Vladimir Putin said the attacks on {P} and {P} would not go unanswered.",
    "Nice weather and long days helped the harvest, farmers near {P} said.",
    "Police said the roads between {P} and {R} Oblast were closed overnight.",
    "The Kyiv Independent could not verify the claims made by officials in {C}.",
    "Many people left {P} for {P} as shelling intensified in the {R} and {R} regions.",
    "Ukrainian forces recaptured the villages of {P} and {P} south of {P}.",
    "Of course, the ministry did not comment on the reports from {C}.",
    "A fuel depot in {P}, in western {C}, caught fire after an air strike.",
]
var random = XorShift(state: 0x9E37_79B9_7F4A_7C15)
var documents: [Document] = []
var totalBytes = 0
while totalBytes < megabytes * 1_000_000 {
    var text = ""
    while text.utf8.count < 2_000 {
        var sentence = random.pick(templates)
        while let range = sentence.range(of: "{P}") { sentence.replaceSubrange(range, with: random.pick(places)) }
        while let range = sentence.range(of: "{R}") { sentence.replaceSubrange(range, with: random.pick(regions)) }
        while let range = sentence.range(of: "{C}") { sentence.replaceSubrange(range, with: random.pick(countries)) }
        text += sentence + (random.next() % 4 == 0 ? "\n" : " ")
    }
    totalBytes += text.utf8.count
    documents.append(Document(id: "bench\(documents.count)", source: "generated", text: text))
}

// Finding.
start = clock.now
var mentionCount = 0
for document in documents { mentionCount += finder.mentions(in: document).count }
let findTime = seconds(clock.now - start)

// Finding and resolving, on a prefix (resolution measures geodesics per candidate).
let prefix = Array(documents.prefix(ProcessInfo.processInfo.environment["BENCH_FIND_ONLY"] == nil ? 2_500 : 1))
let prefixBytes = prefix.reduce(0) { $0 + $1.text.utf8.count }
let resolver = Resolver(gazetteer: gazetteer)
start = clock.now
var resolvedCount = 0
for document in prefix { resolvedCount += resolver.resolve(finder.mentions(in: document)).count }
let pipelineTime = seconds(clock.now - start)

func format(_ value: Double, _ decimals: Int = 1) -> String { String(format: "%.\(decimals)f", value) }
print("gazetteer: \(gazetteer.places.count) entries, loaded in \(format(seconds(loadTime) * 1000)) ms")
print("name index: \(index.nameCount) names, built in \(format(seconds(indexTime) * 1000)) ms")
print("corpus: \(documents.count) documents, \(format(Double(totalBytes) / 1e6, 2)) MB, \(mentionCount) mentions")
print("mention finding: \(format(Double(totalBytes) / 1e6 / findTime)) MB/s, "
    + "\(format(Double(documents.count) / findTime, 0)) documents/s (\(format(findTime, 2)) s)")
print("finding + resolving: \(format(Double(prefixBytes) / 1e6 / pipelineTime)) MB/s, "
    + "\(format(Double(prefix.count) / pipelineTime, 0)) documents/s over \(prefix.count) documents")
print("peak resident memory (VmHWM): \(format(Double(peakResidentKilobytes()) / 1024)) MB")
