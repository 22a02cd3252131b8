import Application
import ArgumentParser
import Foundation
import Governance
import Interchange
import Store

extension ProfileCommand {
    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw a profile: it is kept and audited, but no body is compared with it any more.",
            discussion: """
                Bodies linked to it, and bodies whose borough profile it was, fall back to their borough's latest current \
                profile. Example: govmon profile withdraw 12 --reason "replaced by the 2021 census" --on 2023-01-10
                """)
        @Argument(help: "The profile id or exact name.") var profile: String
        @Option(help: "Why it is withdrawn (kept with it).") var reason: String
        @Option(help: "The date it is withdrawn (default today).") var on: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let p = try await context.bodies.withdrawProfile(profile, on: on ?? context.today, reason: reason)
                Console.out("Withdrew profile \(p.id) (\"\(p.profile.name)\").\n")
            }
        }
    }
}
