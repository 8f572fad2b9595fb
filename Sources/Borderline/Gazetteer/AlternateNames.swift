import Foundation

/// Which GeoNames alternate names the gazetteer keeps.
///
/// News about the border region is written in English, Ukrainian or Russian, so names wholly in
/// Latin or wholly in Cyrillic letters are kept; names in other scripts, names with digits
/// (postcodes, "Kursk-1"), and all-capital codes of up to four letters (IATA "IEV", ICAO "UKKK")
/// are dropped, since none of them is how a news text names a place.
enum AlternateNames {
    static func filter(_ names: [String], mainName: String) -> [String] {
        var seen: Set<String> = [mainName]
        var kept: [String] = []
        for raw in names {
            let name = raw.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !seen.contains(name), isLatinOrCyrillic(name), !isCode(name) else { continue }
            seen.insert(name)
            kept.append(name)
        }
        return kept
    }

    static func isLatinOrCyrillic(_ name: String) -> Bool {
        var latin = false, cyrillic = false
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: latin = true
            case 0x400...0x52F: cyrillic = true
            case 0x20, 0x2D, 0x27, 0x2019, 0x2BC, 0x2E, 0x28, 0x29: continue
            case 0x300...0x36F: continue  // combining accents
            default: return false
            }
        }
        return latin != cyrillic
    }

    private static func isCode(_ name: String) -> Bool {
        name.count <= 4 && name.unicodeScalars.allSatisfy { (0x41...0x5A).contains($0.value) }
    }
}
