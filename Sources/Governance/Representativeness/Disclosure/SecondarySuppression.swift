import Foundation

/// Chooses which further numbers to hide so that no hidden number can be worked out.
enum SecondarySuppression {
    /// The suppressed variables that a reader could recover: exactly by linear combination of
    /// the published numbers, or by non-negativity. Sorted.
    static func exposed(_ equations: TableEquations, suppressed: Set<Int>) -> [Int] {
        let hidden = suppressed.sorted()
        let linear = LinearRecoverability.recoverable(equations, suppressed: hidden)
        let bounded = NonNegativeRecoverability.pinned(equations, suppressed: hidden)
        return linear.union(bounded).sorted()
    }

    /// Whether one suppressed variable is exposed (cheaper than `exposed` when only one matters).
    static func isExposed(_ variable: Int, _ equations: TableEquations, suppressed: Set<Int>) -> Bool {
        let hidden = suppressed.sorted()
        return LinearRecoverability.recoverable(equations, suppressed: hidden).contains(variable)
            || !NonNegativeRecoverability.pinned(equations, suppressed: hidden, checking: [variable]).isEmpty
    }

    /// The primary set grown until nothing in it is exposed.
    ///
    /// Greedy and deterministic: take the first exposed variable; among published variables with a
    /// count of at least 1, sorted by (count, variable number), hide the first that makes it safe;
    /// failing that, the first that shares an equation with it; failing that, the first. Zeros are
    /// never chosen as secondary suppressions: a hidden 0 can only move upwards, so it protects
    /// less, and under the default policy zeros are published anyway. The loop ends because every
    /// step hides one more number, and hiding every non-zero number leaves nothing exposed (each
    /// sits on a cycle cell, row total, grand total, column total of non-zero numbers).
    static func complete(_ equations: TableEquations, primary: Set<Int>) -> Set<Int> {
        var suppressed = primary
        while let target = exposed(equations, suppressed: suppressed).first {
            let candidates = equations.values.indices
                .filter { !suppressed.contains($0) && equations.values[$0] > 0 }
                .sorted { (equations.values[$0], $0) < (equations.values[$1], $1) }
            guard let fallback = candidates.first else { break }
            let protecting = candidates.first { candidate in
                !isExposed(target, equations, suppressed: suppressed.union([candidate]))
            }
            let neighbour = candidates.first { equations.shareAnEquation($0, target) }
            suppressed.insert(protecting ?? neighbour ?? fallback)
        }
        return suppressed
    }
}
