import Governance

/// Builds the report model from loaded data: one section per outcome measure of the action plan
/// (recommendations 10-12), each with its finding first. Pure.
public struct BoardReportComposer {
    public let data: BoardReportData
    /// The data on the previous report's date, for "what changed since".
    public let previous: BoardReportData?
    public let audience: ReportAudience
    public let settings: BoardReportSettings

    let groups: [RepresentedGroup]
    let borough: BoroughRepresentation
    let bodies: [BodyRepresentation]
    /// The board's governors-by-category tables, one per group (suppressed together: they share
    /// their totals); empty for officers. Made once: the summary and the representation section
    /// both show cells of them.
    let boardByCategory: [[BoardDisclosure.PublishedRow]]
    /// Cells that earlier recorded runs of the board version for this authority and date hid, as
    /// "table id|row label|column": hidden again (consistent suppression across runs).
    let earlierHidden: Set<String>
    /// `earlierHidden` by group, as each representation table's "row label|column" keys.
    let earlierByGroup: [Set<String>]
    /// The board's chairs rows, one per group, as the representation tables publish them (made
    /// once: the table and the sentences read the same rows).
    let boardChairs: [BoardDisclosure.PublishedRow]

    public init(
        data: BoardReportData, previous: BoardReportData?, audience: ReportAudience, settings: BoardReportSettings,
        earlierHidden: Set<String> = []
    ) {
        self.data = data
        self.previous = previous
        self.audience = audience
        self.settings = settings
        self.earlierHidden = earlierHidden
        let groups = RepresentationFigures.groups(settings.definition)
        self.groups = groups
        borough = RepresentationFigures.borough(
            data.representation, laCode: data.la.code, groups: groups,
            bands: settings.bands, asOf: data.asOf, since: data.since)
        bodies = RepresentationFigures.bodies(data.representation, groups: groups, bands: settings.bands, asOf: data.asOf)
        let earlierByGroup = groups.map { Self.earlier(earlierHidden, $0) }
        self.earlierByGroup = earlierByGroup
        let members = data.representation.members.values.flatMap { $0 }
        boardByCategory =
            audience == .board
            ? BoardDisclosure.byCategory(members, groups: groups, policy: settings.disclosure, earlier: earlierByGroup) : []
        boardChairs =
            audience == .board
            ? BoardDisclosure.oneWay(
                "chairs", members.filter { $0.role == .chair }, groups: groups, policy: settings.disclosure,
                earlier: earlierByGroup) : []
    }

    /// The representation table's id for `group`.
    static func representationTableID(_ group: RepresentedGroup) -> String { "representation-\(group.commandLineName)" }

