import Foundation

/// An independent check of disclosure control for tests: a brute-force search over non-negative
/// integer completions of a published table. It shares no code with `DisclosurePolicy`: it
/// knows only the true cells, which of them are hidden, and which totals are published.
///
/// A completion assigns every hidden cell a value in 0...cap so that every published total still
/// adds up. A hidden number (a cell, or a total as the sum of its cells) is safe if some
/// completion gives it a different value from the truth, i.e. its max over completions exceeds
/// its min. Finding such a completion proves safety. The search is a plain depth-first
/// enumeration with two standard speed-ups that never skip a completion: a total with one open
/// cell forces that cell's value, and a partial sum above its total is abandoned.
struct CompletionSearch {
    /// The outcome of one search.
    enum Outcome: Equatable { case alternativeFound, noAlternative, budgetExceeded }

    /// True value of every cell (cell ids are 0..<count).
    let truth: [Int]
    /// Whether each cell is hidden.
    let hidden: [Bool]
    /// Published totals: the cells each adds and its published value.
    let published: [(cells: [Int], sum: Int)]
    /// Largest value tried for a hidden cell.
    let cap: Int
    /// Maximum number of assignments tried per search.
    var budget = 2_000_000

    /// Whether some completion changes the sum of the `target` cells (a single cell, or the cells
    /// of a hidden total).
    func search(changing target: [Int]) -> Outcome {
        let targetSet = Set(target)
        let trueSum = target.reduce(0) { $0 + truth[$1] }
        var value = truth
        var assigned = hidden.map { !$0 }
        let touching: [[Int]] = truth.indices.map { cell in
            published.indices.filter { published[$0].cells.contains(cell) }
        }
        var steps = 0

        func openCells(_ index: Int) -> Int { published[index].cells.filter { !assigned[$0] }.count }
        func assignedSum(_ index: Int) -> Int {
            published[index].cells.reduce(0) { assigned[$1] ? $0 + value[$1] : $0 }
        }
        // Published totals touching `cell`: partial sums not above the total, equal when full.
        func consistent(_ cell: Int) -> Bool {
            touching[cell].allSatisfy { index in
                let sum = assignedSum(index)
                return sum <= published[index].sum && (openCells(index) > 0 || sum == published[index].sum)
            }
        }

        func explore(first: Bool) -> Outcome {
            let open = hidden.indices.filter { !assigned[$0] }
            guard !open.isEmpty else {
                return target.reduce(0) { $0 + value[$1] } != trueSum ? .alternativeFound : .noAlternative
            }
            // First a target cell; afterwards the cell in the total with fewest open cells.
            let cell: Int
            if first, let start = open.first(where: { targetSet.contains($0) }) {
                cell = start
            } else {
                let tightness = { (c: Int) in touching[c].map(openCells).min() ?? Int.max }
                cell = open.min { (tightness($0), $0) < (tightness($1), $1) } ?? open[0]
            }
            var order: [Int] = []
            if let forcing = touching[cell].first(where: { openCells($0) == 1 }) {
                let forced = published[forcing].sum - assignedSum(forcing)
                if (0...cap).contains(forced) { order = [forced] }
            } else {
                // Values nearest the truth first; for the first target cell, the truth last.
                for distance in 1...cap {
                    for candidate in [truth[cell] + distance, truth[cell] - distance]
                    where (0...cap).contains(candidate) {
                        order.append(candidate)
                    }
                }
                if first { order.append(truth[cell]) } else { order.insert(truth[cell], at: 0) }
            }
            for candidate in order {
                steps += 1
                if steps > budget { return .budgetExceeded }
                value[cell] = candidate
                assigned[cell] = true
                defer { assigned[cell] = false }
                guard consistent(cell) else { continue }
                let outcome = explore(first: false)
                if outcome != .noAlternative { return outcome }
            }
            return .noAlternative
        }
        return explore(first: true)
    }
}
