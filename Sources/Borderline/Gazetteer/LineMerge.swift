/// Joins line parts that share end points into one line, as GIS "line merge" does.
enum LineMerge {
    /// Chains `parts` end to end, reversing parts where needed, starting from the westernmost
    /// free end (then the southernmost), so the result does not depend on the parts' order.
    /// - Throws: `GazetteerError.invalidSource` when the parts do not form a single chain.
    static func chain(_ parts: [[GeoPoint]], source: String) throws -> [GeoPoint] {
        let parts = parts.filter { $0.count >= 2 }
        guard !parts.isEmpty else { throw GazetteerError.invalidSource(path: source, reason: "the border has no line parts") }
        var touching: [GeoPoint: [Int]] = [:]
        for (index, part) in parts.enumerated() {
            touching[part.first!, default: []].append(index)
            touching[part.last!, default: []].append(index)
        }
        let freeEnds = touching.filter { $0.value.count == 1 }.keys
        guard let start = freeEnds.min(by: { ($0.longitude, $0.latitude) < ($1.longitude, $1.latitude) }) else {
            throw GazetteerError.invalidSource(path: source, reason: "the border parts form a ring with no free end")
        }
        var used = Set<Int>()
        var line: [GeoPoint] = [start]
        var end = start
        while let next = touching[end]?.first(where: { !used.contains($0) }) {
            used.insert(next)
            let part = parts[next].first == end ? parts[next] : parts[next].reversed()
            line.append(contentsOf: part.dropFirst())
            end = line.last!
        }
        guard used.count == parts.count else {
            throw GazetteerError.invalidSource(
                path: source, reason: "the border parts do not join into one line (\(parts.count - used.count) of \(parts.count) parts left over)")
        }
        return line
    }
}
