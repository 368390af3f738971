import Testing

@testable import PerfPlanCore

/// `unit_de` and its siblings: one form, or the singular and the plural as `Tag|Tage`.
@Suite struct TranslatedUnitTests {
    @Test func aCellGivesThePluralAndOptionallyTheSingular() {
        #expect(TranslatedUnit(cell: "Tage") == TranslatedUnit(plural: "Tage"))
        #expect(TranslatedUnit(cell: "Tag|Tage") == TranslatedUnit(plural: "Tage", singular: "Tag"))
        #expect(TranslatedUnit(cell: " día | días ") == TranslatedUnit(plural: "días", singular: "día"))
        #expect(TranslatedUnit(cell: "Tag|") == nil)
        #expect(TranslatedUnit(cell: "|Tage") == nil)
        #expect(TranslatedUnit(cell: "a|b|c") == nil)
    }

    @Test func anIndicatorPrintsItsTranslationElseItsUnit() {
        var i = Indicator(id: "d", name: "Delay", unit: "days", direction: .lower, weight: 1)
        i.translatedUnits[.de] = TranslatedUnit(plural: "Tage", singular: "Tag")
        #expect(i.unit(in: .de) == "Tage")
        #expect(i.unit(in: .fr) == "days")
        #expect(i.unit(in: .en) == "days")
        #expect(i.unit == "days")
    }
}
