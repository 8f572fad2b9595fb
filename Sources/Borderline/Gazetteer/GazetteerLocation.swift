import Foundation

/// Finds the gazetteer folder, so `borderline` works from anywhere without options.
///
/// Order: the `--gazetteer-dir` option, then the `BORDERLINE_GAZETTEER` environment variable,
/// then a `gazetteer/` folder beside the executable or in any folder above it (the package
/// checkout that built `.build/release/borderline`), then `./gazetteer`.
public enum GazetteerLocation {
    /// The environment variable naming the gazetteer folder.
    public static let environmentVariable = "BORDERLINE_GAZETTEER"

    /// The folder to load, or an error listing where it looked.
    public static func resolve(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String = CommandLine.arguments.first ?? "",
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws -> String {
        if let option { return option }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        var searched: [String] = []
        var folder = URL(fileURLWithPath: executablePath, relativeTo: URL(fileURLWithPath: currentDirectory))
            .resolvingSymlinksInPath().deletingLastPathComponent()
        while true {
            let candidate = folder.appendingPathComponent("gazetteer").path
            searched.append(candidate)
            if holdsGazetteer(candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        let local = URL(fileURLWithPath: currentDirectory).appendingPathComponent("gazetteer").path
        if holdsGazetteer(local) { return local }
        searched.append(local)
        throw GazetteerError.notFound(searched: searched)
    }

    private static func holdsGazetteer(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(Gazetteer.File.places))
    }
}
