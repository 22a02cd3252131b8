import Foundation

/// Draws a report chart as inline SVG (no JavaScript, nothing fetched): a `<title>` and `<desc>`
/// for screen readers, axis labels, and hidden values marked `c`.
enum SVGChart {
    static let width = 680.0

    static func render(_ chart: ReportChart) -> String {
        let body: (height: Double, content: String)
        switch chart.kind {
        case .shareBars(let bars): body = shareBars(bars, chart)
        case .stacked(let parts): body = stacked(parts, chart)
        case .trend(let series): body = trend(series, chart)
        }
        let id = HTMLText.escape(chart.id)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\(id)-title \(id)-desc" \
            viewBox="0 0 \(f(width)) \(f(body.height))" width="\(f(width))" height="\(f(body.height))" class="chart">
            <title id="\(id)-title">\(HTMLText.escape(chart.title))</title>
            <desc id="\(id)-desc">\(HTMLText.escape(chart.description))</desc>
            \(body.content)</svg>
            """
    }

    static func f(_ x: Double) -> String { String(format: "%.1f", x) }

    static func text(
        _ x: Double, _ y: Double, _ content: String, anchor: String = "start", size: Int = 13,
        weight: String = "normal"
    ) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\" font-weight=\"\(weight)\">"
            + HTMLText.escape(content) + "</text>\n"
    }

    static func shareBars(_ bars: [ReportChart.ShareBar], _ chart: ReportChart) -> (Double, String) {
        let left = 300.0, right = width - 30, top = 16.0, row = 30.0
        let plot = right - left
        func x(_ share: Double) -> Double { left + plot * min(max(share, 0), 1) }
        var out = ""
        for tick in stride(from: 0.0, through: 1.0, by: 0.2) {
            out +=
                "<line x1=\"\(f(x(tick)))\" y1=\"\(f(top))\" x2=\"\(f(x(tick)))\" y2=\"\(f(top + row * Double(bars.count)))\" class=\"grid\"/>\n"
            out += text(x(tick), top + row * Double(bars.count) + 16, "\(Int(tick * 100))%", anchor: "middle", size: 12)
        }
        for (index, bar) in bars.enumerated() {
            let y = top + row * Double(index)
            // A label longer than the space left of the bars (about 42 characters at 12 px) goes
            // on two lines, broken after its group ("ethnic minority:"), so none is clipped.
            let lines = Self.labelLines(bar.label, fitting: 42)
            for (number, line) in lines.enumerated() {
                let baseline = lines.count == 1 ? y + 19 : y + 13 + 13 * Double(number)
                out += text(left - 8, baseline, line, anchor: "end", size: 12)
            }
            if let share = bar.share {
                out += "<rect x=\"\(f(left))\" y=\"\(f(y + 7))\" width=\"\(f(x(share) - left))\" height=\"16\" class=\"bar\"/>\n"
                if let lower = bar.lower, let upper = bar.upper {
                    out +=
                        "<line x1=\"\(f(x(lower)))\" y1=\"\(f(y + 15))\" x2=\"\(f(x(upper)))\" y2=\"\(f(y + 15))\" class=\"whisker\"/>\n"
                    for end in [lower, upper] {
                        out +=
                            "<line x1=\"\(f(x(end)))\" y1=\"\(f(y + 10))\" x2=\"\(f(x(end)))\" y2=\"\(f(y + 20))\" class=\"whisker\"/>\n"
                    }
                }
            } else {
                // Right of the community marker, so the two never overlap.
                let after = bar.community.map { x($0) + 10 } ?? left + 4
                let words = after > right - 80 ? "c" : "c (hidden)"
                out += text(min(after, right - 10), y + 19, words, size: 12)
            }
            if let community = bar.community {
                let cx = x(community)
                out +=
                    "<path d=\"M \(f(cx)) \(f(y + 4)) L \(f(cx + 6)) \(f(y + 15)) L \(f(cx)) \(f(y + 26)) L \(f(cx - 6)) \(f(y + 15)) Z\" class=\"community\"/>\n"
            }
        }
        let bottom = top + row * Double(bars.count) + 24
        out += text(left + plot / 2, bottom + 14, chart.xLabel, anchor: "middle", size: 12, weight: "bold")
        out += legend(y: bottom + 34)
        return (bottom + 50, out)
    }

    /// `label` as one line, or two broken after its first ": " (then at the last space that fits)
    /// when longer than `characters`.
    static func labelLines(_ label: String, fitting characters: Int) -> [String] {
        guard label.count > characters else { return [label] }
        if let colon = label.range(of: ": ") {
            let first = String(label[..<colon.lowerBound]) + ":", rest = String(label[colon.upperBound...])
            if first.count <= characters && rest.count <= characters { return [first, rest] }
        }
        var first = ""
        for word in label.split(separator: " ") {
            let longer = first.isEmpty ? String(word) : first + " " + word
            if longer.count > characters && !first.isEmpty { break }
            first = longer
        }
        return [first, String(label.dropFirst(first.count)).trimmingCharacters(in: .whitespaces)]
    }

    static func legend(y: Double) -> String {
        "<rect x=\"300\" y=\"\(f(y - 10))\" width=\"14\" height=\"10\" class=\"bar\"/>"
            + text(320, y, "governors (share of declared)", size: 12)
            + "<line x1=\"470\" y1=\"\(f(y - 5))\" x2=\"494\" y2=\"\(f(y - 5))\" class=\"whisker\"/>"
            + text(500, y, "95% interval", size: 12)
            + "<path d=\"M 590 \(f(y - 11)) L 596 \(f(y - 5)) L 590 \(f(y + 1)) L 584 \(f(y - 5)) Z\" class=\"community\"/>"
            + text(602, y, "community", size: 12)
    }

    static func stacked(_ parts: [ReportChart.StackPart], _ chart: ReportChart) -> (Double, String) {
        let left = 20.0, right = width - 20, total = Double(max(parts.reduce(0) { $0 + $1.value }, 1))
        var out = "", x = left
        for part in parts where part.value > 0 {
            let w = (right - left) * Double(part.value) / total
            out += "<rect x=\"\(f(x))\" y=\"20\" width=\"\(f(w))\" height=\"34\" class=\"tone-\(HTMLText.escape(part.tone))\"/>\n"
            x += w
        }
        for (index, part) in parts.enumerated() {
            let y = 100.0 + 20 * Double(index)
            out +=
                "<rect x=\"\(f(left))\" y=\"\(f(y - 11))\" width=\"14\" height=\"12\" class=\"tone-\(HTMLText.escape(part.tone))\"/>\n"
            out += text(left + 22, y, "\(part.label): \(part.value)", size: 13)
        }
        out += text(left, 72, chart.xLabel + " (\(Int(total)) in all)", size: 12, weight: "bold")
        return (112 + 20 * Double(parts.count), out)
    }

    static func trend(_ series: [ReportChart.TrendSeries], _ chart: ReportChart) -> (Double, String) {
        let left = 60.0, right = width - 270, top = 16.0, bottom = 236.0
        let dates = series.first?.points.map(\.date) ?? []
        func x(_ index: Int) -> Double {
            dates.count > 1 ? left + (right - left) * Double(index) / Double(dates.count - 1) : (left + right) / 2
        }
        func y(_ value: Double) -> Double { bottom - (bottom - top) * value }
        var out = ""
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(right))\" y2=\"\(f(y(tick)))\" class=\"grid\"/>\n"
            out += text(left - 6, y(tick) + 4, "\(Int(tick * 100))%", anchor: "end", size: 12)
        }
        for (index, date) in dates.enumerated() { out += text(x(index), bottom + 18, date.iso, anchor: "middle", size: 11) }
        for (number, s) in series.enumerated() {
            let points = s.points.enumerated().compactMap { i, p in p.value.map { (x(i), y($0)) } }
            out +=
                "<polyline points=\"" + points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
                + "\" class=\"series series-\(number)\"/>\n"
            for p in points { out += "<circle cx=\"\(f(p.0))\" cy=\"\(f(p.1))\" r=\"4\" class=\"point series-\(number)\"/>\n" }
            out +=
                "<line x1=\"\(f(right + 14))\" y1=\"\(f(top + 8 + 20 * Double(number)))\" x2=\"\(f(right + 34))\" y2=\"\(f(top + 8 + 20 * Double(number)))\" class=\"series series-\(number)\"/>"
            out += text(right + 40, top + 12 + 20 * Double(number), s.label, size: 12)
        }
        out += text((left + right) / 2, bottom + 38, chart.xLabel, anchor: "middle", size: 12, weight: "bold")
        out +=
            "<text x=\"14\" y=\"\(f((top + bottom) / 2))\" transform=\"rotate(-90 14 \(f((top + bottom) / 2)))\" "
            + "text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\">\(HTMLText.escape(chart.yLabel))</text>\n"
        return (bottom + 50, out)
    }
}
