import ArgumentParser
import Governance
import Store

extension SchoolCommand {
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
