/// The four languages' formats, written out by hand from CLDR (checked against the ICU
/// data of Swift's Foundation on Linux, locales en_GB, de_DE, es_ES, fr_FR), so nothing
/// depends on the machine's locale or ICU version. Where a value departs from CLDR the
/// comment says why; docs/data-format.md ("Languages and number formats") lists them all.
extension LocaleFormat {
    static let noBreakSpace = "\u{00A0}"
    static let narrowNoBreakSpace = "\u{202F}"

    /// English as perfplan's English documents have always written it: day before month
    /// (`31 January 2027`, CLDR en_GB), and a space before `%` (`96.9 %`, ISO style; CLDR
    /// writes `96.9%`) and before units, so wiring this table in changes no English byte.
    /// Abbreviations are the first three letters (`Sep`, as the documents print it).
    package static let english = LocaleFormat(
        language: .en, decimalSeparator: ".", groupingSeparator: ",", minimumGroupingDigits: 1,
        percentSpace: " ", unitSpace: " ",
        monthNames: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ],
        shortMonthNames: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        weekdayNames: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        shortWeekdayNames: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])

    /// CLDR de: `1.250,5`, `96,9 %` and `1.250,5 EUR` with U+00A0, `31. Januar 2027`.
    package static let german = LocaleFormat(
        language: .de, decimalSeparator: ",", groupingSeparator: ".", minimumGroupingDigits: 1,
        percentSpace: noBreakSpace, unitSpace: noBreakSpace,
        monthNames: [
            "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember",
        ],
        shortMonthNames: [
            "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
        ],
        weekdayNames: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        shortWeekdayNames: ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."])

    /// CLDR es: `1250,5` (minimumGroupingDigits 2: four-digit numbers stay ungrouped),
    /// `12.500,5`, `96,9 %` and `1250,5 EUR` with U+00A0, `31 de enero de 2027`; month and
    /// weekday names in lower case, as Spanish writes them.
    package static let spanish = LocaleFormat(
        language: .es, decimalSeparator: ",", groupingSeparator: ".", minimumGroupingDigits: 2,
        percentSpace: noBreakSpace, unitSpace: noBreakSpace,
        monthNames: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre",
        ],
        shortMonthNames: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
        weekdayNames: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        shortWeekdayNames: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"])

    /// CLDR fr: groups of three with U+202F (`1 250,5`), `96,9 %` and `1 250,5 EUR` with
    /// U+00A0 before `%` and units (CLDR's percent pattern has U+00A0, not U+202F),
    /// `31 janvier 2027`. One departure: the first of a month is `1er janvier 2027`, as
    /// French writes it (CLDR's pattern has no ordinal and gives `1 janvier 2027`).
    package static let french = LocaleFormat(
        language: .fr, decimalSeparator: ",", groupingSeparator: narrowNoBreakSpace, minimumGroupingDigits: 1,
        percentSpace: noBreakSpace, unitSpace: noBreakSpace,
        monthNames: [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre",
        ],
        shortMonthNames: [
            "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
        ],
        weekdayNames: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        shortWeekdayNames: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."])
}
