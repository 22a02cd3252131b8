/// The kinds of record an officer enters and may void or correct (docs/corrections.md). A void
/// keeps the row with who, when and why, and drops it from every computation and listing; a
/// correction voids the old version and adds the corrected one in its place.
public enum CorrectableRecord: String, Sendable, CaseIterable {
    case appointment
    case person
    case vacancy
    case instrument
    case training
    case stage
    case declaration
    case dbsCheck = "dbs_check"
    case review
    case recruitment
    case policy
    case recruitmentStage = "recruitment_stage"
    case panelMember = "panel_member"
    case panelConfirmation = "panel_confirmation"
    case candidate
    case candidateStage = "candidate_stage"

    /// The noun people read ("appointment A12", "training record 4").
    public var noun: String {
        switch self {
        case .appointment: "appointment"
        case .person: "person"
        case .vacancy: "vacancy"
        case .instrument: "instrument"
        case .training: "training record"
        case .stage: "reconstitution stage"
        case .declaration: "declaration"
        case .dbsCheck: "DBS record"
        case .review: "chair's review"
        case .recruitment: "planned headteacher appointment"
        case .policy: "succession planning policy"
        case .recruitmentStage: "recruitment stage"
        case .panelMember: "panel member"
        case .panelConfirmation: "panel confirmation"
        case .candidate: "candidate"
        case .candidateStage: "candidate's stage"
        }
    }

    /// The letter its ids are shown with (`A` for appointments), for the kinds that have one.
    public var prefix: Character? {
        switch self {
        case .appointment: Identified.Appointment.prefix
        case .person: Identified.Person.prefix
        case .vacancy: Identified.Vacancy.prefix
        default: nil
        }
    }

    /// The record's id as people read it: with its letter where the kind has one (`A12`).
    public func label(_ id: Int64) -> String { prefix.map { "\($0)\(id)" } ?? String(id) }

    /// The fields a correction may change.
    public var correctableFields: Set<CorrectableField> {
        switch self {
        case .appointment:
            [.person, .category, .role, .appointingBody, .employedAtSchool, .startDate, .termEnd, .endedOn, .endedReason]
        case .person: [.title, .forename1, .forename2, .surname]
        case .vacancy:
            [.category, .openedOn, .vacancyReason, .filledBy, .filledOn, .closedOn, .closedReason, .note]
        case .instrument: [.madeOn, .effectiveFrom, .note]
        case .training: [.course, .completedOn]
        case .stage: [.reachedOn, .note]
        case .declaration: [.sex, .ethnicity, .collectedBy]
        case .dbsCheck: [.appliedOn, .certificateIssuedOn]
        case .review: [.reviewedOn, .judgement, .actionsAgreed, .takenToBoardOn]
        case .recruitment: [.recordedOn, .plannedAppointmentOn, .note, .cancelledOn]
        // Corrected by voiding and recording again: the rules each entry is checked against
        // (stage order, a serving governor, one confirmation) are the recording's.
        case .policy, .recruitmentStage, .panelMember, .panelConfirmation, .candidate, .candidateStage: []
        }
    }
}

/// A field a correction may set, named by its column in the register.
public enum CorrectableField: String, Sendable, CaseIterable {
    case person = "person_id"
    case category, role
    case appointingBody = "appointing_body"
    case employedAtSchool = "employed_at_school"
    case startDate = "start_date"
    case termEnd = "term_end"
    case endedOn = "ended_on"
    case endedReason = "ended_reason"
    case title, forename1, forename2, surname
    case openedOn = "opened_on"
    case vacancyReason = "reason"
    case filledBy = "filled_by_appointment_id"
    case filledOn = "filled_on"
    case closedOn = "closed_on"
    case closedReason = "closed_reason"
    case note
    case madeOn = "made_on"
    case effectiveFrom = "effective_from"
    case course = "course_id"
    case completedOn = "completed_on"
    case reachedOn = "reached_on"
    case sex, ethnicity
    case collectedBy = "collected_by"
    case appliedOn = "applied_on"
    case certificateIssuedOn = "certificate_issued_on"
    case reviewedOn = "reviewed_on"
    case judgement
    case actionsAgreed = "actions_agreed"
    case takenToBoardOn = "taken_to_board_on"
    case recordedOn = "recorded_on"
    case plannedAppointmentOn = "planned_appointment_on"
    case cancelledOn = "cancelled_on"
}

/// What a correction changes: each field's new value as the register stores it in text (a date
/// in ISO form, a category's stored name, a number), or nil to clear the field.
public struct Correction: Sendable, Equatable {
    public private(set) var changes: [CorrectableField: String?] = [:]

    public init() {}

    /// Sets a field to a value (nil clears it).
    public mutating func set(_ field: CorrectableField, _ value: String?) { changes[field] = .some(value) }
    /// Sets a date field (nil clears it).
    public mutating func set(_ field: CorrectableField, _ date: CalendarDate?) { set(field, date?.iso) }
    /// Sets a yes/no field.
    public mutating func set(_ field: CorrectableField, _ flag: Bool) { set(field, flag ? "true" : "false") }

    public var isEmpty: Bool { changes.isEmpty }
}

/// One version of a record in its history: when and by whom it was entered, and, once voided,
/// when, by whom, why, and the version that replaced it.
public struct RecordVersion: Sendable, Equatable {
    public let id: Int64
    public let enteredAt: String?
    public let enteredBy: String?
    public let voidedAt: String?
    public let voidedBy: String?
    public let voidReason: String?
    public let replacedBy: Int64?
    /// The version's fields as JSON (special category data left out; `diversity show
    /// --include-void` shows declarations to those who may see them).
    public let fields: String

    public init(
        id: Int64, enteredAt: String?, enteredBy: String?, voidedAt: String?, voidedBy: String?, voidReason: String?,
        replacedBy: Int64?, fields: String
    ) {
        self.id = id
        self.enteredAt = enteredAt
        self.enteredBy = enteredBy
        self.voidedAt = voidedAt
        self.voidedBy = voidedBy
        self.voidReason = voidReason
        self.replacedBy = replacedBy
        self.fields = fields
    }

    public var isVoid: Bool { voidedAt != nil }
}

/// What a merge of two records of one person moved onto the record kept.
public struct PersonMerge: Sendable, Equatable {
    public var appointments = 0
    public var trainingRecords = 0
    public var declarations = 0
    public var dbsChecks = 0
    /// Records the other person had that the kept one already has (the same course on the same
    /// day, a declaration on the same date): voided as duplicates, not moved.
    public var duplicatesVoided = 0
    public var questionsResolved = 0

    public init() {}
}
