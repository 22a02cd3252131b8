/// Renders the report as one self-contained HTML file: semantic, accessible, readable on screen and
/// printed (A4, a page per section, a running header with the date and protective marking). Styled
/// after the GOV.UK Design System's typography and colours.
public enum HTMLRenderer {
    public static func render(_ report: BoardReport) -> String {
        let e = HTMLText.escape
        let date = ReportFormat.longDate(report.asOf)
        let running = "\(report.audience.marking) · \(report.board ?? "Report to the board") · \(report.laName) · \(date)"
        var html = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(report.title)): \(e(report.laName)), \(e(date))</title>
            <style>\(ReportStyle.css)\(ReportStyle.pageMargins(marking: report.audience.marking, running: running))</style>
            </head>
            <body>
            <header class="cover">
            <p class="marking">\(e(report.audience.marking))</p>
            <h1>\(e(report.title))</h1>
            <p class="lede">\(e(report.laName)) · figures on \(e(date))\(report.since.map { " · changes since \(e(ReportFormat.longDate($0)))" } ?? "") · \(report.audience == .board ? "board version (disclosure control applied)" : "officer version: all counts, not for publication")</p>
            <p class="lede">Ethnic minority in this report means: <strong>\(e(report.definition))</strong>.</p>
            <nav aria-label="Contents"><h2>Contents</h2><ol>

            """
        for section in report.sections {
            html += "<li><a href=\"#\(e(section.id))\">\(e(section.title))</a></li>\n"
        }
        html += "</ol></nav>\n</header>\n<main>\n"
        for (index, section) in report.sections.enumerated() {
            html += "<section id=\"\(e(section.id))\" aria-labelledby=\"\(e(section.id))-heading\">\n"
            html += "<h2 id=\"\(e(section.id))-heading\">\(index + 1). \(e(section.title))</h2>\n"
            html += "<p class=\"finding\">\(e(section.finding))</p>\n"
            var placed = Set<String>()
            for chart in section.charts {
                html += "<div class=\"chart-with-table\">\n<figure>\n\(SVGChart.render(chart))\n"
                html +=
                    "<figcaption>\(e(chart.title)). The figures are in the table below.</figcaption>\n</figure>\n"
                if let table = section.tables.first(where: { $0.id == chart.tableID }) {
                    html += tableHTML(table)
                    placed.insert(table.id)
                }
                html += "</div>\n"
            }
            for table in section.tables where !placed.contains(table.id) { html += tableHTML(table) }
            for note in section.notes { html += "<p class=\"note\">\(e(note))</p>\n" }
            html += "</section>\n"
        }
        html += """
            </main>
            <footer><p>\(e(report.audience.marking)). Produced by govmon for Governor Services. Figures on \(e(date)).</p></footer>
            </body>
            </html>

            """
        return html
    }

    static func tableHTML(_ table: ReportTable) -> String {
        let e = HTMLText.escape
        var html = "<div class=\"table-wrap\"><table id=\"\(e(table.id))\">\n<caption>\(e(table.caption))</caption>\n<thead><tr>"
        for column in table.columns { html += "<th scope=\"col\">\(e(column))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        if table.rows.isEmpty {
            html += "<tr><td colspan=\"\(max(table.columns.count, 1))\">None.</td></tr>\n"
        }
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let kind: String
                switch cell {
                case .count, .share, .number, .suppressed: kind = " class=\"num\""
                case .date: kind = " class=\"date\""
                default: kind = ""
                }
                let tag = index == 0 ? "th scope=\"row\"" : "td"
                let close = index == 0 ? "th" : "td"
                html += "<\(tag)\(kind)>\(e(cell.display))</\(close)>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if let footnote = table.footnote { html += "<p class=\"footnote\">\(e(footnote))</p>\n" }
        return html + "</div>\n"
    }
}