    /// The cells of `group`'s representation table among `hidden`, as "row label|column".
    static func earlier(_ hidden: Set<String>, _ group: RepresentedGroup) -> Set<String> {
        let prefix = representationTableID(group) + "|"
        return Set(hidden.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
    }

    /// The report.
    public func compose() -> BoardReport {
        BoardReport(
            title: "Representative governing bodies: report to the \(settings.boardNames[data.la.code] ?? "board")",
            board: settings.boardNames[data.la.code],
            laCode: data.la.code, laName: data.la.name, asOf: data.asOf, since: data.since, audience: audience,
            definition: settings.definition.label,
            sections: [
                summarySection(), reconstitutionSection(), membershipSection(), representationSection(), reviewSection(),
                trainingSection(), successionSection(), recruitmentSection(), dataQualitySection(), methodSection(),
            ])
    }

    // MARK: - Shared helpers

    var isBoard: Bool { audience == .board }

    /// A count about people: hidden from the board when below the threshold (zeros are shown), or
    /// when an earlier recorded run for this date hid the cell `key` ("table id|row|column").
    func people(_ count: Int, key: String? = nil) -> ReportCell {
        guard isBoard else { return .count(count) }
        let before = key.map { earlierHidden.contains($0) } ?? false
        return before || settings.disclosure.isPrimarySuppressed(count) ? .suppressed : .count(count)
    }

    /// Counts of people that add up to a total, as the board may see them: a one-way table under
    /// the disclosure policy (threshold with secondary suppression), so no hidden part can be
    /// worked out from the total and the other parts. Officers see every count. `keys` name each
    /// part's cell and then the total's ("table id|row|column", "" for one not shown): those an
    /// earlier recorded run for this date hid are hidden again (consistent suppression).
    func publishedPeople(_ parts: [Int], keys: [String] = []) -> (parts: [ReportCell], total: ReportCell) {
        let total = parts.reduce(0, +)
        guard isBoard, let table = try? OneWayCountTable(cells: parts) else {
            return (parts.map(ReportCell.count), .count(total))
        }
        let before = Set(keys.indices.filter { !keys[$0].isEmpty && earlierHidden.contains(keys[$0]) })
        let published = settings.disclosure.publish(
            table, hidingTotal: before.contains(parts.count), hidingCells: before.filter { $0 < parts.count })
        return (published.cells.map(ReportCell.init), ReportCell(published.total))
    }

    /// Keys of cells in row `row` of table `table`, one per column named.
    static func keys(_ table: String, row: String, _ columns: [String]) -> [String] {
        columns.map { $0.isEmpty ? "" : "\(table)|\(row)|\($0)" }
    }

    /// A share of two published cells: hidden when either is.
    static func share(_ part: ReportCell, of whole: ReportCell) -> ReportCell {
        switch (part, whole) {
        case (.count(let k), .count(let n)) where n > 0: return .share(Double(k) / Double(n))
        case (.suppressed, _), (_, .suppressed): return .suppressed
        default: return .empty
        }
    }

    /// Whether the audience may see the share `inGroup / declared`: for the board only if the
    /// members in the group and the declared members outside it are both publishable counts (a
    /// share beside a published total would give the count away otherwise).
    func mayShowShare(inGroup: Int, declared: Int) -> Bool {
        !isBoard
            || !(settings.disclosure.isPrimarySuppressed(inGroup) || settings.disclosure.isPrimarySuppressed(declared - inGroup))
    }

    /// A borough row's share of declared members in the group, when the audience may see it.
    func publishableShare(_ row: BoroughRepresentation.Row) -> Double? {
        mayShowShare(inGroup: row.counts.inGroup, declared: row.counts.declared) ? row.pooledShare : nil
    }

    /// The share of `breakdown` ("all governors", "chairs") in `group` as the representation
    /// table publishes it: one decision per figure, so a sentence or headline never prints a
    /// share the table hides (for the board, after secondary suppression across the tables).
    func tabledShare(_ breakdown: String, _ group: RepresentedGroup) -> Double? {
        guard isBoard else { return borough(breakdown, group)?.pooledShare }
        guard let index = groups.firstIndex(of: group) else { return nil }
        let row: BoardDisclosure.PublishedRow?
        if breakdown == "chairs" {
            row = index < boardChairs.count ? boardChairs[index] : nil
        } else {
            row = index < boardByCategory.count ? boardByCategory[index].first { $0.label == breakdown } : nil
        }
        guard let row, case .fraction(let share) = row.share else { return nil }
        return share
    }

    /// "50.6% of the borough's community": the group's share of the authority's own profile;
    /// nil when no borough profile is loaded. `communitySource` names the profile.
    func communityPhrase(_ group: RepresentedGroup) -> String? {
        data.representation.boroughShare(of: group).map { "\(ReportFormat.percent($0.share)) of the borough's community" }
    }

    /// "The community shares are the borough's own: <source> (27 March 2011; people aged 18 and
    /// over)." Each profile used once; empty when none is loaded.
    var communitySource: String {
        var named: [String] = []
        for group in groups {
            guard let (_, profile) = data.representation.boroughShare(of: group) else { continue }
            let name = "\(profile.source) (\(ReportFormat.longDate(profile.referenceDate)); \(profile.population))"
            if !named.contains(name) { named.append(name) }
        }
        return named.isEmpty ? "" : "The community shares are the borough's own: \(ReportFormat.list(named)). "
    }

    /// "42 of 53 (79.2%)".
    static func ofPhrase(_ part: Int, _ whole: Int) -> String {
        whole > 0 ? "\(part) of \(whole) (\(ReportFormat.percent(Double(part) / Double(whole))))" : "\(part) of \(whole)"
    }

    var longDate: String { ReportFormat.longDate(data.asOf) }

    func borough(_ breakdown: String, _ group: RepresentedGroup) -> BoroughRepresentation.Row? {
        borough.rows.first { $0.breakdown == breakdown && $0.group == group.commandLineName }
    }
}
