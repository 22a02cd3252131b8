import ArgumentParser
import Governance
import Store

/// `govmon la`: local authorities.
struct LocalAuthorityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "la", abstract: "Local authorities (e.g. 315 Merton, 319 Sutton).",
        subcommands: [Add.self, SetONSCode.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a local authority.")
        @Argument(help: "The three-digit LA code, e.g. 315.") var code: Int
        @Argument(help: "The authority's name, e.g. Merton.") var name: String
        @Option(help: "Its ONS code (e.g. E09000024), linking it to census profiles.") var onsCode: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.register.addLocalAuthority(LocalAuthority(code: code, name: name), onsCode: onsCode)
                Console.out("Added local authority \(code) \(name).\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List local authorities.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let rows = try await context.register.localAuthorities().map { [String($0.code), $0.name] }
                Console.out(Listing(columns: ["code", "name"], rows: rows).rendered(as: output.format))
            }
        }
    }

    struct SetONSCode: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-ons-code", abstract: "Record an authority's ONS code (links it to census profiles).")
        @Argument(help: "The LA code or name.") var la: String
        @Argument(help: "The ONS code, e.g. E09000024.") var onsCode: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await context.register.localAuthority(la).code
                try await context.register.setONSCode(laCode: code, onsCode: onsCode)
                Console.out("Local authority \(code) has ONS code \(onsCode).\n")
            }
        }
    }
}
