/// The map's CSS: every colour and line weight in one place, so an editor (or a report's
/// designer) restyles the map by editing classes, not hundreds of elements.
enum SVGStyleSheet {
    /// Fonts present on Linux (DejaVu Sans, Liberation Sans), macOS (Helvetica Neue, Helvetica)
    /// and Windows (Segoe UI, Arial), then the generic family. Label boxes are measured with
    /// DejaVu Sans, the widest of them.
    static let fontStack = "'DejaVu Sans', 'Helvetica Neue', Helvetica, Arial, 'Segoe UI', 'Liberation Sans', sans-serif"

    static let css = """
        svg { font-family: \(fontStack); }
        .page { fill: #ffffff; }
        .nodata { fill: #e3e3e1; }
        .sea { fill: #cde2ee; }
        .land { stroke: none; fill-rule: evenodd; }
        .land-other { fill: #ebeae5; }
        .land-rus { fill: #f3e4d8; }
        .land-ukr { fill: #fbf3cf; }
        .crimea-occupied { fill: url(#crimea-hatch); stroke: #b5473a; stroke-width: 0.6; stroke-opacity: 0.7; fill-rule: evenodd; }
        .hatch-line { stroke: #b5473a; stroke-width: 1.1; stroke-opacity: 0.75; }
        .lake { fill: #cde2ee; stroke: #8db3cc; stroke-width: 0.5; fill-rule: evenodd; }
        .river { fill: none; stroke: #86b2d1; stroke-linecap: round; stroke-linejoin: round; }
        .river-major { stroke-width: 1.6; }
        .river-medium { stroke-width: 1.1; }
        .river-minor { stroke-width: 0.7; }
        .coast { fill: none; stroke: #7ea3bd; stroke-width: 0.7; stroke-linejoin: round; }
        .boundary { fill: none; stroke: #8c8c8c; stroke-width: 0.9; stroke-dasharray: 5 2 1 2; stroke-linejoin: round; }
        .crimea-line { fill: none; stroke: #6a3a33; stroke-width: 1.2; stroke-dasharray: 4 2; }
        .border-band { fill: none; stroke: #e5927f; stroke-opacity: 0.45; stroke-width: 7; stroke-linejoin: round; stroke-linecap: round; }
        .border { fill: none; stroke: #5a1a12; stroke-width: 1.8; stroke-linejoin: round; stroke-linecap: round; }
        .graticule { fill: none; stroke: #8fa0ad; stroke-width: 0.4; stroke-opacity: 0.7; }
        .claim { fill: none; stroke-width: 1.6; stroke-linecap: round; }
        .claim-end { stroke: #ffffff; stroke-width: 0.8; }
        .claim-consistent { stroke: #1a8a3e; }
        .claim-inconsistent { stroke: #d01c1c; }
        .claim-unverifiable { stroke: #6b6b6b; stroke-dasharray: 4 3; }
        .claim-end.claim-consistent { fill: #1a8a3e; stroke: #ffffff; stroke-dasharray: none; }
        .claim-end.claim-inconsistent { fill: #d01c1c; stroke: #ffffff; stroke-dasharray: none; }
        .claim-end.claim-unverifiable { fill: #6b6b6b; stroke: #ffffff; stroke-dasharray: none; }
        .place { fill: #1f1f1f; stroke: #ffffff; stroke-width: 1; }
        .place-region { fill: #ffffff; stroke: #1f1f1f; stroke-width: 1.3; }
        .event { stroke: #ffffff; stroke-width: 0.8; stroke-linejoin: round; }
        .event-explosion { fill: #e8590c; }
        .event-missile { fill: #6a3d9a; }
        .event-drone { fill: #c2185b; }
        .event-shelling { fill: #8c510a; }
        .event-air-strike { fill: #00796b; }
        .event-ground { fill: #262626; }
        .event-fire { fill: #f4a620; }
        .event-other { fill: #607d8b; }
        .tether { fill: none; stroke: #4d4d4d; stroke-width: 0.7; }
        .event-anchor { fill: #4d4d4d; stroke: none; }
        .town { fill: #ffffff; stroke: #707070; stroke-width: 1; }
        .label { fill: #1a1a1a; stroke: #ffffff; stroke-width: 3; stroke-linejoin: round; stroke-opacity: 0.9; paint-order: stroke fill; }
        .label-place { font-weight: normal; }
        .label-place-major { font-weight: bold; }
        .label-event { fill: #333333; }
        .label-claim { font-style: italic; }
        .label-claim-consistent { fill: #136b2f; }
        .label-claim-inconsistent { fill: #b01515; }
        .label-claim-unverifiable { fill: #505050; }
        .label-town { fill: #5e5e5e; }
        .label-country { fill: #8a7f76; letter-spacing: 3px; stroke-width: 2.5; }
        .leader { fill: none; stroke: #555555; stroke-width: 0.7; }
        .frame { fill: none; stroke: #3a3a3a; stroke-width: 0.8; }
        .graticule-label { fill: #5f6b74; font-size: 9px; }
        .title { fill: #111111; font-size: 20px; font-weight: bold; }
        .subtitle { fill: #444444; font-size: 12.5px; }
        .panel-heading { fill: #222222; font-size: 12px; font-weight: bold; }
        .legend-text { fill: #222222; }
        .scale-bar-dark { fill: #333333; stroke: #333333; stroke-width: 0.6; }
        .scale-bar-light { fill: #ffffff; stroke: #333333; stroke-width: 0.6; }
        .scale-text { fill: #222222; font-size: 9.5px; }
        .north-arrow { fill: #333333; stroke: #333333; stroke-width: 0.6; stroke-linejoin: round; }
        .north-arrow-light { fill: #ffffff; stroke: #333333; stroke-width: 0.6; stroke-linejoin: round; }
        .north-text { fill: #222222; font-size: 11px; font-weight: bold; }
        .note { fill: #444444; }
        .note-heading { fill: #222222; font-weight: bold; }
        """
}
