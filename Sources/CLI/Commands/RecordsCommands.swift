import Application
import ArgumentParser
import Governance
import Reports
import Store

/// `govmon recruitment`: planned headteacher appointments (rec 11).
struct RecruitmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recruitment", abstract: "Planned headteacher appointments (for refresher-training alerts).",
        subcommands: [Plan.self, Cancel.self, List.self])

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a planned headteacher appointment for a body.")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "The planned appointment date.") var planned: CalendarDate
        @Option(help: "The date the plan was recorded (default today).") var recorded: CalendarDate?
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                let id = try await context.register.planHeadteacherRecruitment(
                    bodyID: b.id, recordedOn: recorded ?? context.today, plannedOn: planned, note: note)
                Console.out("Recorded planned headteacher appointment \(id) for body \(b.id) on \(planned.iso).\n")
            }
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel a planned appointment (the record stays).")
        @Argument(help: "The planned recruitment's id.") var recruitment: Int64
        @Option(help: "The date it was cancelled.") var on: CalendarDate
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.register.cancelHeadteacherRecruitment(recruitment, on: on)
                Console.out("Cancelled planned recruitment \(recruitment) from \(on.iso).\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List planned headteacher appointments.")
        @Argument(help: "Body id, school URN, or exact body name (default: all).") var body: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let rows = try await context.register.headteacherRecruitments(bodyID: bodyID).map { r -> [String?] in
                    [String(r.id), String(r.bodyID), r.bodyName, r.recordedOn.iso, r.plannedOn.iso, r.cancelledOn?.iso, r.note]
                }
                Console.out(
                    Listing(
                        columns: ["recruitment", "body", "body name", "recorded", "planned", "cancelled", "note"],
                        rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}

/// `govmon dbs`: enhanced DBS checks.
struct DBSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dbs", abstract: "Enhanced DBS checks (governors appointed from 1 April 2016: within 21 days).",
        subcommands: [Record.self])

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a DBS check application for a person.")
        @Argument(help: "The person id.") var person: Int64
        @Option(help: "The date the check was applied for.") var applied: CalendarDate
        @Option(help: "The date the certificate was issued.") var issued: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.register.person(person)
                let id = try await context.register.recordDBSCheck(personID: person, appliedOn: applied, issuedOn: issued)
                Console.out("Recorded DBS check \(id) for person \(person), applied for on \(applied.iso).\n")
            }
        }
    }
}

/// `govmon review`: chairs' reviews of representativeness (rec 10).
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Chairs' reviews of whether their body represents its community.",
        subcommands: [Record.self, List.self])

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a chair's review: body, chair, date, judgement, actions agreed, date taken to the MGA Board.",
            discussion: "Example: govmon review record 102649 --chair 57 --date 2015-10-20 --judgement partly-representative "
                + "--actions \"recruit parent governors through the Somali community centre\" --board 2015-11-25")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "The chair's appointment id.") var chair: Int64
        @Option(help: "The date of the review.") var date: CalendarDate
        @Option(help: "The chair's judgement.") var judgement: ReviewJudgement
        @Option(help: "Actions agreed.") var actions: String?
        @Option(help: "The date the review was taken to the MGA Board.") var board: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                // The figures the chair looked at, on the review's date, are kept with the review.
                let id = try await ChairReviewRun(register: context.register, bands: context.configuration.representation.bands)
                    .record(
                        bodyID: b.id, chairAppointmentID: chair, reviewedOn: date, judgement: judgement, actions: actions,
                        takenToBoardOn: board)
                Console.out("Recorded chair's review \(id) of body \(b.id) on \(date.iso): \(judgement.commandLineName).\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List chairs' reviews.")
        @Option(help: "Only this body.") var body: String?
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let rows = try await context.register.chairReviews(bodyID: bodyID, laCode: code).map { r -> [String?] in
                    [
                        String(r.id), String(r.bodyID), r.bodyName, r.chairName, r.reviewedOn.iso, r.judgement.commandLineName,
                        r.actionsAgreed, r.takenToBoardOn?.iso,
                    ]
                }
                Console.out(
                    Listing(
                        columns: [
                            "review", "body", "body name", "chair", "reviewed", "judgement", "actions",
                            "to MGA Board",
                        ], rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}
