import Borderline
import Foundation

/// Fuzz targets over everything that reads outside input: the whole text pipeline, the GeoJSON
/// reader, the gazetteer table reader and JSON Lines input.
///
/// Built with `make fuzz` (libFuzzer: `-sanitize=fuzzer,address -DFUZZING`), the binary is a
/// libFuzzer target chosen by `BORDERLINE_FUZZ_TARGET`. Built normally it replays files given
/// on the command line through the same code, so a crash file from the fuzzer is a one-line
/// regression check.
enum FuzzTarget: String, CaseIterable {
    case text, geojson, gazetteer, jsonl

    static var selected: FuzzTarget {
        let name = ProcessInfo.processInfo.environment["BORDERLINE_FUZZ_TARGET"] ?? "text"
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("unknown BORDERLINE_FUZZ_TARGET '\(name)'; use one of \(allCases.map(\.rawValue))\n".utf8))
            exit(2)
        }
        return target
    }

    /// Runs one input; any error thrown is an accepted outcome (bad input is allowed to be
    /// refused), anything else (a trap, a sanitizer report) is a finding.
    func run(_ data: Data) {
        switch self {
        case .text:
            guard let decoded = try? TextDecoding.decode(data, path: "fuzz") else { return }
            _ = fuzzPipeline.analyse(Document(id: "fuzz", source: "fuzz", text: decoded.text))
        case .geojson:
            _ = try? FeatureCollection.parse(data, path: "fuzz")
        case .gazetteer:
            guard let places = try? PlaceTable.parse(data, path: "fuzz") else { return }
            _ = try? Gazetteer(places: places, border: fuzzPipeline.gazetteer.border)
        case .jsonl:
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("borderline-fuzz-\(getpid()).jsonl")
            guard (try? data.write(to: file)) != nil else { return }
            if let documents = try? DocumentReader().read([file.path]).documents {
                for document in documents.prefix(4) { _ = fuzzPipeline.analyse(document) }
            }
        }
    }
}

/// The pipeline over the project's gazetteer, loaded once.
let fuzzPipeline: MapPipeline = {
    let folder = ProcessInfo.processInfo.environment["BORDERLINE_GAZETTEER"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("gazetteer").path
    do {
        return MapPipeline(gazetteer: try Gazetteer.load(directory: folder))
    } catch {
        FileHandle.standardError.write(Data("borderline-fuzz: \(error)\n".utf8))
        exit(2)
    }
}()

#if FUZZING
/// libFuzzer's driver, which parses libFuzzer's own options (-max_total_time=…) and calls back
/// with each input. SwiftPM gives an executable target its own entry point, so the target
/// starts the driver from there instead of linking libFuzzer's `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
struct FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = Optional(CommandLine.unsafeArgv)
        let target = FuzzTarget.selected
        _ = fuzzPipeline
        _ = target
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
            FuzzTarget.selected.run(data)
            return 0
        })
    }
}
#else
@main
struct Replay {
    static func main() throws {
        let target = FuzzTarget.selected
        let paths = CommandLine.arguments.dropFirst()
        for path in paths {
            target.run(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        print("replayed \(paths.count) inputs through the \(target.rawValue) target")
    }
}
#endif
