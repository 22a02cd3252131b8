import Governance

extension DemoBodySimulation {
    /// Makes an appointment (of a new person unless `person` is given) and emits it, with a new
    /// person's diversity declaration and training.
    mutating func appoint(
        _ category: GovernorCategory, start: CalendarDate, person: Int? = nil,
        role: GovernorRole
    ) -> Tenure {
        let key = generator.key()
        let personKey = person ?? generator.key()
        let isNew = person == nil
        let female = generator.random.chance(0.6)
        let exOfficio = category == .headteacher
        let termYears = category == .associateMember ? 2 : 4
        let termEnd = exOfficio ? nil : TermOfOffice.lastDay(start: start, years: termYears)
        var exit: CalendarDate? = nil
        if exOfficio {
            if generator.random.chance(0.3) { exit = start.adding(days: generator.random.int(200...2200)) }
        } else if let termEnd, generator.random.chance(0.12), start.days(until: termEnd) > 120 {
            exit = start.adding(days: generator.random.int(60...(start.days(until: termEnd) - 30)))
        }
        let appointment = DemoAppointment(
            key: key, personKey: personKey,
            forename: generator.random.element(female ? DemoNames.femaleForenames : DemoNames.maleForenames),
            surname: generator.random.element(DemoNames.surnames),
            title: female
                ? generator.random.pick([("Ms", 0.5), ("Mrs", 0.4), ("Dr", 0.1)])
                : generator.random.pick([("Mr", 0.9), ("Dr", 0.1)]),
            bodyURN: bodyURN, category: category, appointingBody: Self.appointingBody(category, random: &generator.random),
            employedAtSchool: category == .coOpted && generator.random.chance(0.04), role: role, termEnd: termEnd,
            existingPerson: !isNew)
        emit(start, .appoint(appointment))
        log.append((personKey, start, exit ?? termEnd ?? DemoBoroughGenerator.end))
        if role == .chair { chairs.append((key, start, nil)) }
        // From April 2016 governors apply for an enhanced DBS check within 21 days; most do.
        if category.isGovernor && start >= CalendarDate(year: 2016, month: 4, day: 1)! && generator.random.chance(0.8) {
            let applied = start.adding(days: generator.random.int(0...25))
            if applied <= DemoBoroughGenerator.end { emit(applied, .dbs(personKey: personKey)) }
        }
        if isNew { describeNewPerson(personKey, female: female, start: start) }
        return Tenure(
            appointmentKey: key, personKey: personKey, start: start, termEnd: termEnd, plannedExit: exit,
            unrecorded: !exOfficio && category != .associateMember && generator.random.chance(0.04), role: role)
    }

    static func appointingBody(_ category: GovernorCategory, random: inout SeededGenerator) -> String? {
        switch category {
        case .parent:
            return random.chance(0.9) ? "Elected by parents" : "Parent appointed by GB/board due to no election candidates"
        case .staff: return "Elected by school staff"
        case .headteacher: return "Ex-officio by virtue of office as headteacher/principal"
        case .localAuthority: return "Nominated by LA and appointed by GB"
        case .coOpted: return "Appointed by GB/board"
        case .foundation: return "Appointed by foundation/Trust"
        case .partnership: return "Nominated by other body and appointed by GB"
        case .associateMember: return nil
        }
    }

    /// A new person's declaration (most declare; some prefer not to say; some are never asked) and
    /// training (most are inducted within six months; some late; some never).
    mutating func describeNewPerson(_ person: Int, female: Bool, start: CalendarDate) {
        let end = DemoBoroughGenerator.end
        let declared = start.adding(days: generator.random.int(0...90))
        if declared <= end {
            switch generator.random.pick([("full", 0.78), ("ethnicity-withheld", 0.06), ("not-asked", 0.06), ("none", 0.10)]) {
            case "full":
                emit(
                    declared,
                    .declaration(
                        personKey: person, sex: female ? .female : .male,
                        ethnicity: generator.random.pick(DemoNames.ethnicityWeights)))
            case "ethnicity-withheld":
                emit(declared, .declaration(personKey: person, sex: female ? .female : .male, ethnicity: .preferNotToSay))
            case "not-asked":
                emit(declared, .declaration(personKey: person, sex: .notAsked, ethnicity: .notAsked))
            default: break
            }
            if generator.random.chance(0.004) {
                emit(declared.adding(days: generator.random.int(30...400)), .objection(personKey: person))
            }
        }
        let induction = generator.random.pick([(10...175, 0.72), (190...400, 0.10), (0...0, 0.18)])
        if induction.upperBound > 0 {
            let date = start.adding(days: generator.random.int(induction))
            if date <= end { emit(date, .training(personKey: person, courseKey: "induction")) }
        }
        if generator.random.chance(0.25) {
            let date = start.adding(days: generator.random.int(30...700))
            if date <= end { emit(date, .training(personKey: person, courseKey: "safeguarding")) }
        }
    }

    /// Before most new heads arrive, a few serving governors take the refresher (rec 11) and one
    /// the recruitment course.
    mutating func addRefresherTraining() {
        for change in headChanges where change.arrives > change.left {
            emit(change.left.adding(days: -30), .recruitment(bodyURN: bodyURN, plannedOn: change.arrives))
        }
        for change in headChanges where generator.random.chance(0.6) {
            let serving = Array(Set(log.filter { $0.start < change.left && $0.end > change.left }.map(\.person))).sorted()
            guard !serving.isEmpty, change.left.days(until: change.arrives) > 14 else { continue }
            for person in serving.prefix(generator.random.int(2...3)) {
                let date = change.left.adding(days: generator.random.int(1...(change.left.days(until: change.arrives) - 7)))
                emit(date, .training(personKey: person, courseKey: "refresher"))
            }
            emit(change.left.adding(days: 3), .training(personKey: serving[0], courseKey: "recruitment"))
        }
    }
}
