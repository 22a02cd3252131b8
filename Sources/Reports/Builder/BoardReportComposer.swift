import Governance
import Store

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

    public init(data: BoardReportData, previous: BoardReportData?, audience: ReportAudience, settings: BoardReportSettings) {
        self.data = data
        self.previous = previous
        self.audience = audience
        self.settings = settings
        groups = RepresentationFigures.groups(settings.definition)
        borough = RepresentationFigures.borough(
            data.representation, laCode: data.la.code, groups: groups,
            bands: settings.bands, asOf: data.asOf, since: data.since)
        bodies = RepresentationFigures.bodies(data.representation, groups: groups, bands: settings.bands, asOf: data.asOf)
    }

    /// The report.
    public func compose() -> BoardReport {
        BoardReport(
            title: "Representative governing bodies: report to the Merton Governors' Association Board",
            laCode: data.la.code, laName: data.la.name, asOf: data.asOf, since: data.since, audience: audience,
            definition: settings.definition.label,
            sections: [
                summarySection(), reconstitutionSection(), membershipSection(), representationSection(), reviewSection(),
                trainingSection(), dataQualitySection(), methodSection(),
            ])
    }

    // MARK: - Shared helpers

    var isBoard: Bool { audience == .board }

    /// A count about people: hidden from the board when below the threshold (zeros are shown).
    func people(_ count: Int) -> ReportCell {
        isBoard && settings.disclosure.isPrimarySuppressed(count) ? .suppressed : .count(count)
    }

    /// A share of people: hidden from the board when either count behind it is.
    func peopleShare(_ part: Int, of whole: Int) -> ReportCell {
        guard whole > 0 else { return .empty }
        if isBoard
            && (settings.disclosure.isPrimarySuppressed(part) || settings.disclosure.isPrimarySuppressed(whole - part)
                || settings.disclosure.isPrimarySuppressed(whole))
        {
            return .suppressed
        }
        return .share(Double(part) / Double(whole))
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
