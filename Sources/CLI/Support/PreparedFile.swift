import Interchange
import Store

/// A small CSV file an officer prepared by hand (`diversity import`, `instrument import`): its
/// columns found by name in the header, then every line read by the command's own reader. The
/// file, a missing column or the first bad line refuses the import with one line naming it.
enum PreparedFile {
    /// Every data line of `file` as `read` makes it, with its line number. `expectedHeader` says
    /// what an empty file should have held; `layout` where the columns are described.
    static func lines<Row>(
        _ file: String, required: [String], expectedHeader: String, layout: String, skippingBlankLines: Bool = false,
        _ read: (_ fields: [String], _ columns: [String: Int]) -> Result<Row, Refusal>
    ) throws -> [(line: Int, row: Row)] {
        let reader: CSVReader
        do { reader = try CSVReader(path: file, displayName: file) } catch let error as CSVError {
            throw StoreError.importRefused(error.description)
        }
        guard let header = try reader.next() else {
            throw StoreError.importRefused("\(file):1: the file is empty; expected \(expectedHeader)")
        }
        var columns: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            columns[name.trimmingCharacters(in: .whitespaces).lowercased()] = index
        }
        for name in required where columns[name] == nil {
            throw StoreError.importRefused("\(file):\(header.line): header: expected a column named \"\(name)\" (\(layout))")
        }
        var rows: [(line: Int, row: Row)] = []
        while let record = try reader.next() {
            if skippingBlankLines && record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            switch read(record.fields, columns) {
            case .success(let row): rows.append((record.line, row))
            case .failure(let refusal): throw StoreError.importRefused("\(file):\(record.line): \(refusal.text)")
            }
        }
        return rows
    }

    /// Why a line is refused, as the words after `file:line: `.
    struct Refusal: Error {
        var text: String
    }
}
