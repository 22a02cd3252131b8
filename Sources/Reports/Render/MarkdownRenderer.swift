/// Renders the report as Markdown: the same sections, findings and tables (charts are described
/// in words, with their numbers in the tables).
public enum MarkdownRenderer {
    public static func render(_ report: BoardReport) -> String {
        var md = "**\(report.audience.marking)**\n\n# \(escape(report.title))\n\n"
        md += "\(escape(report.laName)) · figures on \(ReportFormat.longDate(report.asOf))"
        if let since = report.since { md += " · changes since \(ReportFormat.longDate(since))" }
        md += " · \(report.audience == .board ? "board version" : "officer version, not for publication")\n\n"
        md += "Ethnic minority in this report means: **\(escape(report.definition))**.\n"
        for (index, section) in report.sections.enumerated() {
            md += "\n## \(index + 1). \(escape(section.title))\n\n\(escape(section.finding))\n"
            for chart in section.charts { md += "\n*Chart: \(escape(chart.title)).* \(escape(chart.description))\n" }
            for table in section.tables {
                md += "\n**\(escape(table.caption))**\n\n| " + table.columns.map(escape).joined(separator: " | ") + " |\n|"
                md += String(repeating: " --- |", count: table.columns.count) + "\n"
                for row in table.rows { md += "| " + row.map { escape($0.display) }.joined(separator: " | ") + " |\n" }
                if table.rows.isEmpty {
                    md += "| None. |" + String(repeating: " |", count: max(table.columns.count - 1, 0)) + "\n"
                }
                if let footnote = table.footnote { md += "\n\(escape(footnote))\n" }
            }
            for note in section.notes { md += "\n\(escape(note))\n" }
        }
        return md
    }

    /// Text made safe for Markdown tables and for the HTML that Markdown lets through, with
    /// CommonMark's backslash escapes rather than HTML entities, so that the file reads as plain
    /// text too: `<` and `>` cannot open a tag, `&` cannot start an entity, `|` cannot end a cell.
    package static func escape(_ text: String) -> String {
        var escaped = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "<", ">", "|", "`": escaped += "\\\(character)"
            case "&" where startsEntity(characters[(index + 1)...]): escaped += "\\&"
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Whether the text after an `&` would make it an entity reference (`amp;`, `#39;`, `#x27;`).
    private static func startsEntity(_ rest: ArraySlice<Character>) -> Bool {
        guard let end = rest.prefix(33).firstIndex(of: ";"), end > rest.startIndex else { return false }
        let name = rest[rest.startIndex..<end]
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
    }
}
