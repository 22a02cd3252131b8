import Application
import ArgumentParser
import Governance
import Interchange
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
            let reader: CSVReader
            do { reader = try CSVReader(path: file, displayName: file) } catch let error as CSVError {
                throw StoreError.importRefused(error.description)
            }
            guard let header = try reader.next() else {
                throw StoreError.importRefused("\(file):1: the file is empty; expected the header \(columnsText)")
            }
            var columns: [String: Int] = [:]
            for (index, name) in header.fields.enumerated() {
                columns[name.trimmingCharacters(in: .whitespaces).lowercased()] = index
            }
            for required in DiversityForm.columns where required != "classification" && columns[required] == nil {
                throw StoreError.importRefused(
                    "\(file):\(header.line): header: expected a column named \"\(required)\" (\(columnsText))")
            }
            var forms: [(line: Int, form: DiversityForm)] = []
            while let record = try reader.next() {
                switch DiversityForm.read(record.fields, header: columns) {
                case .success(let form): forms.append((record.line, form))
                case .failure(let problem):
                    throw StoreError.importRefused("\(file):\(record.line): \(problem.field): expected \(problem.expected)")
                }
            }
            return forms
        }

        static let columnsText = DiversityForm.columns.joined(separator: ",")
    }
}
