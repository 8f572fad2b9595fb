import Foundation
import Testing
@testable import Borderline

/// The .qml text of each ready-made style holds what QGIS reads: renderer type and field,
/// categories, symbols of the right geometry, labels. (Tests/QGIS/check_styles.py confirms
/// with QGIS itself that they load and render.)
@Suite struct QMLDocumentTests {
    @Test func placesAreCategorizedOnKindSizedByPopulationAndLabelledByName() throws {
        let text = QMLDocument.text(.places())
        let xml = try XMLParsing.document(text)
        #expect(text.hasPrefix("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis "))
        #expect(try XMLParsing.values(xml, "/qgis/@labelsEnabled") == ["1"])
        #expect(try XMLParsing.values(xml, "/qgis/layerGeometryType") == ["0"])
        #expect(try XMLParsing.values(xml, "/qgis/renderer-v2/@type") == ["categorizedSymbol"])
        #expect(try XMLParsing.values(xml, "/qgis/renderer-v2/@attr") == ["kind"])
        #expect(try XMLParsing.values(xml, "/qgis/renderer-v2/categories/category/@value") == ["place", "admin1", "country", ""])
        #expect(try XMLParsing.values(xml, "/qgis/renderer-v2/symbols/symbol/@type") == ["marker", "marker", "marker", "marker"])
        let size = try XMLParsing.values(xml, "//symbol[@name='0']//Option[@name='size'][@type='Map']/Option[@name='expression']/@value")
        #expect(size == ["CASE WHEN \"population\" >= 1000000 THEN 4.2 WHEN \"population\" >= 100000 THEN 3.2 WHEN \"population\" >= 10000 THEN 2.4 ELSE 1.8 END"])
        #expect(try XMLParsing.values(xml, "/qgis/labeling/settings/text-style/@fieldName") == ["name"])
        #expect(try XMLParsing.values(xml, "/qgis/labeling/settings/text-style/@isExpression") == ["0"])
    }

    @Test func borderIsAStrongDarkRedLineAndADashedGreyCrimeaLine() throws {
        let xml = try XMLParsing.document(QMLDocument.text(.border()))
        #expect(try XMLParsing.values(xml, "/qgis/layerGeometryType") == ["1"])
        #expect(try XMLParsing.values(xml, "/qgis/@labelsEnabled") == ["0"])
        #expect(try XMLParsing.values(xml, "/qgis/renderer-v2/categories/category/@value")
                == ["international_boundary", "crimea_administrative_line", ""])
        #expect(try XMLParsing.values(xml, "//symbol[@name='0']/layer//Option[@name='line_color']/@value")
                == ["235,160,160,160", "140,0,0,255"])
        #expect(try XMLParsing.values(xml, "//symbol[@name='1']/layer//Option[@name='use_custom_dash']/@value") == ["1"])
        #expect(try XMLParsing.values(xml, "//symbol[@name='1']/layer//Option[@name='customdash']/@value") == ["2;1.2"])
    }

    @Test func claimsAreColouredByVerdictAndLabelledStatedVersusMeasured() throws {
        let style = LayerStyle.claims(verdictField: "verdict", statedField: "stated \"km\"", measuredField: "measured_km")
        let xml = try XMLParsing.document(QMLDocument.text(style))
        #expect(try XMLParsing.values(xml, "/qgis/renderer-v2/categories/category/@value")
                == ["consistent", "inconsistent", "unverifiable", ""])
        #expect(try XMLParsing.values(xml, "//symbol/layer//Option[@name='line_color']/@value")
                == ["26,150,65,255", "215,25,28,255", "140,140,140,255", "170,170,170,255"])
        #expect(try XMLParsing.values(xml, "/qgis/labeling/settings/text-style/@isExpression") == ["1"])
        #expect(try XMLParsing.values(xml, "/qgis/labeling/settings/text-style/@fieldName") == [
            "coalesce(to_string(round(\"stated \"\"km\"\"\", 1)), '?') || ' km stated / ' || "
                + "coalesce(to_string(round(\"measured_km\", 1)), '?') || ' km measured'",
        ])
    }

    @Test func eventsGetOneCategoryPerTypeWithDistinctShapesThenOther() throws {
        let types = (1...9).map { (code: "type\($0)", label: "Type \($0)") }
        let style = LayerStyle.events(types: types)
        guard case let .categorized(field, categories) = style.renderer else { Issue.record("not categorized"); return }
        #expect(field == "type")
        #expect(categories.map(\.value) == types.map(\.code) + [nil])
        let xml = try XMLParsing.document(QMLDocument.text(style))
        let shapes = try XMLParsing.values(xml, "//symbol/layer/Option/Option[@name='name']/@value")
        #expect(Set(shapes.prefix(8)).count == 8)
        #expect(try XMLParsing.values(xml, "/qgis/@labelsEnabled") == ["0"])
    }

    @Test func graduatedAndSingleSymbolRenderersAreWritten() throws {
        let dot = StyleSymbol.marker(.init(shape: .circle, sizeMM: 2, fill: .black))
        let graduated = LayerStyle(renderer: .graduated(field: "population", ranges: [
            StyleRange(lower: 0, upper: 100_000, label: "< 100k", symbol: dot),
            StyleRange(lower: 100_000, upper: 150_000_000, label: "≥ 100k", symbol: dot),
        ]))
        let xml = try XMLParsing.document(QMLDocument.text(graduated))
        #expect(try XMLParsing.values(xml, "/qgis/renderer-v2/@type") == ["graduatedSymbol"])
        #expect(try XMLParsing.values(xml, "/qgis/renderer-v2/ranges/range/@upper") == ["100000", "150000000"])
        let single = try XMLParsing.document(QMLDocument.text(LayerStyle(renderer: .singleSymbol(dot))))
        #expect(try XMLParsing.values(single, "/qgis/renderer-v2/@type") == ["singleSymbol"])
    }

    @Test func sameStyleGivesSameBytes() {
        #expect(QMLDocument.text(.places()) == QMLDocument.text(.places()))
        #expect(LayerStyle.places().fieldsUsed == ["kind", "name"])
    }
}
