/// The XML elements a style consists of, shared by the .qml writer and the .qgs writer (a
/// project embeds each layer's renderer and labeling exactly as a .qml holds them).
///
/// Only what QGIS 3.22 needs is written: everything left out takes QGIS's own default when the
/// style is read, as the QGIS check in Tests/QGIS/check_styles.py confirms.
enum StyleXML {
    /// The `<renderer-v2>` element.
    static func renderer(_ renderer: StyleRenderer) -> XMLTag {
        let common: [(String, String)] = [
            ("type", renderer.qgisType), ("symbollevels", "0"), ("enableorderby", "0"), ("forceraster", "0"),
            ("referencescale", "-1"),
        ]
        let symbols = XMLTag("symbols", children: renderer.symbols.enumerated().map { symbol($1, name: String($0)) })
        switch renderer {
        case .singleSymbol:
            return XMLTag("renderer-v2", common, children: [symbols, XMLTag("rotation"), XMLTag("sizescale")])
        case let .categorized(field, categories):
            let items = categories.enumerated().map { index, category in
                XMLTag("category", [
                    ("value", category.value ?? ""), ("label", category.label), ("symbol", String(index)), ("render", "true"),
                ])
            }
            return XMLTag("renderer-v2", common + [("attr", field)], children: [
                XMLTag("categories", children: items), symbols, XMLTag("rotation"), XMLTag("sizescale"),
            ])
        case let .graduated(field, ranges):
            let items = ranges.enumerated().map { index, range in
                XMLTag("range", [
                    ("lower", number(range.lower, decimals: 6)), ("upper", number(range.upper, decimals: 6)),
                    ("label", range.label), ("symbol", String(index)), ("render", "true"),
                ])
            }
            return XMLTag("renderer-v2", common + [("attr", field), ("graduatedMethod", "GraduatedColor")], children: [
                XMLTag("ranges", children: items), symbols, XMLTag("mode", [("name", "custom")]),
                XMLTag("rotation"), XMLTag("sizescale"),
            ])
        }
    }

    /// One `<symbol>` element, named by its index in the renderer.
    static func symbol(_ symbol: StyleSymbol, name: String) -> XMLTag {
        XMLTag("symbol", [
            ("name", name), ("type", symbol.geometry.symbolType), ("alpha", number(symbol.opacity)),
            ("clip_to_extent", "1"), ("force_rhr", "0"),
        ], children: symbol.layers.map(layer))
    }

    /// One `<layer>` of a symbol: its class and its properties as an `Option` map (the form
    /// QGIS 3 writes and reads).
    static func layer(_ layer: SymbolLayer) -> XMLTag {
        let className: String
        var properties: [(String, String)]
        var dataDefined: [(String, String)] = []
        switch layer {
        case let .marker(marker):
            className = "SimpleMarker"
            properties = [
                ("name", marker.shape.rawValue), ("color", marker.fill.qgisText), ("size", number(marker.sizeMM)),
                ("size_unit", "MM"), ("outline_color", marker.outline.qgisText), ("outline_style", "solid"),
                ("outline_width", number(marker.outlineWidthMM)), ("outline_width_unit", "MM"), ("angle", "0"),
                ("scale_method", "diameter"), ("joinstyle", "bevel"), ("offset", "0,0"), ("offset_unit", "MM"),
                ("horizontal_anchor_point", "1"), ("vertical_anchor_point", "1"),
            ]
            if let expression = marker.sizeExpression { dataDefined.append(("size", expression)) }
        case let .line(line):
            className = "SimpleLine"
            properties = [
                ("line_color", line.color.qgisText), ("line_width", number(line.widthMM)), ("line_width_unit", "MM"),
                ("capstyle", "round"), ("joinstyle", "round"), ("offset", "0"), ("offset_unit", "MM"),
            ]
            switch line.dash {
            case .solid: properties += [("line_style", "solid"), ("use_custom_dash", "0")]
            case .dash: properties += [("line_style", "dash"), ("use_custom_dash", "0")]
            case .dot: properties += [("line_style", "dot"), ("use_custom_dash", "0")]
            case .dashDot: properties += [("line_style", "dash dot"), ("use_custom_dash", "0")]
            case let .custom(pattern):
                properties += [
                    ("line_style", "solid"), ("use_custom_dash", "1"),
                    ("customdash", pattern.map { number($0) }.joined(separator: ";")), ("customdash_unit", "MM"),
                ]
            }
        case let .fill(fill):
            className = "SimpleFill"
            properties = [
                ("color", fill.color.qgisText), ("style", "solid"), ("outline_color", fill.outline.qgisText),
                ("outline_style", "solid"), ("outline_width", number(fill.outlineWidthMM)), ("outline_width_unit", "MM"),
                ("joinstyle", "bevel"), ("offset", "0,0"), ("offset_unit", "MM"),
            ]
        }
        return XMLTag("layer", [("class", className), ("enabled", "1"), ("locked", "0"), ("pass", "0")], children: [
            XMLTag("Option", [("type", "Map")], children: properties.map { option($0.0, $0.1) }),
            dataDefinedProperties(dataDefined),
        ])
    }

