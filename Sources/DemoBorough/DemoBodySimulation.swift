import Governance

/// Simulates one governing body from `from` to `until`: seats filled, terms ending, re-appointments,
/// resignations, vacancies and their filling, a head changing, reconstitution to a smaller 2012
/// instrument (with surplus governors leaving, or not yet), training and diversity declarations.
struct DemoBodySimulation {
    var generator: DemoBoroughGenerator
    let schools: [DemoSchool]
    let from: CalendarDate
    let until: CalendarDate
    let outcome: ReconstitutionOutcome
    /// Heads of federated schools who carry on as heads of the federation.
    var inheritedHeads: [Int] = []
    /// Person keys of the heads appointed first (for a federation to inherit).
    var headPersonKeys: [Int] = []
    var seats: [GovernorCategory: [Seat]] = [:]
    /// Every tenure, for choosing who takes refresher training.
    var log: [(person: Int, start: CalendarDate, end: CalendarDate)] = []
    var headChanges: [(left: CalendarDate, arrives: CalendarDate)] = []
    /// Chairs' tenures: appointment key, first day, last day (nil while serving).
    var chairs: [(key: Int, start: CalendarDate, end: CalendarDate?)] = []

    static let courses = [
        DemoCourse(key: "induction", title: "New governor induction (Governor Services)", kind: "induction"),
        DemoCourse(key: "refresher", title: "Refresher: appointing a headteacher", kind: "refresher"),
        DemoCourse(key: "recruitment", title: "Headteacher recruitment and selection", kind: "headteacher_recruitment"),
        DemoCourse(key: "safeguarding", title: "Safeguarding for governors", kind: "safeguarding"),
    ]

    init(
        generator: DemoBoroughGenerator, schools: [DemoSchool], from: CalendarDate, until: CalendarDate,
        outcome: ReconstitutionOutcome
    ) {
        self.generator = generator
        self.schools = schools
        self.from = from
        self.until = until
        self.outcome = outcome
    }

    var bodyURN: Int { schools[0].urn }
    var category: SchoolCategory { schools[0].category }

    mutating func run() {
        let plans = DemoSeatPlans(category: category, foundation: schools[0].foundationStatus, schools: schools.count)
        let isFederation = outcome == .federationConstitutedUnder2012
        let old = isFederation ? plans.seats2012(random: &generator.random) : plans.seats2007()
        let oldInstrument =
            isFederation
            ? DemoInstrument(
                bodyURN: bodyURN, madeOn: from.adding(days: -45), effectiveFrom: from, regulations: 2012,
                seats: old, termYears: 4)
            : DemoInstrument(
                bodyURN: bodyURN, madeOn: CalendarDate(year: 2009, month: 6, day: 15)!,
                effectiveFrom: CalendarDate(year: 2009, month: 9, day: 1)!, regulations: 2007, seats: old,
                termYears: 4)
        addInstrument(oldInstrument, eventDate: isFederation ? from : oldInstrument.madeOn)
        if isFederation { recordStages(effective: from, made: oldInstrument.madeOn, surplusResolvedOn: nil) }
        fillInitialSeats(old)
        let effective = reconstitutionDate()
        if let effective, effective <= until {
            advanceAll(to: effective)
            var new = plans.seats2012(random: &generator.random)
            if category == .voluntaryAided && generator.random.chance(0.15) { new[.foundation] = (new[.foundation] ?? 0) - 1 }
            let made = effective.adding(days: -generator.random.int(14...60))
            addInstrument(
                DemoInstrument(
                    bodyURN: bodyURN, madeOn: made, effectiveFrom: effective, regulations: 2012,
                    seats: new, termYears: 4), eventDate: made)
            let resolve = generator.random.chance(0.8)
            let decidedOn = effective.adding(days: generator.random.int(0...45))
            let hadSurplus = reconstitute(to: new, on: effective, resolveSurplus: resolve, decidedOn: decidedOn)
            recordStages(effective: effective, made: made, surplusResolvedOn: hadSurplus && resolve ? min(decidedOn, until) : nil)
        } else if let effective {
            // Reconstitution under way, finishing after the simulation ends: record the stages so far.
            recordStages(effective: effective, made: effective.adding(days: -30), surplusResolvedOn: nil, cutOff: until)
        }
        advanceAll(to: until.adding(days: 1))
        closeOpenVacanciesIfDissolved()
        addRefresherTraining()
        addChairReview()
        addSuccessionRecords()
        addSkillsAudit()
    }

    mutating func addInstrument(_ instrument: DemoInstrument, eventDate: CalendarDate) {
        generator.instruments.append(instrument)
        emit(eventDate, .instrument(index: generator.instruments.count - 1))
    }

    mutating func emit(_ date: CalendarDate, _ kind: DemoEvent.Kind) {
        generator.events.append(DemoEvent(date: date, kind: kind))
    }

    /// The new instrument's effective date, by outcome (nil: no reconstitution).
    mutating func reconstitutionDate() -> CalendarDate? {
        func day(_ a: CalendarDate, _ b: CalendarDate) -> CalendarDate {
            a.adding(days: generator.random.int(0...a.days(until: b)))
        }
        switch outcome {
        case .onTime: return day(CalendarDate(year: 2014, month: 1, day: 1)!, DemoBoroughGenerator.deadline)
        case .late: return day(CalendarDate(year: 2015, month: 9, day: 2)!, CalendarDate(year: 2015, month: 11, day: 25)!)
        case .inProgress: return day(CalendarDate(year: 2016, month: 1, day: 4)!, CalendarDate(year: 2016, month: 6, day: 1)!)
        case .neverStarted, .federationConstitutedUnder2012: return nil
        }
    }

    /// Stages back from the effective date; stages after `cutOff` are left out (not yet reached).
    mutating func recordStages(
        effective: CalendarDate, made: CalendarDate, surplusResolvedOn: CalendarDate?,
        cutOff: CalendarDate? = nil
    ) {
        let draft = made.adding(days: -generator.random.int(10...40))
        let needsConsultation = [.voluntaryAided, .voluntaryControlled, .foundation].contains(category)
        let consultation = needsConsultation ? draft.adding(days: -generator.random.int(15...40)) : nil
        let proposal = (consultation ?? draft).adding(days: -generator.random.int(15...50))
        let review = proposal.adding(days: -generator.random.int(30...120))
        var stages: [(String, CalendarDate)] = [("review_started", review), ("proposal_agreed", proposal)]
        if let consultation { stages.append(("consultation", consultation)) }
        stages += [("draft_sent_to_la", draft), ("instrument_made", made), ("instrument_effective", effective)]
        if let surplusResolvedOn { stages.append(("surplus_resolved", surplusResolvedOn)) }
        for (stage, date) in stages where date <= (cutOff ?? DemoBoroughGenerator.end) {
            emit(date, .reconstitution(bodyURN: bodyURN, stage: stage))
        }
    }
}
