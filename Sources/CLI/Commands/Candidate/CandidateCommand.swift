import ArgumentParser
import Governance

/// `govmon candidate`: candidates for governor vacancies (action plan recs 5 and 10;
/// docs/recruitment.md). Their monitoring answers are recorded here and shown to no one.
struct CandidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidate",
        abstract: "Candidates for governor vacancies, for the recruitment funnel (docs/recruitment.md).",
        subcommands: [
            Add.self, Stage.self, Monitor.self, Invite.self, List.self, Export.self, VoidRecord<CandidateNoun>.self,
            RecordHistory<CandidateNoun>.self,
            VoidRecord<CandidateStageNoun>.self, RecordHistory<CandidateStageNoun>.self,
        ])
}

enum CandidateNoun: CorrectableNoun { static let kind = CorrectableRecord.candidate }
enum CandidateStageNoun: CorrectableNoun {
    static let kind = CorrectableRecord.candidateStage
    static let commandSuffix = "-stage"
}

extension CandidateRoute: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension CandidateStage: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}
