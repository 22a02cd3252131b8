/// One candidate as the funnel counts them: their route, the furthest progress stage they reached
/// by the period's end, and their monitoring answers (unknown when none was given).
public struct FunnelCandidate: Sendable, Equatable {
    public var route: CandidateRoute
    /// The date of their first recorded stage (the candidacy counts in the period it began).
    public var firstOn: CalendarDate
    /// The furthest progress stage reached: 0 expressed interest ... 3 elected or appointed.
    public var furthest: Int
    public var sex: DeclaredSex
    public var ethnicity: Ethnicity2021

    /// The candidate, field by field.
    public init(route: CandidateRoute, firstOn: CalendarDate, furthest: Int, sex: DeclaredSex, ethnicity: Ethnicity2021) {
        self.route = route
        self.firstOn = firstOn
        self.furthest = furthest
        self.sex = sex
        self.ethnicity = ethnicity
    }
}

/// The governor recruitment funnel (docs/recruitment.md): how far candidates got, by membership
/// of a group and by route. Counts are disjoint (each candidate once, in the column of the
/// furthest stage they reached), so the tables are ordinary count tables that disclosure control
/// can protect; how many reached each stage is the sum of the columns from it on. Pure.
public enum CandidateFunnel {
    /// Column headings of the disjoint tables, one per progress stage.
    public static let furthestColumns = [
        "Got no further than expressing interest", "Got no further than applying",
        "Got no further than nomination or shortlisting", "Elected or appointed",
    ]

    /// Row labels of a group's table: in the group, not in it, and not known.
    public static func groupRows(_ group: RepresentedGroup) -> [String] {
        switch group {
        case .women: ["Women", "Men", "Sex not declared"]
        default: [group.label.prefix(1).uppercased() + group.label.dropFirst(), "Not \(group.label)", "Ethnicity not declared"]
        }
    }

    /// The candidates whose candidacy began in `from...to`.
    public static func cohort(_ candidates: [FunnelCandidate], from: CalendarDate, to: CalendarDate) -> [FunnelCandidate] {
        candidates.filter { $0.firstOn >= from && $0.firstOn <= to }
    }

    /// Rows in group / not in group / not declared; columns the furthest stage reached.
    public static func byGroup(_ cohort: [FunnelCandidate], _ group: RepresentedGroup) -> [[Int]] {
        var rows = Array(repeating: Array(repeating: 0, count: 4), count: 3)
        for c in cohort {
            let row =
                switch group.includes(sex: c.sex, ethnicity: c.ethnicity) {
                case .some(true): 0
                case .some(false): 1
                case .none: 2
                }
            rows[row][min(max(c.furthest, 0), 3)] += 1
        }
        return rows
    }

    /// The candidates in `group` by route (every route, in order), columns the furthest stage.
    public static func byRoute(_ cohort: [FunnelCandidate], _ group: RepresentedGroup) -> [[Int]] {
        var rows = Array(repeating: Array(repeating: 0, count: 4), count: CandidateRoute.allCases.count)
        for c in cohort where group.includes(sex: c.sex, ethnicity: c.ethnicity) == true {
            rows[CandidateRoute.allCases.firstIndex(of: c.route)!][min(max(c.furthest, 0), 3)] += 1
        }
        return rows
    }

    /// How many of a disjoint row reached each progress stage: the sum of its columns from that stage on.
    public static func reached(_ row: [Int]) -> [Int] {
        row.indices.map { row[$0...].reduce(0, +) }
    }
}
