import Foundation

/// A one-way table after disclosure control: what may be printed.
public struct PublishedOneWayTable: Sendable, Hashable, Codable {
    /// The cells, each a count or `c`.
    public let cells: [PublishedCell]
    /// The total, a count or `c`.
    public let total: PublishedCell

    /// The share of the total in cell `index` (suppressed if either is); nil for a bad index.
    public func share(ofCell index: Int) -> PublishedShare? {
        guard cells.indices.contains(index) else { return nil }
        return PublishedShare(cells[index], of: total)
    }
}
