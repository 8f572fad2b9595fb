import Foundation

/// Decides which gazetteer entry each mention of a document means.
///
/// Every candidate gets a score, and the evidence behind it becomes the reason:
/// - feature weight: a country (+3) or region (+2) outranks a village of the same name, and a
///   populated place earns log10(population + 1);
/// - the region: entries in Russia, Ukraine or Belarus earn +2 and those within 400 km of the
///   Russia–Ukraine border another +1, because that is what these articles are about;
/// - the document: after a first pass, candidates within 200 km of places the document names
///   unambiguously earn +1.5 (spatial coherence);
/// - the main name: +0.5 when the text uses the entry's GeoNames main name, not an alternate.
/// The best candidate is chosen when it leads every candidate more than 25 km away from it by
/// at least 1 point; otherwise the mention is ambiguous and the best few are reported.
/// Confidence is the best candidate's softmax share of the scores.
public struct Resolver: Sendable {
    public let gazetteer: Gazetteer
    private let geodesic = Geodesic.wgs84

    static let countryWeight = 3.0, admin1Weight = 2.0, regionBonus = 2.0, nearBorderBonus = 1.0
    static let nearBorderKm = 400.0, coherenceKm = 200.0, coherenceBonus = 1.5, mainNameBonus = 0.5
    static let decisiveGap = 1.0, sameSpotKm = 25.0, anchorGap = 2.0
    static let borderCountries: Set<String> = ["RU", "UA", "BY"]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Resolves the mentions of one document together (they share context).
    public func resolve(_ mentions: [Mention]) -> [ResolvedMention] {
        var borderDistanceKm: [Int: Double] = [:]
        func baseScore(_ candidate: Int, _ mention: Mention) -> Double {
            let place = gazetteer.places[candidate]
            var score = 0.0
            switch place.kind {
            case .country: score += Self.countryWeight
            case .admin1: score += Self.admin1Weight
            case .place: score += log10(Double(place.population) + 1)
            }
            if Self.borderCountries.contains(place.countryCode) { score += Self.regionBonus }
            let distance = borderDistanceKm[candidate] ?? gazetteer.distanceToBorder(from: place.coordinate).distanceKm
            borderDistanceKm[candidate] = distance
            if distance <= Self.nearBorderKm { score += Self.nearBorderBonus }
            if Tokenizer.foldedTokens(of: place.name) == Tokenizer.foldedTokens(of: mention.surface) { score += Self.mainNameBonus }
            return score
        }
        let base = mentions.map { mention in mention.candidates.map { baseScore($0, mention) } }
        // Anchors: mentions whose best candidate leads clearly on weight alone.
        var anchors: [GeoPoint] = []
        for (mention, scores) in zip(mentions, base) {
            let ranked = zip(mention.candidates, scores).sorted { $0.1 > $1.1 }
            if let best = ranked.first, ranked.count == 1 || best.1 - ranked[1].1 >= Self.anchorGap {
                if gazetteer.places[best.0].kind == .place { anchors.append(gazetteer.places[best.0].coordinate) }
            }
        }
        return zip(mentions, base).map { mention, scores in
            decide(mention, scores: scores.enumerated().map { offset, score in
                let point = gazetteer.places[mention.candidates[offset]].coordinate
                let coherent = anchors.contains { geodesic.distanceMeters(from: $0, to: point) / 1000 <= Self.coherenceKm }
                return score + (coherent ? Self.coherenceBonus : 0)
            }, borderDistanceKm: borderDistanceKm)
        }
    }

    private func decide(_ mention: Mention, scores: [Double], borderDistanceKm: [Int: Double]) -> ResolvedMention {
        guard !mention.candidates.isEmpty else {
            return ResolvedMention(mention: mention, status: .unknown, confidence: 0, reason: "no gazetteer entry has this name")
        }
        let ranked = zip(mention.candidates, scores).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let best = ranked[0]
        let bestPlace = gazetteer.places[best.0]
        let rivals = ranked.dropFirst().filter {
            geodesic.distanceMeters(from: gazetteer.places[$0.0].coordinate, to: bestPlace.coordinate) / 1000 > Self.sameSpotKm
        }
        let maxScore = ranked[0].1
        let weights = ranked.map { exp($0.1 - maxScore) }
        let confidence = (weights[0] / weights.reduce(0, +) * 100).rounded() / 100
        if let rival = rivals.first, best.1 - rival.1 < Self.decisiveGap {
            let options = [best] + rivals.prefix(2)
            let names = options.map { describe(gazetteer.places[$0.0]) }.joined(separator: "; ")
            return ResolvedMention(
                mention: mention, status: .ambiguous(options.map(\.0)), confidence: confidence,
                reason: "\(mention.candidates.count) entries share this name and none stands out: \(names)")
        }
        var why: [String] = []
        switch bestPlace.kind {
        case .country: why.append("country")
        case .admin1: why.append(mention.isRegionPhrase ? "named as a region" : "admin1 region")
        case .place: why.append("population \(bestPlace.population)")
        }
        if (borderDistanceKm[best.0] ?? .infinity) <= Self.nearBorderKm { why.append("border region") }
        if mention.candidates.count > 1 { why.append("best of \(mention.candidates.count) entries with this name") }
        return ResolvedMention(mention: mention, status: .resolved(best.0), confidence: confidence, reason: why.joined(separator: "; "))
    }

    private func describe(_ place: Place) -> String {
        place.kind == .country ? "\(place.name) (country)" : "\(place.name) (\(place.admin1Name), \(place.countryCode))"
    }
}
