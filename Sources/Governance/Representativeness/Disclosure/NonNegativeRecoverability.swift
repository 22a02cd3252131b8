import Foundation

/// Which suppressed numbers a reader could pin down using the fact that counts are never
/// negative, even though linear algebra alone leaves them open (e.g. two hidden cells that must
/// add up to 0 are both 0).
///
/// Uses the graph shape of `TableEquations`: a completion can move from the true table along a
/// cycle of suppressed arcs, +1 on arcs walked forwards and -1 on arcs walked backwards, and
/// stays non-negative iff every arc walked backwards holds at least 1. A suppressed variable can
/// take another value iff some such cycle passes through it; since the equations are totally
/// unimodular, this is exact for integer completions.
enum NonNegativeRecoverability {
    /// The suppressed variables (among `checking`, default all of them) that take the same value
    /// in every non-negative integer completion consistent with the published numbers.
    static func pinned(_ equations: TableEquations, suppressed: [Int], checking: [Int]? = nil)
        -> Set<Int>
    {
        let nodes = equations.rows.count + 1
        var result = Set<Int>()
        for variable in checking ?? suppressed {
            // Walk the other arcs: forwards always, backwards only if the count can drop by 1.
            var steps: [(from: Int, to: Int)] = []
            for other in suppressed where other != variable {
                let ends = equations.ends[other]
                steps.append((ends.tail, ends.head))
                if equations.values[other] >= 1 { steps.append((ends.head, ends.tail)) }
            }
            let ends = equations.ends[variable]
            let canRise = reaches(from: ends.head, to: ends.tail, steps: steps, nodes: nodes)
            let canFall =
                equations.values[variable] >= 1
                && reaches(from: ends.tail, to: ends.head, steps: steps, nodes: nodes)
            if !canRise && !canFall { result.insert(variable) }
        }
        return result
    }

    /// Whether `target` can be reached from `start` along the directed steps (breadth first).
    private static func reaches(from start: Int, to target: Int, steps: [(from: Int, to: Int)], nodes: Int)
        -> Bool
    {
        if start == target { return true }
        var seen = [Bool](repeating: false, count: nodes)
        var queue = [start]
        seen[start] = true
        while let node = queue.popLast() {
            for step in steps where step.from == node && !seen[step.to] {
                if step.to == target { return true }
                seen[step.to] = true
                queue.append(step.to)
            }
        }
        return false
    }
}
