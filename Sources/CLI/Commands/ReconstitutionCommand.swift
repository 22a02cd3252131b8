import ArgumentParser
import Governance
import Store

/// `govmon reconstitution`: reconstitution under the 2012 regulations.
struct ReconstitutionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconstitution",
        abstract: "Track each body's reconstitution stages (review started ... surplus resolved).",
        subcommands: [Start.self, Stage.self, List.self, Status.self, Depart.self])

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start a round of reconstitution (stage review-started).")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "The date the review started.") var date: CalendarDate
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                let id = try await context.register.startReconstitution(bodyID: b.id, on: date, note: note)
                Console.out("Started reconstitution \(id) of body \(b.id) on \(date.iso).\n")
            }
        }
    }

    struct Stage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a stage reached in the body's latest round.",
            discussion: """
                Stages: \(ReconstitutionStage.allCases.map(\.commandLineName).joined(separator: ", ")). \
                Example: govmon reconstitution stage 102626 instrument-made --date 2015-06-01 --instrument 7
                """)
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Argument(help: "The stage reached.") var stage: ReconstitutionStage
        @Option(help: "The date it was reached.") var date: CalendarDate
        @Option(help: "The new instrument's id (for instrument-made or instrument-effective).") var instrument: Int64?
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                let id = try await context.register.recordReconstitutionStage(
                    bodyID: b.id, stage: stage, on: date, instrumentID: instrument, note: note)
                Console.out("Recorded \(stage.label) on \(date.iso) for reconstitution \(id) of body \(b.id).\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List reconstitution rounds and their stages.")
        @Argument(help: "Body id, school URN, or exact body name (default: all).") var body: String?
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let rows = try await context.register.reconstitutions(bodyID: bodyID, laCode: code).map { r -> [String?] in
                    [
                        String(r.id), String(r.bodyID), r.bodyName, r.startedOn.iso,
                        r.stages.max { $0.stage < $1.stage }?.stage.commandLineName, r.instrumentID.map(String.init),
                        r.stages.map { "\($0.stage.commandLineName) \($0.reachedOn.iso)" }.joined(separator: "; "),
                    ]
                }
                Console.out(
                    Listing(
                        columns: ["round", "body", "body name", "started", "furthest stage", "instrument", "stages"],
                        rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}
