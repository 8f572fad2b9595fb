import Foundation

/// Decides which gazetteer entry each mention of a document means, using the document itself.
///
/// Every candidate gets a score; the parts of the score that favour the winner become the reason.
/// - Feature weight: a country 6, an admin1 region 2 (5 when named as a region: "Kursk
///   region"), a populated place log10(population + 1);
///   "the town of X" removes regions and countries.
/// - The border region first: entries in Russia, Ukraine or Belarus +2; within 400 km of the
///   Russia–Ukraine border +1. The main GeoNames name as written +0.5.
/// - Country and region cues: a possessive ("Russia's Belgorod") +4 when the candidate is in
///   that country or region, −4 when not; a container ("Bryansk in Ukraine", "Sudzha, Kursk
///   region") +3 / −1.5; a demonym in the sentence ("Ukrainian") +0.5; a country named in the
///   same sentence +0.75 (elsewhere in the document +0.25); a region named in the document
///   that contains the candidate +1.
/// - Spatial coherence: +1.5 within 200 km of a place the document names unambiguously, +0.5
///   within 800 km.
/// - Relation phrases: "south of Chernihiv" +4 when the candidate lies within 150 km of the
///   anchor and within 60° of that bearing, −4 otherwise; "near Kharkiv" +4 within 50 km.
///
/// Resolution runs twice: the first pass resolves on weight and sentence cues alone, the second
/// adds what the first pass resolved (possessors, containers, anchors, coherence). The best
/// candidate is chosen when it leads every candidate more than 25 km away by at least 1 point.
/// Otherwise the mention is ambiguous and the best three are reported; when a relation phrase
/// rules out every candidate, or nothing in the gazetteer bears the name, it is unknown.
/// Confidence is the best candidate's softmax share of the scores, with an extra "a place the
/// gazetteer lacks" alternative scored 4 (about a village of 1,000 people in the border region),
/// so a lone small village is never reported as certain.
public struct Resolver: Sendable {
    public let gazetteer: Gazetteer
    private let geodesic = Geodesic.wgs84

    static let countryWeight = 6.0, admin1Weight = 2.0, namedRegionWeight = 5.0, regionBonus = 2.0, nearBorderBonus = 1.0
    static let nearBorderKm = 400.0, mainNameBonus = 0.5
    static let possessorBonus = 4.0, containerBonus = 3.0, containerPenalty = 1.5, demonymBonus = 0.5
    static let sentenceCountryBonus = 0.75, documentCountryBonus = 0.25, documentRegionBonus = 1.0
    static let coherenceNearKm = 200.0, coherenceNearBonus = 1.5, coherenceFarKm = 800.0, coherenceFarBonus = 0.5
    static let relationBonus = 4.0, relationMaxKm = 150.0, relationSectorDegrees = 60.0, nearKm = 50.0
    static let decisiveGap = 1.0, sameSpotKm = 25.0, anchorGap = 2.0, unlistedScore = 4.0
    static let borderCountries: Set<String> = ["RU", "UA", "BY"]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// What the first pass established about the document.
    struct DocumentContext {
        var placeByStart: [Int: Int] = [:]
        var countries: Set<String> = []
        var countriesBySentence: [Int: Set<String>] = [:]
        var regions: Set<String> = []
        /// Confidently resolved places, once per point: the first mention that placed it there
        /// and how many did (a place named a thousand times is one anchor, not a thousand).
        var anchors: [GeoPoint: (firstMention: Int, count: Int)] = [:]
        /// Anchor points in first-mention order, so iteration does not depend on hashing.
        var anchorOrder: [GeoPoint] = []

        /// The anchor points other than one given only by mention `index`.
        func anchorPoints(excluding index: Int) -> [GeoPoint] {
            anchorOrder.filter { point in
                let anchor = anchors[point]!
                return anchor.count > 1 || anchor.firstMention != index
            }
        }
    }

    /// A candidate's score and the cues behind it.
    struct Scored {
        var position: Int
        var score: Double
        var notes: [String]
        var breaksRelation: Bool
    }

    /// Resolves the mentions of one document together (they share context).
    public func resolve(_ mentions: [Mention]) -> [ResolvedMention] {
        var nearBorder: [Int: Bool] = [:]
        for mention in mentions {
            for candidate in mention.candidates where nearBorder[candidate] == nil {
                nearBorder[candidate] = gazetteer.isNearBorder(gazetteer.places[candidate].coordinate, withinKm: Self.nearBorderKm)
            }
        }
        let first = mentions.enumerated().map { decide($0.element, index: $0.offset, context: nil, nearBorder: nearBorder) }
        var context = DocumentContext()
        for (index, (mention, result)) in zip(mentions, first).enumerated() {
            guard let position = result.placeIndex else { continue }
            let place = gazetteer.places[position]
            context.placeByStart[mention.start] = position
            switch place.kind {
            case .country:
                context.countries.insert(place.countryCode)
                context.countriesBySentence[mention.sentenceIndex, default: []].insert(place.countryCode)
            case .admin1:
                context.regions.insert(place.admin1Key)
            case .place:
                if result.margin >= Self.anchorGap || mention.candidates.count == 1 {
                    if let anchor = context.anchors[place.coordinate] {
                        context.anchors[place.coordinate] = (anchor.firstMention, anchor.count + 1)
                    } else {
                        context.anchors[place.coordinate] = (index, 1)
                        context.anchorOrder.append(place.coordinate)
                    }
                }
            }
        }
        return mentions.enumerated().map {
            decide($0.element, index: $0.offset, context: context, nearBorder: nearBorder).resolved
        }
    }

