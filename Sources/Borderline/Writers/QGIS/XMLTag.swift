/// A small XML element tree that writes itself as indented, escaped text.
///
/// QGIS reads its styles and projects with Qt's DOM parser, which is strict about escaping but
/// indifferent to attribute order; writing attributes in the order given (not a dictionary's
/// order) keeps the files byte-identical from run to run, as DESIGN.md asks of every output.
public struct XMLTag: Sendable, Hashable {
    public var name: String
    /// Attributes in the order they are written.
    public var attributes: [Attribute]
    public var children: [XMLTag]
    /// Character data written inside the element (escaped), after no children.
    public var text: String?

    /// One `name="value"` pair.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// An element with attributes given as (name, value) pairs, kept in order.
    public init(_ name: String, _ attributes: [(String, String)] = [], children: [XMLTag] = [], text: String? = nil) {
        self.name = name
        self.attributes = attributes.map { Attribute($0.0, $0.1) }
        self.children = children
        self.text = text
    }

    /// The element as text, each nesting level indented by two spaces, ending in a newline.
    public func text(indent: Int = 0) -> String {
        var output = ""
        write(into: &output, indent: indent)
        return output
    }

    /// Appends the element's text to `output`, piece by piece: joining the pieces with `+`
    /// first made a String for each join.
    public func write(into output: inout String, indent: Int) {
        Self.appendIndent(indent, to: &output)
        output += "<"
        output += name
        for attribute in attributes {
            output += " "
            output += attribute.name
            output += "=\""
            output += Self.escape(attribute.value, attribute: true)
            output += "\""
        }
        if let text, children.isEmpty {
            output += ">"
            output += Self.escape(text, attribute: false)
            output += "</"
            output += name
            output += ">\n"
        } else if children.isEmpty {
            output += "/>\n"
        } else {
            output += ">\n"
            for child in children { child.write(into: &output, indent: indent + 1) }
            Self.appendIndent(indent, to: &output)
            output += "</"
            output += name
            output += ">\n"
        }
    }

    /// Two spaces per nesting level.
    private static func appendIndent(_ indent: Int, to output: inout String) {
        for _ in 0..<max(indent, 0) { output += "  " }
    }

    /// Escapes text for XML 1.0 character data or a double-quoted attribute value.
    ///
    /// In attributes, newlines and tabs become character references: a parser would otherwise
    /// normalise them to spaces, and a label expression spread over lines would change meaning.
    /// Control characters XML 1.0 forbids are dropped, as no parser would accept the document.
    public static func escape(_ text: String, attribute: Bool) -> String {
        guard text.utf8.contains(where: mayChange) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "\n" where attribute: output += "&#10;"
            case "\r": output += "&#13;"
            case "\t" where attribute: output += "&#9;"
            default:
                let value = scalar.value
                let allowed = value == 0x9 || value == 0xA || (value >= 0x20 && value != 0xFFFE && value != 0xFFFF)
                if allowed { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }

    /// Whether `escape` may change text holding this UTF-8 byte: a markup character, a control
    /// character, or 0xEF, the first byte of U+FFFE and U+FFFF. Text without any such byte (most
    /// names and values of a style) is its own escape, returned as it is, not copied scalar by
    /// scalar.
    private static func mayChange(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == 0xEF
    }
}
