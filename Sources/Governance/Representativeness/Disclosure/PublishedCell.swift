import Foundation

/// A count as it may appear in a published table: the number, or `c` (confidential) when
/// disclosure control has suppressed it.
public enum PublishedCell: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A count that may be shown (people).
    case count(Int)
    /// A suppressed count, shown as `c` with a footnote.
    case suppressed

    /// The count, or nil when suppressed.
    public var value: Int? {
        if case .count(let value) = self { return value }
        return nil
    }

    /// What the table shows: the number, or `c`.
    public var description: String {
        switch self {
        case .count(let value): return String(value)
        case .suppressed: return "c"
        }
    }
}
