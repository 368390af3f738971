import Testing

@testable import PerfPlanCore

/// A table row's shared decimals (`RowDecimals`, docs/data-format.md "Decimals in one row"),
/// worked by hand.
@Suite struct RowDecimalsTests {
    @Test func oneMoreWhenRoundingMovesAFigureByMoreThanATwentieth() {
        // Whole accounts: target 4, actual 2, annual 56/12 = 4.667 (→ 5 is 0.333 off, 7.1 %),
        // best 3 20/3 = 6.667, worst 3 4/3 = 1.333. At 1 decimal: 4.7 (0.7 %), 6.7 (0.5 %),
        // 1.3 (2.5 %): all within 5 % → 1.
        #expect(RowDecimals.of([4, 2, 56.0 / 12, 20.0 / 3, 4.0 / 3], base: 0) == 1)
        // 0.4 days reads 0 (100 % off) → 1.
        #expect(RowDecimals.of([0, 4, 0.4], base: 0) == 1)
        // Revenue in whole EUR: 207,633.33 → 207,633 is 0.0002 % off → 0.
        #expect(RowDecimals.of([200_000, 118_000, 207_633.333, 251_166.667, nil], base: 0) == 0)
        // At the indicator's 2 decimals nothing moves: 44.08, 42.04, 40 → 2.
        #expect(RowDecimals.of([44.08, 42.04, 40, 126.12 / 3], base: 2) == 2)
        // 0.04 with whole data: 0 at 0 decimals, 0.0 at 1 → 2 (the most: base + 2).
        #expect(RowDecimals.of([3, 0.04], base: 0) == 2)
        // Even smaller figures stop at base + 2, never claiming more precision.
        #expect(RowDecimals.of([3, 0.0004], base: 0) == 2)
        // 6.133 beside 6.1 hours (decimals 1): 6.1 is 0.5 % off → 1 (the same reading is no reason for more).
        #expect(RowDecimals.of([6.1333, 6.1, 4], base: 1) == 1)
    }
}

/// The display form of a person's name (`PersonName`, docs/data-format.md "Names").
@Suite struct PersonNameTests {
    @Test func theSortingFormIsTurnedRoundOnce() {
        #expect(PersonName.display("Núñez, Ana") == "Ana Núñez")
        #expect(PersonName.display("García López ,  María José") == "María José García López")
        #expect(PersonName.display("Aisha Rahman") == "Aisha Rahman")
        // Kept as written: a suffix after the comma, two commas, an empty side.
        #expect(PersonName.display("Smith, Jr.") == "Smith, Jr.")
        #expect(PersonName.display("Smith, John, Jr.") == "Smith, John, Jr.")
        #expect(PersonName.display("Smith,") == "Smith,")
        #expect(PersonName.display(", John") == ", John")
    }
}
