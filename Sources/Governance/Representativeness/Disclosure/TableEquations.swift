import Foundation

/// The linear equations a reader of a published table knows, over every number in it: the cells
/// and the totals are all variables, and each total equals the sum of its parts.
///
/// Variables are numbered cells first (row-major), then row totals, column totals and the grand
/// total (a one-way table has cells then its total). The equations are written so that every
/// variable has at most one +1 and one -1 coefficient, i.e. the matrix is the incidence matrix of
/// a directed graph (each equation a node, each variable an arc, a missing end meaning a "ground"
/// node). `NonNegativeRecoverability` relies on that shape; such matrices are totally unimodular,
/// which also keeps integer elimination small.
struct TableEquations: Sendable {
    /// The true value of every variable (people).
    let values: [Int]
    /// One dense coefficient row per equation (each row sums its variables to 0).
    let rows: [[Int]]
    /// For each variable, the equation where its coefficient is -1 (tail) and +1 (head);
    /// `rows.count` stands for the ground node when there is none.
    let ends: [(tail: Int, head: Int)]

    /// Equation: total - Σ cells = 0.
    init(_ table: OneWayCountTable) {
        let cellCount = table.cells.count
        values = table.cells + [table.total]
        var row = [Int](repeating: -1, count: cellCount)
        row.append(1)
        rows = [row]
        ends = Self.arcEnds(rows)
    }

    /// Equations: rowTotal_i - Σ_j cell_ij = 0; Σ_i cell_ij - columnTotal_j = 0 (written with
    /// this sign so each cell gets one -1 and one +1); grand - Σ_i rowTotal_i = 0. The grand total
    /// also equals the sum of the column totals, but that follows from the others.
    init(_ table: TwoWayCountTable) {
        let r = table.rowCount, c = table.columnCount
        let count = r * c + r + c + 1
        values = table.cells.flatMap { $0 } + table.rowTotals + table.columnTotals + [table.grandTotal]
        var rows: [[Int]] = []
        for i in 0..<r {
            var row = [Int](repeating: 0, count: count)
            for j in 0..<c { row[i * c + j] = -1 }
            row[r * c + i] = 1
            rows.append(row)
        }
        for j in 0..<c {
            var row = [Int](repeating: 0, count: count)
            for i in 0..<r { row[i * c + j] = 1 }
            row[r * c + r + j] = -1
            rows.append(row)
        }
        var grand = [Int](repeating: 0, count: count)
        for i in 0..<r { grand[r * c + i] = -1 }
        grand[count - 1] = 1
        rows.append(grand)
        self.rows = rows
        ends = Self.arcEnds(rows)
    }

    /// The (tail, head) equations of every variable, read off the coefficient rows.
    private static func arcEnds(_ rows: [[Int]]) -> [(tail: Int, head: Int)] {
        let variableCount = rows.first?.count ?? 0
        return (0..<variableCount).map { variable in
            var tail = rows.count, head = rows.count
            for (index, row) in rows.enumerated() {
                if row[variable] == 1 { head = index } else if row[variable] == -1 { tail = index }
            }
            return (tail, head)
        }
    }

    /// The zero-valued parts of every total in `hidden`. In each equation the total is the one
    /// variable whose coefficient has the sign none of the others has (a row total +1 against its
    /// cells' -1, a column total -1 against +1).
    func zeroPartsOfHiddenTotals(_ hidden: Set<Int>) -> Set<Int> {
        var zeros = Set<Int>()
        for row in rows {
            let plus = row.indices.filter { row[$0] > 0 }, minus = row.indices.filter { row[$0] < 0 }
            let (totals, parts) = plus.count == 1 ? (plus, minus) : (minus, plus)
            guard totals.count == 1, hidden.contains(totals[0]) else { continue }
            zeros.formUnion(parts.filter { values[$0] == 0 })
        }
        return zeros
    }

    /// Whether variables `a` and `b` appear together in some equation.
    func shareAnEquation(_ a: Int, _ b: Int) -> Bool {
        rows.contains { $0[a] != 0 && $0[b] != 0 }
    }
}
