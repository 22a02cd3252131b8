/// One category's line on an instrument of government.
public struct SeatAllocation: Sendable, Codable, Equatable {
    public var category: GovernorCategory
    public var seats: Int
    /// Term of office in years (1-4); nil for the headteacher.
    public var termYears: Int?

    public init(category: GovernorCategory, seats: Int, termYears: Int?) {
        self.category = category
        self.seats = seats
        self.termYears = termYears
    }
}

extension SeatAllocation {
    /// Reads seats as an officer writes them for `category`: `SEATS:TERM_YEARS` (`2:4`), or
    /// `SEATS` alone (a 4-year term; the headteacher has none). Nil for anything else.
    public init?(category: GovernorCategory, typed text: String) {
        let numbers = text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard let first = numbers.first, let seats = first, numbers.count <= 2 else { return nil }
        if numbers.count == 2 {
            guard let years = numbers[1] else { return nil }
            self.init(category: category, seats: seats, termYears: years)
        } else {
            self.init(category: category, seats: seats, termYears: category == .headteacher ? nil : 4)
        }
    }
}

/// An instrument of government as recorded.
public struct InstrumentRecord: Sendable, Codable, Equatable {
    public var id: Int64
    public var bodyID: BodyID
    public var madeOn: CalendarDate
    public var effectiveFrom: CalendarDate
    /// 2007 or 2012.
    public var regulations: Int
    public var headIsGovernor: Bool
    public var note: String?
    public var seats: [SeatAllocation]
    /// A draft is never in force (docs/constitution.md s5): only adopted instruments count.
    public var draft = false
    /// Co-opted seats the instrument expects to be filled by people eligible to be staff
    /// governors (reg 13(5)); the one-third check counts them.
    public var staffEligibleCoOpted = 0

    /// Total governor seats.
    public var totalSeats: Int { seats.reduce(0) { $0 + $1.seats } }

    /// The record as given, field by field.
    public init(
        id: Int64, bodyID: BodyID, madeOn: CalendarDate, effectiveFrom: CalendarDate, regulations: Int, headIsGovernor: Bool,
        note: String? = nil, seats: [SeatAllocation]
    ) {
        self.id = id
        self.bodyID = bodyID
        self.madeOn = madeOn
        self.effectiveFrom = effectiveFrom
        self.regulations = regulations
        self.headIsGovernor = headIsGovernor
        self.note = note
        self.seats = seats
    }
}

/// What an officer enters to record an instrument.
public struct NewInstrument: Sendable {
    public var bodyID: BodyID
    public var madeOn: CalendarDate
    public var effectiveFrom: CalendarDate
    public var regulations: Int
    public var headIsGovernor: Bool
    public var note: String?
    public var seats: [SeatAllocation]
    /// Recorded as a draft: kept, listed, never in force.
    public var draft: Bool
    /// Co-opted seats expected to be staff-eligible (reg 13(5)).
    public var staffEligibleCoOpted: Int

    public init(
        bodyID: BodyID, madeOn: CalendarDate, effectiveFrom: CalendarDate, regulations: Int,
        headIsGovernor: Bool, note: String?, seats: [SeatAllocation], draft: Bool = false, staffEligibleCoOpted: Int = 0
    ) {
        self.draft = draft
        self.staffEligibleCoOpted = staffEligibleCoOpted
        self.bodyID = bodyID
        self.madeOn = madeOn
        self.effectiveFrom = effectiveFrom
        self.regulations = regulations
        self.headIsGovernor = headIsGovernor
        self.note = note
        self.seats = seats
    }

    /// Problems the database would also refuse, said in terms of the command's options.
    public func problems() -> [String] {
        var problems: [String] = []
        if ![2007, 2012].contains(regulations) { problems.append("--regulations: expected 2007 or 2012, found \(regulations)") }
        if effectiveFrom < madeOn {
            problems.append("--effective: expected a date on or after --made (\(madeOn.iso)), found \(effectiveFrom.iso)")
        }
        for seat in seats {
            if seat.seats < 0 {
                problems.append("\(seat.category.commandLineName) seats: expected 0 or more, found \(seat.seats)")
            }
            if seat.category == .associateMember { problems.append("associate members hold no seats on an instrument") }
            if let years = seat.termYears, !(1...4).contains(years) {
                problems.append("\(seat.category.commandLineName) term: expected 1 to 4 years, found \(years)")
            }
        }
        let coOpted = seats.filter { $0.category == .coOpted }.reduce(0) { $0 + $1.seats }
        if staffEligibleCoOpted < 0 || staffEligibleCoOpted > max(coOpted, 0) {
            problems.append(
                "--staff-eligible-co-opted: expected 0 to the co-opted seats (\(coOpted)), found \(staffEligibleCoOpted)")
        }
        return problems
    }
}
