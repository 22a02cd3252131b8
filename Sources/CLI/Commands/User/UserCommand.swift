import Application
import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Server
import Store

/// `govmon user`: accounts for the browser front (docs/web.md).
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Accounts for the browser front: officers, board members and chairs sign in with a password.",
        discussion: """
            There is no mail server: `user invite` prints a one-time link, valid for 7 days, to send to the person; \
            they open it and set their password. API tokens (`govmon token`) stay for machines.
            """,
        subcommands: [Invite.self, Reinvite.self, List.self, Disable.self, SecondFactorCommand.self])

    /// The address people open: server.public_url, else http://HOST:PORT from the server settings.
    static func origin(_ configuration: GovmonConfiguration) -> String {
        let host = ["0.0.0.0", "::", ""].contains(configuration.server.host) ? "localhost" : configuration.server.host
        return "http://\(host):\(configuration.server.port)"
    }
}

extension UserCommand {
    struct SecondFactorCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "second-factor",
            abstract: "Give an officer's account a second factor: prints the address for their authenticator app.",
            discussion: """
                From then on signing in needs the app's 6-digit code with the password (RFC 6238 TOTP). Run it again for \
                a new secret; --remove takes the second factor away (a lost phone).
                """)
        @Option(help: "The officer's email address.") var email: String
        @Flag(help: "Remove the second factor instead.") var remove = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let accounts = Accounts(register: context.register)
                if remove {
                    try await accounts.removeSecondFactor(email: email)
                    Console.out("Removed the second factor of \(email); the password alone signs in.\n")
                    return
                }
                let secret = try await accounts.setSecondFactor(email: email)
                Console.out(
                    "Give this address to \(email)'s authenticator app (or show it as a QR code); it is shown once:\n")
                Console.out(SecondFactor.authenticatorURL(secret: secret, account: email) + "\n")
            }
        }
    }

    struct Invite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account and print its one-time invitation link (7 days).",
            discussion: """
                Example: govmon user invite --email chair@school.example --name "Ada Lovelace" --role chair --body 12
                """)
        @Option(help: "The person's email address (they sign in with it).") var email: String
        @Option(help: "The person's name, as pages greet them.") var name: String
        @Option(help: "officer, board, chair or dpo.") var role: String
        @Option(help: "A chair's body (id, URN or name).") var body: String?
        @Option(name: .customLong("la"), help: "An authority an officer or board member may read (repeat; default: all).")
        var las: [String] = []
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            guard let serviceRole = ServiceRole(rawValue: role) else {
                throw CLIError.badValue(option: "--role", expected: "officer, board, chair or dpo", found: role)
            }
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                var codes: [Int] = []
                for la in las { codes.append(try await context.register.localAuthority(la).code) }
                let (account, path) = try await Accounts(register: context.register).invite(
                    email: email, name: name, role: serviceRole, bodyID: bodyID, laCodes: codes.isEmpty ? nil : codes)
                Console.out(
                    "Invited \(account.displayName) <\(account.email)> as \(serviceRole.rawValue) (account \(account.id)). "
                        + "Send them this link; it works once, for \(Accounts.invitationDays) days:\n")
                Console.out(UserCommand.origin(context.configuration) + path + "\n")
            }
        }
    }

    struct Reinvite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a new invitation link for an account (expired link, forgotten password); earlier links stop working."
        )
        @Option(help: "The account's email address.") var email: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let (account, path) = try await Accounts(register: context.register).reinvite(email: email)
                Console.out("A new link for \(account.email); it works once, for \(Accounts.invitationDays) days:\n")
                Console.out(UserCommand.origin(context.configuration) + path + "\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts (never passwords or links).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let rows = try await context.register.accounts().map { a -> [String?] in
                    [
                        String(a.id), a.email, a.displayName, a.identity.role.rawValue,
                        a.identity.bodyID.map { String($0.rawValue) },
                        a.identity.laCodes?.map(String.init).joined(separator: " "),
                        a.disabled ? "disabled" : (a.isActive ? "active" : "invited"),
                    ]
                }
                Console.out(
                    Listing(columns: ["account", "email", "name", "role", "body", "authorities", "state"], rows: rows)
                        .rendered(as: output.format))
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Disable an account from now: its sessions end and it cannot sign in.")
        @Option(help: "The account's email address.") var email: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.register.disableAccount(email: email, on: context.today)
                Console.out("Disabled the account of \(email).\n")
            }
        }
    }
}