    /// One mention's decision, with the winner's lead over its nearest distant rival.
    struct Decision {
        var resolved: ResolvedMention
        var margin: Double
        var placeIndex: Int? { resolved.placeIndex }
    }

    private func decide(_ mention: Mention, index: Int, context: DocumentContext?, nearBorder: [Int: Bool]) -> Decision {
        func result(_ status: ResolutionStatus, _ confidence: Double, _ reason: String, margin: Double = 0) -> Decision {
            Decision(resolved: ResolvedMention(mention: mention, status: status, confidence: confidence, reason: reason), margin: margin)
        }
        var candidates = mention.candidates
        if mention.context.isSettlement { candidates = candidates.filter { gazetteer.places[$0].kind == .place } }
        guard !candidates.isEmpty else {
            if mention.kind == .district {
                return result(.unknown, 0, "a district: the gazetteer holds no districts (GeoNames ADM2), so it cannot be placed")
            }
            return result(.unknown, 0, mention.candidates.isEmpty
                ? "no gazetteer entry has this name" : "named as a settlement, but no populated place has this name")
        }
        let scored = candidates.map { score($0, mention, index: index, context: context, nearBorder: nearBorder) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }
        let maxScore = max(scored[0].score, Self.unlistedScore)
        let weights = scored.map { exp($0.score - maxScore) }
        let total = weights.reduce(0, +) + exp(Self.unlistedScore - maxScore)
        let confidence = (weights[0] / total * 100).rounded() / 100

        if let relation = mention.context.relation, let anchor = context?.placeByStart[relation.anchorStart],
           scored.allSatisfy(\.breaksRelation) {
            let nearest = scored.map(\.position).min { distanceKm($0, anchor) < distanceKm($1, anchor) }!
            return result(.unknown, 0, "no entry named \(mention.surface) lies \(relation.phrase) "
                + "\(gazetteer.places[anchor].name) (nearest: \(describe(gazetteer.places[nearest])), "
                + "\(Int(distanceKm(nearest, anchor).rounded())) km away); the gazetteer may lack it")
        }
        let best = scored[0]
        let bestPlace = gazetteer.places[best.position]
        let rivals = scored.dropFirst().filter {
            geodesic.distanceMeters(from: gazetteer.places[$0.position].coordinate, to: bestPlace.coordinate) / 1000 > Self.sameSpotKm
        }
        let margin = rivals.first.map { best.score - $0.score } ?? .infinity
        if margin < Self.decisiveGap {
            let options = [best] + rivals.prefix(2)
            let names = options.map { describe(gazetteer.places[$0.position]) }.joined(separator: "; ")
            return result(.ambiguous(options.map(\.position)), confidence,
                          "\(candidates.count) entries share this name and none stands out: \(names)", margin: margin)
        }
        var why: [String] = []
        switch bestPlace.kind {
        case .country: why.append("country")
        case .admin1: why.append(mention.kind == .region ? "named as a region" : "admin1 region")
        case .place: why.append(bestPlace.population > 0 ? "population \(bestPlace.population)" : "populated place")
        }
        why += best.notes
        if candidates.count > 1 { why.append("best of \(candidates.count) entries with this name") }
        return result(.resolved(best.position), confidence, why.joined(separator: "; "), margin: margin)
    }

