import Foundation
import Interchange

/// The report as data: JSON (the whole model) and CSV (RFC 4180, UTF-8, one file per table, with
/// `c` where cells are hidden; spreadsheet formulas defused).
public enum DataRenderers {
    /// The model as pretty-printed JSON with sorted keys (stable for golden files).
    public static func json(_ report: BoardReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(report)).flatMap { String(data: $0, encoding: .utf8) }.map { $0 + "\n" } ?? "{}\n"
    }

    /// One CSV per table, named `NN-table-id.csv`, plus `index.csv` listing them with captions.
    public static func csvFiles(_ report: BoardReport) -> [(name: String, content: String)] {
        var files: [(String, String)] = []
        var index = [["file", "section", "table", "marking", "as of"]]
        var number = 1
        for section in report.sections {
            for table in section.tables {
                let name = (number < 10 ? "0" : "") + "\(number)-\(table.id).csv"
                number += 1
                var rows = [table.columns]
                rows += table.rows.map { $0.map(\.data) }
                files.append((name, csv(rows)))
                index.append([name, section.title, table.caption, report.audience.marking, report.asOf.iso])
            }
        }
        return [("index.csv", csv(index))] + files
    }

    static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map(CSVField.escape).joined(separator: ",") + "\r\n" }.joined()
    }
}
