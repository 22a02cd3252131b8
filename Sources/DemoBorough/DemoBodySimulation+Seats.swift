import Governance

extension DemoBodySimulation {
    /// Fills every seat on the start date with someone appointed in the four years before (a few
    /// seats start vacant), the head as ex officio, and a chair and vice-chair.
    mutating func fillInitialSeats(_ plan: [GovernorCategory: Int]) {
        let isFederation = outcome == .federationConstitutedUnder2012
        var chairGiven = false, viceGiven = false
        for category in GovernorCategory.governorCategories {
            for index in 0..<(plan[category] ?? 0) {
                if category == .headteacher {
                    let inherited = index < inheritedHeads.count ? inheritedHeads[index] : nil
                    let start = isFederation ? from : from.adding(days: -generator.random.int(200...2500))
                    let tenure = appoint(category, start: start, person: inherited, role: .member)
                    headPersonKeys.append(tenure.personKey)
                    seats[category, default: []].append(Seat(state: .occupied(tenure)))
                    continue
                }
                if !isFederation && generator.random.chance(0.06) {
                    let opened = from.adding(days: -generator.random.int(10...120))
                    seats[category, default: []].append(
                        Seat(state: openVacancy(category, on: max(opened, from), reason: "resigned")))
                    continue
                }
                var role = GovernorRole.member
                let chairCategory: GovernorCategory = plan[.coOpted, default: 0] > 0 ? .coOpted : .foundation
                if !chairGiven && category == chairCategory {
                    role = .chair; chairGiven = true
                } else if !viceGiven && category == .parent {
                    role = .viceChair; viceGiven = true
                }
                let start = isFederation ? from : from.adding(days: -generator.random.int(1...1400))
                seats[category, default: []].append(Seat(state: .occupied(appoint(category, start: start, role: role))))
            }
        }
        for _ in 0..<generator.random.int(0...2) where !isFederation {
            let tenure = appoint(.associateMember, start: from.adding(days: -generator.random.int(1...600)), role: .member)
            seats[.associateMember, default: []].append(Seat(state: .retiring(tenure)))
        }
    }

