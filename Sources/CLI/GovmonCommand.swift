import ArgumentParser
import Foundation
import Store

/// `govmon`: the governor register and diversity monitor for Governor Services.
public struct GovmonCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "govmon",
        abstract: "The governing body register and diversity monitor for Governor Services.",
        discussion: """
            Dates are YYYY-MM-DD. Bodies are named by body id, by a school's URN (the body governing it \
            today), or by exact name. Listings take --format table|json|csv.

            The database comes from --database-url, GOVMON_DATABASE_URL, the PG* variables, or \
            config/govmon.json (the local cluster that deploy/local-postgres.sh starts). Every change is \
            recorded in the audit trail with the actor (--actor, GOVMON_ACTOR, else your login name).

            Exit codes: 0 success; 1 refused (bad input, not found, a rule broken); 3 migrations pending; \
            4 cannot reach PostgreSQL; 64 wrong use of a command.
            """,
        subcommands: [
            DatabaseCommand.self, LocalAuthorityCommand.self, SchoolCommand.self, BodyCommand.self,
            InstrumentCommand.self, GovernorCommand.self, VacancyCommand.self, TrainingCommand.self,
            ReconstitutionCommand.self, DiversityCommand.self, ImportCommand.self, RegisterCommand.self,
            AuditCommand.self, TrackCommand.self, AlertsCommand.self, RecruitmentCommand.self, DBSCommand.self,
            ReviewCommand.self, ProfileCommand.self, RepresentCommand.self, ReportCommand.self, ServeCommand.self,
            TokenCommand.self, RetentionCommand.self, PersonCommand.self, DemoCommand.self,
        ]
    )

    public init() {}

    /// Parses the command line, runs the command, and exits with a plain one-line error on failure.
    public static func runMain() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as StoreError {
            Console.err("govmon: \(error)")
            Foundation.exit(exitCode(for: error))
        } catch let error as CLIError {
            Console.err("govmon: \(error)")
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }

    static func exitCode(for error: StoreError) -> Int32 {
        switch error {
        case .schemaBehind, .schemaAhead, .migrationEdited: return 3
        case .cannotConnect: return 4
        default: return 1
        }
    }
}

/// The command line as typed, with any database URL hidden: recorded as the audit trail's source.
func commandSource() -> String {
    var words: [String] = ["govmon"]
    var hideNext = false
    for word in CommandLine.arguments.dropFirst() {
        if hideNext { words.append("(hidden)"); hideNext = false; continue }
        if word == "--database-url" { hideNext = true }
        words.append(word.hasPrefix("--database-url=") ? "--database-url=(hidden)" : word)
    }
    return words.joined(separator: " ")
}
