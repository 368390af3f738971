import Testing

@testable import PerfPlanCore

/// The four languages' numbers and dates, each string worked out by hand from CLDR (and
/// checked against Foundation's ICU for de_DE, es_ES, fr_FR and en_GB).
@Suite struct LocaleFormatTests {
    static let nbsp = "\u{00A0}", nnbsp = "\u{202F}"
    static let jan31 = Day(year: 2027, month: 1, day: 31)!

    @Test func german() {
        let f = Language.de.format
        #expect(f.longDate(Self.jan31) == "31. Januar 2027")
        #expect(f.monthYear(Month(year: 2027, month: 3)!) == "März 2027")
        #expect(f.percent(96.9, decimals: 1) == "96,9\(Self.nbsp)%")
        #expect(f.quantity(1250.5, unit: "EUR", decimals: 1) == "1.250,5\(Self.nbsp)EUR")
        #expect(f.number(1_234_567.25, decimals: 2) == "1.234.567,25")
        #expect(f.number(-1250.5, decimals: 1) == "-1.250,5")
        #expect(f.number(1000, decimals: 0) == "1.000")
        #expect(f.number(999, decimals: 0) == "999")
        #expect(f.shortDateWithWeekday(Day(year: 2026, month: 12, day: 10)!) == "Do. 10. Dez. 2026")
    }

    @Test func spanish() {
        let f = Language.es.format
        #expect(f.longDate(Self.jan31) == "31 de enero de 2027")
        #expect(f.monthYear(Month(year: 2027, month: 1)!) == "enero de 2027")
        #expect(f.percent(96.9, decimals: 1) == "96,9\(Self.nbsp)%")
        // CLDR es: minimumGroupingDigits 2, so four-digit numbers stay ungrouped.
        #expect(f.quantity(1250.5, unit: "EUR", decimals: 1) == "1250,5\(Self.nbsp)EUR")
        #expect(f.number(9999, decimals: 0) == "9999")
        #expect(f.number(12500.5, decimals: 1) == "12.500,5")
        #expect(f.number(1_234_567.25, decimals: 2) == "1.234.567,25")
        #expect(f.shortDateWithWeekday(Day(year: 2026, month: 12, day: 10)!) == "jue, 10 dic 2026")
    }

    @Test func french() {
        let f = Language.fr.format
        #expect(f.longDate(Self.jan31) == "31 janvier 2027")
        #expect(f.longDate(Day(year: 2027, month: 1, day: 1)!) == "1er janvier 2027")
        #expect(f.monthYear(Month(year: 2027, month: 8)!) == "août 2027")
        #expect(f.percent(96.9, decimals: 1) == "96,9\(Self.nbsp)%")
        #expect(f.quantity(1250.5, unit: "EUR", decimals: 1) == "1\(Self.nnbsp)250,5\(Self.nbsp)EUR")
        #expect(f.number(1_234_567.25, decimals: 2) == "1\(Self.nnbsp)234\(Self.nnbsp)567,25")
        #expect(f.shortDateWithWeekday(Day(year: 2026, month: 12, day: 10)!) == "jeu. 10 déc. 2026")
    }

    @Test func english() {
        let f = Language.en.format
        #expect(f.longDate(Self.jan31) == "31 January 2027")
        #expect(f.monthYear(Month(year: 2027, month: 1)!) == "January 2027")
        #expect(f.percent(96.9, decimals: 1) == "96.9 %")
        #expect(f.quantity(1250.5, unit: "EUR", decimals: 1) == "1,250.5 EUR")
        #expect(f.quantity(1250.5, unit: nil, decimals: 1) == "1,250.5")
        #expect(f.shortDateWithWeekday(Day(year: 2026, month: 12, day: 10)!) == "Thu 10 Dec 2026")
    }

    /// English is the documents' English to the byte: the same numbers as `HumanNumber`.
    @Test func englishNumbersAreTheDocumentsNumbers() {
        var x = -2_000_000.0
        while x < 2_000_000 {
            for decimals in 0...3 {
                #expect(Language.en.format.number(x, decimals: decimals) == HumanNumber.format(x, decimals: decimals))
            }
            x += 7_919.123
        }
    }

    /// Every language rounds as the English documents do; only the separators differ.
    @Test func roundingIsTheSameInEveryLanguage() {
        #expect(
            Language.de.format.number(2.675, decimals: 2) == HumanNumber.format(2.675, decimals: 2).replacingComma())
        #expect(Language.de.format.number(0.5, decimals: 0) == "1")
        #expect(Language.fr.format.number(-0.004, decimals: 2) == "0")
        #expect(Language.es.format.number(12.50, decimals: 2) == "12,5")
    }

    @Test func tablesAreComplete() {
        for language in Language.allCases {
            let f = language.format
            #expect(f.language == language)
            #expect(f.monthNames.count == 12 && f.shortMonthNames.count == 12)
            #expect(f.weekdayNames.count == 7 && f.shortWeekdayNames.count == 7)
        }
        // Monday first, as `Day.weekday` counts: 2027-01-31 is a Sunday.
        #expect(Language.de.format.weekdayNames[Self.jan31.weekday] == "Sonntag")
        #expect(Language.es.format.weekdayNames[Self.jan31.weekday] == "domingo")
        #expect(Language.fr.format.weekdayNames[Self.jan31.weekday] == "dimanche")
    }

    @Test func languageTags() {
        #expect(Language(tag: "de") == .de)
        #expect(Language(tag: "DE") == .de)
        #expect(Language(tag: "Fr") == .fr)
        #expect(Language(tag: "de-CH") == nil)
        #expect(Language(tag: "pt") == nil)
        #expect(Language(tag: "") == nil)
        #expect(Language.acceptedList == "en, de, es or fr")
    }
}

extension String {
    fileprivate func replacingComma() -> String { String(map { $0 == "." ? "," : $0 }) }
}
