import ArgumentParser
import Governance
import Store

/// `govmon instrument`: instruments of government.
struct InstrumentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instrument", abstract: "Instruments of government: seats and terms per category.",
        subcommands: [
            Add.self, Import.self, Template.self, List.self, Correct.self, VoidRecord<InstrumentNoun>.self,
            RecordHistory<InstrumentNoun>.self,
        ])
}
