import Application
import ArgumentParser
import Governance

extension CandidateCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a candidate for a governor vacancy, the route they came by and their first stage.",
            discussion: "Example: govmon candidate add --la 315 --name \"Amina Yusuf\" --route inspiring-governance "
                + "--vacancy V12 --stage expressed-interest --on 2015-10-01")
        @Option(help: "The authority (code or name).") var la: String
        @Option(help: "The candidate's name.") var name: String
        @Option(help: "How they came to the vacancy.") var route: CandidateRoute
        @Option(help: "The vacancy they are a candidate for, if one yet.") var vacancy: VacancyID?
        @Option(help: "The stage they start at (expressed-interest, applied or shortlisted).") var stage: CandidateStage =
            .expressedInterest
        @Option(help: "The date of that stage.") var on: CalendarDate
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await context.register.localAuthority(la).code
                let candidate = try await CandidateEntry(register: context.register).add(
                    laCode: code, name: name, route: route, vacancyID: vacancy, stage: stage, on: on, note: note)
                Console.out("Recorded candidate \(candidate.id) (\(route.label)), \(stage.label) on \(on.iso).\n")
            }
        }
    }

    struct Stage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a stage a candidate reached: applied, shortlisted (or nominated), appointed (or elected), "
                + "withdrew, not-appointed.",
            discussion: "Example: govmon candidate stage 7 --stage appointed --on 2015-12-01 --appointment A301")
        @Argument(help: "The candidate's id.") var candidate: Int64
        @Option(help: "The stage reached.") var stage: CandidateStage
        @Option(help: "The date.") var on: CalendarDate
        @Option(help: "With --stage appointed: the appointment that followed.") var appointment: AppointmentID?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let c = try await CandidateEntry(register: context.register).reach(
                    candidate, stage: stage, on: on, appointmentID: appointment)
                Console.out("Candidate \(c.id): \(stage.label) on \(on.iso).\n")
            }
        }
    }

    struct Monitor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a candidate's diversity monitoring answers, apart from their application.",
            discussion: "The answers are never shown again, to anyone: they count only in the recruitment funnel's "
                + "figures (govmon recruitment funnel, the board report).")
        @Argument(help: "The candidate's id.") var candidate: Int64
        @Option(help: "The date the answers were given.") var on: CalendarDate
        @Option(help: "Sex as declared.") var sex: DeclaredSex
        @Option(help: "Ethnicity (Census 2021 category) as declared.") var ethnicity: Ethnicity2021
        @Option(help: "How they were collected.") var collectedBy: CollectionMethod
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.register.recordCandidateMonitoring(
                    candidate, on: on, sex: sex, ethnicity: ethnicity, collectedBy: collectedBy)
                // Says that answers were recorded, never what they were.
                Console.out("Recorded monitoring answers for candidate \(candidate) on \(on.iso).\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List candidates and their stages (never their monitoring answers).")
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var void: VoidOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let candidates = try await context.register(void).candidates(laCode: code)
                let rows = candidates.map { c -> [String?] in
                    [
                        String(c.id), String(c.laCode), c.name, c.route.commandLineName, c.vacancyID?.labelled, c.bodyName,
                        c.stages.map { "\($0.stage.commandLineName) \($0.reachedOn.iso)" }.joined(separator: "; "),
                        c.appointmentID?.labelled,
                    ]
                }
                let listing = try await context.markingVoid(
                    Listing(
                        columns: ["candidate", "la", "name", "route", "vacancy", "body", "stages", "appointment"], rows: rows),
                    .candidate, ids: candidates.map(\.id), void)
                Console.out(listing.rendered(as: output.format))
            }
        }
    }
}

extension CandidateCommand {
    struct Invite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a one-time link to the self-service monitoring form for a candidate (28 days, no sign-in).",
            discussion: "Example: govmon candidate invite 7. The answers go to the candidates' monitoring table only, "
                + "apart from the application, and count only in the recruitment funnel.")
        @Argument(help: "The candidate's id.") var candidate: Int64
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let path = try await DiversitySelfService(register: context.register, today: context.today)
                    .inviteCandidate(candidate)
                Console.out(
                    "Send this link to candidate \(candidate); it works once, for \(DiversitySelfService.linkDays) days:\n")
                Console.out(UserCommand.origin(context.configuration) + path + "\n")
            }
        }
    }
}
