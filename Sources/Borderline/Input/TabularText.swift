import Foundation

/// Why a tab-separated file could not be read.
public enum TabularTextError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalidUTF8(path: String, line: Int)
    case wrongFieldCount(path: String, line: Int, expected: Int, found: Int)
    case missingHeader(path: String, expected: [String], found: [String])

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot read the file: \(reason)"
        case let .invalidUTF8(path, line): return "\(path):\(line): not valid UTF-8 text"
        case let .wrongFieldCount(path, line, expected, found):
            return "\(path):\(line): expected \(expected) tab-separated fields, found \(found)"
        case let .missingHeader(path, expected, found):
            return "\(path):1: expected the header '\(expected.joined(separator: "\\t"))', found '\(found.joined(separator: "\\t"))'"
        }
    }
}

/// One row of a tab-separated file, with the 1-based line it came from (for error messages).
public struct TabularRow: Sendable {
    public var line: Int
    public var fields: [String]
}

/// Splits tab-separated text (GeoNames' format: no quoting, no tabs or newlines inside fields)
/// into rows, byte by byte, which is several times faster than splitting Swift strings.
public enum TabularText {
    /// Reads a file's rows. Blank lines are skipped; a UTF-8 byte-order mark and CR before LF
    /// are tolerated.
    /// - Parameters:
    ///   - expectedFields: when set, every row must have exactly this many fields.
    /// - Throws: `TabularTextError` naming the file and line.
    public static func read(path: String, expectedFields: Int? = nil) throws -> [TabularRow] {
        try parse(contents(path: path), path: path, expectedFields: expectedFields)
    }

    /// A file's bytes.
    /// - Throws: `TabularTextError.unreadable` naming the file.
    static func contents(path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TabularTextError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Parses tab-separated bytes; `path` names the source in errors.
    ///
    /// The bytes are checked as UTF-8 once, as a whole: when they are valid, so is every field
    /// (fields are cut at ASCII bytes, which never fall inside a scalar), and fields are decoded
    /// without a check of their own, which cost more than the rest of the parse. Only a file
    /// that is not valid UTF-8 has its fields checked one by one, to name the line at fault.
    public static func parse(_ data: Data, path: String, expectedFields: Int? = nil) throws -> [TabularRow] {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [TabularRow] in
            let bytes = raw.bindMemory(to: UInt8.self)
            let valid = isValidUTF8(bytes)
            var rows: [TabularRow] = []
            try forEachLine(bytes) { lineNumber, line in
                var fields: [String] = []
                try forEachField(line) { field in
                    if valid {
                        fields.append(String(decoding: field, as: UTF8.self))
                    } else {
                        guard let text = String(validating: field, as: UTF8.self) else {
                            throw TabularTextError.invalidUTF8(path: path, line: lineNumber)
                        }
                        fields.append(text)
                    }
                }
                if let expected = expectedFields, fields.count != expected {
                    throw TabularTextError.wrongFieldCount(path: path, line: lineNumber, expected: expected, found: fields.count)
                }
                rows.append(TabularRow(line: lineNumber, fields: fields))
            }
            return rows
        }
    }

    /// Whether `bytes` are valid UTF-8, checked in place (no copy made). ASCII is skipped eight
    /// bytes at a time, and only each run of bytes ≥ 0x80 is checked (by `UTF8Span`): a scalar
    /// of several bytes has no ASCII byte in it, so the runs are valid exactly when the whole is.
    /// A gazetteer is mostly ASCII: checking the whole of it cost about ten instructions a byte.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            // The eight bytes OR-ed together, which the compiler reads as one word (not through
            // `loadUnaligned`, whose specialisation here the scan's own reads then shared).
            while index + 8 <= count {
                var high: UInt8 = 0
                for k in 0..<8 { high |= base[index + k] }
                guard high < 0x80 else { break }
                index += 8
            }
            while index < count && bytes[index] < 0x80 { index += 1 }
            guard index < count else { return true }
            var end = index + 1
            while end < count && bytes[end] >= 0x80 { end += 1 }
            do {
                _ = try UTF8Span(validating: UnsafeBufferPointer(rebasing: bytes[index..<end]).span)
            } catch {
                return false
            }
            index = end
        }
        return true
    }

    /// Calls `body` with each line that is not blank, numbered from 1 (blank lines count), without
    /// its line end: a UTF-8 byte-order mark at the start is skipped, and CR before LF dropped.
    @inline(__always)
    static func forEachLine(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ line: Int, UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        var lineNumber = 0
        while start < bytes.count {
            lineNumber += 1
            let end = index(of: 0x0A, in: bytes, from: start, to: bytes.count)
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd > start { try body(lineNumber, UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])) }
            start = end + 1
        }
    }

    /// Calls `body` with each tab-separated field of `line`, empty ones included.
    @inline(__always)
    static func forEachField(_ line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        var fieldStart = 0
        while true {
            let end = index(of: 0x09, in: line, from: fieldStart, to: line.count)
            try body(UnsafeBufferPointer(rebasing: line[fieldStart..<end]))
            if end == line.count { return }
            fieldStart = end + 1
        }
    }

    /// The first index of `byte` in `bytes[from..<to]`, or `to` (`memchr`, which reads many bytes
    /// at a time).
    @inline(__always)
    static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to, let base = bytes.baseAddress,
              let found = memchr(base + from, Int32(byte), to - from) else { return to }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
