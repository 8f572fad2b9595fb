#!/usr/bin/python3
"""Opens a Borderline QGIS project (.qgs) with real QGIS, headless, and reports what QGIS sees.

usage (from the package root, after writing the files, e.g. with
       BORDERLINE_QGIS_OUT=/tmp/qgis-seeds swift test --filter QGISOutputFilesTests):
  HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen /usr/bin/python3 Tests/QGIS/check_project.py \
      /tmp/qgis-seeds/borderline.qgs --png /tmp/qgis-seeds-project.png

The project's folder is first copied to a fresh temporary folder and opened from there, so
the check proves the data sources are relative. For each layer it checks isValid(), the
provider, the feature count against the GeoJSON, the CRS and the renderer and labels the
project embeds; then the project CRS, the layer order and the view extent; and it renders the
project as QGIS Desktop would show it (layers in layer-tree order, project CRS, default view
extent) to a PNG, failing when the image is blank. Prints PASS/FAIL lines, ends with
"N passed, M failed"; exit status 1 when any check failed. Needs python3-qgis (Debian's
/usr/bin/python3). Not part of `swift test`.
"""
import json
import os
import shutil
import sys
import tempfile

results = []


def report(ok, name, detail=""):
    results.append(ok)
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name, " - " + detail if detail else ""))


def main():
    args = sys.argv[1:]
    png = None
    if "--png" in args:
        i = args.index("--png")
        png = os.path.abspath(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        print(__doc__)
        os._exit(2)
    original = os.path.abspath(args[0])
    moved = tempfile.mkdtemp(prefix="borderline-qgs-")
    for name in os.listdir(os.path.dirname(original)):
        source = os.path.join(os.path.dirname(original), name)
        if os.path.isfile(source) and not name.endswith(".qml"):  # a project does not need the .qml files
            shutil.copy(source, moved)
    path = os.path.join(moved, os.path.basename(original))

    from qgis.core import (Qgis, QgsApplication, QgsCoordinateTransform, QgsMapRendererParallelJob,
                           QgsMapSettings, QgsProject, QgsRectangle, QgsRenderContext)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    print("QGIS %s; project copied to %s" % (Qgis.QGIS_VERSION, moved))

    text = open(path, encoding="utf-8").read()
    project = QgsProject.instance()
    report(project.read(path), "project read", os.path.basename(path))
    report("<Absolute type=\"bool\">false</Absolute>" in text and "<datasource>./" in text,
           "relative data sources", "Paths/Absolute=false, datasources ./NAME.geojson")
    crs = project.crs()
    report(crs.isValid(), "project CRS", "%s (%s)" % (crs.authid(), crs.description()))

    root = project.layerTreeRoot()
    order = [node.layer() for node in root.findLayers()]
    print("INFO  layer tree (top first): %s" % ", ".join(layer.name() for layer in order))
    union = QgsRectangle()
    union.setMinimal()
    for layer in order:
        name = layer.name()
        report(layer.isValid(), "%s: isValid()" % name, "provider %s, source %s" % (
            layer.providerType(), os.path.relpath(layer.source().split("|")[0], moved)))
        if not layer.isValid():
            continue
        source = layer.source().split("|")[0]
        with open(source, encoding="utf-8") as f:
            expected = len(json.load(f)["features"])
        report(layer.featureCount() == expected, "%s: featureCount()" % name,
               "%d (GeoJSON has %d)" % (layer.featureCount(), expected))
        lcrs = layer.crs()
        report(lcrs.authid() in ("EPSG:4326", "OGC:CRS84"), "%s: CRS" % name, "%s (%s)" % (lcrs.authid(), lcrs.description()))
        renderer = layer.renderer()
        detail = renderer.type()
        ok = renderer.type() in ("singleSymbol", "categorizedSymbol", "graduatedSymbol")
        if renderer.type() == "categorizedSymbol":
            fields = [f.name() for f in layer.fields()]
            detail += " on '%s' (%s): %s" % (renderer.classAttribute(),
                                              "field exists" if renderer.classAttribute() in fields else "FIELD MISSING",
                                              ", ".join("%s=%s" % (c.value() if c.value() != "" else "(other)", c.label())
                                                        for c in renderer.categories()))
            ok = ok and renderer.classAttribute() in fields
        kinds = {0: "marker", 1: "line", 2: "fill"}
        detail += "; symbol types: %s" % ", ".join(sorted({kinds.get(int(s.type()), str(s.type()))
                                                            for s in renderer.symbols(QgsRenderContext())}))
        report(ok, "%s: renderer" % name, detail)
        if layer.labelsEnabled() and layer.labeling() is not None:
            settings = layer.labeling().settings()
            report(True, "%s: labels" % name, "%s %s" % ("expression" if settings.isExpression else "field",
                                                         settings.fieldName))
        else:
            print("INFO  %s: no labels" % name)
        transform = QgsCoordinateTransform(layer.crs(), crs, project)
        union.combineExtentWith(transform.transformBoundingBox(layer.extent()))

    view = project.viewSettings().defaultViewExtent()
    contains = view.contains(union)
    report(not view.isEmpty() and contains, "default view extent",
           "%s in %s, contains the union of the layer extents %s" % (
               view.toString(1), view.crs().authid(), union.toString(1)))

    if png:
        settings = QgsMapSettings()
        settings.setLayers(order)  # first = top, as in the layer tree
        settings.setDestinationCrs(crs)
        settings.setTransformContext(project.transformContext())
        settings.setBackgroundColor(QColor(255, 255, 255))
        settings.setOutputSize(QSize(1000, 900))
        settings.setExtent(view if not view.isEmpty() else union)
        settings.setFlag(QgsMapSettings.DrawLabeling, True)
        settings.setFlag(QgsMapSettings.Antialiasing, True)
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        image.save(png, "PNG")
        drawn = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
                    if image.pixelColor(x, y) != QColor(255, 255, 255))
        share = 100.0 * drawn / ((image.width() // 2) * (image.height() // 2))
        report(drawn > 0, "render", "%.2f%% of pixels drawn -> %s" % (share, png))

    failed = results.count(False)
    print("%d passed, %d failed" % (results.count(True), failed))
    shutil.rmtree(moved, ignore_errors=True)
    os._exit(1 if failed else 0)  # QGIS teardown can crash in 3.22 and says nothing about the project


main()
