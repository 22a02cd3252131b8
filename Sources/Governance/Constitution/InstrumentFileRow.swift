import Foundation

/// One instrument of government, with the reconstitution stages that led to it, as a line of the
/// file `govmon instrument import` reads (docs/instrument-file.md): the body by a school's URN,
/// the dates, the seats by category, the stage dates. `govmon instrument template` writes one line
/// per body for an officer to fill in.
public struct InstrumentFileRow: Sendable, Equatable {
    public var urn: Int
    public var made: CalendarDate
    public var effective: CalendarDate
    public var regulations: Int
    public var headIsGovernor: Bool
    public var seats: [SeatAllocation]
    public var stages: [(stage: ReconstitutionStage, on: CalendarDate)]
    public var note: String?
    /// Co-opted seats the instrument expects to be staff-eligible (reg 13(5)); blank is 0.
    public var staffEligibleCoOpted = 0
    /// A draft, not yet adopted: kept, never in force; blank is no.
    public var draft = false

    /// The seat columns, in the order the template writes them.
    public static let seatColumns: [GovernorCategory] = [
        .parent, .headteacher, .staff, .localAuthority, .coOpted, .foundation, .partnership,
    ]

    /// Every column, in the template's order.
    public static var columns: [String] {
        ["urn", "made", "effective", "regulations", "head_is_governor"] + seatColumns.map(\.rawValue)
            + ReconstitutionStage.allCases.map(\.rawValue) + ["note", "staff_eligible_co_opted", "draft"]
    }

    /// What is wrong with a line: the field, what was expected, what was found.
    public struct Problem: Error, Sendable, Equatable {
        public var field: String
        public var expected: String
        public var found: String
    }

    /// Reads one line, its columns found by name in `header`; blank seat columns are no seats,
    /// blank stage columns stages not reached.
    public static func read(_ fields: [String], header: [String: Int]) -> Result<InstrumentFileRow, Problem> {
        func value(_ name: String) -> String {
            header[name].flatMap { $0 < fields.count ? fields[$0] : nil }?.trimmingCharacters(in: .whitespaces) ?? ""
        }
        func date(_ name: String) -> Result<CalendarDate, Problem> {
            CalendarDate(typed: value(name)).map { .success($0) }
                ?? .failure(Problem(field: name, expected: "a date as YYYY-MM-DD or DD/MM/YYYY", found: value(name)))
        }
        guard let urn = Int(value("urn")), (100_000...999_999).contains(urn) else {
            return .failure(Problem(field: "urn", expected: "a school's six-digit URN", found: value("urn")))
        }
        let made: CalendarDate, effective: CalendarDate
        switch (date("made"), date("effective")) {
        case (.failure(let problem), _), (_, .failure(let problem)): return .failure(problem)
        case (.success(let m), .success(let e)): (made, effective) = (m, e)
        }
        let regulationsText = value("regulations")
        guard let regulations = regulationsText.isEmpty ? 2012 : Int(regulationsText), [2007, 2012].contains(regulations)
        else {
            return .failure(Problem(field: "regulations", expected: "2012 or 2007 (blank: 2012)", found: regulationsText))
        }
        let headText = value("head_is_governor").lowercased()
        guard ["", "yes", "no", "true", "false", "y", "n"].contains(headText) else {
            return .failure(Problem(field: "head_is_governor", expected: "yes or no (blank: yes)", found: headText))
        }
        let draftText = value("draft").lowercased()
        guard ["", "yes", "no", "true", "false", "y", "n"].contains(draftText) else {
            return .failure(Problem(field: "draft", expected: "yes or no (blank: no)", found: draftText))
        }
        var seats: [SeatAllocation] = []
        for category in seatColumns {
            let text = value(category.rawValue)
            if text.isEmpty { continue }
            guard let allocation = SeatAllocation(category: category, typed: text), (0...100).contains(allocation.seats),
                allocation.termYears.map({ (1...TermOfOffice.maximumYears).contains($0) }) ?? (category == .headteacher)
            else {
                let expected =
                    category == .headteacher
                    ? "seats, e.g. 1 (no term)" : "SEATS:TERM_YEARS such as 2:4 (terms of 1 to 4 years), or SEATS (4 years)"
                return .failure(Problem(field: category.rawValue, expected: expected, found: text))
            }
            seats.append(allocation)
        }
        guard !seats.isEmpty else {
            return .failure(Problem(field: "parent", expected: "the seats of at least one category", found: ""))
        }
        let coOpted = seats.first { $0.category == .coOpted }?.seats ?? 0
        let staffText = value("staff_eligible_co_opted")
        guard let staffEligible = staffText.isEmpty ? 0 : Int(staffText), staffEligible >= 0, staffEligible <= max(coOpted, 0)
        else {
            return .failure(
                Problem(
                    field: "staff_eligible_co_opted", expected: "0 to the co-opted seats (\(coOpted)); blank: 0",
                    found: staffText))
        }
        var stages: [(stage: ReconstitutionStage, on: CalendarDate)] = []
        for stage in ReconstitutionStage.allCases where !value(stage.rawValue).isEmpty {
            switch date(stage.rawValue) {
            case .failure(let problem): return .failure(problem)
            case .success(let on): stages.append((stage, on))
            }
        }
        let note = value("note")
        var row = InstrumentFileRow(
            urn: urn, made: made, effective: effective, regulations: regulations,
            headIsGovernor: !["no", "false", "n"].contains(headText), seats: seats, stages: stages,
            note: note.isEmpty ? nil : note)
        row.staffEligibleCoOpted = staffEligible
        row.draft = ["yes", "true", "y"].contains(draftText)
        return .success(row)
    }

    public static func == (a: InstrumentFileRow, b: InstrumentFileRow) -> Bool {
        a.urn == b.urn && a.made == b.made && a.effective == b.effective && a.regulations == b.regulations
            && a.headIsGovernor == b.headIsGovernor && a.seats == b.seats && a.note == b.note
            && a.staffEligibleCoOpted == b.staffEligibleCoOpted && a.draft == b.draft
            && a.stages.map(\.stage) == b.stages.map(\.stage) && a.stages.map(\.on) == b.stages.map(\.on)
    }
}
