import Foundation
import Governance
import Testing

/// Shorthands for expected published cells.
private func n(_ value: Int) -> PublishedCell { .count(value) }
private let c = PublishedCell.suppressed

@Test("one-way table: one small cell needs a partner")
func oneWaySmallCell() throws {
    // By hand: total 43 is published, so hiding only the 3 would leave 43 - 12 - 8 - 0 - 20 = 3.
    // The smallest other non-zero count is 8 (the published 0 is not used as a partner); with
    // 3 and 8 hidden a reader learns only that they add up to 11.
    let table = try OneWayCountTable(cells: [12, 3, 8, 0, 20])
    let shown = DisclosurePolicy().publish(table)
    #expect(shown.cells == [n(12), c, c, n(0), n(20)])
    #expect(shown.total == n(43))
    #expect(shown.cells.map(\.description) == ["12", "c", "c", "0", "20"])
}

@Test("one-way table whose total is itself below the threshold")
func oneWaySmallTotal() throws {
    // By hand: 2, 1 and the total 3 are all in 1...4, so all are hidden; the 0 is hidden too,
    // being a part of a hidden total ("none of them is ..." would be a group disclosure). A
    // reader knows only x1 + x2 + x3 = total, one equation in four unknowns.
    let shown = DisclosurePolicy().publish(try OneWayCountTable(cells: [2, 0, 1]))
    #expect(shown.cells == [c, c, c])
    #expect(shown.total == c)
}

@Test("two-way table: the cheapest rectangle hides a small cell")
func twoWayRectangle() throws {
    // Cells [[10, 2, 7], [6, 9, 8]]: row totals 19, 23; column totals 16, 11, 15; grand 42.
    // By hand: the 2 is primary. A hidden cell is safe only on a cycle of hidden numbers; the
    // cycles through it within the cells are the rectangles {10, 2, 6, 9} (sum 27) and
    // {2, 7, 9, 8} (sum 26); cycles through totals hold 19 and 42 or more. The greedy choice
    // (smallest counts first) ends on the cheaper rectangle.
    let table = try TwoWayCountTable(rows: [[10, 2, 7], [6, 9, 8]])
    let shown = DisclosurePolicy().publish(table)
    #expect(shown.cells == [[n(10), c, c], [n(6), c, c]])
    #expect(shown.rowTotals == [n(19), n(23)])
    #expect(shown.columnTotals == [n(16), n(11), n(15)])
    #expect(shown.grandTotal == n(42))
}

@Test("two-way table with small totals")
func twoWaySmallTotals() throws {
    // Cells [[1, 0], [3, 9]]: row totals 1, 12; column totals 4, 9; grand 13.
    // By hand: primary are cells 1 and 3, row total 1 and column total 4. Alone they are all
    // recoverable (e.g. row total 1 = 13 - 12, then cell 1 = 1, cell 3 = 4 - 1). Greedy step 1
    // hides row total 12: now r1 + r2 = 13 lets cells 1 and 3 trade, but column total 4 is still
    // 13 - 9. Step 2 hides the grand total 13, the only published number left that helps.
    // Check that nothing is recoverable: the published 0, 9 and 9 leave r1 = x11,
    // r2 = x21 + 9, c1 = x11 + x21, g = r1 + r2: four equations in six unknowns, and adding
    // t = ±1 to all of (x11, r1, c1, g), or to all of (x21, r2, c1, g), keeps every one true.
    // Then the 0 beside the hidden row total 1 is hidden too (a part of a hidden total), which
    // x12 = 9 - x22 would give back, so the greedy step hides x22 = 9 (the first of the two 9s
    // by variable number; column total 9 stays): x12 + x22 = 9 leaves x12 free to move with x22.
    let shown = DisclosurePolicy().publish(try TwoWayCountTable(rows: [[1, 0], [3, 9]]))
    #expect(shown.cells == [[c, c], [c, c]])
    #expect(shown.rowTotals == [c, c])
    #expect(shown.columnTotals == [c, n(9)])
    #expect(shown.grandTotal == c)
}

@Test("suppressing zeros as well")
func suppressZerosOption() throws {
    // With suppressZeros the 0 is primary; the total 16 is published, so it needs a partner:
    // the smallest non-zero count, 7. By hand: x1 + x2 = 7 allows (0, 7), (1, 6), ...
    let policy = DisclosurePolicy(threshold: 5, suppressZeros: true)
    let shown = policy.publish(try OneWayCountTable(cells: [0, 7, 9]))
    #expect(shown.cells == [c, c, n(9)])
    #expect(shown.total == n(16))
    // Without the option the 0 is published and nothing needs hiding.
    let plain = DisclosurePolicy().publish(try OneWayCountTable(cells: [0, 7, 9]))
    #expect(plain.cells == [n(0), n(7), n(9)])
}

@Test("a share computed from a hidden count is hidden too")
func publishedShares() throws {
    // By hand: 12/43 = 0.279069..., shown as 27.9%.
    #expect(DisclosurePolicy.share(n(12), of: n(43)) == .fraction(12.0 / 43))
    #expect(DisclosurePolicy.share(n(12), of: n(43)).description == "27.9%")
    #expect(DisclosurePolicy.share(c, of: n(43)) == .suppressed)
    #expect(DisclosurePolicy.share(n(12), of: c) == .suppressed)
    #expect(DisclosurePolicy.share(c, of: n(43)).description == "c")
    #expect(DisclosurePolicy.share(n(0), of: n(0)) == .undefined)
    let shown = DisclosurePolicy().publish(try OneWayCountTable(cells: [12, 3, 8, 0, 20]))
    #expect(shown.share(ofCell: 1) == .suppressed)
    #expect(shown.share(ofCell: 0) == .fraction(12.0 / 43))
    #expect(shown.share(ofCell: 9) == nil)
}

@Test("table input checks and policy defaults")
func tableValidation() {
    #expect(throws: MeasureInputError.self) { try OneWayCountTable(cells: []) }
    #expect(throws: MeasureInputError.negativeCount(-1)) { try OneWayCountTable(cells: [3, -1]) }
    #expect(throws: MeasureInputError.self) { try TwoWayCountTable(rows: [[1, 2], [3]]) }
    #expect(DisclosurePolicy().threshold == 5 && !DisclosurePolicy().suppressZeros)
    #expect(DisclosurePolicy(threshold: 0).threshold == 1)
    #expect(DisclosurePolicy().isPrimarySuppressed(4) && !DisclosurePolicy().isPrimarySuppressed(5))
    #expect(!DisclosurePolicy().isPrimarySuppressed(0))
}
