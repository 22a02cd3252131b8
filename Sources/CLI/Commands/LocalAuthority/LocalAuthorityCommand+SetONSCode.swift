import Application
import ArgumentParser
import Governance
import Store

extension LocalAuthorityCommand {
    struct SetONSCode: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-ons-code", abstract: "Record an authority's ONS code (links it to census profiles).")
        @Argument(help: "The LA code or name.") var la: String
        @Argument(help: "The ONS code, e.g. E09000024.") var onsCode: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await context.schools.setONSCode(authority: la, onsCode: onsCode).code
                Console.out("Local authority \(code) has ONS code \(onsCode).\n")
                if try await !context.schools.hasProfile(onsCode: onsCode) {
                    Console.err(
                        "govmon: warning: no profile covers \(onsCode) yet; import one ('govmon profile import') before "
                            + "comparing the authority's bodies with it")
                }
            }
        }
    }
}
