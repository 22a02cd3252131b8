import ArgumentParser
import Governance
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
        @Option(help: "Seats for co-opted governors the instrument expects to be staff-eligible (for reg 13(5)).")
        var staffEligibleCoOpted: Int = 0
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let date = asOf ?? context.today
                let rules = context.configuration.constitutionRules
                let b = try await context.register.body(body)
                var schools: [GovernedSchool] = []
                for urn in b.schoolURNs {
                    let s = try await context.register.school(urn: urn).school
                    schools.append(GovernedSchool(s.category, foundationStatus: s.foundationStatus, urn: String(urn)))
                }
                let governed: GovernedSchools =
                    schools.count > 1 ? .federation(schools) : .single(schools.first ?? GovernedSchool(.other))
                guard let record = try await context.register.instrumentInForce(bodyID: b.id, on: date) else {
                    throw CLIError.usage(
                        "body \(b.id) has no instrument of government in force on \(date.iso); "
                            + "record one with 'govmon instrument add'")
                }
                var rows: [[String?]] = []
                switch record.domain(schoolsGoverned: schools.count) {
                case .failure(let problems):
                    for p in problems.problems { rows.append(["instrument", "breach", p.field, p.message]) }
                case .success(let instrument):
                    for f in ConstitutionCheck.check(
                        school: governed, instrument: instrument, rules: rules,
                        staffEligibleCoOptedSeats: staffEligibleCoOpted)
                    {
                        rows.append(["instrument", f.severity.rawValue, f.citation, f.message])
                    }
                    let appointments = try await context.register.appointments(bodyID: b.id).map(\.member)
                    let report = MembershipCheck.check(instrument: instrument, appointments: appointments, on: date, rules: rules)
                    for f in report.findings { rows.append(["members", f.severity.rawValue, f.citation, f.message]) }
                    if output.format == .table {
                        Console.out(
                            "Body \(b.id) \(b.name), instrument \(record.id) (effective \(record.effectiveFrom.iso)), "
                                + "on \(date.iso).\nReadings used: \(rules.description)\n\nSeats:\n")
                        Console.out(
                            Listing(
                                columns: ["category", "seats", "filled", "vacant", "surplus"],
                                rows: report.seatCounts.map {
                                    [
                                        $0.category.label, String($0.seats), String($0.filled), String($0.vacant),
                                        String($0.surplus),
                                    ]
                                }
                            ).rendered(as: .table) + "\nFindings:\n")
                    }
                }
                Console.out(Listing(columns: ["about", "severity", "rule", "finding"], rows: rows).rendered(as: output.format))
            }
        }
    }
}
