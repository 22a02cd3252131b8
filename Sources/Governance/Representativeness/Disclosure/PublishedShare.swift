import Foundation

/// A share computed from published cells: suppressed whenever its count or its total is, so a
/// percentage can never reveal a hidden count.
public enum PublishedShare: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The share as a fraction (0.25 = 25%).
    case fraction(Double)
    /// The count or the total is suppressed, so the share is too (shown `c`).
    case suppressed
    /// The total is 0: there is no share to show (shown as an en dash).
    case undefined

    /// `count / total` when both are published and the total is positive, `.suppressed` when
    /// either is suppressed, `.undefined` when the total is 0.
    public init(_ cell: PublishedCell, of total: PublishedCell) {
        guard case .count(let count) = cell, case .count(let whole) = total else {
            self = .suppressed
            return
        }
        self = whole > 0 ? .fraction(Double(count) / Double(whole)) : .undefined
    }

    /// A percentage with one decimal, e.g. "12.5%"; `c` when suppressed; "–" when undefined.
    public var description: String {
        switch self {
        case .fraction(let value): return String(format: "%.1f%%", value * 100)
        case .suppressed: return "c"
        case .undefined: return "–"
        }
    }
}
