import Application
import ArgumentParser
import Foundation
import Governance
import Store

/// `govmon person`: what is held about one person.
struct PersonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "Find people; one person's data (subject access export).",
        subcommands: [Find.self, Export.self, Merge.self, Correct.self, RecordHistory<PersonNoun>.self])
}
