import ArgumentParser
import Governance
import Store

/// `govmon school`: schools.
struct SchoolCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "school",
        abstract: "Schools. A maintained school gets a governing body of its own when added.",
        discussion: "Bulk-load schools from GIAS with 'govmon import schools FILE'.",
        subcommands: [Add.self, Update.self, List.self, Show.self])

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

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a school's details (the audit trail keeps the old values).",
            discussion: "Example: govmon school update 102679 --category foundation --foundation with")
        @Argument(help: "The school's URN.") var urn: Int
        @Option(help: "New name.") var name: String?
        @Option(help: "New category.") var category: SchoolCategory?
        @Option(help: "Foundation status: with, without or qualifying.") var foundation: FoundationStatus?
        @Option(help: "Phase of education.") var phase: String?
        @Option(help: "Ward.") var ward: String?
        @Option(help: "Date closed.") var closed: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.register.updateSchool(
                    urn: urn,
                    changes: SchoolChanges(
                        name: name, category: category, foundationStatus: foundation, phase: phase, ward: ward,
                        closeDate: closed))
                Console.out("Updated school \(urn).\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List schools with the body that governs each today.")
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let rows = try await context.register.schools(laCode: code).map { row in
                    let s = row.school
                    return [
                        String(s.urn), s.laestab.map(String.init), s.name, s.category.commandLineName,
                        s.foundationStatus?.commandLineName, s.phase, row.bodyID.map(String.init), s.closeDate?.iso,
                    ]
                }
                Console.out(
                    Listing(
                        columns: ["urn", "laestab", "name", "category", "foundation", "phase", "body", "closed"],
                        rows: rows
                    ).rendered(as: output.format))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one school.")
        @Argument(help: "The school's URN.") var urn: Int
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let row = try await context.register.school(urn: urn)
                let s = row.school
                let fields: [(String, String?)] = [
                    ("urn", String(s.urn)), ("la", String(s.laCode)), ("laestab", s.laestab.map(String.init)), ("name", s.name),
                    ("phase", s.phase), ("establishment type", s.establishmentType),
                    ("category", s.category.commandLineName), ("maintained", s.category.isMaintained ? "yes" : "no"),
                    ("foundation", s.foundationStatus?.commandLineName), ("status", s.status), ("ward", s.ward),
                    ("opened", s.openDate?.iso), ("closed", s.closeDate?.iso),
                    ("body", row.bodyID.map { "\($0) \(row.bodyName ?? "")" }),
                ]
                Console.out(Listing(columns: ["field", "value"], rows: fields.map { [$0.0, $0.1] }).rendered(as: output.format))
            }
        }
    }
}
