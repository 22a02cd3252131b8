import Application
import ArgumentParser
import Governance
import Store

extension InstrumentCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an instrument of government for a body.",
            discussion: """
                Give one --seat per category as CATEGORY=SEATS:TERM_YEARS (the headteacher has no term). \
                Example: govmon instrument add 102626 --made 2015-06-01 --effective 2015-09-01 --regulations 2012 \
                --seat parent=2:4 --seat headteacher=1 --seat staff=1:4 --seat local-authority=1:4 --seat co-opted=2:4
                """)
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "Date the instrument was made.") var made: CalendarDate
        @Option(help: "Date it takes effect.") var effective: CalendarDate
        @Option(help: "Regulations it is made under: 2012 (or 2007 for an old instrument).") var regulations: Int = 2012
        @Flag(help: "The headteacher has resigned as a governor (their place stays empty).") var headNotGovernor = false
        @Option(name: .customLong("seat"), help: "CATEGORY=SEATS:TERM_YEARS, e.g. parent=2:4, headteacher=1.")
        var seats: [String]
        @Option(help: "Co-opted seats expected to be filled by people eligible to be staff governors (reg 13(5)).")
        var staffEligibleCoOpted = 0
        @Flag(help: "A draft, not yet adopted: kept and listed, never in force (an unlawful instrument is only taken so).")
        var draft = false
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let allocations = try seats.map(Self.parse)
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                let id = try await context.bodies.addInstrument(
                    NewInstrument(
                        bodyID: b.id, madeOn: made, effectiveFrom: effective, regulations: regulations,
                        headIsGovernor: !headNotGovernor, note: note, seats: allocations, draft: draft,
                        staffEligibleCoOpted: staffEligibleCoOpted))
                Console.out(
                    "Recorded \(draft ? "draft " : "")instrument \(id) for body \(b.id), effective \(effective.iso), "
                        + "\(allocations.reduce(0) { $0 + $1.seats }) seats"
                        + (draft ? " (a draft is never in force; 'body check' ignores it).\n" : ".\n"))
            }
        }

        static func parse(_ text: String) throws -> SeatAllocation {
            let expected = "CATEGORY=SEATS:TERM_YEARS such as parent=2:4 (headteacher=1 has no term)"
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let category = GovernorCategory(userInput: parts[0]) else {
                throw CLIError.badValue(option: "--seat", expected: expected, found: text)
            }
            guard let allocation = SeatAllocation(category: category, typed: parts[1]) else {
                throw CLIError.badValue(option: "--seat", expected: expected, found: text)
            }
            return allocation
        }
    }
}
