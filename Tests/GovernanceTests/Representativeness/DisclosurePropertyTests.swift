import Foundation
import Governance
import Testing

/// A count skewed towards small values: 40% from 0...6, otherwise 40·u² rounded down (0...40).
private func skewedCount(_ generator: inout SplitMix64) -> Int {
    if generator.int(in: 0...9) < 4 { return generator.int(in: 0...6) }
    let u = generator.unit()
    return Int(40 * u * u)
}

/// What a test needs about one published table: the true cells, what is hidden, and the totals.
private struct Case {
    var truth: [Int]
    var hidden: [Bool]
    /// Every total: its cells, true value, and whether it is published.
    var totals: [(name: String, cells: [Int], value: Int, shown: Bool)]
    /// Published values of shown cells, to compare with the truth.
    var shownCells: [Int?]
}

private func oneWayCase(_ cells: [Int], policy: DisclosurePolicy) throws -> Case {
    let shown = policy.publish(try OneWayCountTable(cells: cells))
    #expect(shown.total == .suppressed || shown.total == .count(cells.reduce(0, +)))
    return Case(
        truth: cells, hidden: shown.cells.map { $0 == .suppressed },
        totals: [("total", Array(cells.indices), cells.reduce(0, +), shown.total != .suppressed)],
        shownCells: shown.cells.map(\.value))
}

private func twoWayCase(_ rows: [[Int]], policy: DisclosurePolicy) throws -> Case {
    let table = try TwoWayCountTable(rows: rows)
    let shown = policy.publish(table)
    let r = rows.count, c = rows[0].count
    var totals: [(name: String, cells: [Int], value: Int, shown: Bool)] = []
    for i in 0..<r {
        let value = rows[i].reduce(0, +)
        #expect(shown.rowTotals[i] == .suppressed || shown.rowTotals[i] == .count(value))
        totals.append(("row \(i)", (0..<c).map { i * c + $0 }, value, shown.rowTotals[i] != .suppressed))
    }
    for j in 0..<c {
        let value = rows.reduce(0) { $0 + $1[j] }
        #expect(shown.columnTotals[j] == .suppressed || shown.columnTotals[j] == .count(value))
        totals.append(("column \(j)", (0..<r).map { $0 * c + j }, value, shown.columnTotals[j] != .suppressed))
    }
    let grand = rows.flatMap { $0 }.reduce(0, +)
    #expect(shown.grandTotal == .suppressed || shown.grandTotal == .count(grand))
    totals.append(("grand", Array(0..<(r * c)), grand, shown.grandTotal != .suppressed))
    let flat = shown.cells.flatMap { $0 }
    return Case(
        truth: rows.flatMap { $0 }, hidden: flat.map { $0 == .suppressed }, totals: totals,
        shownCells: flat.map(\.value))
}

@Test("2,000 random tables: no small count shown, no hidden count recoverable")
func disclosureProperty() throws {
    var generator = SplitMix64(seed: 0x60_7E_4D_0C)
    var hiddenChecked = 0
    for tableNumber in 0..<2000 {
        let threshold = [3, 5, 5, 5, 10][generator.int(in: 0...4)]
        let policy = DisclosurePolicy(threshold: threshold, suppressZeros: generator.int(in: 0...3) == 0)
        let testCase: Case
        if tableNumber % 2 == 0 {
            let cells = (0..<generator.int(in: 2...6)).map { _ in skewedCount(&generator) }
            testCase = try oneWayCase(cells, policy: policy)
        } else {
            let r = generator.int(in: 2...6), c = generator.int(in: 2...6)
            let rows = (0..<r).map { _ in (0..<c).map { _ in skewedCount(&generator) } }
            testCase = try twoWayCase(rows, policy: policy)
        }
        let label = "table \(tableNumber), threshold \(threshold), zeros hidden \(policy.suppressZeros)"

        // (a) Nothing shown is in 1...threshold-1 (nor 0 when zeros are hidden), and what is
        // shown is the truth.
        func allowed(_ value: Int) -> Bool { !policy.isPrimarySuppressed(value) }
        for (index, shownValue) in testCase.shownCells.enumerated() {
            if let shownValue {
                #expect(shownValue == testCase.truth[index] && allowed(shownValue), "\(label)")
            }
        }
        for total in testCase.totals where total.shown {
            #expect(allowed(total.value), "\(label): \(total.name) = \(total.value) shown")
        }

        // (b) Every hidden number, cell or total, takes another value in some non-negative
        // integer completion of the published table (brute force, see CompletionSearch).
        let search = CompletionSearch(
            truth: testCase.truth, hidden: testCase.hidden,
            published: testCase.totals.filter(\.shown).map { ($0.cells, $0.value) }, cap: 45)
        var targets: [(String, [Int])] = testCase.hidden.indices.filter { testCase.hidden[$0] }
            .map { ("cell \($0)", [$0]) }
        targets += testCase.totals.filter { !$0.shown }.map { ($0.name, $0.cells) }
        for (name, cells) in targets {
            let outcome = search.search(changing: cells)
            #expect(outcome == .alternativeFound, "\(label): \(name) \(outcome) in \(testCase.truth)")
            hiddenChecked += 1
        }
    }
    // The generator must actually exercise suppression.
    #expect(hiddenChecked > 2000)
}
