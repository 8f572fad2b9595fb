#!/usr/bin/python3
"""Applies Borderline's .qml styles with real QGIS, headless, to the layers they are meant for.

usage (from the package root, after BORDERLINE_QGIS_OUT=/tmp/qgis-seeds swift test --filter QGISOutputFilesTests):
  HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen /usr/bin/python3 Tests/QGIS/check_styles.py /tmp/qgis-seeds [--png-dir DIR]

For NAME.geojson + NAME.qml in the folder: opens the layer with the ogr provider (QGIS applies
the same-named .qml itself: loadDefaultStyle), and for styles/claims.qml and styles/events.qml,
whose layers other branches write, builds in-memory stand-ins from the places layer (claims:
a line from each place to its nearest border point; events: a point per place, type codes
cycling, plus one unknown code and one null) and applies them with loadNamedStyle. For each:
renderer type, categories, whether every feature gets a symbol (the "all other values"
category), the label field or expression (parsed, and evaluated on one feature), and a render
to PNG that must not be blank. Prints PASS/FAIL lines; exit status 1 when any check failed.
"""
import json
import os
import sys
import tempfile

results = []


def report(ok, name, detail=""):
    results.append(ok)
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name, " - " + detail if detail else ""))


args = sys.argv[1:]
png_dir = tempfile.mkdtemp(prefix="borderline-styles-")
if "--png-dir" in args:
    i = args.index("--png-dir")
    png_dir = os.path.abspath(args[i + 1])
    del args[i:i + 2]
if len(args) != 1:
    print(__doc__)
    os._exit(2)
folder = os.path.abspath(args[0])
os.makedirs(png_dir, exist_ok=True)

from qgis.core import (Qgis, QgsApplication, QgsExpression, QgsExpressionContext, QgsExpressionContextUtils,
                       QgsFeature, QgsGeometry, QgsMapRendererParallelJob, QgsMapSettings, QgsPointXY,
                       QgsRenderContext, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
print("QGIS %s" % Qgis.QGIS_VERSION)


def describe_and_render(layer, name, context_layers=()):
    renderer = layer.renderer()
    fields = [f.name() for f in layer.fields()]
    detail = renderer.type()
    if renderer.type() == "categorizedSymbol":
        detail += " on '%s': %s" % (renderer.classAttribute(), ", ".join(
            "%s=%s" % (c.value() if c.value() != "" else "(all other values)", c.label()) for c in renderer.categories()))
    report(renderer.type() in ("singleSymbol", "categorizedSymbol", "graduatedSymbol"), "%s: renderer" % name, detail)
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    renderer.startRender(context, layer.fields())
    unmatched = [f.id() for f in layer.getFeatures() if renderer.symbolForFeature(f, context) is None]
    renderer.stopRender(context)
    report(not unmatched, "%s: every feature has a symbol" % name,
           "%d features" % layer.featureCount() if not unmatched else "no symbol for feature ids %s" % unmatched)
    if layer.labelsEnabled() and layer.labeling() is not None:
        settings = layer.labeling().settings()
        if settings.isExpression:
            expression = QgsExpression(settings.fieldName)
            ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            samples = []
            for feature in layer.getFeatures():
                ctx.setFeature(feature)
                samples.append(repr(expression.evaluate(ctx)))
                if len(samples) == 3:
                    break
            report(not expression.hasParserError() and not expression.hasEvalError(), "%s: label expression" % name,
                   "%s -> %s" % (settings.fieldName, "; ".join(samples)))
        else:
            report(settings.fieldName in fields, "%s: labels" % name, "field '%s'" % settings.fieldName)
    else:
        print("INFO  %s: no labels" % name)
    settings = QgsMapSettings()
    settings.setLayers([layer] + list(context_layers))
    settings.setDestinationCrs(layer.crs())
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setOutputSize(QSize(900, 700))
    extent = layer.extent()
    extent.scale(1.15)
    settings.setExtent(extent)
    settings.setFlag(QgsMapSettings.DrawLabeling, True)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    path = os.path.join(png_dir, name + ".png")
    image.save(path, "PNG")
    drawn = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
                if image.pixelColor(x, y) != QColor(255, 255, 255))
    report(drawn > 0, "%s: render" % name, "%.2f%% of pixels drawn -> %s" % (
        100.0 * drawn / ((image.width() // 2) * (image.height() // 2)), path))


layers = {}
for name in sorted(os.listdir(folder)):
    if name.endswith(".geojson"):
        base = name[:-len(".geojson")]
        layer = QgsVectorLayer(os.path.join(folder, name), base, "ogr")
        report(layer.isValid(), "%s: isValid()" % base, "%d features, CRS %s" % (layer.featureCount(), layer.crs().authid()))
        has_qml = os.path.exists(os.path.join(folder, base + ".qml"))
        message, ok = layer.loadDefaultStyle()
        report(has_qml and ok, "%s: loadDefaultStyle()" % base, "%s.qml: %s" % (base, message))
        layers[base] = layer
        describe_and_render(layer, base)

places = layers.get("places")
styles = os.path.join(folder, "styles")
if places is not None and os.path.isdir(styles):
    points = [f for f in places.getFeatures()]
    # events stand-in: one point per place, type codes from the style's categories cycling,
    # plus an unknown code and a null, which must fall into "all other values".
    events = QgsVectorLayer("Point?crs=EPSG:4326&field=type:string&field=label:string", "events", "memory")
    events_qml = os.path.join(styles, "events.qml")
    probe = QgsVectorLayer("Point?crs=EPSG:4326&field=type:string", "probe", "memory")
    probe.loadNamedStyle(events_qml)
    codes = [c.value() for c in probe.renderer().categories() if c.value() != ""] + ["unknown_code", None]
    feats = []
    for i, place in enumerate(points):
        f = QgsFeature(events.fields())
        f.setGeometry(place.geometry())
        f.setAttributes([codes[i % len(codes)], place["name"]])
        feats.append(f)
    events.dataProvider().addFeatures(feats)
    events.updateExtents()
    message, ok = events.loadNamedStyle(events_qml)
    report(ok, "events (stand-in): loadNamedStyle()", "styles/events.qml: %s" % message)
    describe_and_render(events, "events", [places])

    claims = QgsVectorLayer("LineString?crs=EPSG:4326&field=verdict:string&field=stated_km:double&field=measured_km:double",
                            "claims", "memory")
    verdicts = ["consistent", "inconsistent", "unverifiable", None]
    feats = []
    for i, place in enumerate(p for p in points if p["kind"] == "place"):
        f = QgsFeature(claims.fields())
        start = place.geometry().asPoint()
        end = QgsPointXY(place["border_point_lon"], place["border_point_lat"])
        f.setGeometry(QgsGeometry.fromPolylineXY([start, end]))
        measured = place["distance_to_border_km"]
        f.setAttributes([verdicts[i % 4], None if i % 5 == 4 else round(measured * (1.1 if i % 2 else 0.6)), measured])
        feats.append(f)
    claims.dataProvider().addFeatures(feats)
    claims.updateExtents()
    message, ok = claims.loadNamedStyle(os.path.join(styles, "claims.qml"))
    report(ok, "claims (stand-in): loadNamedStyle()", "styles/claims.qml: %s" % message)
    describe_and_render(claims, "claims", [places] + ([layers["border"]] if "border" in layers else []))

failed = results.count(False)
print("%d passed, %d failed" % (results.count(True), failed))
os._exit(1 if failed else 0)
