import Testing
@testable import Borderline

@Suite struct XMLTagTests {
    @Test func escapesTextAndAttributes() {
        let tag = XMLTag("a", [("expr", "\"x\" || '<y>' & z\nnext\ttab")], text: "1 < 2 & \"ok\"")
        #expect(tag.text() == "<a expr=\"&quot;x&quot; || '&lt;y&gt;' &amp; z&#10;next&#9;tab\">1 &lt; 2 &amp; \"ok\"</a>\n")
    }

    @Test func dropsCharactersXMLForbids() {
        #expect(XMLTag.escape("a\u{01}b\u{1E}c", attribute: true) == "abc")
    }

    @Test func indentsChildrenAndKeepsAttributeOrder() {
        let tag = XMLTag("r", [("z", "1"), ("a", "2")], children: [XMLTag("c"), XMLTag("d", text: "")])
        #expect(tag.text() == "<r z=\"1\" a=\"2\">\n  <c/>\n  <d></d>\n</r>\n")
    }
}
