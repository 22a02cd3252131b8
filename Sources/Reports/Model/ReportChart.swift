import Governance

/// A chart the report draws itself as inline SVG: a title, a description for screen readers, axis
/// labels, and the table that holds its numbers.
public struct ReportChart: Sendable, Encodable, Equatable {
    public enum Kind: Sendable, Encodable, Equatable {
        /// Horizontal bars of a share with an interval whisker, against a community marker.
        case shareBars([ShareBar])
        /// One horizontal bar split into parts (e.g. reconstitution states).
        case stacked([StackPart])
        /// Lines over time, one per series.
        case trend([TrendSeries])

        /// As JSON: `{"type": "share_bars", "data": [...]}`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            switch self {
            case .shareBars(let bars):
                try container.encode("share_bars", forKey: .type)
                try container.encode(bars, forKey: .data)
            case .stacked(let parts):
                try container.encode("stacked", forKey: .type)
                try container.encode(parts, forKey: .data)
            case .trend(let series):
                try container.encode("trend", forKey: .type)
                try container.encode(series, forKey: .data)
            }
        }

        enum Key: String, CodingKey { case type, data }
    }

    /// One bar: the governors' share (nil when hidden), its interval, and the community's share.
    public struct ShareBar: Sendable, Codable, Equatable {
        public var label: String
        public var share: Double?
        public var lower: Double?
        public var upper: Double?
        public var community: Double?

        public init(label: String, share: Double?, lower: Double?, upper: Double?, community: Double?) {
            self.label = label
            self.share = share
            self.lower = lower
            self.upper = upper
            self.community = community
        }
    }

    public struct StackPart: Sendable, Codable, Equatable {
        public var label: String
        public var value: Int
        /// One of the report palette's names: good, warning, bad, neutral.
        public var tone: String

        public init(label: String, value: Int, tone: String) {
            self.label = label
            self.value = value
            self.tone = tone
        }
    }

    public struct TrendSeries: Sendable, Codable, Equatable {
        public var label: String
        public var points: [TrendPoint]

        public init(label: String, points: [TrendPoint]) {
            self.label = label
            self.points = points
        }
    }

    public struct TrendPoint: Sendable, Codable, Equatable {
        public var date: CalendarDate
        /// A share between 0 and 1; nil when hidden.
        public var value: Double?

        public init(date: CalendarDate, value: Double?) {
            self.date = date
            self.value = value
        }
    }

    public var id: String
    public var title: String
    /// What the chart shows, in words, for screen readers (`<desc>`).
    public var description: String
    public var xLabel: String
    public var yLabel: String
    public var kind: Kind
    /// The id of the table beside it with the same numbers.
    public var tableID: String

    public init(id: String, title: String, description: String, xLabel: String, yLabel: String, kind: Kind, tableID: String) {
        self.id = id
        self.title = title
        self.description = description
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.kind = kind
        self.tableID = tableID
    }
}
