/// A failure reported by PROJ, carrying PROJ's own message so a user can look it up.
public enum ProjError: Error, Equatable, Sendable, CustomStringConvertible {
    /// PROJ could not create a context (out of memory, usually).
    case contextCreationFailed
    /// PROJ rejected a CRS or pipeline definition.
    case cannotCreateTransformation(source: String, target: String, projMessage: String)
    /// A coordinate could not be transformed (outside the projection's domain, for example).
    case transformationFailed(point: GeoPoint, projMessage: String)
    /// A coordinate given to a geodesic computation was not a valid latitude/longitude.
    case invalidCoordinate(GeoPoint)

    public var description: String {
        switch self {
        case .contextCreationFailed:
            return "PROJ could not create a context"
        case let .cannotCreateTransformation(source, target, message):
            return "PROJ cannot transform from '\(source)' to '\(target)': \(message)"
        case let .transformationFailed(point, message):
            return "PROJ could not transform \(point.formatted(decimals: 5)): \(message)"
        case let .invalidCoordinate(point):
            return "not a valid latitude/longitude: \(point.latitude), \(point.longitude)"
        }
    }
}
