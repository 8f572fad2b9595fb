/// The word sets the sentence rules (`Casualties.figures`, `Attribution.find` and
/// `responsibility`, `DateExpression.first`, `TimeOfDay.find`) read for every sentence, in one
/// value. Each set stays declared next to its rule; this gathers copies of them so that a
/// caller going through a document reads one static (`shared`) once and hands the bundle down,
/// rather than each rule reading its sets as statics one by one per sentence: each static read
/// is a call of `swift_once` (about 2% of the events stage's time, some ten per sentence).
/// Only `WordSet`s (bits held inline), so the value holds no reference: copying or passing it
/// retains and releases nothing.
struct RuleWords: Sendable {
    // Casualties
    let casualtyVerbs: WordSet, killWords: WordSet
    let childWords: WordSet, barriers: WordSet, distanceUnits: WordSet
    // Attribution
    let speechVerbs: WordSet, sourceWords: WordSet, skippable: WordSet, passiveAuxiliaries: WordSet
    let relativePronouns: WordSet, leadingFiller: WordSet, trailingFiller: WordSet
    let responsibilityWords: WordSet, claimWords: WordSet, blameWords: WordSet, denialWords: WordSet
    let accusationWords: WordSet, patternAdverbs: WordSet, claimNegations: WordSet
    // DateExpression
    let dateWords: WordSet, startWords: WordSet, startWordsBesideDayCounts: WordSet, leadWords: WordSet, monthLeads: WordSet
    let yearLeads: WordSet, dayWords: WordSet, relativeDayWords: WordSet
    // TimeOfDay
    let partOfDayWords: WordSet, timeQualifiers: WordSet

    private init() {
        casualtyVerbs = Casualties.casualtyVerbs; killWords = Casualties.killWords
        childWords = Casualties.childWords; barriers = Casualties.barriers; distanceUnits = Casualties.distanceUnits
        speechVerbs = Attribution.speechVerbs; sourceWords = Attribution.sourceWords; skippable = Attribution.skippable
        passiveAuxiliaries = Attribution.passiveAuxiliaries; relativePronouns = Attribution.relativePronouns
        leadingFiller = Attribution.leadingFiller; trailingFiller = Attribution.trailingFiller
        responsibilityWords = Attribution.responsibilityWords; claimWords = Attribution.claimWords
        blameWords = Attribution.blameWords; denialWords = Attribution.denialWords
        accusationWords = Attribution.accusationWords; patternAdverbs = Attribution.patternAdverbs
        claimNegations = Attribution.claimNegations
        dateWords = DateExpression.dateWords; startWords = DateExpression.startWords
        startWordsBesideDayCounts = DateExpression.startWordsBesideDayCounts; leadWords = DateExpression.leadWords
        monthLeads = DateExpression.monthLeads; yearLeads = DateExpression.yearLeads; dayWords = DateExpression.dayWords
        relativeDayWords = DateExpression.relativeDayWords
        partOfDayWords = TimeOfDay.partOfDayWords; timeQualifiers = TimeOfDay.qualifiers
    }

    /// The one bundle, made at first use.
    static let shared = RuleWords()
}
