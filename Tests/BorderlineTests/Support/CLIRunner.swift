import Foundation
import Testing

/// Runs the real `borderline` executable, built beside the test bundle, as a user would.
enum CLIRunner {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built executable: the products folder holds both the test bundle and `borderline`.
    static let executable: String = {
        var folder = Bundle.module.bundleURL.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("borderline").path) {
            folder = URL(fileURLWithPath: TestPaths.packageRoot).appendingPathComponent(".build/debug")
        }
        return folder.appendingPathComponent("borderline").path
    }()

    /// Runs `borderline ARGUMENTS` in the package root with `stdin` as standard input.
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: TestPaths.packageRoot)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes while the process runs, so a full pipe never blocks it.
        nonisolated(unsafe) var errData = Data()
        let errReader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        errReader.start()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errReader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A new empty folder in the temporary directory.
    static func temporaryFolder(_ label: String) throws -> String {
        let path = NSTemporaryDirectory() + "borderline-\(label)-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every regular file below `folder`, as relative paths, sorted.
    static func files(in folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var files: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(relative), isDirectory: &isFolder)
            if !isFolder.boolValue { files.append(relative) }
        }
        return files.sorted()
    }
}
