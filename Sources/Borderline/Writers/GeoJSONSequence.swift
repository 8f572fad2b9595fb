/// GeoJSON text sequences (RFC 8142): one Feature per record, each record an ASCII record
/// separator (RS, 0x1E), the Feature's JSON text, and a line feed.
///
/// For corpora too large to hold as one FeatureCollection: features are written as each
/// document is processed, a reader (`ogrinfo`, `jq --seq`, QGIS via GDAL's GeoJSONSeq driver)
/// can start before the writer ends, and a record cut short by a crash is detectable (no LF) and
/// skippable without losing the others. RS cannot occur inside a record: `JSONWriter` escapes
/// every control character in strings, and the Feature text has no raw newline either.
public struct GeoJSONSequence: Sendable {
    /// The record separator that starts every record.
    public static let recordSeparator = "\u{1E}"

    /// How each Feature is written (6 decimals, no `crs`, as in the FeatureCollection layers).
    public var text: GeoJSONText

    public init(text: GeoJSONText = GeoJSONText()) {
        self.text = text
    }

    /// One record: RS, the Feature on one line, LF.
    public func record(_ feature: Feature) -> String {
        Self.recordSeparator + text.feature(feature) + "\n"
    }

    /// Appends one record (RS, the Feature on one line, LF) to `output` as UTF-8: the streaming
    /// `map` writes every feature of a corpus through here, into one buffer per document.
    public func record(_ feature: Feature, into output: inout [UInt8]) {
        output.append(0x1E)
        text.write(feature, into: &output)
        output.append(0x0A)
    }

    /// Writes one record per feature to `stream`, in order, each as soon as it is formatted.
    public func write<Stream: TextOutputStream>(_ features: some Sequence<Feature>, to stream: inout Stream) {
        for feature in features { stream.write(record(feature)) }
    }
}