    /// The `<data_defined_properties>` collection: each (property, expression) pair becomes an
    /// active expression-based property (QgsProperty type 3).
    static func dataDefinedProperties(_ expressions: [(String, String)]) -> XMLTag {
        let properties = expressions.map { name, expression in
            XMLTag("Option", [("name", name), ("type", "Map")], children: [
                XMLTag("Option", [("name", "active"), ("value", "true"), ("type", "bool")]),
                XMLTag("Option", [("name", "expression"), ("value", expression), ("type", "QString")]),
                XMLTag("Option", [("name", "type"), ("value", "3"), ("type", "int")]),
            ])
        }
        return XMLTag("data_defined_properties", children: [
            XMLTag("Option", [("type", "Map")], children: [
                option("name", ""),
                expressions.isEmpty
                    ? XMLTag("Option", [("name", "properties")])
                    : XMLTag("Option", [("name", "properties"), ("type", "Map")], children: properties),
                option("type", "collection"),
            ]),
        ])
    }

    /// The `<labeling type="simple">` element.
    static func labeling(_ labeling: StyleLabeling) -> XMLTag {
        var textStyle: [(String, String)] = [
            ("fieldName", labeling.text.qgisText), ("isExpression", labeling.text.isExpression ? "1" : "0"),
        ]
        if let family = labeling.fontFamily { textStyle.append(("fontFamily", family)) }
        textStyle += [
            ("fontSize", number(labeling.sizePoints)), ("fontSizeUnit", "Point"), ("fontWeight", labeling.bold ? "75" : "50"),
            ("fontItalic", labeling.italic ? "1" : "0"), ("fontUnderline", "0"), ("fontStrikeout", "0"),
            ("textColor", labeling.color.qgisText), ("textOpacity", "1"), ("namedStyle", ""), ("allowHtml", "0"),
            ("multilineHeight", "1"), ("capitalization", "0"), ("textOrientation", "horizontal"), ("blendMode", "0"),
            ("previewBkgrdColor", "255,255,255,255"),
        ]
        let buffer = XMLTag("text-buffer", [
            ("bufferDraw", labeling.haloWidthMM > 0 ? "1" : "0"), ("bufferSize", number(labeling.haloWidthMM)),
            ("bufferSizeUnits", "MM"), ("bufferColor", labeling.haloColor.qgisText), ("bufferOpacity", "1"),
            ("bufferNoFill", "1"), ("bufferJoinStyle", "128"), ("bufferBlendMode", "0"),
        ])
        let placement = XMLTag("placement", [
            ("placement", String(labeling.placement.qgisCode)), ("dist", number(labeling.placement.distanceMM)),
            ("distUnits", "MM"), ("placementFlags", "10"), ("quadOffset", "4"), ("offsetType", "0"),
            ("predefinedPositionOrder", "TR,TL,BR,BL,R,L,TSR,BSR"), ("priority", String(labeling.priority)),
            ("repeatDistance", "0"), ("overrunDistance", "0"), ("maxCurvedCharAngleIn", "25"),
            ("maxCurvedCharAngleOut", "-25"), ("centroidWhole", "0"), ("centroidInside", "0"), ("fitInPolygonOnly", "0"),
            ("xOffset", "0"), ("yOffset", "0"), ("offsetUnits", "MM"), ("rotationAngle", "0"), ("preserveRotation", "1"),
            ("lineAnchorPercent", "0.5"), ("lineAnchorType", "0"), ("geometryGeneratorEnabled", "0"),
        ])
        let rendering = XMLTag("rendering", [
            ("drawLabels", "1"), ("obstacle", "1"), ("obstacleFactor", "1"), ("obstacleType", "1"),
            ("scaleVisibility", "0"), ("scaleMin", "0"), ("scaleMax", "0"), ("limitNumLabels", "0"),
            ("maxNumLabels", "2000"), ("fontLimitPixelSize", "0"), ("fontMinPixelSize", "0"),
            ("fontMaxPixelSize", "10000"), ("minFeatureSize", "0"), ("displayAll", "0"), ("upsidedownLabels", "0"),
            ("labelPerPart", "0"), ("mergeLines", "0"), ("zIndex", "0"), ("unplacedVisibility", "0"),
        ])
        return XMLTag("labeling", [("type", "simple")], children: [
            XMLTag("settings", [("calloutType", "simple")], children: [
                XMLTag("text-style", textStyle, children: [buffer]),
                XMLTag("text-format", [
                    ("wrapChar", ""), ("autoWrapLength", "0"), ("multilineAlign", "3"), ("formatNumbers", "0"),
                    ("decimals", "3"), ("plussign", "0"), ("addDirectionSymbol", "0"),
                ]),
                placement, rendering,
            ]),
        ])
    }

    /// The elements after the renderer that set how the whole layer blends.
    static func layerBlending(opacity: Double) -> [XMLTag] {
        [
            XMLTag("blendMode", text: "0"), XMLTag("featureBlendMode", text: "0"),
            XMLTag("layerOpacity", text: number(opacity)),
        ]
    }

    /// A string-valued `<Option>`.
    static func option(_ name: String, _ value: String) -> XMLTag {
        XMLTag("Option", [("name", name), ("value", value), ("type", "QString")])
    }

    /// A number as QGIS writes it in styles: plain decimal, no exponent, trailing zeros dropped.
    static func number(_ value: Double, decimals: Int = 3) -> String {
        FixedDecimal.compact(value, maxDecimals: decimals)
    }
}
