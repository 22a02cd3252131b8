import Foundation

/// A one-dimensional count table before disclosure control: cells (e.g. governors by ethnic
/// group) and their total, which is published with them.
public struct OneWayCountTable: Sendable, Hashable, Codable {
    /// The counts, people, in display order.
    public let cells: [Int]

    /// The published total: the sum of the cells.
    public var total: Int { cells.reduce(0, +) }

    /// A table of these counts; throws when there are no cells or a count is negative.
    public init(cells: [Int]) throws(MeasureInputError) {
        guard !cells.isEmpty else { throw .malformedTable("a one-way table needs at least one cell") }
        for count in cells where count < 0 { throw .negativeCount(count) }
        self.cells = cells
    }
}
