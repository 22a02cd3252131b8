import Application
import ArgumentParser
import Foundation
import Governance
import Interchange
import Store

extension ProfileCommand {
    struct Link: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Judge a body against a profile (e.g. its pupils) instead of its borough's.",
            discussion: "The profile's classification decides the dimension (ethnicity or sex).")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Argument(help: "The profile id or exact name.") var profile: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                let (p, dimension) = try await context.bodies.linkComparator(bodyID: b.id, profile: profile)
                Console.out("Body \(b.id) is now compared with \"\(p.profile.name)\" for \(dimension).\n")
            }
        }
    }
}