    /// Plays every seat forward to (but not including) `limit`.
    mutating func advanceAll(to limit: CalendarDate) {
        for category in seats.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            for index in seats[category]!.indices {
                seats[category]![index] = advance(seats[category]![index], category: category, to: limit)
            }
        }
    }

    mutating func advance(_ seat: Seat, category: GovernorCategory, to limit: CalendarDate) -> Seat {
        var seat = seat
        while true {
            switch seat.state {
            case .gone: return seat
            case .vacant(let key, _, let fillOn):
                guard fillOn < limit else { return seat }
                let tenure = appoint(category, start: fillOn, role: .member)
                emit(fillOn, .fillVacancy(key: key, appointmentKey: tenure.appointmentKey))
                if category == .headteacher, let last = headChanges.indices.last { headChanges[last].arrives = fillOn }
                seat.state = .occupied(tenure)
            case .occupied(let tenure), .retiring(let tenure):
                let retiring: Bool
                if case .retiring = seat.state { retiring = true } else { retiring = false }
                if let exit = tenure.plannedExit, exit < limit, exit <= (tenure.termEnd ?? exit) {
                    leave(tenure, on: exit, reason: "resigned")
                    if category == .headteacher { headChanges.append((exit, until)) }
                    seat.state =
                        retiring || category == .associateMember
                        ? .gone
                        : openVacancy(category, on: exit.adding(days: 1), reason: "resigned")
                    continue
                }
                guard var end = tenure.termEnd, end < limit else { return seat }
                if tenure.unrecorded {
                    // The clerk records the term's end late: the record stays open past its term end until then.
                    end = end.adding(days: 150 + tenure.appointmentKey % 350)
                    guard end < limit else { return seat }
                    leave(tenure, on: end, reason: "term_ended")
                    seat.state = retiring ? .gone : openVacancy(category, on: end.adding(days: 1), reason: "term_ended")
                    continue
                }
                if !retiring && category != .associateMember && generator.random.chance(0.55) {
                    leave(tenure, on: end, reason: "reappointed")
                    seat.state = .occupied(
                        appoint(category, start: end.adding(days: 1), person: tenure.personKey, role: tenure.role))
                } else {
                    leave(tenure, on: end, reason: "term_ended")
                    seat.state =
                        retiring || category == .associateMember
                        ? .gone
                        : openVacancy(category, on: end.adding(days: 1), reason: "term_ended")
                }
            }
        }
    }

    /// Applies a new instrument: seats added as new vacancies, or removed (vacant ones closed;
    /// surplus holders leave the day before when the body has decided, or stay on as surplus).
    /// Returns whether there was a surplus of people.
    mutating func reconstitute(
        to plan: [GovernorCategory: Int], on effective: CalendarDate, resolveSurplus: Bool,
        decidedOn: CalendarDate
    ) -> Bool {
        var surplus = false
        for category in GovernorCategory.governorCategories {
            var list = (seats[category] ?? []).filter { if case .gone = $0.state { return false } else { return true } }
            let target = plan[category] ?? 0
            while list.count < target {
                list.append(Seat(state: openVacancy(category, on: effective, reason: "new_seat")))
            }
            // Vacant seats go first, then the most recently appointed holders.
            list.sort { a, b in a.removalRank > b.removalRank }
            var excess = list.count - target
            var kept: [Seat] = []
            for seat in list {
                guard excess > 0 else { kept.append(seat); continue }
                excess -= 1
                switch seat.state {
                case .vacant(let key, _, _):
                    emit(effective, .closeVacancy(key: key, reason: "seat removed by the new instrument"))
                case .occupied(let tenure), .retiring(let tenure):
                    surplus = true
                    if resolveSurplus, decidedOn <= until {
                        // The deciding authority for the category (reg 15 as substituted in 2014) names who leaves.
                        emit(
                            decidedOn,
                            .surplusDeparture(
                                appointmentKey: tenure.appointmentKey,
                                decidedBy: DepartureAuthority.decider(for: category).rawValue))
                        endChair(tenure, on: decidedOn)
                    } else {
                        kept.append(Seat(state: .retiring(tenure)))
                    }
                case .gone: break
                }
            }
            seats[category] = kept
        }
        return surplus
    }

    mutating func closeOpenVacanciesIfDissolved() {
        guard until < DemoBoroughGenerator.end else { return }
        for list in seats.values {
            for seat in list {
                if case .vacant(let key, let opened, _) = seat.state {
                    emit(max(until, opened), .closeVacancy(key: key, reason: "body dissolved on federation"))
                }
            }
        }
    }

    mutating func openVacancy(_ category: GovernorCategory, on date: CalendarDate, reason: String) -> Seat.State {
        let key = generator.key()
        emit(date, .openVacancy(key: key, bodyURN: bodyURN, category: category, reason: reason))
        let delay = category == .headteacher ? generator.random.int(30...150) : generator.random.int(20...260)
        return .vacant(key: key, opened: date, fillOn: date.adding(days: delay))
    }

    mutating func leave(_ tenure: Tenure, on date: CalendarDate, reason: String) {
        emit(date, .end(appointmentKey: tenure.appointmentKey, reason: reason))
        endChair(tenure, on: date)
    }
}

extension DemoBodySimulation {
    mutating func endChair(_ tenure: Tenure, on date: CalendarDate) {
        if let index = chairs.firstIndex(where: { $0.key == tenure.appointmentKey }) { chairs[index].end = date }
    }

    /// Most chairs review whether their body is representative in the autumn of 2015 (rec 10), and
    /// most of those reviews reach the MGA Board in late November.
    mutating func addChairReview() {
        guard until >= DemoBoroughGenerator.end, generator.random.chance(0.65) else { return }
        let date = CalendarDate(year: 2015, month: 9, day: 15)!.adding(days: generator.random.int(0...70))
        guard let chair = chairs.first(where: { $0.start <= date && ($0.end.map { $0 >= date } ?? true) }) else { return }
        let judgement = generator.random.pick([
            ("representative", 0.25), ("partly_representative", 0.45), ("not_representative", 0.2), ("cannot_tell", 0.1),
        ])
        let actions = generator.random.element([
            "Advertise parent governor vacancies through community and faith groups",
            "Ask Governor Services to nominate LA governors from under-represented groups",
            "Use the skills audit to co-opt from the local community",
            "Collect diversity declarations from every governor",
            "Review at the next full governing body meeting",
        ])
        let board: CalendarDate? = generator.random.chance(0.7) ? CalendarDate(year: 2015, month: 11, day: 26)! : nil
        emit(
            date,
            .chairReview(
                bodyURN: bodyURN, chairAppointmentKey: chair.key, judgement: judgement, actions: actions,
                boardOn: board.map { max($0, date) }))
    }
}

extension Seat {
    /// Higher goes first when seats are removed: vacancies, then the latest appointed.
    var removalRank: Int {
        switch state {
        case .vacant: return Int.max
        case .gone: return Int.max - 1
        case .occupied(let t), .retiring(let t): return t.start.daysSinceEpoch
        }
    }
}
