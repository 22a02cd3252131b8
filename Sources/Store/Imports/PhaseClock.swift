import Foundation

/// Times the phases of an import for benchmarks (`--timings`).
struct PhaseClock {
    let report: (@Sendable (String, Double) -> Void)?
    private var last = Date()

    init(report: (@Sendable (String, Double) -> Void)?) { self.report = report }

    /// Reports the time since the previous lap under `name`.
    mutating func lap(_ name: String) {
        let now = Date()
        report?(name, now.timeIntervalSince(last))
        last = now
    }
}
