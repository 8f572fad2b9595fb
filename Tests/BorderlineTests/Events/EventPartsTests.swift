import Foundation
import Testing
@testable import Borderline

@Suite struct DateExpressionTests {
    @Test func resolvesAgainstThePublicationDate() {
        func date(_ text: String, _ published: String?) -> EventDate { DateExpression.eventDate(in: text, published: published) }
        #expect(date("on Dec. 30", "2024-01-02") == EventDate(date: "2023-12-30", text: "on Dec. 30", precision: .day))
        #expect(date("on Tuesday", "2024-03-15").date == "2024-03-12")
        #expect(date("on Friday", "2024-03-15").date == "2024-03-15")
        #expect(date("last week", "2024-03-15") == EventDate(date: "2024-03-08", text: "last week", precision: .week))
        #expect(date("last month", "2024-01-15") == EventDate(date: "2023-12-01", text: "last month", precision: .month))
        #expect(date("last year", "2024-01-15") == EventDate(date: "2023-01-01", text: "last year", precision: .year))
        #expect(date("in May", "2024-03-15") == EventDate(date: "2023-05-01", text: "in May", precision: .month))
        #expect(date("yesterday", "2024-03-01").date == "2024-02-29")
        #expect(date("nothing", "2024-03-01") == EventDate(date: "2024-03-01", text: "dateline", precision: .dateline))
        #expect(date("nothing", nil) == .undated)
        #expect(date("on Tuesday", nil) == EventDate(date: nil, text: "on Tuesday", precision: .unknown))
        #expect(date("February 24", nil) == EventDate(date: nil, text: "February 24", precision: .unknown))
        #expect(date("on 24 February 2022", nil).date == "2022-02-24")
    }

    @Test func firstIsTheFirstFound() {
        let sentence = "On Tuesday, two days after the strike of 24 February 2022, officials met at 3 p.m."
        let all = DateExpression.find(SentenceText(sentence))
        #expect(all.count == 3)
        #expect(DateExpression.first(SentenceText(sentence)) == all.first)
        #expect(DateExpression.first(SentenceText(sentence))?.text == "On Tuesday")
        #expect(DateExpression.first(SentenceText("No date here.")) == nil)
    }

    @Test func monthNamesNeedADayOrALead() {
        #expect(DateExpression.find(in: "Officials may comment.").isEmpty)
        #expect(DateExpression.find(in: "March on.").isEmpty)
    }

    @Test func civilDateArithmetic() {
        #expect(CivilDate(iso: "1970-01-01")!.weekday == 4)
        #expect(CivilDate(iso: "2023-12-30")!.weekday == 6)
        #expect(CivilDate(iso: "2024-03-01")!.adding(days: -1).description == "2024-02-29")
        #expect(CivilDate(iso: "2023-02-30") == nil)
    }
}

@Suite struct TimeAndCasualtyTests {
    @Test func timesOfDay() {
        #expect(TimeOfDay.find(in: "at around 3 p.m. local time")?.value == "15:00")
        #expect(TimeOfDay.find(in: "at around 3 p.m. local time")?.text == "around 3 p.m. local time")
        #expect(TimeOfDay.find(in: "at 10:30 a.m.")?.value == "10:30")
        #expect(TimeOfDay.find(in: "drones overnight")?.value == "night")
        #expect(TimeOfDay.find(in: "11 tanks crossed") == nil)
    }

    @Test func casualtyForms() {
        #expect(Casualties.find(in: "killed at least 39 people and injured over 160 others")
            == Casualties(killed: 39, killedQualifier: "at least", injured: 160, injuredQualifier: "over"))
        #expect(Casualties.find(in: "14 people were killed during the attack, including two children")
            == Casualties(killed: 14, childrenKilled: 2))
        #expect(Casualties.find(in: "Some 108 people, including 15 children, were allegedly injured")
            == Casualties(injured: 108, injuredQualifier: "some", childrenInjured: 15))
        #expect(Casualties.find(in: "Twenty-four people, including six children, have been wounded")
            == Casualties(injured: 24, childrenInjured: 6))
        #expect(Casualties.find(in: "Two workers were injured in the inferno") == Casualties(injured: 2))
        #expect(Casualties.find(in: "No one was injured in the fire") == Casualties(injured: 0))
        #expect(Casualties.find(in: "Between 1,200 and 2,000 of the troops were redeployed").isEmpty)
        #expect(Casualties.find(in: "a city about 40 kilometers away").isEmpty)
    }

    @Test func attribution() {
        #expect(Attribution.find(in: "\"A loud bang was heard,\" Russian news agency RIA Novosti said.").sources == ["Russian news agency RIA Novosti"])
        #expect(Attribution.find(in: "The Russian oil company Rosneft, which owns the fuel depot, said no one was injured.").sources.contains("Rosneft"))
        #expect(Attribution.find(in: "Kyiv has not claimed responsibility.").responsibility == .notClaimed)
        #expect(Attribution.find(in: "Kyiv has claimed culpability.").responsibility == .claimed)
        #expect(Attribution.find(in: "He refuted speculation that the explosions were the result of Ukrainian forces.").responsibility == .denied)
        #expect(Attribution.find(in: "Russia accused Ukraine of shelling towns.").responsibility == .accused)
    }
}

