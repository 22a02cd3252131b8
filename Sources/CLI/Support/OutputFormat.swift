import ArgumentParser
import Foundation
import Interchange

/// How a listing is printed: an aligned table for people, CSV (RFC 4180) or JSON for programs.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv
}

/// Options shared by listing commands.
public struct FormatOptions: ParsableArguments {
    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    public init() {}
}

/// A listing: named columns and rows of optional text (nil prints as empty / JSON null).
public struct Listing: Sendable {
    public var columns: [String]
    public var rows: [[String?]]

    public init(columns: [String], rows: [[String?]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The listing rendered in `format`, ending with a newline.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .table: return table()
        case .csv: return csv()
        case .json: return json()
        }
    }

    func table() -> String {
        if rows.isEmpty { return "(none)\n" }
        var widths = columns.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], (cell ?? "").count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        var out = line(columns) + "\n"
        out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in rows { out += line(row.map { $0 ?? "" }) + "\n" }
        return out
    }

    func csv() -> String {
        var out = columns.map(CSVField.escape).joined(separator: ",") + "\r\n"
        for row in rows { out += row.map { CSVField.escape($0 ?? "") }.joined(separator: ",") + "\r\n" }
        return out
    }

    func json() -> String {
        let objects: [[String: String?]] = rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(columns, row))
        }
        // Keys in column order: JSONSerialization would sort or shuffle them, so write it directly.
        var out = "[\n"
        for (index, object) in objects.enumerated() {
            let pairs = columns.map { column in
                "\(JSONText.quote(column)): \(object[column].flatMap { $0 }.map(JSONText.quote) ?? "null")"
            }
            out += "  {" + pairs.joined(separator: ", ") + "}" + (index == objects.count - 1 ? "\n" : ",\n")
        }
        return out + "]\n"
    }
}
