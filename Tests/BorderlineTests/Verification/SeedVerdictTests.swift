import Foundation
import Testing
@testable import Borderline

/// Every checkable statement of the four seed articles, with its verdict, and the measured
/// values checked against figures computed independently of Borderline's code:
/// - distances to the border: ../shared/data/checks/ru_ua_border_distances.tsv, computed with
///   pyproj 3.7.2 two ways (aeqd projection centred on the place; the border densified to 50 m
///   steps, minimum of Geod.inv) — Belgorod 35.390 km, Sudzha 11.991 km;
/// - between places: PROJ's `geod` program,
///   `echo "50.60343 36.58091 49.98177 36.25475" | geod +ellps=WGS84 -I -f %.6f`
///   → Belgorod–Kharkiv 72951.414 m; Sumy (50.91741 34.79906) to Kharkiv → back azimuth
///   −44.250554° (the azimuth from Kharkiv towards Sumy).
@Suite("Seed verdicts")
struct SeedVerdictTests {
    struct Expected {
        var kind: ClaimKind
        /// The subject's GeoNames id; for places the resolver cannot settle, its surface instead.
        var subject: Int?
        var verdict: Verdict
        var surface: String? = nil
        var reference: Int? = nil
        var measured: Double? = nil
    }

    static let belgorod = 578072, belgorodOblast = 578071, kharkiv = 706483, kharkivRegion = 706482
    static let sumyRegion = 692196, sudzha = 486816, bryansk = 571476, kurskOblast = 538555

    static let expected: [String: [Expected]] = [
        "000_b226895ee19b64e6": [
            // "Belgorod, a Russian city near the Ukrainian border"
            Expected(kind: .country, subject: belgorod, verdict: .consistent),
            // "in the city, about 20 miles from the Ukrainian border" (the city: Belgorod, named in the sentence before)
            Expected(kind: .borderDistance, subject: belgorod, verdict: .consistent, measured: 35.390),
            // "the city of Bryansk in southwestern Ukraine"
            Expected(kind: .country, subject: bryansk, verdict: .inconsistent),
            Expected(kind: .direction, subject: bryansk, verdict: .unverifiable),
        ],
        "001_7d8314d09207095c": [
            // "Russia's Belgorod"
            Expected(kind: .country, subject: belgorod, verdict: .consistent),
            // "Belgorod, a city about 40 kilometers away from the Ukrainian border"
            Expected(kind: .borderDistance, subject: belgorod, verdict: .consistent, measured: 35.390),
            // "Belgorod Oblast, which borders Ukraine's Kharkiv and Sumy oblasts"
            Expected(kind: .adjacency, subject: belgorodOblast, verdict: .consistent, reference: kharkivRegion),
            Expected(kind: .adjacency, subject: belgorodOblast, verdict: .consistent, reference: sumyRegion),
            Expected(kind: .country, subject: kharkivRegion, verdict: .consistent),
            Expected(kind: .country, subject: sumyRegion, verdict: .consistent),
        ],
        "002_8c53604bdc8ae853": [
            // "Russia's Kursk region"
            Expected(kind: .country, subject: kurskOblast, verdict: .consistent),
            // "the town of Sudzha, 10km (six miles) from the frontline"
            Expected(kind: .borderDistance, subject: sudzha, verdict: .consistent, measured: 11.991),
            // "the north-eastern Kharkiv region"
            Expected(kind: .direction, subject: kharkivRegion, verdict: .consistent),
            // "the Sumy region further north" (than the Kharkiv region)
            Expected(kind: .direction, subject: sumyRegion, verdict: .consistent, reference: kharkivRegion, measured: -44.250554),
        ],
        "003_cbb3035c13c91b5b": [
            // "on Russian soil in the city of Belgorod"
            Expected(kind: .country, subject: belgorod, verdict: .consistent),
            // "Belgorod, a city of 69,000 people" (GeoNames: 345,289)
            Expected(kind: .population, subject: belgorod, verdict: .inconsistent, measured: 345289),
            // "is located 25 miles from the border with Ukraine"
            Expected(kind: .borderDistance, subject: belgorod, verdict: .consistent, measured: 35.390),
            // "and 50 miles from the city of Kharkiv"
            Expected(kind: .placeDistance, subject: belgorod, verdict: .consistent, reference: kharkiv, measured: 72.951414),
            // "the villages of Sloboda and Lukashivka south of Chernihivwhich": the typo leaves the
            // reference unplaced (and the villages are not in cities500), so both are unverifiable.
            Expected(kind: .direction, subject: nil, verdict: .unverifiable, surface: "Sloboda"),
            Expected(kind: .direction, subject: nil, verdict: .unverifiable, surface: "Lukashivka"),
        ],
    ]

    static func seed(_ id: String) -> Document {
        let path = ClaimTestSupport.packageRoot + "/seeds/\(id).txt"
        let text = try! String(contentsOfFile: path, encoding: .utf8)
        return Document(id: id, source: path, text: text)
    }

    @Test("every checkable statement in the seeds is found, with its verdict and measurement", arguments: expected.keys.sorted())
    func seedVerdicts(_ id: String) {
        var checked = ClaimTestSupport.check(Self.seed(id).text, id: id)
        for claim in checked { print("\(id): [\(claim.verdict.rawValue)] \(claim.sentence)") }
        for want in Self.expected[id]! {
            guard let position = checked.firstIndex(where: { claim in
                let sameSubject = want.surface.map { claim.claim.subject?.surface == $0 } ?? (claim.subjectPlace?.geonameID == want.subject)
                return claim.kind == want.kind && sameSubject
                    && (want.reference == nil || claim.referencePlace?.geonameID == want.reference)
            }) else {
                Issue.record("\(id): no \(want.kind.rawValue) claim about \(want.surface ?? want.subject.map { "GeoNames \($0)" } ?? "?")")
                continue
            }
            let found = checked.remove(at: position)
            #expect(found.verdict == want.verdict, "\(id): \(found.sentence)")
            if let measured = want.measured {
                #expect(abs((found.measuredValue ?? .nan) - measured) < 0.1, "\(id): measured \(found.measuredValue ?? .nan), expected \(measured)")
            }
        }
        // Claims that are not checkable statements would be false positives.
        #expect(checked.isEmpty, "\(id): unexpected claims: \(checked.map(\.sentence))")
    }

    @Test("the frontline is measured to the border, and the sentence says so")
    func frontlineSaysBorder() {
        let claim = ClaimTestSupport.check(Self.seed("002_8c53604bdc8ae853").text).first { $0.kind == .borderDistance }!
        #expect(claim.claim.reference == .frontline(wording: "the frontline"))
        #expect(claim.sentence.contains("stands in for the front line"))
        #expect(claim.lineTo != nil)
    }

    @Test("the plain sentence of the seed border claim names stated, measured, the border point and the verdict")
    func plainSentence() {
        let claim = ClaimTestSupport.check(Self.seed("000_b226895ee19b64e6").text).first { $0.kind == .borderDistance }!
        #expect(claim.sentence == "Belgorod: stated about 20 miles (32 km) from the Ukrainian border; measured 35.4 km to the nearest border point near (50.30 N, 36.41 E); tolerance 18.5–45.9 km: consistent.")
    }
}
