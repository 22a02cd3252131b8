import Application
import ArgumentParser
import Governance
import Store

extension LocalAuthorityCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a local authority.")
        @Argument(help: "The three-digit LA code, e.g. 315.") var code: Int
        @Argument(help: "The authority's name, e.g. Merton.") var name: String
        @Option(help: "Its ONS code (e.g. E09000024), linking it to census profiles.") var onsCode: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.schools.addAuthority(LocalAuthority(code: code, name: name), onsCode: onsCode)
                Console.out("Added local authority \(code) \(name).\n")
            }
        }
    }
}
