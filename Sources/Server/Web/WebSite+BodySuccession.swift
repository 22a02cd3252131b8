import Application
import Governance

// The body page's succession planning: each school's policy in force and the body's headteacher
// appointments with their record (docs/succession.md). Panel members are named to officers and the
// body's own chair; any other role that may one day see the page gets how many.
extension BodyView {
    struct PolicyRow {
        var school: String
        var policy: String
        var adopted: String
        var review: String
        var diversity: String
    }

    struct RecruitmentRow {
        var planned: String
        var stage: String
        var panel: String
        var confirmed: String
    }

    static func policyRows(_ overview: BodyOverview) -> [PolicyRow] {
        overview.body.schoolURNs.map { urn in
            let held = overview.policies.filter { $0.urn == urn && $0.adoptedOn <= overview.asOf }
            guard let p = held.max(by: { $0.adoptedOn < $1.adoptedOn }) else {
                return PolicyRow(school: "URN \(urn)", policy: "None recorded", adopted: "", review: "", diversity: "")
            }
            return PolicyRow(
                school: "\(p.schoolName) (URN \(urn))",
                policy: p.sourcePhrase.prefix(1).uppercased() + p.sourcePhrase.dropFirst(),
                adopted: p.adoptedOn.iso, review: p.reviewOn?.iso ?? "not set", diversity: p.diversityEvidenced ? "Yes" : "No")
        }
    }

    static func recruitmentRows(_ overview: BodyOverview, namesPanel: Bool) -> [RecruitmentRow] {
        overview.recruitments.filter { $0.recordedOn <= overview.asOf }.map { r in
            let stage =
                if let cancelled = r.cancelledOn, cancelled <= overview.asOf {
                    "Cancelled \(cancelled.iso)"
                } else if let reached = r.stage(on: overview.asOf) {
                    "\(reached.stage.rawValue.prefix(1).uppercased())\(reached.stage.rawValue.dropFirst()) \(reached.reachedOn.iso)"
                } else {
                    "Planned"
                }
            let members = r.panel.filter { $0.joinedOn <= overview.asOf }
            let panel =
                members.isEmpty
                ? "None recorded" : namesPanel ? members.map(\.personName).joined(separator: ", ") : "\(members.count) governors"
            let confirmed = r.confirmation.flatMap { $0.confirmedOn <= overview.asOf ? $0 : nil }
            return RecruitmentRow(
                planned: r.plannedOn.iso, stage: stage, panel: panel,
                confirmed: confirmed.map { "\($0.confirmedOn.iso) (\($0.minute))" } ?? "Not recorded")
        }
    }
}
