import Application
import ArgumentParser
import Governance
import Store

extension DiversityCommand {
    struct Invite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a one-time link to the self-service monitoring form for a governor (28 days, no sign-in).",
            discussion: "Example: govmon diversity invite 42. The answers go to the declarations table only.")
        @Argument(help: "The person id.") var person: PersonID
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let path = try await DiversitySelfService(register: context.register, today: context.today).invite(person)
                Console.out(
                    "Send this link to person \(person); it works once, for \(DiversitySelfService.linkDays) days:\n")
                Console.out(UserCommand.origin(context.configuration) + path + "\n")
            }
        }
    }
}
