import Governance

/// Seats per category on a synthetic body's instruments: a larger 2007-regulations body and a
/// smaller 2012 one, each valid under docs/constitution.md for its school category (the generator
/// occasionally breaks a rule on purpose so the checks have something to find).
struct DemoSeatPlans {
    let category: SchoolCategory
    let foundation: FoundationStatus?
    let schools: Int

    func seats2007() -> [GovernorCategory: Int] {
        switch category {
        case .voluntaryAided:
            // others 4 + 1 + 1 + 1 = 7, foundation outnumber them by two: 9.
            return [.parent: 4, .headteacher: schools, .staff: 1, .localAuthority: 1, .foundation: 9]
        case .voluntaryControlled:
            return [.parent: 4, .headteacher: schools, .staff: 2, .localAuthority: 3, .coOpted: 2, .foundation: 3]
        case .foundation where foundation == .qualifyingFoundation:
            return [.parent: 4, .headteacher: schools, .staff: 1, .localAuthority: 1, .foundation: 9]
        case .foundation where foundation == .withoutFoundation:
            return [.parent: 5, .headteacher: schools, .staff: 2, .localAuthority: 2, .coOpted: 3, .partnership: 3]
        case .foundation:
            return [.parent: 5, .headteacher: schools, .staff: 2, .localAuthority: 2, .coOpted: 3, .foundation: 4]
        default:
            return [.parent: 5, .headteacher: schools, .staff: 2, .localAuthority: 3, .coOpted: 4]
        }
    }

    func seats2012(random: inout SeededGenerator) -> [GovernorCategory: Int] {
        let base: [GovernorCategory: Int] = [.parent: 2, .headteacher: schools, .staff: 1, .localAuthority: 1]
        switch category {
        case .voluntaryAided:
            // others 2 + 1 + 1 + 1 = 5, so 7 foundation: 12 in all.
            return base.merging([.foundation: 7]) { $1 }
        case .voluntaryControlled:
            // 2 foundation of 9: at most a quarter.
            return base.merging([.coOpted: 2, .foundation: 2]) { $1 }
        case .foundation where foundation == .qualifyingFoundation:
            return base.merging([.foundation: 6]) { $1 }
        case .foundation where foundation == .withoutFoundation:
            return base.merging([.coOpted: 2, .partnership: 2]) { $1 }
        case .foundation:
            return base.merging([.coOpted: 2, .foundation: 3]) { $1 }
        default:
            let coOpted = schools > 1 ? 3 : random.int(2...5)
            return base.merging([.parent: random.chance(0.3) ? 3 : 2, .coOpted: coOpted]) { $1 }
        }
    }
}

/// One seat of a category and who holds it.
struct Seat {
    enum State {
        case occupied(Tenure)
        case vacant(key: Int, opened: CalendarDate, fillOn: CalendarDate)
        /// A surplus seat whose holder leaves without being replaced.
        case retiring(Tenure)
        case gone
    }
    var state: State
}

/// An appointment in progress.
struct Tenure {
    var appointmentKey: Int
    var personKey: Int
    var start: CalendarDate
    var termEnd: CalendarDate?
    /// A resignation (or a head leaving) planned when the appointment was made.
    var plannedExit: CalendarDate?
    /// The clerk never recorded the term ending: the record stays open past its term end.
    var unrecorded: Bool
    var role: GovernorRole
}
