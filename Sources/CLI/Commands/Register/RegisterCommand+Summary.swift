import ArgumentParser
import Governance
import Store

extension RegisterCommand {
    struct Summary: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Headline figures for a local authority on a date.")
        @Option(help: "The LA (code or name).") var la: String
        @Option(help: "The date (default today).") var asOf: CalendarDate?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await context.register.localAuthority(la).code
                let s = try await context.register.summary(laCode: code, asOf: asOf ?? context.today)
                Console.out(Self.listing(s).rendered(as: output.format))
            }
        }

        static func listing(_ s: RegisterSummary) -> Listing {
            var rows: [[String?]] = [
                ["local authority", "\(s.laCode) \(s.laName)"], ["as of", s.asOf.iso],
                ["schools open", String(s.schools)], ["maintained schools", String(s.maintainedSchools)],
                ["governing bodies", String(s.bodies)], ["federations", String(s.federations)],
                ["seats on instruments in force", String(s.seats)], ["serving governors", String(s.servingGovernors)],
            ]
            for category in GovernorCategory.governorCategories {
                rows.append(["  \(category.label)", String(s.servingByCategory[category] ?? 0)])
            }
            rows += [
                ["associate members (not governors)", String(s.associateMembers)],
                ["serving past their term end", String(s.pastTermEnd)],
                ["open vacancies", String(s.openVacancies)],
                ["governors with induction recorded", String(s.inducted)],
                ["governors who declared an ethnic group", String(s.declaredEthnicity)],
                ["governors who declared their sex", String(s.declaredSex)],
            ]
            return Listing(columns: ["measure", "value"], rows: rows)
        }
    }
}
