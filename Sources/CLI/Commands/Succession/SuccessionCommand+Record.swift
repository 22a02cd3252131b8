import Application
import ArgumentParser
import Governance

extension SuccessionCommand {
    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a school's adoption of a succession planning policy (its own or the authority's model).",
            discussion: "Example: govmon succession record 102649 --source model --model-version \"Merton model 2015 v1\" "
                + "--adopted 2015-03-12 --review 2017-03-12 --diversity-evidenced yes "
                + "--minute \"FGB 12 March 2015, minute 7\"\nA new version or re-adoption is recorded the same way, "
                + "as a new record; the latest adopted is the one in force.")
        @Argument(help: "The school's URN.") var urn: Int
        @Option(help: "own (the school's own policy) or model (the authority's model policy).") var source: PolicySource
        @Option(help: "The model policy's version (with --source model).") var modelVersion: String?
        @Option(help: "The date the governing body adopted it.") var adopted: CalendarDate
        @Option(help: "The date it is due for review.") var review: CalendarDate?
        @Option(help: "Whether representation and diversity are evidenced in it (rec 12): yes or no.")
        var diversityEvidenced: YesNo
        @Option(help: "The officer's note on how diversity is (or is not) evidenced.") var diversityNote: String?
        @Option(help: "The governing body minute that adopted it.") var minute: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let policy = try await SuccessionEntry(register: context.register).recordPolicy(
                    NewSuccessionPolicy(
                        urn: urn, source: source, modelVersion: modelVersion, adoptedOn: adopted, reviewOn: review,
                        diversityEvidenced: diversityEvidenced.flag, diversityNote: diversityNote, minute: minute))
                Console.out(
                    "Recorded succession planning policy \(policy.id) for \(policy.schoolName) (URN \(policy.urn)): "
                        + "\(policy.sourcePhrase), adopted \(policy.adoptedOn.iso).\n")
            }
        }
    }
}
