import ArgumentParser
import Governance
import Store

/// `govmon vacancy`: empty seats.
struct VacancyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vacancy", abstract: "Vacancies: open, fill, close, list.",
        subcommands: [
            Open.self, Fill.self, Close.self, List.self, OpenEmptySeats.self, Correct.self, VoidRecord<VacancyNoun>.self,
            RecordHistory<VacancyNoun>.self,
        ])
}
