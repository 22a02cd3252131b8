import Application
import ArgumentParser
import Governance
import Store

extension InstrumentCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record instruments and their reconstitution stages from a CSV file, all or none.",
            discussion: """
                The layout is docs/instrument-file.md: urn, made, effective, regulations, head_is_governor, a column per \
                seat category (SEATS:TERM_YEARS, e.g. 2:4), a column per reconstitution stage (its date), note. \
                'govmon instrument template' writes one line per body to fill in.
                """)
        @Argument(help: "The CSV file.") var file: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let rows = try Self.read(file)
            try await CommandContext.run(global, source: commandSource()) { context in
                let count = try await context.bodies.importInstruments(rows, file: file)
                Console.out("Recorded \(count) instrument(s) from \(file).\n")
            }
        }

        /// Every line of the file; the first bad one refuses the file.
        static func read(_ file: String) throws -> [(line: Int, row: InstrumentFileRow)] {
            try PreparedFile.lines(
                file, required: ["urn", "made", "effective"], expectedHeader: "the instrument file's header",
                layout: "docs/instrument-file.md", skippingBlankLines: true
            ) { fields, columns in
                InstrumentFileRow.read(fields, header: columns).mapError {
                    PreparedFile.Refusal(
                        text: "\($0.field): expected \($0.expected), found \"\($0.found)\"; nothing was imported")
                }
            }
        }
    }
}
