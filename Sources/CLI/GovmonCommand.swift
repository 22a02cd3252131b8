import Application
import ArgumentParser
import Foundation
import Governance
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
            ReviewCommand.self, SuccessionCommand.self, CandidateCommand.self, ProfileCommand.self, RepresentCommand.self,
            ReportCommand.self,
            ServeCommand.self, SkillsCommand.self,
            TokenCommand.self, UserCommand.self, RetentionCommand.self, PersonCommand.self, DemoCommand.self,
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
        } catch let error as NotFound {
            Console.err("govmon: \(error)")
            Foundation.exit(1)
        } catch let error as RuleViolation {
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

/// The command line as the audit trail's source: the command and its positional arguments (ids,
/// URNs, file names), and the names of the options given, but no option's value other than a date.
/// Option values can hold special category data (`diversity record --sex ... --ethnicity ...`),
/// passwords (`--database-url`) or free text, and the trail must never hold those
/// (docs/data-protection.md). A word after an option is taken as its value, so a positional
/// argument after a flag is hidden too: the rule errs on the side of hiding.
func commandSource(_ arguments: [String] = CommandLine.arguments) -> String {
    var words: [String] = ["govmon"]
    var valueExpected = false
    for word in arguments.dropFirst() {
        if word.hasPrefix("-") {
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            let value = word.contains("=") ? String(word.split(separator: "=", maxSplits: 1).last ?? "") : nil
            words.append(value.map { "\(name)=\(shownOptionValue($0))" } ?? name)
            valueExpected = value == nil
        } else if valueExpected {
            words.append(shownOptionValue(word))
            valueExpected = false
        } else {
            words.append(word)
        }
    }
    return words.joined(separator: " ")
}

/// An option's value as the audit trail may show it: a date as given, anything else hidden.
private func shownOptionValue(_ value: String) -> String {
    CalendarDate(typed: value) != nil ? value : "(hidden)"
}
