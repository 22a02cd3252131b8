import Application
import ArgumentParser
import Governance
import Reports
import Store

extension DBSCommand {
    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a DBS check application for a person.")
        @Argument(help: "The person id.") var person: PersonID
        @Option(help: "The date the check was applied for.") var applied: CalendarDate
        @Option(help: "The date the certificate was issued.") var issued: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let id = try await context.people.recordDBSCheck(personID: person, appliedOn: applied, issuedOn: issued)
                Console.out("Recorded DBS check \(id) for person \(person), applied for on \(applied.iso).\n")
            }
        }
    }
}
