import Interchange

/// Writes rejected rows (the original fields, then the line and the reason) to a CSV file,
/// created only when the first row is rejected.
final class RejectsWriter {
    let path: String
    let header: [String]
    private var writer: CSVWriter?
    private(set) var count = 0

    init(path: String, header: [String]) {
        self.path = path
        self.header = header
    }

    func reject(_ fields: [String], line: Int, reason: String) throws {
        if writer == nil { writer = try CSVWriter(path: path, header: header + ["line", "reason"]) }
        writer?.write(fields + [String(line), reason])
        count += 1
    }

    func close() throws { try writer?.close() }
}

/// A row an import refuses: where and why, as one line.
struct RowProblem: Sendable {
    var line: Int
    var field: String
    var expected: String
    var found: String

    func sentence(file: String) -> String {
        "\(file):\(line): field \"\(field)\": expected \(expected), found \"\(found)\""
    }
}

extension Array where Element == RowProblem {
    /// The first problem as the refusal, saying how many more there are.
    func refusal(file: String) -> StoreError {
        let sorted = self.sorted { $0.line < $1.line }
        let more =
            sorted.count > 1 ? " (and \(sorted.count - 1) more problem row(s); nothing was imported)" : "; nothing was imported"
        return StoreError.importRefused(sorted[0].sentence(file: file) + more)
    }
}
