import Application
import ArgumentParser
import Governance
import Store

extension DiversityCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a batch of monitoring forms from a CSV file, all or none.",
            discussion: """
                Columns: person,date,sex,ethnicity,classification,collected_by (classification only with a numbered \
                ethnicity: 2011 or 2021). Each line is read as 'diversity record' reads its options; one bad line \
                refuses the file, naming the line and field but never the value.
                """)
        @Argument(help: "The CSV file.") var file: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let forms = try Self.read(file)
            try await CommandContext.run(global, source: commandSource()) { context in
                let recorded = try await context.people.importDiversity(forms, file: file)
                Console.out("Recorded \(recorded) declaration(s) from \(file).\n")
            }
        }

        /// Every line of the file as a form; the first bad line refuses the file.
        static func read(_ file: String) throws -> [(line: Int, form: DiversityForm)] {
            try PreparedFile.lines(
                file, required: DiversityForm.columns.filter { $0 != "classification" },
                expectedHeader: "the header \(columnsText)", layout: columnsText
            ) { fields, columns in
                DiversityForm.read(fields, header: columns).mapError {
                    PreparedFile.Refusal(text: "\($0.field): expected \($0.expected)")
                }
            }.map { (line: $0.line, form: $0.row) }
        }

        static let columnsText = DiversityForm.columns.joined(separator: ",")
    }
}
