import Foundation

/// A `TextOutputStream` that writes straight to a file handle (standard output for
/// `--format geojsonseq`), as UTF-8, one write per call, so each GeoJSONSeq record leaves the
/// process as soon as it is written instead of waiting in a buffer for the end of the corpus.
public struct FileHandleOutputStream: TextOutputStream {
    public let handle: FileHandle

    public init(_ handle: FileHandle = .standardOutput) {
        self.handle = handle
    }

    public mutating func write(_ string: String) {
        handle.write(Data(string.utf8))
    }
}
