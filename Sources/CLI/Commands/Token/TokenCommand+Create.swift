import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Logging
import Reports
import Server
import Store

extension TokenCommand {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token; it is printed once, alone on the last line.",
            discussion: """
                Roles: officer (reads and writes everything in their authorities), board (reads reports and figures, \
                board audience only), chair (reads their own body and records its review; needs --body), dpo (the data-protection officer: \
                reads an individual's declarations and subject access exports, with a reason that is recorded).
                """)
        @Option(help: "Who the token is for (the audit trail's actor for its writes).") var owner: String
        @Option(help: "officer, board, chair or dpo.") var role: String
        @Option(help: "A chair's body (id, URN or name).") var body: String?
        @Option(name: .customLong("la"), help: "An authority the token may read (repeat; default: all).") var las: [String] = []
        @Option(help: "The last day the token works.") var expires: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            guard let serviceRole = ServiceRole(rawValue: role) else {
                throw CLIError.badValue(option: "--role", expected: "officer, board, chair or dpo", found: role)
            }
            if serviceRole == .chair && body == nil { throw CLIError.usage("a chair's token needs --body") }
            if serviceRole != .chair && body != nil { throw CLIError.usage("--body is for chairs' tokens only") }
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                var codes: [Int] = []
                for la in las { codes.append(try await context.register.localAuthority(la).code) }
                let (identity, token) = try await context.register.createToken(
                    owner: owner, role: serviceRole, bodyID: bodyID, laCodes: codes.isEmpty ? nil : codes, expiresOn: expires,
                    today: context.today)
                Console.out(
                    "Created token \(identity.id) for \(owner) (\(serviceRole.rawValue)). It is shown once; keep it secret:\n")
                Console.out(token + "\n")
            }
        }
    }
}
