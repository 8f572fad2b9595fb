import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses writer output with Foundation's XML parser (libxml2): what QGIS's Qt DOM parser
/// needs first of all is well-formed XML.
enum XMLParsing {
    static func document(_ text: String) throws -> XMLDocument {
        try XMLDocument(xmlString: text, options: [])
    }

    /// The string values of an XPath query.
    static func values(_ document: XMLDocument, _ xpath: String) throws -> [String] {
        try document.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
    }
}
