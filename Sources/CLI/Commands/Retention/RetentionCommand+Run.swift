import Application
import ArgumentParser
import Foundation
import Governance
import Store

extension RetentionCommand {
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the retention periods on a date (the service's scheduler also runs this daily).",
            discussion: """
                Declared sex and ethnic group of people who left more than retention.demographics_months (12) ago, \
                or who objected, are erased. People with no appointment in retention.identity_years (6) have their \
                name and GIAS id replaced by a pseudonym ("Former governor P000123"), in the register, the audit \
                trail and alert texts; their appointments (body, category, dates) stay for statistics. Aggregate \
                snapshots are not touched. Each action is recorded (person id, rule) without the erased values. \
                --dry-run lists what would go and changes nothing. A person has left when no appointment of theirs \
                is serving or still to start, as the register counts them: a term end that passed without a \
                recorded end does not make anyone a leaver. A run that would act on more than retention.large_share \
                (10%) of the people who have declared, or of the people named, is held (exit 1, and an alert for \
                officers) until it is repeated with --confirm-large. Candidates for governor posts whose last \
                recorded activity is more than retention.candidate_months (12) ago have their monitoring answers \
                erased and their name replaced by "Former candidate C000007"; their route and stages stay.
                """)
        @Option(help: "The date to apply the periods on (default today).") var asOf: CalendarDate?
        @Flag(help: "List what would be erased or pseudonymised; change nothing.") var dryRun = false
        @Flag(help: "Go ahead with a run that acts on an unusually large share of what is held.") var confirmLarge = false
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let date = asOf ?? context.today
                let policy = context.configuration.retention
                let candidates: [RetentionCandidate]
                let candidacies: [CandidateRetentionEntry]
                if dryRun {
                    let retention = RetentionRun(register: context.register, policy: policy)
                    candidates = try await retention.plan(asOf: date)
                    candidacies = try await retention.candidatePlan(asOf: date)
                    Console.err("Dry run on \(date.iso): nothing was changed.")
                } else {
                    let (outcome, acted) = try await RetentionRun(register: context.register, policy: policy)
                        .run(asOf: date, confirmedLarge: confirmLarge)
                    candidates = acted
                    candidacies = outcome.candidateActions
                    Console.err(
                        "Retention run \(outcome.runID) on \(date.iso): \(outcome.declarationsErased) declaration(s) erased, "
                            + "\(outcome.peoplePseudonymised) person(s) pseudonymised, \(outcome.candidateAnswersErased) "
                            + "candidate monitoring answer(s) erased, \(outcome.candidatesPseudonymised) candidate(s) "
                            + "pseudonymised, \(outcome.auditEntriesScrubbed) audit entr(ies) cleared of identifying details.")
                }
                // A dry run shows names for the officer to check; a real run (often from cron, into
                // a log) prints ids only, the names being what it erased. One listing, so a CSV or
                // JSON reader gets one table: the date is when a person left, or a candidacy's last activity.
                let people = candidates.map { c -> [String?] in
                    [String(c.action.personID), nil] + (dryRun ? [c.name] : [])
                        + [c.action.kind.rawValue, c.action.leftOn?.iso, c.action.reason]
                }
                let candidateRows = candidacies.map { c -> [String?] in
                    [nil, String(c.action.candidateID)] + (dryRun ? [c.name] : [])
                        + [c.action.kind.rawValue, c.action.lastActivityOn.iso, c.action.reason]
                }
                let columns = ["person", "candidate"] + (dryRun ? ["name"] : []) + ["action", "date", "reason"]
                Console.out(Listing(columns: columns, rows: people + candidateRows).rendered(as: output.format))
            }
        }
    }
}
