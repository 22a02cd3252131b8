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

        func validate() throws {
            if foundation != nil && !category.hasFoundationStatus {
                throw ValidationError("--foundation applies only to foundation and foundation special schools")
            }
        }

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let la = try await context.register.localAuthority(self.la)
                let school = School(
                    urn: urn, laCode: la.code, establishmentNumber: number, name: name, phase: phase,
                    category: category, foundationStatus: foundation, status: "Open", ward: ward,
                    openDate: opened)
                let body = try await context.register.addSchool(school)
                Console.out(
                    "Added school \(urn) \(name)"
                        + (body.map { "; it has governing body \($0) of its own.\n" } ?? " (not maintained: no governing body).\n")
                )
            }
        }
    }
}
