/// Mistakes an appointment can carry, caught before it is recorded (`governor appoint`,
/// `POST /appointments`). Each is refused with the rule; some may be let through by an officer
/// who says why (the reason is kept with the appointment), the rest must be corrected.
public struct EntryProblem: Sendable, Equatable {
    /// The rule an appointment breaks.
    public enum Rule: String, Sendable, CaseIterable, Codable {
        /// The instrument in force has no seat of the category.
        case notInInstrument = "not_in_instrument"
        /// Every seat of the category is filled on the start date.
        case overEstablishment = "over_establishment"
        /// A headteacher already serves (per school governed).
        case secondHeadteacher = "second_headteacher"
        /// A foundation governor where no school governed has a foundation.
        case noFoundation = "no_foundation"
        /// A new person named like someone who has served on the body.
        case sameName = "same_name"
        /// A term longer than the instrument sets for the category.
        case termTooLong = "term_too_long"
    }

    public var rule: Rule
    public var message: String

    /// What lets it through: over establishment (and a missing seat or second head) with
    /// `allowOverEstablishment` and a reason; a same-name person by confirming they are new. The
    /// others are corrected, not overridden.
    public var overridable: Bool { rule != .noFoundation && rule != .termTooLong }

    public init(rule: Rule, message: String) {
        self.rule = rule
        self.message = message
    }
}

/// The checks themselves: pure, given what the register holds about the body on the start date.
public enum AppointmentEntryCheck {
    /// A person who has held an appointment on the body, by name, for the same-name check.
    public struct KnownPerson: Sendable, Equatable {
        public var id: PersonID
        public var name: String
        public init(id: PersonID, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// The problems with appointing to `category` from `start`: against the instrument in force
    /// (nil: the seats cannot be checked), the appointments on the body, the schools it governs,
    /// and, for a new person, the people who have served on it.
    public static func problems(
        category: GovernorCategory, start: CalendarDate, termEnd: CalendarDate?, termYears: Int?, newPerson: PersonName?,
        instrument: InstrumentOfGovernment?, appointments: [Appointment], schools: [School], knownPeople: [KnownPerson]
    ) -> [EntryProblem] {
        var problems: [EntryProblem] = []
        if category == .foundation, !schools.isEmpty, !schools.contains(where: hasFoundation) {
            let names = schools.map(\.name).joined(separator: ", ")
            problems.append(
                EntryProblem(
                    rule: .noFoundation,
                    message:
                        "a foundation governor needs a school with a foundation (voluntary, or foundation with a foundation); "
                        + "\(names) has none recorded (correct the school with 'govmon school update --foundation' first)"))
        }
        if let instrument, category.isGovernor {
            problems += seatProblems(category, start, instrument, appointments)
            if let years = instrument.term(for: category) {
                let limit = TermOfOffice.lastDay(start: start, years: years)
                if let termEnd, termEnd > limit {
                    problems.append(
                        EntryProblem(
                            rule: .termTooLong,
                            message:
                                "the instrument sets \(years)-year terms for \(category.label) governors; a term from \(start.iso) "
                                + "ends by \(limit.iso), not \(termEnd.iso)"))
                } else if let termYears, termYears > years {
                    problems.append(
                        EntryProblem(
                            rule: .termTooLong,
                            message: "the instrument sets \(years)-year terms for \(category.label) governors, not \(termYears)"))
                }
            }
        }
        if let newPerson {
            let typed = normalised(newPerson.display)
            for known in knownPeople where normalised(known.name) == typed {
                problems.append(
                    EntryProblem(
                        rule: .sameName,
                        message:
                            "\(known.name) (person \(known.id)) has served on this body: give --person \(known.id) if it is "
                            + "them, or --new-person if it is someone else"))
                break
            }
        }
        return problems
    }

    static func seatProblems(
        _ category: GovernorCategory, _ start: CalendarDate, _ instrument: InstrumentOfGovernment, _ appointments: [Appointment]
    ) -> [EntryProblem] {
        let seats = instrument.seats(for: category)
        if seats == 0 {
            return [
                EntryProblem(
                    rule: .notInInstrument,
                    message:
                        "the instrument in force on \(start.iso) (effective \(instrument.effectiveFrom.iso)) has no "
                        + "\(category.label) seats")
            ]
        }
        let serving = appointments.filter { $0.category == category && $0.serves(on: start) }
        guard serving.count >= seats else { return [] }
        let ids = serving.map { "appointment \($0.id)" }.joined(separator: ", ")
        if category == .headteacher {
            return [EntryProblem(rule: .secondHeadteacher, message: "a headteacher already serves on \(start.iso) (\(ids))")]
        }
        return [
            EntryProblem(
                rule: .overEstablishment,
                message: "all \(seats) \(category.label) seats are filled on \(start.iso) (\(ids)); end one first")
        ]
    }

    /// Voluntary schools have foundations; foundation schools have one when their status says so
    /// (an unrecorded status is given the benefit of the doubt: the constitution check flags it).
    static func hasFoundation(_ school: School) -> Bool {
        switch school.category {
        case .voluntaryAided, .voluntaryControlled: return true
        case .foundation, .foundationSpecial: return school.foundationStatus != .withoutFoundation
        default: return false
        }
    }

    static func normalised(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
    }
}
