import Application
import ArgumentParser
import Governance
import Store

extension SchoolCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a school.",
            discussion: """
                Example: govmon school add --urn 102626 --la 315 --number 2001 --name "Bond Primary School" \
                --category community --phase Primary
                """)
        @Option(help: "The school's six-digit URN.") var urn: Int
        @Option(help: "The LA code (e.g. 315) or name.") var la: String
        @Option(help: "The four-digit establishment number (the ESTAB of LAESTAB).") var number: Int
        @Option(help: "The school's name.") var name: String
        @Option(help: "Which constitution rules apply.") var category: SchoolCategory
        @Option(help: "For foundation schools: with, without or qualifying.") var foundation: FoundationStatus?
        @Option(help: "Phase of education, e.g. Primary.") var phase: String?
        @Option(help: "Ward.") var ward: String?
        @Option(help: "Date opened.") var opened: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let body = try await context.schools.add(
                    .init(
                        urn: urn, authority: la, number: number, name: name, category: category, foundation: foundation,
                        phase: phase, ward: ward, opened: opened))
                Console.out(
                    "Added school \(urn) \(name)"
                        + (body.map { "; it has governing body \($0) of its own.\n" } ?? " (not maintained: no governing body).\n")
                )
            }
        }
    }
}
