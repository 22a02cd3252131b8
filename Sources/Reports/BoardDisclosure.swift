import Governance

/// What the board audience may see of counts about people: one implementation of the disclosure
/// rule (threshold with secondary suppression, `c` for hidden cells), applied to the tables a
/// published paper shows.
public enum BoardDisclosure {
    /// One row of a published table: a label and its published cells.
    public struct PublishedRow: Sendable, Encodable, Equatable {
        public var label: String
        public var inGroup: PublishedCell
        public var notInGroup: PublishedCell
        public var unknown: PublishedCell
        public var total: PublishedCell
        /// Share of declared members in the group, suppressed when any count behind it is.
        public var share: PublishedShare

        enum Key: String, CodingKey { case label, inGroup, notInGroup, unknown, total, share }

        /// As JSON: counts as numbers, hidden cells as "c", the share as a fraction (or "c", or null).
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(label, forKey: .label)
            for (cell, key) in [(inGroup, Key.inGroup), (notInGroup, .notInGroup), (unknown, .unknown), (total, .total)] {
                if let value = cell.value { try c.encode(value, forKey: key) } else { try c.encode("c", forKey: key) }
            }
            switch share {
            case .fraction(let f): try c.encode(f, forKey: .share)
            case .suppressed: try c.encode("c", forKey: .share)
            case .undefined: try c.encodeNil(forKey: .share)
            }
        }
    }

    /// Governors by category (rows, exhaustive) against in group / not in group / unknown
    /// (columns), with every margin published: a two-way table with secondary suppression, so that
    /// no hidden cell can be recovered from the totals. The last row is the total.
    public static func byCategory(_ members: [MemberDeclaration], group: RepresentedGroup, policy: DisclosurePolicy)
        -> [PublishedRow]
    {
        byCategory(members, groups: [group], policy: policy).first ?? []
    }

    /// One such table per group. The tables share their "in post" margin (governors by category
    /// and in all), so a total hidden in one is hidden in all: otherwise a total one table hides
    /// could be read from another and used to work out a hidden cell. Suppression is repeated
    /// until the hidden totals agree (they only grow, so this ends).
    ///
    /// `earlier[g]` holds the cells of group g's table that an earlier published run for the same
    /// authority and date hid, as "row label|column" ("parent governors|In group"); they are
    /// hidden again (consistent suppression), and suppression completed around them.
    public static func byCategory(
        _ members: [MemberDeclaration], groups: [RepresentedGroup], policy: DisclosurePolicy, earlier: [Set<String>] = []
    )
        -> [[PublishedRow]]
    {
        let categories = GovernorCategory.governorCategories.filter { c in members.contains { $0.category == c } }
        let tables = groups.compactMap { group -> TwoWayCountTable? in
            let rows = categories.map { c -> [Int] in
                let counts = GroupCounts(members.filter { $0.category == c }, group: group)
                return [counts.inGroup, counts.declared - counts.inGroup, counts.unknown]
            }
            return rows.isEmpty ? nil : try? TwoWayCountTable(rows: rows)
        }
        guard tables.count == groups.count else { return groups.map { _ in [] } }
        let labels = categories.map { $0.label + " governors" }
        // Earlier runs' hidden "in post" numbers are shared by every group's table.
        let before = earlier.reduce(into: Set<String>()) { $0.formUnion($1) }
        var hiddenRows = Set(labels.indices.filter { before.contains(labels[$0] + "|In post") })
        var hiddenGrand = before.contains("all governors|In post")
        var published: [PublishedTwoWayTable] = []
        while true {
            published = tables.indices.map { g in
                let hid = g < earlier.count ? earlier[g] : []
                let cells = Set(
                    labels.indices.flatMap { i in
                        countColumns.indices.filter { hid.contains(labels[i] + "|" + countColumns[$0]) }.map { i * 3 + $0 }
                    })
                let columns = Set(countColumns.indices.filter { hid.contains("all governors|" + countColumns[$0]) })
                return policy.publish(
                    tables[g], hidingRowTotals: hiddenRows, hidingGrandTotal: hiddenGrand, hidingCells: cells,
                    hidingColumnTotals: columns)
            }
            let rows = Set(published.flatMap { p in p.rowTotals.indices.filter { p.rowTotals[$0] == .suppressed } })
            let grand = published.contains { $0.grandTotal == .suppressed }
            if rows == hiddenRows && grand == hiddenGrand { break }
            hiddenRows.formUnion(rows)
            hiddenGrand = hiddenGrand || grand
        }
        return published.map { table in
            var result: [PublishedRow] = []
            for (index, category) in categories.enumerated() {
                result.append(row(category.label + " governors", cells: table.cells[index], total: table.rowTotals[index]))
            }
            result.append(row("all governors", cells: table.columnTotals, total: table.grandTotal))
            return result
        }
    }

    /// The count columns of a published row, in order (the total is "In post").
    public static let countColumns = ["In group", "Not in group", "Unknown"]

    /// A one-way table (in group / not in group / unknown with its total) for a set such as chairs.
    public static func oneWay(_ label: String, _ members: [MemberDeclaration], group: RepresentedGroup, policy: DisclosurePolicy)
        -> PublishedRow?
    {
        oneWay(label, counts: GroupCounts(members, group: group), policy: policy)
    }

    /// One such row per group for the same members (e.g. chairs): the total is the same in each,
    /// so it is hidden in all if any row must hide it.
    /// `earlier[g]`: the row's cells an earlier published run hid for group g ("chairs|In group"),
    /// hidden again.
    public static func oneWay(
        _ label: String, _ members: [MemberDeclaration], groups: [RepresentedGroup], policy: DisclosurePolicy,
        earlier: [Set<String>] = []
    )
        -> [PublishedRow]
    {
        let tables = groups.compactMap { group -> OneWayCountTable? in
            let counts = GroupCounts(members, group: group)
            return try? OneWayCountTable(cells: [counts.inGroup, counts.declared - counts.inGroup, counts.unknown])
        }
        guard tables.count == groups.count else { return [] }
        func hidden(_ g: Int) -> Set<Int> {
            let hid = g < earlier.count ? earlier[g] : []
            return Set(countColumns.indices.filter { hid.contains(label + "|" + countColumns[$0]) })
        }
        let totalBefore = earlier.contains { $0.contains(label + "|In post") }
        var published = tables.indices.map { policy.publish(tables[$0], hidingTotal: totalBefore, hidingCells: hidden($0)) }
        if published.contains(where: { $0.total == .suppressed }) {
            published = tables.indices.map { policy.publish(tables[$0], hidingTotal: true, hidingCells: hidden($0)) }
        }
        return published.map { row(label, cells: $0.cells, total: $0.total) }
    }

    /// A one-way table from counts already made (e.g. a stored snapshot's).
    public static func oneWay(_ label: String, counts: GroupCounts, policy: DisclosurePolicy) -> PublishedRow? {
        guard let table = try? OneWayCountTable(cells: [counts.inGroup, counts.declared - counts.inGroup, counts.unknown]) else {
            return nil
        }
        let published = policy.publish(table)
        return row(label, cells: published.cells, total: published.total)
    }

    static func row(_ label: String, cells: [PublishedCell], total: PublishedCell) -> PublishedRow {
        // The share is k / (k + not k): suppressed when either count is.
        let declared: PublishedCell
        if case .count(let k) = cells[0], case .count(let other) = cells[1] {
            declared = .count(k + other)
        } else {
            declared = .suppressed
        }
        return PublishedRow(
            label: label, inGroup: cells[0], notInGroup: cells[1], unknown: cells[2], total: total,
            share: DisclosurePolicy.share(cells[0], of: declared))
    }
}
