import ArgumentParser
import Governance
import Store

/// `govmon diversity`: self-declared sex and ethnic group.
struct DiversityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diversity",
        abstract: "Self-declared sex and ethnic group (special category data: officers only).",
        discussion: """
            Declarations are voluntary. "prefer-not-to-say" and "not-asked" are kept apart and both count as \
            unknown. A written objection turns a person's values into unknown in every computation and report made \
            from its date on; they are withheld from then on and erased by the next retention run.
            """,
        subcommands: [
            Record.self, Import.self, Object.self, Show.self, Invite.self, Correct.self, VoidRecord<DeclarationNoun>.self,
            RecordHistory<DeclarationNoun>.self,
        ])
}
