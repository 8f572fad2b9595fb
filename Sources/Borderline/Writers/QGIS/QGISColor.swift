/// An sRGB colour with alpha, as QGIS writes colours in styles: "red,green,blue,alpha", 0–255.
public struct QGISColor: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    /// Opacity, 0 (transparent) to 255 (opaque).
    public var alpha: UInt8

    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8, alpha: UInt8 = 255) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// The text QGIS reads back ("178,24,43,255").
    public var qgisText: String { "\(red),\(green),\(blue),\(alpha)" }

    public static let black = QGISColor(0, 0, 0)
    public static let white = QGISColor(255, 255, 255)
    public static let transparent = QGISColor(0, 0, 0, alpha: 0)
}
