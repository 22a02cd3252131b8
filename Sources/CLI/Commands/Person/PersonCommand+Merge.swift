import ArgumentParser
import Governance

extension PersonCommand {
    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge two records of one person: the other's records move to the one kept; the other is kept, void.",
            discussion: "Example: govmon person merge P12 P40 --reason \"same person: GIAS spelt her name two ways\"")
        @Argument(help: "The person record to keep.") var keep: PersonID
        @Argument(help: "The other record of the same person.") var other: PersonID
        @OptionGroup var why: CorrectionReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let merge = try await context.corrections.merge(keep: keep, other: other, reason: why.reason)
                Console.out(
                    "Merged \(other.labelled) into \(keep.labelled): moved \(merge.appointments) appointment(s), "
                        + "\(merge.trainingRecords) training record(s), \(merge.declarations) declaration(s), "
                        + "\(merge.dbsChecks) DBS record(s); voided \(merge.duplicatesVoided) duplicate(s); "
                        + "answered \(merge.questionsResolved) identity question(s). \(other.labelled) is kept, void.\n")
            }
        }
    }
}
