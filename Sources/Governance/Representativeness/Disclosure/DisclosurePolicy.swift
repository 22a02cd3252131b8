import Foundation

/// Statistical disclosure control for published count tables (docs/representativeness.md,
/// "Disclosure control"): a minimum cell count with secondary suppression.
///
/// - Primary suppression hides every count with 1 <= count < threshold (and 0 too when
///   `suppressZeros` is set). Totals are counts like any other: a total below the threshold is
///   hidden. Every non-zero part of such a total is then below the threshold as well (a part
///   cannot exceed its whole), so those parts are already hidden. Zeros among the parts of a
///   hidden total (hidden for its own sake or to protect another) are hidden too: published, they
///   would say "none of them" of a group whose size is hidden. Hiding the total removes that equation from what a reader
///   knows, so the remaining cells need less secondary suppression, but the row (or column, or
///   table) then shows only `c` and zeros.
/// - Secondary suppression hides further numbers until no hidden number can be worked out from
///   the published cells and totals, either exactly by linear combination (checked with exact
///   integer elimination) or by the bounds that non-negativity gives.
///
/// It does not model outside knowledge (e.g. that a hidden primary count is between 1 and
/// threshold - 1, or a board's public size): publish per-body results as bands only.
public struct DisclosurePolicy: Sendable, Hashable, Codable {
    /// Minimum publishable non-zero count (default 5; EHRC uses 10, GovernorHub 3). At least 1.
    public let threshold: Int
    /// Whether zero counts are hidden too (default false: zeros are published).
    public let suppressZeros: Bool

    /// A policy; thresholds below 1 are raised to 1 (nothing hidden).
    public init(threshold: Int = 5, suppressZeros: Bool = false) {
        self.threshold = max(1, threshold)
        self.suppressZeros = suppressZeros
    }

    /// Whether a count must be hidden for its own sake (primary suppression).
    public func isPrimarySuppressed(_ count: Int) -> Bool {
        count < threshold && (count >= 1 || suppressZeros)
    }

    /// The footnote for `c`.
    public var footnote: String {
        "c: confidential. Fewer than \(threshold) people, or hidden so that such a count cannot be worked out."
    }

    /// The table as it may be published.
    public func publish(_ table: OneWayCountTable) -> PublishedOneWayTable {
        let shown = published(TableEquations(table))
        let cellCount = table.cells.count
        return PublishedOneWayTable(cells: Array(shown[0..<cellCount]), total: shown[cellCount])
    }

    /// The table as it may be published with its total hidden whatever its size (when another
    /// published table hides the same total).
    /// `hidingCells` (by index) are hidden whatever their size too: cells an earlier published
    /// run hid (consistent suppression across runs).
    public func publish(_ table: OneWayCountTable, hidingTotal: Bool, hidingCells: Set<Int> = []) -> PublishedOneWayTable {
        let cellCount = table.cells.count
        let cells = hidingCells.filter { (0..<cellCount).contains($0) }
        let shown = published(TableEquations(table), forced: cells.union(hidingTotal ? [cellCount] : []))
        return PublishedOneWayTable(cells: Array(shown[0..<cellCount]), total: shown[cellCount])
    }

    /// The table as it may be published, totals included.
    public func publish(_ table: TwoWayCountTable) -> PublishedTwoWayTable {
        let shown = published(TableEquations(table))
        let r = table.rowCount, c = table.columnCount
        return PublishedTwoWayTable(
            cells: (0..<r).map { i in Array(shown[(i * c)..<(i * c + c)]) },
            rowTotals: Array(shown[(r * c)..<(r * c + r)]),
            columnTotals: Array(shown[(r * c + r)..<(r * c + r + c)]),
            grandTotal: shown[r * c + r + c])
    }

    /// The table as it may be published, with some row totals (by row index) and perhaps the grand
    /// total hidden whatever their size: for tables that share those totals with other published
    /// tables, so that what one hides another does not show.
    /// `hidingCells` (row-major indices) and `hidingColumnTotals` are hidden whatever their size
    /// too: numbers an earlier published run hid (consistent suppression across runs).
    public func publish(
        _ table: TwoWayCountTable, hidingRowTotals rows: Set<Int>, hidingGrandTotal: Bool, hidingCells: Set<Int> = [],
        hidingColumnTotals columns: Set<Int> = []
    )
        -> PublishedTwoWayTable
    {
        let r = table.rowCount, c = table.columnCount
        var forced = Set(rows.filter { (0..<r).contains($0) }.map { r * c + $0 })
        forced.formUnion(hidingCells.filter { (0..<(r * c)).contains($0) })
        forced.formUnion(columns.filter { (0..<c).contains($0) }.map { r * c + r + $0 })
        if hidingGrandTotal { forced.insert(r * c + r + c) }
        let shown = published(TableEquations(table), forced: forced)
        return PublishedTwoWayTable(
            cells: (0..<r).map { i in Array(shown[(i * c)..<(i * c + c)]) },
            rowTotals: Array(shown[(r * c)..<(r * c + r)]),
            columnTotals: Array(shown[(r * c + r)..<(r * c + r + c)]),
            grandTotal: shown[r * c + r + c])
    }

    /// `count / total`, suppressed when either is (see `PublishedShare`).
    public static func share(_ cell: PublishedCell, of total: PublishedCell) -> PublishedShare {
        PublishedShare(cell, of: total)
    }

    /// Every variable of the equations, published or `c`.
    ///
    /// A zero among the parts of a hidden total is hidden too, and suppression completed again
    /// until no such zero is left: "none of them is a woman" beside a hidden row of three says
    /// something about each of the three (group disclosure), whatever the total.
    private func published(_ equations: TableEquations, forced: Set<Int> = []) -> [PublishedCell] {
        let primary = Set(equations.values.indices.filter { isPrimarySuppressed(equations.values[$0]) }).union(forced)
        var hidden = SecondarySuppression.complete(equations, primary: primary)
        // Ends: each pass hides at least one more number.
        while true {
            var zeros = equations.zeroPartsOfHiddenTotals(hidden)
            // Secondary suppression picks non-zero counts only, so a hidden zero still pinned
            // by a published zero beside it (a column total of 0) is protected by hiding that zero.
            for pinned in SecondarySuppression.exposed(equations, suppressed: hidden) where equations.values[pinned] == 0 {
                zeros.formUnion(
                    equations.values.indices.filter { equations.values[$0] == 0 && equations.shareAnEquation($0, pinned) })
            }
            if zeros.isSubset(of: hidden) { break }
            hidden = SecondarySuppression.complete(equations, primary: hidden.union(zeros))
        }
        return equations.values.indices.map { hidden.contains($0) ? .suppressed : .count(equations.values[$0]) }
    }
}
