import Application
import ArgumentParser
import Foundation
import Governance
import Store

/// `govmon skills`: the skills audit (docs/skills.md): a framework loaded from a file, governors'
/// answers, and a body's summary with its gaps and "what if these people left".
struct SkillsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skills",
        abstract: "The skills audit: frameworks, governors' answers, a body's gaps (docs/skills.md).",
        subcommands: [Load.self, Questions.self, Answer.self, Invite.self, Seek.self, Summary.self])

    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load a skills audit framework from a CSV file: category,code,question,answer (scale or text).",
            discussion: """
                The DfE's competency framework was withdrawn in 2024: boards use their own or the NGA's. Each line \
                is one question: its category, a short code unique in the file, the question, and how it is \
                answered (scale: 1 no knowledge to 5 expert; text). All or nothing: a bad line is refused with \
                the file, line, field and what was expected. A framework is never changed: load a new one under \
                a new name. Example: govmon skills load skills-2015.csv --name "Merton skills audit 2015"
                """)
        @Argument(help: "The framework file.") var file: String
        @Option(help: "The framework's name (new).") var name: String
        @Option(help: "The date it is loaded (default today).") var on: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let framework = try await SkillsAudit(register: context.register).load(
                    path: file, displayName: file, name: name, on: on ?? context.today)
                let categories = Set(framework.questions.map(\.category)).count
                Console.out(
                    "Loaded skills framework \(framework.id) \"\(framework.name)\": \(framework.questions.count) questions "
                        + "in \(categories) categories.\n")
            }
        }
    }

    struct Questions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a framework's questions (the latest loaded by default).")
        @Option(help: "The framework's name.") var framework: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let stored = try await context.register.skillsFramework(named: framework)
                let rows = stored.questions.map { [$0.code, $0.category, $0.text, $0.kind.rawValue] as [String?] }
                Console.out(
                    Listing(columns: ["code", "category", "question", "answer"], rows: rows).rendered(as: output.format))
            }
        }
    }

    struct Answer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a governor's answer to one question (a new row: earlier answers are kept).",
            discussion: "Example: govmon skills answer A12 --question FIN1 --score 4 --on 2015-10-01")
        @Argument(help: "The governor's appointment (e.g. A12).") var appointment: AppointmentID
        @Option(help: "The question's code.") var question: String
        @Option(help: "The score, 1 (no knowledge) to 5 (expert), for a scale question.") var score: Int?
        @Option(help: "The answer in words, for a text question.") var text: String?
        @Option(help: "The date answered (default today).") var on: CalendarDate?
        @Option(help: "The framework's name (default the latest loaded).") var framework: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let date = on ?? context.today
                let id = try await SkillsAudit(register: context.register).answer(
                    appointment, framework: framework, code: question, on: date, score: score, text: text)
                Console.out("Recorded answer \(id): appointment \(appointment), question \(question), \(date.iso).\n")
            }
        }
    }

    struct Invite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a one-time link to a governor's skills audit form (28 days, no sign-in).",
            discussion: "Example: govmon skills invite A12. The governor answers every question they choose to at once.")
        @Argument(help: "The governor's appointment (e.g. A12), serving today.") var appointment: AppointmentID
        @Option(help: "The framework's name (default the latest loaded).") var framework: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let link = try await SkillsAudit(register: context.register).invite(
                    appointment, framework: framework, today: context.today)
                Console.out(
                    "Send this link to \(link.appointment.personName) (\(appointment.labelled)) for \"\(link.framework.name)\"; "
                        + "it works once, for \(SkillsAudit.linkDays) days:\n")
                Console.out(UserCommand.origin(context.configuration) + link.path + "\n")
            }
        }
    }

    struct Seek: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tag an open vacancy with the skills it seeks (questions of the framework), or --remove them.",
            discussion: """
                The body's skills summary lists its open vacancies' skills beside its gaps. \
                Example: govmon skills seek V7 --question FIN2 --question SL1
                """)
        @Argument(help: "The vacancy (e.g. V7).") var vacancy: VacancyID
        @Option(help: "A question's code (repeat for more).") var question: [String] = []
        @Flag(help: "Stop seeking these skills.") var remove = false
        @Option(help: "The framework's name (default the latest loaded).") var framework: String?
        @Option(help: "The date tagged (default today).") var on: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let audit = SkillsAudit(register: context.register)
                if remove {
                    try await audit.stopSeeking(vacancy, codes: question, framework: framework)
                    Console.out("Vacancy \(vacancy.labelled) no longer seeks \(question.joined(separator: ", ")).\n")
                } else {
                    let added = try await audit.seek(vacancy, codes: question, framework: framework, on: on ?? context.today)
                    Console.out(
                        "Vacancy \(vacancy.labelled) seeks \(question.joined(separator: ", "))"
                            + (added.count < question.count ? " (\(question.count - added.count) already sought)" : "")
                            + ".\n")
                }
            }
        }
    }
}