    private func score(_ candidate: Int, _ mention: Mention, index: Int, context: DocumentContext?, nearBorder: [Int: Bool]) -> Scored {
        let place = gazetteer.places[candidate]
        var score = 0.0
        var notes: [String] = []
        switch place.kind {
        case .country: score += Self.countryWeight
        case .admin1: score += mention.kind == .region ? Self.namedRegionWeight : Self.admin1Weight
        case .place: score += log10(Double(place.population) + 1)
        }
        if Self.borderCountries.contains(place.countryCode) { score += Self.regionBonus }
        if nearBorder[candidate] ?? false {
            score += Self.nearBorderBonus
            notes.append("border region")
        }
        if ScalarFolding.shared.foldedWords(place.name) == ScalarFolding.shared.foldedWords(mention.surface) {
            score += Self.mainNameBonus
        }
        let cues = mention.context
        if cues.demonymCountries.contains(place.countryCode) {
            score += Self.demonymBonus
            notes.append("\(place.countryName) cued in the sentence")
        }
        var breaksRelation = false
        if let context {
            if let owner = cues.possessorStart.flatMap({ context.placeByStart[$0] }).map({ gazetteer.places[$0] }),
               owner.kind != .place {
                if contains(owner, place) {
                    score += Self.possessorBonus
                    notes.append("\(owner.name)'s")
                } else {
                    score -= Self.possessorBonus
                }
            }
            if let container = cues.containerStart.flatMap({ context.placeByStart[$0] }).map({ gazetteer.places[$0] }),
               container.kind != .place {
                if contains(container, place) {
                    score += Self.containerBonus
                    notes.append("in \(container.name)")
                } else {
                    score -= Self.containerPenalty
                }
            }
            if context.countriesBySentence[mention.sentenceIndex]?.contains(place.countryCode) ?? false {
                score += Self.sentenceCountryBonus
            } else if context.countries.contains(place.countryCode) {
                score += Self.documentCountryBonus
            }
            if place.kind == .place && context.regions.contains(place.admin1Key) {
                score += Self.documentRegionBonus
                notes.append("in \(place.admin1Name), named in the document")
            }
            if place.kind != .country, let nearest = nearestAnchorKm(context.anchorPoints(excluding: index), place.coordinate) {
                if nearest <= Self.coherenceNearKm {
                    score += Self.coherenceNearBonus
                    notes.append("near other places in the document")
                } else if nearest <= Self.coherenceFarKm {
                    score += Self.coherenceFarBonus
                }
            }
            if let relation = cues.relation, let anchor = context.placeByStart[relation.anchorStart], anchor != candidate {
                let inverse = geodesic.inverse(from: gazetteer.places[anchor].coordinate, to: place.coordinate)
                let fits: Bool
                if let bearing = relation.bearingDegrees {
                    var difference = abs(inverse.initialAzimuthDegrees - bearing).truncatingRemainder(dividingBy: 360)
                    if difference > 180 { difference = 360 - difference }
                    fits = inverse.distanceKm <= Self.relationMaxKm && difference <= Self.relationSectorDegrees
                } else {
                    fits = inverse.distanceKm <= Self.nearKm
                }
                if fits {
                    score += Self.relationBonus
                    notes.append("\(relation.phrase) \(gazetteer.places[anchor].name)")
                } else {
                    score -= Self.relationBonus
                    breaksRelation = true
                }
            }
        }
        return Scored(position: candidate, score: score, notes: notes, breaksRelation: breaksRelation)
    }

    /// Whether `container` (a country or admin1 region) holds `place`.
    private func contains(_ container: Place, _ place: Place) -> Bool {
        switch container.kind {
        case .country: return place.countryCode == container.countryCode
        case .admin1: return place.admin1Key == container.admin1Key && place.kind != .admin1
        case .place: return false
        }
    }

    /// The distance to the nearest anchor, as far as the coherence rule needs it: exact (PROJ)
    /// wherever it decides which side of `coherenceNearKm` or `coherenceFarKm` the minimum falls;
    /// elsewhere a spherical bracket of the geodesic stands in (a(1−e²)·θ ≤ s ≤ a/√(1−e²)·θ for a
    /// spherical angle θ between the geodetic positions), which is on the same side of both limits
    /// as the exact minimum. Nil when there is no anchor.
    private func nearestAnchorKm(_ anchors: [GeoPoint], _ point: GeoPoint) -> Double? {
        guard !anchors.isEmpty else { return nil }
        func unit(_ p: GeoPoint) -> SIMD3<Double> {
            let lat = p.latitude * .pi / 180, lon = p.longitude * .pi / 180
            return SIMD3(cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat))
        }
        let q = unit(point)
        var bounds: [(low: Double, high: Double, anchor: GeoPoint)] = []
        bounds.reserveCapacity(anchors.count)
        for anchor in anchors {
            let u = unit(anchor)
            let c = SIMD3(q.y * u.z - q.z * u.y, q.z * u.x - q.x * u.z, q.x * u.y - q.y * u.x)
            let theta = atan2((c * c).sum().squareRoot(), (q * u).sum())
            // Rounding slack of a metre each way.
            let low = (theta * 6_335_439.327 - 1) / 1000, high = (theta * 6_399_593.626 + 1) / 1000
            if high <= Self.coherenceNearKm { return high }
            bounds.append((low, high, anchor))
        }
        var best = Double.infinity
        for limit in [Self.coherenceNearKm, Self.coherenceFarKm] {
            for bound in bounds where bound.low <= limit {
                if bound.high <= limit { return min(best, bound.high) }
                let exact = geodesic.distanceMeters(from: bound.anchor, to: point) / 1000
                best = min(best, exact)
                if exact <= limit { return exact }
            }
        }
        // Beyond both limits: any value past them gives the same score.
        return max(best, Self.coherenceFarKm + 1)
    }

    private func distanceKm(_ candidate: Int, _ anchor: Int) -> Double {
        geodesic.distanceMeters(from: gazetteer.places[anchor].coordinate, to: gazetteer.places[candidate].coordinate) / 1000
    }

    private func describe(_ place: Place) -> String {
        place.kind == .country ? "\(place.name) (country)" : "\(place.name) (\(place.admin1Name), \(place.countryCode))"
    }
}
