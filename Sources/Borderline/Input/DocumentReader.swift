import Foundation

/// Why an input could not be read. Fatal for a named file; a bad file inside a folder is
/// skipped with a warning instead.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case invalidUTF8(path: String, line: Int)
    case invalidRecord(path: String, line: Int, reason: String)
    case noDocuments(path: String)
    case empty(path: String)

    public var description: String {
        switch self {
        case let .notFound(path): return "\(path): no such file or folder"
        case let .unreadable(path, reason): return "\(path): cannot read: \(reason)"
        case let .binary(path): return "\(path): looks like a binary file (it holds NUL bytes), not text"
        case let .invalidUTF8(path, line):
            return "\(path):\(line): not valid UTF-8 text (save the file as UTF-8)"
        case let .invalidRecord(path, line, reason): return "\(path):\(line): \(reason)"
        case let .noDocuments(path): return "\(path): no articles found (looked for .txt, .text, .md and .jsonl files)"
        case let .empty(path): return "\(path): holds no text"
        }
    }
}

/// Reads articles from files, folders and standard input.
///
/// - A file is one article, except `.jsonl` files: one article per line,
///   `{"id": …, "text": …, "published": …}`.
/// - A folder is every `.txt`, `.text`, `.md` and `.jsonl` file below it, in path order, so the
///   output does not depend on the order the file system lists them.
/// - `-` is standard input: JSON Lines when the first non-blank character is `{`, else one article.
public struct DocumentReader: Sendable {
    /// File extensions read from folders.
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "jsonl"]

    public init() {}

    /// Documents from every input, and warnings for files skipped inside folders and for
    /// documents with no text (which are skipped wherever they come from).
    /// - Throws: `InputError` for a named input that is missing or unreadable.
    public func read(_ inputs: [String]) throws -> (documents: [Document], warnings: [InputError]) {
        var documents: [Document] = []
        var warnings: [InputError] = []
        try stream(inputs, batchSize: .max, warning: { warnings.append($0) }) { documents += $0 }
        return (documents, warnings)
    }

    /// Reads the inputs in order and hands the documents over in batches as they are read, so a
    /// corpus of any size (a `.jsonl` file or standard input with one article per line) is
    /// processed in constant memory.
    /// - Parameters:
    ///   - batchSize: the most documents handed over at once.
    ///   - warning: told of each file skipped inside a folder and each document with no text.
    ///   - body: receives each batch, in input order.
    /// - Throws: `InputError` for a named input that is missing or unreadable, or what `body` throws.
    public func stream(
        _ inputs: [String], batchSize: Int = 256, warning: (InputError) -> Void, body: ([Document]) throws -> Void
    ) throws {
        var batch: [Document] = []
        func add(_ documents: [Document]) throws {
            for document in documents {
                if document.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                    warning(.empty(path: document.source))
                    continue
                }
                batch.append(document)
                if batch.count >= batchSize {
                    try body(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
        }
        for input in inputs {
            if input == "-" {
                try readStream(FileHandle.standardInput, path: "stdin", defaultID: "stdin", forceLines: nil, add: add)
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                throw InputError.notFound(path: input)
            }
            if isFolder.boolValue {
                let files = try articleFiles(in: input)
                guard !files.isEmpty else { throw InputError.noDocuments(path: input) }
                for file in files {
                    do {
                        try readFile(file, add: add)
                    } catch let error as InputError {
                        warning(error)
                    }
                }
            } else {
                try readFile(input, add: add)
            }
        }
        if !batch.isEmpty { try body(batch) }
    }

    func readFile(_ path: String, add: ([Document]) throws -> Void) throws {
        if (path as NSString).pathExtension.lowercased() == "jsonl" {
            let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw InputError.unreadable(path: path, reason: "permission denied or not a regular file")
            }
            defer { try? handle.close() }
            try readStream(handle, path: path, defaultID: id, forceLines: true, add: add)
        } else {
            try add([readArticle(path)])
        }
    }

    /// Reads JSON Lines from `handle` record by record; anything else is read whole as one article.
    func readStream(
        _ handle: FileHandle, path: String, defaultID: String, forceLines: Bool?, add: ([Document]) throws -> Void
    ) throws {
        // Bytes as an array, read through a buffer pointer: slicing `Data` and reading it byte by
        // byte goes through Foundation's storage class with an exclusivity check per access,
        // which cost more than the JSON parsing of the records.
        var buffer: [UInt8] = []
        var lineNumber = 0
        var decided = forceLines
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            buffer.append(contentsOf: chunk)
            if decided == nil {
                guard let first = buffer.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) else {
                    if chunk.isEmpty { return }
                    continue
                }
                decided = first == UInt8(ascii: "{")
            }
            if decided == false {
                if !chunk.isEmpty { continue }
                try add([Document(id: defaultID, source: path, text: TextDecoding.decode(Data(buffer), path: path).text)])
                return
            }
            var documents: [Document] = []
            let consumed = try buffer.withUnsafeBufferPointer { bytes in
                var start = 0
                while start < bytes.count, let base = bytes.baseAddress,
                      let found = memchr(base + start, 0x0A, bytes.count - start) {
                    let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    lineNumber += 1
                    if let document = try Self.record(UnsafeBufferPointer(rebasing: bytes[start..<newline]), path: path, line: lineNumber) {
                        documents.append(document)
                    }
                    start = newline + 1
                }
                return start
            }
            buffer.removeFirst(consumed)
            if chunk.isEmpty, !buffer.isEmpty {
                lineNumber += 1
                if let document = try buffer.withUnsafeBufferPointer({ try Self.record($0, path: path, line: lineNumber) }) {
                    documents.append(document)
                }
                buffer.removeAll()
            }
            try add(documents)
            if chunk.isEmpty { return }
        }
    }

    static func record(_ bytes: UnsafeBufferPointer<UInt8>, path: String, line: Int) throws -> Document? {
        let withoutMark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) : bytes
        guard let text = String(validating: withoutMark, as: UTF8.self) else {
            throw InputError.invalidUTF8(path: path, line: line)
        }
        guard !text.allSatisfy({ $0.isWhitespace }) else { return nil }
        return try JSONLinesRecord.document(text, path: path, line: line)
    }

    /// The article files below `folder`, sorted by path.
    func articleFiles(in folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw InputError.unreadable(path: folder, reason: "cannot list the folder")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), Self.articleExtensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    /// One file read whole as one article, its id the file name without extension.
    func readArticle(_ path: String) throws -> Document {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return Document(id: id, source: path, text: try TextDecoding.decode(data, path: path).text)
    }
}

/// One record of JSON Lines input.
enum JSONLinesRecord {
    static func document(_ line: String, path: String, line lineNumber: Int) throws -> Document {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw InputError.invalidRecord(path: path, line: lineNumber, reason: "not a JSON object")
        }
        guard let text = object["text"] as? String else {
            throw InputError.invalidRecord(path: path, line: lineNumber, reason: "the record has no string 'text'")
        }
        let id: String
        switch object["id"] {
        case let value as String: id = value
        case let value as NSNumber: id = value.stringValue
        default: id = "\(path):\(lineNumber)"
        }
        return Document(id: id, source: "\(path):\(lineNumber)", text: text, published: object["published"] as? String)
    }
}

