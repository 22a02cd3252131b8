/// The report's stylesheet: GOV.UK Design System typography and colours (text #0b0c0c, links
/// #1d70b8, secondary #505a5f, borders #b1b4b6), readable on screen and in print.
enum ReportStyle {
    static let css = """

        :root { --text: #0b0c0c; --secondary: #505a5f; --blue: #1d70b8; --border: #b1b4b6; --grey: #f3f2f1;
                --green: #00703c; --orange: #f47738; --red: #d4351c; }
        * { box-sizing: border-box; }
        body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; color: var(--text); background: #fff;
               font-size: 16px; line-height: 1.45; margin: 0 auto; max-width: 1100px; padding: 0 24px 40px; }
        .marking { display: inline-block; font-weight: bold; letter-spacing: .05em; border: 3px solid var(--text);
                   padding: 2px 10px; margin: 24px 0 8px; }
        h1 { font-size: 40px; line-height: 1.1; margin: 12px 0 16px; }
        h2 { font-size: 28px; margin: 40px 0 12px; border-top: 4px solid var(--blue); padding-top: 12px; }
        nav h2 { border: 0; font-size: 22px; margin-top: 16px; }
        a { color: var(--blue); }
        a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: var(--text); }
        .lede { font-size: 19px; color: var(--secondary); margin: 4px 0; }
        .finding { font-size: 19px; border-left: 6px solid var(--blue); padding: 8px 16px; background: var(--grey); }
        .chart-with-table { display: block; }
        figure { margin: 12px 0; flex: 1 1 680px; }
        figcaption { color: var(--secondary); font-size: 14px; }
        svg.chart { max-width: 100%; height: auto; font-family: Arial, sans-serif; }
        svg .grid { stroke: var(--border); stroke-width: 1; }
        svg .bar { fill: var(--blue); }
        svg .whisker { stroke: var(--text); stroke-width: 2; }
        svg .community { fill: var(--orange); stroke: var(--text); stroke-width: 1; }
        svg .tone-good { fill: var(--green); } svg .tone-warning { fill: var(--orange); }
        svg .tone-neutral { fill: var(--secondary); } svg .tone-bad { fill: var(--red); }
        svg .series { fill: none; stroke-width: 3; } svg .point { stroke: none; }
        svg .series-0 { stroke: var(--blue); } svg .point.series-0 { fill: var(--blue); }
        svg .series-1 { stroke: var(--red); } svg .point.series-1 { fill: var(--red); }
        svg .series-2 { stroke: var(--green); } svg .point.series-2 { fill: var(--green); }
        .table-wrap { overflow-x: auto; flex: 1 1 420px; }
        table { border-collapse: collapse; margin: 16px 0 8px; font-size: 14px; width: 100%; }
        caption { text-align: left; font-weight: bold; font-size: 16px; padding-bottom: 6px; }
        th, td { border-bottom: 1px solid var(--border); padding: 6px 8px; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--text); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.date, th.date { white-space: nowrap; }
        .footnote, .note { color: var(--secondary); font-size: 14px; }
        footer { border-top: 1px solid var(--border); margin-top: 40px; color: var(--secondary); font-size: 14px; }
        @media print {
          @page { size: A4; margin: 20mm 14mm 16mm; }
          body { max-width: none; padding: 0; font-size: 11pt; }
          .table-wrap { overflow: visible; }
          h2, h3, caption, figcaption { break-after: avoid; }
          main > section { break-before: page; }
          h2 { margin-top: 0; }
          thead { display: table-header-group; }
          tr, figure, .finding { break-inside: avoid; }
          a { color: var(--text); text-decoration: none; }
        }

        """

    /// The printed page's running header and footer, in the page margins (CSS paged-media margin
    /// boxes), where they can never print over the content: the marking and what the report is at
    /// the top, the marking and the page number at the foot.
    static func pageMargins(marking: String, running: String) -> String {
        let box = "font-family: Arial, sans-serif; font-size: 9pt; color: #505a5f;"
        return """
            @media print { @page {
              @top-left { content: \(CSSText.string(running)); \(box) }
              @bottom-left { content: \(CSSText.string(marking)); \(box) font-weight: bold; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); \(box) }
            } }

            """
    }
}
