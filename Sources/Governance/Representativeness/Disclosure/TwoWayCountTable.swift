import Foundation

/// A two-dimensional count table before disclosure control (e.g. category of governor by sex),
/// published with its row totals, column totals and grand total.
public struct TwoWayCountTable: Sendable, Hashable, Codable {
    /// The counts, people: `cells[row][column]`.
    public let cells: [[Int]]

    /// The number of rows.
    public var rowCount: Int { cells.count }
    /// The number of columns.
    public var columnCount: Int { cells.first?.count ?? 0 }
    /// Each row's total.
    public var rowTotals: [Int] { cells.map { $0.reduce(0, +) } }
    /// Each column's total.
    public var columnTotals: [Int] {
        (0..<columnCount).map { column in cells.reduce(0) { $0 + $1[column] } }
    }
    /// The grand total.
    public var grandTotal: Int { rowTotals.reduce(0, +) }

    /// A table of these rows; throws when it is empty, ragged, or holds a negative count.
    public init(rows: [[Int]]) throws(MeasureInputError) {
        guard let width = rows.first?.count, width > 0 else {
            throw .malformedTable("a two-way table needs at least one row and one column")
        }
        guard rows.allSatisfy({ $0.count == width }) else {
            throw .malformedTable("every row of a two-way table needs \(width) cells")
        }
        for row in rows {
            for count in row where count < 0 { throw .negativeCount(count) }
        }
        cells = rows
    }
}
