import Foundation

/// Which suppressed numbers a reader could work out exactly by adding and subtracting published
/// ones, decided with exact integer arithmetic.
///
/// Substituting the published values leaves `A_S x_S = b` over the suppressed variables S. A
/// suppressed x_j is determined iff the unit vector e_j lies in the row space of A_S. After
/// Gauss-Jordan elimination, that holds iff column j has a pivot and the pivot's row has no other
/// non-zero entry.
enum LinearRecoverability {
    /// The suppressed variables that are determined by the published ones. If an intermediate
    /// value ever overflowed (impossible for these totally unimodular systems), every suppressed
    /// variable is reported as recoverable, which errs towards suppressing more.
    static func recoverable(_ equations: TableEquations, suppressed: [Int]) -> Set<Int> {
        var matrix = equations.rows.map { row in suppressed.map { row[$0] } }
            .filter { $0.contains { $0 != 0 } }
        var pivotRow = [Int?](repeating: nil, count: suppressed.count)
        var next = 0
        for column in suppressed.indices where next < matrix.count {
            guard let found = (next..<matrix.count).first(where: { matrix[$0][column] != 0 }) else {
                continue
            }
            matrix.swapAt(next, found)
            for other in matrix.indices where other != next && matrix[other][column] != 0 {
                guard let reduced = eliminate(matrix[other], with: matrix[next], at: column) else {
                    return Set(suppressed)
                }
                matrix[other] = reduced
            }
            pivotRow[column] = next
            next += 1
        }
        var result = Set<Int>()
        for column in suppressed.indices {
            guard let row = pivotRow[column] else { continue }
            if matrix[row].indices.allSatisfy({ $0 == column || matrix[row][$0] == 0 }) {
                result.insert(suppressed[column])
            }
        }
        return result
    }

    /// `row·a - pivot·b` (a, b the two rows' entries at `column`), divided by the gcd of its
    /// entries so numbers stay small; nil on overflow.
    private static func eliminate(_ row: [Int], with pivot: [Int], at column: Int) -> [Int]? {
        let a = pivot[column], b = row[column]
        var result = [Int](repeating: 0, count: row.count)
        var divisor = 0
        for index in row.indices {
            let (left, o1) = row[index].multipliedReportingOverflow(by: a)
            let (right, o2) = pivot[index].multipliedReportingOverflow(by: b)
            let (value, o3) = left.subtractingReportingOverflow(right)
            if o1 || o2 || o3 { return nil }
            result[index] = value
            divisor = gcd(divisor, value.magnitude)
        }
        guard divisor > 1 else { return result }
        return result.map { $0 / divisor }
    }

    /// Greatest common divisor of a running gcd and a magnitude (gcd(0, m) = m).
    private static func gcd(_ a: Int, _ b: UInt) -> Int {
        var x = UInt(a), y = b
        while y != 0 { (x, y) = (y, x % y) }
        // Entries come from |row·a - pivot·b| which fit in Int, so their gcd does too.
        return Int(clamping: x)
    }
}
