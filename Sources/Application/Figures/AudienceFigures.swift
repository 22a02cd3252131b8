import Foundation
import Governance
import Reports
import Store

/// Figures with two faces: the full one officers see (every count), and the one the disclosure
/// rule lets the board and chairs see (bands per body, suppressed borough tables, no names).
public protocol AudienceFigures: Sendable {
    associatedtype Full: Encodable
    associatedtype Published: Encodable
    /// Every count, for officers.
    var full: Full { get }
    /// What the disclosure rule allows (docs/disclosure.md).
    func published(_ settings: BoardReportSettings) -> Published
}

/// Who figures are prepared for: officers may ask for either audience; every other role (the
/// board, a chair) gets the board's, whatever it asks for (docs/disclosure.md).
public enum FiguresAudience {
    public static func of(_ role: ServiceRole, requested: ReportAudience = .officer) -> ReportAudience {
        role == .officer ? requested : .board
    }
}

extension BodyRepresentation: AudienceFigures {
    public var full: BodyRepresentation { self }
    public func published(_ settings: BoardReportSettings) -> BandsOnly { BandsOnly(self) }
}

/// A borough's figures with the serving members behind them (the published tables need them).
public struct BoroughFigures: AudienceFigures {

    public init(
        borough: BoroughRepresentation, members: [MemberDeclaration], groups: [RepresentedGroup], definition: MinorityDefinition
    ) {
        self.borough = borough
        self.members = members
        self.groups = groups
        self.definition = definition
    }
    public var borough: BoroughRepresentation
    public var members: [MemberDeclaration]
    public var groups: [RepresentedGroup]
    public var definition: MinorityDefinition

    public var full: BoroughRepresentation { borough }

    public func published(_ settings: BoardReportSettings) -> PublishedBorough {
        PublishedBorough(
            laCode: borough.laCode, asOf: borough.asOf, definition: definition, bands: borough.bands,
            tables: groups.map { g in
                PublishedBorough.Table(
                    group: g.label, rows: BoardDisclosure.byCategory(members, group: g, policy: settings.disclosure))
            }, footnote: settings.disclosure.footnote)
    }
}

/// Stored borough snapshots.
public struct TrendFigures: AudienceFigures {

    public init(snapshots: [RepresentationSnapshot]) {
        self.snapshots = snapshots
    }
    public var snapshots: [RepresentationSnapshot]

    public var full: [TrendPoint] { snapshots.map(TrendPoint.init) }

    public func published(_ settings: BoardReportSettings) -> [PublishedTrendPoint] {
        snapshots.map { PublishedTrendPoint($0, policy: settings.disclosure) }
    }
}

/// An authority's register summary. The board sees its structure (schools, bodies, seats,
/// vacancies); the counts of governors, by category and by declaration, are people counts that
/// could undo the report's suppression, so they reach the board only through its tables.
public struct SummaryFigures: AudienceFigures {

    public init(summary: RegisterSummary) {
        self.summary = summary
    }
    public var summary: RegisterSummary

    public var full: SummaryResponse { SummaryResponse(summary) }

    public func published(_ settings: BoardReportSettings) -> PublishedSummary { PublishedSummary(summary) }
}

/// The summary as the board sees it.
public struct PublishedSummary: Encodable {
    public var laCode: Int
    public var laName: String
    public var asOf: CalendarDate
    public var schools: Int
    public var maintainedSchools: Int
    public var bodies: Int
    public var federations: Int
    public var seats: Int
    public var openVacancies: Int

    enum CodingKeys: String, CodingKey {
        case laCode = "la_code", laName = "la_name", asOf = "as_of", schools, maintainedSchools = "maintained_schools"
        case bodies, federations, seats, openVacancies = "open_vacancies"
    }

    public init(_ s: RegisterSummary) {
        laCode = s.laCode
        laName = s.laName
        asOf = s.asOf
        schools = s.schools
        maintainedSchools = s.maintainedSchools
        bodies = s.bodies
        federations = s.federations
        seats = s.seats
        openVacancies = s.openVacancies
    }
}

/// Chairs' reviews of a body.
public struct ReviewFigures: AudienceFigures {

    public init(reviews: [ChairReview]) {
        self.reviews = reviews
    }
    public var reviews: [ChairReview]

    public var full: [ChairReview] { reviews }

    public func published(_ settings: BoardReportSettings) -> [PublishedReview] { reviews.map(PublishedReview.init) }
}

/// A chair's review as the board and chairs may see it: the judgement, its dates, and the bands
/// of the figures it was based on. No chair's name, no counts, and not the free-text actions
/// (they may name people).
public struct PublishedReview: Encodable {
    public var reviewID: Int64
    public var bodyID: BodyID
    public var bodyName: String
    public var reviewedOn: CalendarDate
    public var judgement: String
    public var takenToBoardOn: CalendarDate?
    public var bands: BandsOnly?

    enum CodingKeys: String, CodingKey {
        case reviewID = "review_id", bodyID = "body_id", bodyName = "body_name", reviewedOn = "reviewed_on", judgement
        case takenToBoardOn = "taken_to_board_on", bands
    }

    public init(_ review: ChairReview) {
        reviewID = review.id
        bodyID = review.bodyID
        bodyName = review.bodyName
        reviewedOn = review.reviewedOn
        judgement = review.judgement.rawValue
        takenToBoardOn = review.takenToBoardOn
        bands = review.frozenFigures.map(BandsOnly.init)
    }
}

extension ChairReview {
    /// The figures the chair looked at, as they were recorded with the review (nil when none were).
    public var frozenFigures: BodyRepresentation? {
        figures.flatMap { $0.data(using: .utf8) }.flatMap { try? JSONDecoder().decode(BodyRepresentation.self, from: $0) }
    }
}

/// A body's figures as the board and chairs may see them: bands only.
public struct BandsOnly: Encodable {
    public struct Group: Encodable {
        public var group: String
        public var label: String
        public var comparator: String?
        public var band: String
    }

    public var bodyID: BodyID
    public var bodyName: String
    public var asOf: CalendarDate
    public var groups: [Group]

    public init(_ figures: BodyRepresentation) {
        bodyID = figures.bodyID
        bodyName = figures.bodyName
        asOf = figures.asOf
        groups = figures.groups.map { Group(group: $0.group, label: $0.label, comparator: $0.comparator, band: $0.band.rawValue) }
    }
}

/// The borough as the board may see it: disclosure-controlled tables and bands of bodies.
public struct PublishedBorough: Encodable {
    public struct Table: Encodable {
        public var group: String
        public var rows: [BoardDisclosure.PublishedRow]
    }

    public var laCode: Int
    public var asOf: CalendarDate
    public var definition: MinorityDefinition
    public var bands: [String: [String: Int]]
    public var tables: [Table]
    public var footnote: String
}
