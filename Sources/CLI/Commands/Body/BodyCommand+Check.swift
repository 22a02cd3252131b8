import Application
import ArgumentParser
import Governance
import Reports
import Store

extension BodyCommand {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a body's instrument against the constitution regulations, and its members against the instrument.",
            discussion: """
                Every finding cites its rule. Readings the sources disagree on are options in config/govmon.json \
                (constitution.*) and the output says which reading was used.
                """)
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "The date (default today).") var asOf: CalendarDate?
        @Option(help: "Co-opted seats expected to be staff-eligible (reg 13(5)); default: as the instrument records.")
        var staffEligibleCoOpted: Int?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            let breaches = try await CommandContext.run(global, source: commandSource()) { context in
                let date = asOf ?? context.today
                let b = try await context.register.body(body)
                let report = try await ConstitutionCheckRun(
                    register: context.register, rules: context.configuration.constitutionRules
                ).check(b, on: date, staffEligibleCoOpted: staffEligibleCoOpted)
                if output.format == .table {
                    Console.out(
                        "Body \(b.id) \(b.name), instrument \(report.instrumentID.map(String.init) ?? "-") (effective "
                            + "\(report.instrumentEffective?.iso ?? "-")), on \(date.iso).\nReadings used: \(report.readings)\n\nSeats:\n"
                    )
                    Console.out(
                        Listing(
                            columns: ["category", "seats", "filled", "vacant", "surplus"],
                            rows: report.seats.map {
                                [$0.category.label, String($0.seats), String($0.filled), String($0.vacant), String($0.surplus)]
                            }
                        ).rendered(as: .table) + "\nFindings:\n")
                }
                let rows = report.lines.map { [$0.about, $0.finding.severity.rawValue, $0.finding.citation, $0.finding.message] }
                Console.out(Listing(columns: ["about", "severity", "rule", "finding"], rows: rows).rendered(as: output.format))
                return report.lines.filter { $0.finding.severity == .breach }.count
            }
            // A check that finds a broken rule fails, so that scripts and cron can act on it; the
            // findings are printed either way.
            if breaches > 0 {
                Console.err("govmon: \(breaches) rule(s) broken; see the findings above")
                throw ExitCode(1)
            }
        }
    }
}
