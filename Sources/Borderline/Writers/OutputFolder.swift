import Foundation

/// Why an output file could not be written.
public enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotCreateFolder(path: String, reason: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotCreateFolder(path, reason): return "\(path): cannot create the folder: \(reason)"
        case let .cannotWrite(path, reason): return "\(path): cannot write the file: \(reason)"
        }
    }
}

/// Writes files into a folder so that no reader ever sees a half-written file: each file is
/// written to a temporary name beside its final one and then renamed over it (an atomic step on
/// POSIX file systems). Files in the folder that Borderline did not name are never touched.
public struct OutputFolder: Sendable {
    /// The folder written into.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Writes every file (relative path, bytes); all contents are prepared before the first rename.
    /// - Throws: `OutputError` naming the file.
    public func write(_ files: [(String, Data)]) throws {
        let manager = FileManager.default
        var staged: [(temporary: String, final: String)] = []
        defer { for item in staged { try? manager.removeItem(atPath: item.temporary) } }
        for (relative, data) in files {
            let final = (path as NSString).appendingPathComponent(relative)
            let folder = (final as NSString).deletingLastPathComponent
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError.cannotCreateFolder(path: folder, reason: (error as NSError).localizedDescription)
            }
            let temporary = (folder as NSString).appendingPathComponent(
                ".\((final as NSString).lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
            guard manager.createFile(atPath: temporary, contents: data) else {
                throw OutputError.cannotWrite(path: final, reason: "the folder is not writable or the disk is full")
            }
            staged.append((temporary, final))
        }
        for item in staged {
            if rename(item.temporary, item.final) != 0 {
                throw OutputError.cannotWrite(path: item.final, reason: String(cString: strerror(errno)))
            }
        }
        staged.removeAll()
    }
}
