import Foundation

/// A `TextOutputStream` that writes straight to a file handle, as UTF-8, one write per call:
/// for library users streaming GeoJSONSeq records (`GeoJSONSequence.write(_:to:)`), so each
/// record leaves the process as soon as it is written. (`borderline map --format geojsonseq`
/// writes whole batches of bytes itself, through `MapPipeline.mapStream`.)
public struct FileHandleOutputStream: TextOutputStream {
    public let handle: FileHandle

    public init(_ handle: FileHandle = .standardOutput) {
        self.handle = handle
    }

    public mutating func write(_ string: String) {
        handle.write(Data(string.utf8))
    }
}
