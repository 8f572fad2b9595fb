/// The first three gazetteer entries of an ambiguous name (-1 where there are fewer): the key
/// under which the words that list them ("Sloboda, Chernihiv Oblast, UA; Sloboda, Sumy Oblast,
/// UA") are kept (`ClaimChecker.optionDescriptions`).
///
/// Every claim about an ambiguous name gives them as its reason, and the same few names
/// (Sloboda, Pokrovske, Oleksandrivka…) come back claim after claim; writing each entry's
/// name, region and country anew was the largest part of checking such a claim.
struct AmbiguousOptions: Hashable {
    var first: Int
    var second: Int
    var third: Int

    init(_ options: [Int]) {
        first = options.count > 0 ? options[0] : -1
        second = options.count > 1 ? options[1] : -1
        third = options.count > 2 ? options[2] : -1
    }
}
