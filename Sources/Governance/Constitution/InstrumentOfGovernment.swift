import Foundation

/// An instrument of government (IoG): how many seats a governing body has in each governor
/// category, the term of office per category, the regulations it was made under, and when it
/// was made and takes effect (docs/constitution.md sections 1, 4 and 5).
///
/// Associate members are never counted: they are not governors (reg 12) and hold no seats, so
/// the initialiser rejects an associate-member seat or term. A value of this type therefore
/// cannot hold associates, and nothing computed from it (totals, the minimum of 7, the
/// one-third rule) can include them.
///
/// Every value is valid: the only ways to make one, `init(...)` and `Decodable`, run
/// `validate(...)` and throw its problems (negative seats, terms outside 1-4 years, and so on).
public struct InstrumentOfGovernment: Sendable, Hashable {
    /// The constitution regulations an instrument was made under.
    public enum Regulations: Int, Sendable, Codable, Hashable, CaseIterable {
        /// The School Governance (Constitution) (England) Regulations 2007, revoked from
        /// 1 September 2015 (docs/constitution.md s5).
        case of2007 = 2007
        /// The School Governance (Constitution) (England) Regulations 2012 (SI 2012/1034), or the
        /// 2012 Federations regulations (SI 2012/1035) for a federation.
        case of2012 = 2012
    }

    /// The term, in years, for a category whose term the instrument does not set (docs/constitution.md s4).
    public static let defaultTermYears = 4

    /// The terms an instrument may set for a category, in years (docs/constitution.md s4).
    public static let allowedTermYears = 1...4

    /// Seats per governor category. Categories without an entry have no seats; there is never an
    /// associate-member entry, and no entry is negative.
    public let seats: [GovernorCategory: Int]

    /// Term of office in years per category, where the instrument sets one (1 to 4). Never set
    /// for the headteacher, who is a governor ex officio while in post.
    public let termYears: [GovernorCategory: Int]

    /// The regulations the instrument was made under.
    public let regulations: Regulations

    /// Whether the headteacher (or, in a federation, each head) is a governor. False when the
    /// head has resigned as governor: the place then stays empty (docs/constitution.md s1).
    public let headIsGovernor: Bool

    /// How many schools the body governs: 1, or more for a federation.
    public let schoolsGoverned: Int

    /// The day the instrument was made.
    public let madeOn: CalendarDate

    /// The day the instrument takes effect (on or after `madeOn`).
    public let effectiveFrom: CalendarDate

    /// Makes an instrument, or throws every problem `validate(...)` finds.
    ///
    /// A zero associate-member seat entry is dropped rather than rejected: it says nothing, and
    /// callers that build the dictionary from every category should not fail on it.
    public init(
        seats: [GovernorCategory: Int], termYears: [GovernorCategory: Int] = [:],
        regulations: Regulations = .of2012, headIsGovernor: Bool = true, schoolsGoverned: Int = 1,
        madeOn: CalendarDate, effectiveFrom: CalendarDate
    ) throws(InstrumentProblems) {
        let problems = Self.validate(
            seats: seats, termYears: termYears, regulations: regulations,
            headIsGovernor: headIsGovernor, schoolsGoverned: schoolsGoverned,
            madeOn: madeOn, effectiveFrom: effectiveFrom)
        guard problems.isEmpty else { throw InstrumentProblems(problems: problems) }
        self.seats = seats.filter { $0.key.isGovernor && $0.value != 0 }
        self.termYears = termYears
        self.regulations = regulations
        self.headIsGovernor = headIsGovernor
        self.schoolsGoverned = schoolsGoverned
        self.madeOn = madeOn
        self.effectiveFrom = effectiveFrom
    }

    /// The seats the instrument gives `category` (0 for associate members, always).
    public func seats(for category: GovernorCategory) -> Int { seats[category] ?? 0 }

    /// All governor seats: the instrument's total membership.
    public var totalSeats: Int { GovernorCategory.governorCategories.reduce(0) { $0 + seats(for: $1) } }

    /// The term in years for `category`: the instrument's own, else the 4-year default; nil for
    /// the headteacher (ex officio, no term) and associate members (not governors).
    public func term(for category: GovernorCategory) -> Int? {
        guard category.isGovernor, category != .headteacher else { return nil }
        return termYears[category] ?? Self.defaultTermYears
    }
}
