import Foundation

/// A two-way table after disclosure control: what may be printed.
public struct PublishedTwoWayTable: Sendable, Hashable, Codable {
    /// `cells[row][column]`, each a count or `c`.
    public let cells: [[PublishedCell]]
    /// Row totals, each a count or `c`.
    public let rowTotals: [PublishedCell]
    /// Column totals, each a count or `c`.
    public let columnTotals: [PublishedCell]
    /// The grand total, a count or `c`.
    public let grandTotal: PublishedCell
}
