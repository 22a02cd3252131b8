import Application
import Foundation
import Governance
import Store

// The body page's skills audit (docs/skills.md): by category, the gaps, and the gaps if the
// members whose terms end within twelve months left. The page is for officers and the body's own
// chair, who see its members by name already.
struct SkillsView {
    struct CategoryRow {
        var name: String
        var questions: Int
        var mean: String
        var gaps: Int
        var gapsIfTheyLeft: Int
    }

    var framework: String
    var answered: String
    var leavers: String
    var categories: [CategoryRow]
    var gaps: [String]
    var gapsIfTheyLeft: [String]
    var sought: [Sought]
    /// The officer's form to tag an open vacancy with a skill it seeks; nil for a chair.
    var tagging: Tagging?

    /// A skill sought: "V7 (co-opted): Finance: Audit and value for money (FIN2), a gap", with the
    /// vacancy and code an officer's remove button posts.
    struct Sought {
        var text: String
        var vacancy: String
        var code: String
    }

    struct Option {
        var value: String
        var label: String
    }

    struct Tagging {
        var vacancies: [Option]
        var questions: [Option]
        var csrf: String
    }

    init(
        _ skills: (framework: StoredSkillsFramework, summary: SkillsSummary, leavers: [Appointment]), sought: [SoughtSkill],
        asOf: CalendarDate, tagging openVacancies: [Vacancy]?, csrf: String
    ) {
        let s = skills.summary
        framework = skills.framework.name
        answered = "\(s.answeredMembers) of \(s.members) members have answered"
        leavers =
            skills.leavers.isEmpty
            ? "No member's term ends within twelve months."
            : "If the members whose terms end within twelve months left ("
                + skills.leavers.map { Self.leaver($0, asOf: asOf) }.joined(separator: "; ") + "):"
        categories = s.categories.map {
            CategoryRow(
                name: $0.name, questions: $0.questions, mean: $0.mean.map { String(format: "%.1f", $0) } ?? "no answers",
                gaps: $0.gaps, gapsIfTheyLeft: $0.gapsIfTheyLeft)
        }
        gaps = s.questions.filter(\.isGap).map { "\($0.category): \($0.text) (\($0.code))" }
        gapsIfTheyLeft = s.questions.filter { !$0.isGap && $0.isGapIfTheyLeft }.map { "\($0.category): \($0.text) (\($0.code))" }
        let gapCodes = Set(s.questions.filter(\.isGap).map(\.code))
        self.sought = sought.map {
            Sought(
                text: "\($0.vacancyID.labelled) (\($0.vacancyCategory.label)): \($0.category): \($0.question) (\($0.code))"
                    + (gapCodes.contains($0.code) ? ", a gap" : ""),
                vacancy: $0.vacancyID.labelled, code: $0.code)
        }
        tagging = openVacancies.flatMap { vacancies in
            vacancies.isEmpty
                ? nil
                : Tagging(
                    vacancies: vacancies.map {
                        Option(
                            value: $0.id.labelled, label: "\($0.id.labelled): \($0.category.label), open since \($0.openedOn.iso)"
                        )
                    },
                    questions: skills.framework.questions.map {
                        Option(
                            value: $0.code,
                            label: "\($0.category): \($0.text) (\($0.code))" + (gapCodes.contains($0.code) ? ", a gap" : ""))
                    }, csrf: csrf)
        }
    }

    // A term that ran out without a recorded end still counts as serving (docs/glossary.md), and
    // is said to have ended rather than to end.
    private static func leaver(_ appointment: Appointment, asOf: CalendarDate) -> String {
        guard let end = appointment.termEnd else { return appointment.personName }
        return "\(appointment.personName), term \(end < asOf ? "ended" : "ends") \(end.iso)"
    }
}
