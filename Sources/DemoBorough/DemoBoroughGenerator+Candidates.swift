import Governance

extension DemoBoroughGenerator {
    /// Candidates for the vacancies filled from September 2014 (docs/recruitment.md): the governor
    /// appointed, and up to three others who withdrew or were not appointed; most answer the
    /// monitoring questions. Ethnic minority candidates are a little likelier to stop at
    /// shortlisting, so the funnel has a drop to find. Drawn from a generator of their own, so the
    /// rest of the borough is as it was.
    mutating func addCandidates() {
        var random = SeededGenerator(seed: 0xCA4D_0000 &+ UInt64(events.count))
        var categories: [Int: (GovernorCategory, CalendarDate)] = [:]
        for event in events {
            if case .openVacancy(let key, _, let category, _) = event.kind { categories[key] = (category, event.date) }
        }
        let from = CalendarDate(year: 2014, month: 9, day: 1)!
        var key = 0
        let filled = events.compactMap { event -> (CalendarDate, Int, Int)? in
            guard case .fillVacancy(let vacancy, let appointment) = event.kind, event.date >= from else { return nil }
            return (event.date, vacancy, appointment)
        }
        for (filledOn, vacancy, appointment) in filled {
            guard let (category, opened) = categories[vacancy] else { continue }
            let route = Self.route(category, random: &random)
            // Candidates come forward once the vacancy is open; the stages fall between then and the filling.
            for rival in 0...random.int(0...3) {
                key += 1
                let interest = max(opened, filledOn.adding(days: -random.int(50...80)))
                let span = interest.days(until: filledOn)
                let applied = interest.adding(days: span / 3), shortlist = interest.adding(days: span * 2 / 3)
                let name =
                    random.element(random.chance(0.55) ? DemoNames.femaleForenames : DemoNames.maleForenames) + " "
                    + random.element(DemoNames.surnames)
                emit(interest, .candidate(key: key, vacancyKey: vacancy, name: name, route: route.rawValue))
                let minority = random.chance(0.45)
                if random.chance(0.85) {
                    let ethnicity: Ethnicity2021 =
                        minority
                        ? random.element([.indian, .pakistani, .african, .caribbean, .otherAsian, .whiteAndBlackCaribbean])
                        : random.element([.whiteBritish, .whiteBritish, .whiteBritish, .irish, .otherWhite])
                    emit(
                        interest,
                        .candidateMonitoring(key: key, sex: random.chance(0.55) ? .female : .male, ethnicity: ethnicity))
                }
                if rival == 0 {
                    emit(applied, .candidateStage(key: key, stage: .applied, appointmentKey: nil))
                    emit(shortlist, .candidateStage(key: key, stage: .shortlisted, appointmentKey: nil))
                    emit(filledOn, .candidateStage(key: key, stage: .appointed, appointmentKey: appointment))
                    continue
                }
                // The others stop somewhere on the way.
                let applies = random.chance(0.75)
                let shortlisted = applies && random.chance(minority ? 0.45 : 0.7)
                if applies { emit(applied, .candidateStage(key: key, stage: .applied, appointmentKey: nil)) }
                if shortlisted { emit(shortlist, .candidateStage(key: key, stage: .shortlisted, appointmentKey: nil)) }
                emit(
                    shortlisted ? filledOn : applies ? applied : interest,
                    .candidateStage(key: key, stage: shortlisted ? .notAppointed : .withdrew, appointmentKey: nil))
            }
        }
    }

    static func route(_ category: GovernorCategory, random: inout SeededGenerator) -> CandidateRoute {
        switch category {
        case .parent: .parentElection
        case .localAuthority: .laNomination
        case .foundation, .partnership: .foundationAppointment
        case .coOpted:
            random.pick([
                (CandidateRoute.coOption, 0.5), (.inspiringGovernance, 0.3), (.governorsForSchools, 0.2),
            ])
        default: .other
        }
    }

    mutating func emit(_ date: CalendarDate, _ kind: DemoEvent.Kind) {
        events.append(DemoEvent(date: date, kind: kind))
    }
}
