import Application
import ArgumentParser
import Governance
import Store

extension TrackCommand {
    struct Checks: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the deadline checks and their rules.")

        func run() async throws {
            for check in DeadlineChecks.rules {
                Console.out("\(check.name): \(check.rule)\n")
            }
        }
    }
}
