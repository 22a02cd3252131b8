import Application
import ArgumentParser
import Foundation
import Governance
import Store

extension SkillsCommand {
    struct Summary: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A body's skills by category and question: its gaps, and the gaps if some members left.",
            discussion: """
                A strength is a score of 4 or 5; a question no serving member scores 4 or 5 is a gap. "What if \
                these people left" supposes gone the members whose terms end within --leaving-within months \
                (default 12), or the appointments given with --leaving, and counts the gaps that would leave. \
                Example: govmon skills summary 102649 --as-of 2015-11-30 --leaving A12,A14
                """)
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "The date (default today).") var asOf: CalendarDate?
        @Option(help: "Suppose gone the members whose terms end within this many months.") var leavingWithin = 12
        @Option(help: "Suppose gone these appointments instead (comma-separated, e.g. A12,A14).") var leaving: String?
        @Option(help: "The framework's name (default the latest loaded).") var framework: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let date = asOf ?? context.today
                let who: SkillsAudit.Leaving
                if let leaving {
                    let ids = try leaving.split(separator: ",").map { word -> AppointmentID in
                        let text = word.trimmingCharacters(in: .whitespaces)
                        guard let id = AppointmentID(argument: text) else {
                            throw CLIError.usage("--leaving: expected appointment ids such as A12,A14, found \"\(text)\"")
                        }
                        return id
                    }
                    who = .appointments(ids)
                } else {
                    guard leavingWithin >= 0 else {
                        throw CLIError.usage("--leaving-within: expected a number of months, 0 or more")
                    }
                    who = .termsEndingWithin(months: leavingWithin)
                }
                let b = try await context.register.body(body)
                let (stored, summary, leavers) = try await SkillsAudit(register: context.register).summary(
                    bodyID: b.id, framework: framework, asOf: date, leaving: who)
                if output.format == .table {
                    Console.out(
                        "\(b.name), \(date.iso), framework \"\(stored.name)\": \(summary.answeredMembers) of "
                            + "\(summary.members) members have answered.\n")
                    let names = leavers.map {
                        "\($0.personName) (\($0.id.labelled)\($0.termEnd.map { ", term ends \($0.iso)" } ?? ""))"
                    }
                    Console.out(
                        "If these people left: " + (names.isEmpty ? "no one" : names.joined(separator: "; ")) + ".\n\n")
                    let categories = summary.categories.map {
                        [$0.name, String($0.questions), Self.mean($0.mean), String($0.gaps), String($0.gapsIfTheyLeft)]
                            as [String?]
                    }
                    Console.out(
                        Listing(columns: ["category", "questions", "mean", "gaps", "gaps if they left"], rows: categories)
                            .rendered(as: .table) + "\n")
                }
                let rows = summary.questions.map { q -> [String?] in
                    [
                        q.category, q.code, q.text, String(q.answered), Self.mean(q.mean), String(q.strong),
                        String(q.strongStaying),
                        q.isGap ? "gap" : (q.isGapIfTheyLeft ? "gap if they left" : ""),
                    ]
                }
                Console.out(
                    Listing(
                        columns: ["category", "code", "question", "answered", "mean", "strong", "strong staying", "gap"],
                        rows: rows
                    ).rendered(as: output.format))
                if output.format == .table {
                    let sought = try await SkillsAudit(register: context.register).sought(bodyID: b.id, openOn: date)
                    Console.out("\n" + Self.soughtLine(sought) + "\n")
                }
            }
        }

        /// "Open vacancies seek: V7 (co-opted): FIN2, SL1; ..." from the vacancies' tags.
        static func soughtLine(_ sought: [SoughtSkill]) -> String {
            guard !sought.isEmpty else { return "No open vacancy is tagged with the skills it seeks." }
            let byVacancy = Dictionary(grouping: sought, by: \.vacancyID).sorted { $0.key < $1.key }
            return "Open vacancies seek: "
                + byVacancy.map { id, skills in
                    "\(id.labelled) (\(skills[0].vacancyCategory.label)): \(skills.map(\.code).joined(separator: ", "))"
                }.joined(separator: "; ") + "."
        }

        /// A mean to one decimal place, or a dash when no one answered.
        static func mean(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "-" }
    }
}
