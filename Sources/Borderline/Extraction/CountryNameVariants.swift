/// Names of countries that the GeoNames country list does not carry (it has one English name
/// per country and no alternates): the Russian and Ukrainian names of the countries this news
/// is about, and common long forms. Names only, keyed by ISO code; the entries, coordinates
/// and populations still come from the gazetteer.
enum CountryNameVariants {
    static let byCode: [String: [String]] = [
        "RU": ["Russian Federation", "Россия", "Росія", "Российская Федерация", "Російська Федерація"],
        "UA": ["Україна", "Украина"],
        "BY": ["Білорусь", "Беларусь", "Byelorussia", "Belorussia"],
        "GE": ["Грузия", "Грузія"],
        "MD": ["Молдова", "Moldavia"],
        "PL": ["Польша", "Польща"],
        "KZ": ["Казахстан"],
        "US": ["United States of America", "USA"],
        "GB": ["Britain", "Great Britain"],
    ]
}
