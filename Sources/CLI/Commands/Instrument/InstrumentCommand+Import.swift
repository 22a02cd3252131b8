import Application
import ArgumentParser
import Governance
import Interchange
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
            let reader: CSVReader
            do { reader = try CSVReader(path: file, displayName: file) } catch let error as CSVError {
                throw StoreError.importRefused(error.description)
            }
            guard let header = try reader.next() else {
                throw StoreError.importRefused("\(file):1: the file is empty; expected the instrument file's header")
            }
            var columns: [String: Int] = [:]
            for (index, name) in header.fields.enumerated() {
                columns[name.trimmingCharacters(in: .whitespaces).lowercased()] = index
            }
            for required in ["urn", "made", "effective"] where columns[required] == nil {
                throw StoreError.importRefused(
                    "\(file):\(header.line): header: expected a column named \"\(required)\" (docs/instrument-file.md)")
            }
            var rows: [(line: Int, row: InstrumentFileRow)] = []
            while let record = try reader.next() {
                if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                switch InstrumentFileRow.read(record.fields, header: columns) {
                case .success(let row): rows.append((record.line, row))
                case .failure(let p):
                    throw StoreError.importRefused(
                        "\(file):\(record.line): \(p.field): expected \(p.expected), found \"\(p.found)\"; nothing was imported")
                }
            }
            return rows
        }
    }
}
