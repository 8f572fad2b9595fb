/// Assembles the SVG file: prologue, metadata, definitions, then layers in drawing order.
///
/// Each layer is a `<g>` with Inkscape's `groupmode="layer"` and a label, so an editor lists
/// the map's parts as layers that can be hidden, locked or restyled one by one.
struct SVGDocument {
    let layout: MapLayout
    let viewport: MapViewport
    let title: String
    let subtitle: String
    var description = ""
    /// Whether the Crimea hatch pattern is needed.
    var hatch = false
    private var body: [String] = []

    init(layout: MapLayout, viewport: MapViewport, title: String, subtitle: String) {
        self.layout = layout
        self.viewport = viewport
        self.title = title
        self.subtitle = subtitle
    }

    mutating func addLayer(id: String, label: String, elements: [String], clipped: Bool) {
        guard !elements.isEmpty else { return }
        let clip = clipped ? " clip-path=\"url(#map-clip)\"" : ""
        body.append(
            "<g id=\"\(id)\" inkscape:groupmode=\"layer\" inkscape:label=\"\(SVGText.escape(label))\"\(clip)>\n"
                + elements.joined(separator: "\n") + "\n</g>")
    }

    mutating func addFrame() {
        let f = viewport.frame
        body.append(
            "<rect id=\"map-frame\" class=\"frame\" x=\"\(SVGText.number(f.x))\" y=\"\(SVGText.number(f.y))\" "
                + "width=\"\(SVGText.number(f.width))\" height=\"\(SVGText.number(f.height))\"/>")
    }

    var text: String {
        let n = { (value: Double) in SVGText.number(value) }
        let page = layout.page, frame = viewport.frame
        let width = n(page.width), height = n(page.height)
        let available = page.width - 2 * MapLayout.marginPixels
        let titleSize = min(20, 20 * available / max(TextMetrics.widthPixels(of: title, fontSizePixels: 20, bold: true), 1))
        let subtitleSize = min(12.5, 12.5 * available / max(TextMetrics.widthPixels(of: subtitle, fontSizePixels: 12.5), 1))
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" "
            + "version=\"1.1\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
            + "font-family=\"\(SVGStyleSheet.fontStack)\" "
            + "data-crs=\"\(SVGText.escape(viewport.projection.projString))\" data-pixel-to-crs=\"\(viewport.pixelToCRS)\" "
            + "data-map-frame=\"\(SVGText.box(frame))\">\n"
        out += "<title>\(SVGText.escape(title))</title>\n"
        out += "<desc>\(SVGText.escape(description))</desc>\n"
        out += "<defs>\n<style type=\"text/css\">\n\(SVGStyleSheet.css)\n</style>\n"
        out += "<clipPath id=\"map-clip\"><rect x=\"\(n(frame.x))\" y=\"\(n(frame.y))\" width=\"\(n(frame.width))\" height=\"\(n(frame.height))\"/></clipPath>\n"
        if hatch {
            out += "<pattern id=\"crimea-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#fbf3cf\"/><line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern>\n"
        }
        out += "</defs>\n"
        out += "<rect class=\"page\" x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\"/>\n"
        out += "<g id=\"layer-title\" inkscape:groupmode=\"layer\" inkscape:label=\"Title\">\n"
        out += "<text class=\"title\" x=\"\(n(MapLayout.marginPixels))\" y=\"\(n(layout.titleBaselineY))\" font-size=\"\(FixedDecimal.compact(titleSize, maxDecimals: 1))\">\(SVGText.escape(title))</text>\n"
        if !subtitle.isEmpty {
            out += "<text class=\"subtitle\" x=\"\(n(MapLayout.marginPixels))\" y=\"\(n(layout.subtitleBaselineY))\" font-size=\"\(FixedDecimal.compact(subtitleSize, maxDecimals: 1))\">\(SVGText.escape(subtitle))</text>\n"
        }
        out += "</g>\n"
        out += body.joined(separator: "\n")
        out += "\n</svg>\n"
        return out
    }
}