@Suite struct EventMergerTests {
    @Test func oneEventReportedByTwoArticles() {
        let a = Document(id: "a", source: "a", text: "Explosions were recorded in Belgorod on Dec. 30, according to Russian Telegram channels.", published: "2023-12-30")
        let b = Document(id: "b", source: "b", text: "Explosions rocked Belgorod on Saturday, the governor said.", published: "2023-12-31")
        let events = EventFixtures.events([a, b])
        #expect(events.count == 1)
        #expect(events.first?.documents == ["a", "b"])
        #expect(events.first?.attribution.sources == ["Russian Telegram channels", "governor"])
        #expect(events.first?.evidence.count == 2)
        #expect(events.first?.id == "event:a:0")
    }

    @Test func undatedEventsDoNotMergeAcrossArticles() {
        let a = Document(id: "a", source: "a", text: "An explosion was heard in Kursk.")
        let b = Document(id: "b", source: "b", text: "An explosion was heard in Kursk.")
        #expect(EventFixtures.events([a, b]).count == 2)
    }

    @Test func orderIsTheOrderOfFirstReports() {
        let a = Document(id: "a", source: "a", text: "A fire broke out in Kursk. Shelling hit Sudzha.")
        let ids = EventFixtures.events([a]).map(\.type)
        #expect(ids == [.fire, .shelling])
    }
}

@Suite struct EventsLayerTests {
    @Test func locatedEventsOnlyWithTheSchemaTypes() throws {
        let events = EventFixtures.events(try EventFixtures.seedDocuments())
        let collection = EventsLayer.collection(events)
        #expect(collection.features.count == events.filter(\.isLocated).count)
        #expect(events.contains { !$0.isLocated })
        let text = GeoJSONText().collection(collection)
        #expect(text.contains("\"geo_precision\":\"region\""))
        #expect(text.contains("\"date\":\"2023-12-30\""))
        #expect(text.contains("\"date\":null"))
        let mapEvents = events.compactMap(\.mapEvent)
        #expect(mapEvents.count == collection.features.count)
        #expect(DateRange.of(documents: try EventFixtures.seedDocuments()) == "2023-12-30")
    }
}

@Suite struct EventIDsTests {
    @Test func writesTheDocumentAndTheStartAfterThePrefix() {
        var ids = EventIDs("doc-0042")
        #expect(ids.id(0) == "event:doc-0042:0")
        #expect(ids.id(1234) == "event:doc-0042:1234")
        // A shorter start after a longer one: only its own digits are taken.
        #expect(ids.id(7) == "event:doc-0042:7")
        #expect(ids.id(Int.max) == "event:doc-0042:\(Int.max)")
        #expect(ids.id(-3) == "event:doc-0042:-3")
        #expect(ids.id(10) == "event:doc-0042:10")
    }

    @Test func keepsAnIdBeyondASCIIAndAnEmptyOne() {
        var wide = EventIDs("Київ–день 1")
        let id = wide.id(250)
        #expect(id == "event:Київ–день 1:250")
        #expect(id.utf8.count == "event:Київ–день 1:250".utf8.count)
        #expect(id.unicodeScalars.count == 21)
        var empty = EventIDs("")
        #expect(empty.id(5) == "event::5")
        // A String made before a later id is not written over by it.
        let first = empty.id(99), second = empty.id(11)
        #expect(first == "event::99" && second == "event::11")
    }
}

@Suite struct CueOpeningsTests {
    /// The entry of `cueOpenings` for a folded ASCII word: its first two bytes (the second zero
    /// for a word of one byte).
    func opens(_ word: String) -> UInt8 {
        var low = 0
        for (i, byte) in word.utf8.prefix(2).enumerated() { low |= Int(byte) << (8 * i) }
        return EventExtractor.cueOpenings[low]
    }

    @Test func tellWhatAWordMayStart() {
        // "fled" is a cue ("evacuation"), and so the first word of one.
        #expect(EventExtractor.cueFirstWords.contains(.fled))
        #expect(opens("fled") & EventExtractor.opensWord != 0)
        // "evacuated" starts the stem "evacuat*".
        #expect(opens("evacuated") & EventExtractor.opensStem != 0)
        // Every cue's first word, and every word that starts a cue stem, is let through.
        for word in EventWord.allCases where EventExtractor.cueFirstWords.contains(word) {
            #expect(opens(word.spelling) & EventExtractor.opensWord != 0)
        }
        // No cue starts with "zq": a word that does is turned away by its entry alone.
        #expect(opens("zqx") == 0)
        #expect(EventExtractor.cueOpenings.count == 1 << 16)
    }
}
