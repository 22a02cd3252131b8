import ArgumentParser
import Governance
import Store

extension ReconstitutionCommand {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each body's reconstitution on a date: a borough summary and a per-body list.",
            discussion: """
                Reconstituted means an instrument made under the 2012 regulations is in force (dated by the first \
                such instrument); otherwise in progress at the furthest stage of the latest round, or not started; \
                overdue after the deadline (tracking.reconstitution_deadline, default 2015-09-01). Surplus is \
                worked out per category at the moment the new instrument takes effect; departures are recorded \
                with 'govmon reconstitution depart' (the system never chooses who leaves).
                """)
        @Option(help: "The date (default today).") var asOf: CalendarDate?
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let date = asOf ?? context.today
                let deadline = context.configuration.tracking.reconstitutionDeadline
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let bodies = try await context.register.reconstitutionOverview(laCode: code, asOf: date, deadline: deadline)
                if output.format == .table { Console.out(Self.summary(bodies, date: date, deadline: deadline)) }
                let rows = bodies.map { b -> [String?] in
                    var stage: String? = nil
                    if case .inProgress(let s, _, _) = b.state { stage = s.commandLineName }
                    var on: String? = nil
                    if case .reconstituted(let d, _) = b.state { on = d.iso }
                    return [
                        String(b.bodyID), b.bodyName, b.state.key, stage, on, b.state.isOverdue ? "yes" : "no",
                        b.newInstrumentEffective?.iso,
                        b.surpluses.map {
                            "\($0.category.commandLineName) \($0.surplus) (decided \($0.decided), by \($0.decidedBy.rawValue))"
                        }
                        .joined(separator: "; "),
                        String(b.remainingSurplus), b.note,
                    ]
                }
                Console.out(
                    Listing(
                        columns: [
                            "body", "name", "state", "stage", "reconstituted on", "overdue",
                            "new instrument effective", "surplus", "still to leave", "note",
                        ], rows: rows
                    )
                    .rendered(as: output.format))
            }
        }

        static func summary(_ bodies: [BodyReconstitution], date: CalendarDate, deadline: CalendarDate) -> String {
            var onTime = 0, late = 0, notStarted = 0, overdue = 0
            var stages: [ReconstitutionStage: Int] = [:]
            for b in bodies {
                switch b.state {
                case .reconstituted(_, let byDeadline): if byDeadline { onTime += 1 } else { late += 1 }
                case .inProgress(let stage, _, _): stages[stage, default: 0] += 1
                case .notStarted: notStarted += 1
                }
                if b.state.isOverdue { overdue += 1 }
            }
            var text = "Reconstitution on \(date.iso) (deadline \(deadline.iso)), \(bodies.count) maintained bodies:\n"
            text += "  reconstituted by the deadline: \(onTime)\n  reconstituted after the deadline: \(late)\n"
            text += "  in progress: \(stages.values.reduce(0, +))"
            text +=
                stages.isEmpty
                ? "\n"
                : " ("
                    + stages.sorted { $0.key < $1.key }.map { "\($0.key.label) \($0.value)" }
                    .joined(separator: ", ") + ")\n"
            text += "  not started: \(notStarted)\n  overdue: \(overdue)\n"
            let remaining = bodies.reduce(0) { $0 + $1.remainingSurplus }
            text +=
                "  surplus governors still to leave: \(remaining) on \(bodies.filter { $0.remainingSurplus > 0 }.count) bodies\n\n"
            return text
        }
    }
}
