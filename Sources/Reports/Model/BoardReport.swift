import Governance

/// Who a report is for. The board sees what the disclosure rule allows; officers see every count
/// and the report is marked OFFICIAL-SENSITIVE.
public enum ReportAudience: String, Sendable, Codable, CaseIterable {
    case board, officer

    /// The protective marking printed on every page.
    public var marking: String { self == .officer ? "OFFICIAL-SENSITIVE" : "OFFICIAL" }
}

/// The board report (to the MGA Board, for Merton): built once from the store, rendered by pure
/// renderers (HTML, Markdown,
/// CSV, JSON). Everything a renderer prints is in here; no renderer queries anything.
public struct BoardReport: Sendable, Encodable, Equatable {
    public var title: String
    public var laCode: Int
    public var laName: String
    public var asOf: CalendarDate
    /// The previous report's date, when changes since it are shown.
    public var since: CalendarDate?
    public var audience: ReportAudience
    /// The ethnic minority definition used throughout, stated on every chart and table.
    public var definition: String
    public var sections: [ReportSection]
    /// The board the report goes to (configured per authority); nil: "the board".
    public var board: String?

    public init(
        title: String, board: String? = nil, laCode: Int, laName: String, asOf: CalendarDate, since: CalendarDate?,
        audience: ReportAudience, definition: String, sections: [ReportSection]
    ) {
        self.title = title
        self.board = board
        self.laCode = laCode
        self.laName = laName
        self.asOf = asOf
        self.since = since
        self.audience = audience
        self.definition = definition
        self.sections = sections
    }

    /// Every table in every section, in order (for the CSV data pack).
    public var tables: [ReportTable] { sections.flatMap(\.tables) }
}

/// One section: answers one of the action plan's outcome measures, with a plain-English finding
/// on top, then the evidence.
public struct ReportSection: Sendable, Encodable, Equatable {
    /// A short id used for anchors and file names, e.g. `reconstitution`.
    public var id: String
    public var title: String
    /// One paragraph in plain English.
    public var finding: String
    public var charts: [ReportChart]
    public var tables: [ReportTable]
    public var notes: [String]

    public init(
        id: String, title: String, finding: String, charts: [ReportChart] = [], tables: [ReportTable] = [],
        notes: [String] = []
    ) {
        self.id = id
        self.title = title
        self.finding = finding
        self.charts = charts
        self.tables = tables
        self.notes = notes
    }
}

/// A table of figures: a caption, column headings and typed cells.
public struct ReportTable: Sendable, Encodable, Equatable {
    public var id: String
    public var caption: String
    public var columns: [String]
    public var rows: [[ReportCell]]
    public var footnote: String?
    /// Whether its counts are counts of people (disclosure control applies to them for the board).
    public var aboutPeople: Bool
    /// Which cells add up to which: what a reader could subtract. Disclosure control makes sure
    /// no hidden cell in one of these can be worked out; tests check it.
    public var sums: [ReportSum]

    public init(
        id: String, caption: String, columns: [String], rows: [[ReportCell]], footnote: String? = nil,
        aboutPeople: Bool = false, sums: [ReportSum] = []
    ) {
        self.id = id
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.footnote = footnote
        self.aboutPeople = aboutPeople
        self.sums = sums
    }
}

/// Cells of a table that add up to another cell of it, as (row, column) positions.
public struct ReportSum: Sendable, Encodable, Equatable {
    public var parts: [Position]
    public var total: Position

    public struct Position: Sendable, Encodable, Equatable {
        public var row: Int
        public var column: Int
    }

    /// Columns `parts` of row `row` add up to column `total`.
    public static func across(row: Int, parts: [Int], total: Int) -> ReportSum {
        ReportSum(parts: parts.map { Position(row: row, column: $0) }, total: Position(row: row, column: total))
    }

    /// Rows `parts` of column `column` add up to row `total`.
    public static func down(column: Int, parts: [Int], total: Int) -> ReportSum {
        ReportSum(parts: parts.map { Position(row: $0, column: column) }, total: Position(row: total, column: column))
    }
}

/// One cell: text, a count, a share, a number, a date, or a hidden value (`c`).
public enum ReportCell: Sendable, Encodable, Equatable {
    case text(String)
    case count(Int)
    /// A share between 0 and 1, printed as a percentage with one decimal.
    case share(Double)
    case number(Double, digits: Int)
    case date(CalendarDate)
    /// Hidden by disclosure control, printed `c`.
    case suppressed
    case empty

    /// The cell as printed.
    public var display: String {
        switch self {
        case .text(let text): return text
        case .count(let n): return String(n)
        case .share(let s): return ReportFormat.percent(s)
        case .number(let x, let digits): return ReportFormat.fixed(x, digits: digits)
        case .date(let d): return d.iso
        case .suppressed: return "c"
        case .empty: return ""
        }
    }

    /// The cell as data (CSV): numbers unformatted, shares as fractions.
    public var data: String {
        switch self {
        case .share(let s): return ReportFormat.fixed(s, digits: 4)
        default: return display
        }
    }

    /// As JSON: counts and numbers as numbers (shares as fractions), dates and text as strings,
    /// hidden cells as "c", empty cells as null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .count(let n): try container.encode(n)
        case .share(let s): try container.encode(s)
        case .number(let x, _): try container.encode(x)
        case .date(let d): try container.encode(d.iso)
        case .suppressed: try container.encode("c")
        case .empty: try container.encodeNil()
        }
    }

    /// A published cell as a report cell.
    public init(_ cell: PublishedCell) {
        switch cell {
        case .count(let n): self = .count(n)
        case .suppressed: self = .suppressed
        }
    }
}

extension BoardReport {
    /// A row's part of a cell's key: its label when its first cell is text, else "#" and its
    /// position (a one-row table whose first cell is a count that a correction may change).
    public static func rowKey(_ row: [ReportCell], _ index: Int) -> String {
        if case .text(let label) = row.first { return label }
        return "#\(index)"
    }

    /// Every hidden cell of its tables about people, as "table id|row label|column": kept with the
    /// run, so that a later run for the same authority and date hides them too.
    public var hiddenCells: [String] {
        sections.flatMap(\.tables).filter(\.aboutPeople).flatMap { table in
            table.rows.enumerated().flatMap { index, row -> [String] in
                let label = Self.rowKey(row, index)
                return row.indices.filter { $0 < table.columns.count && row[$0] == .suppressed }
                    .map { "\(table.id)|\(label)|\(table.columns[$0])" }
            }
        }
    }
}
