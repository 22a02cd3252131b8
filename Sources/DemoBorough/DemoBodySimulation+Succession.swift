import Governance

extension DemoBodySimulation {
    /// Succession planning (recs 1, 4, 12) and the recruitment record of each headteacher
    /// appointment. Drawn from a generator of their own, seeded by the body's URN, so adding them
    /// left every earlier draw of the borough (and the figures tests check) as it was.
    mutating func addSuccessionRecords() {
        var random = SeededGenerator(seed: 0x5EED_0000 &+ UInt64(bodyURN))
        for school in schools where category.isMaintained && random.chance(0.85) {
            // Most adopt in the spring of 2015, some only by the autumn; the model more often than their own.
            let early = random.chance(0.7)
            let adopted =
                early
                ? CalendarDate(year: 2015, month: 1, day: 20)!.adding(days: random.int(0...68))
                : CalendarDate(year: 2015, month: 4, day: 15)!.adding(days: random.int(0...220))
            guard adopted <= until else { continue }
            let model = random.chance(0.65)
            emit(
                adopted,
                .successionPolicy(
                    urn: school.urn, model: model, evidenced: random.chance(model ? 0.8 : 0.55),
                    reviewOn: adopted.adding(months: 24),
                    minute: "FGB \(adopted.iso), minute \(random.int(3...12))"))
        }
        for change in headChanges where change.arrives > change.left {
            let recorded = change.left.adding(days: -30)
            let span = max(recorded.days(until: change.arrives), 8)
            emit(recorded.adding(days: 3), .recruitmentPanel(bodyURN: bodyURN, members: random.int(3...4)))
            let stages: [(RecruitmentStage, CalendarDate)] = [
                (.advertised, recorded.adding(days: span / 8)), (.shortlisted, recorded.adding(days: span / 3)),
                (.interviewed, recorded.adding(days: span / 2)), (.appointed, recorded.adding(days: span * 2 / 3)),
            ]
            for (stage, date) in stages where date <= until {
                emit(date, .recruitmentStage(bodyURN: bodyURN, stage: stage))
            }
            // Most panels confirm to the next full governing body meeting; some never record it.
            let appointed = stages[3].1
            let confirmed = appointed.adding(days: random.int(7...45))
            if random.chance(0.7), confirmed <= until {
                emit(confirmed, .panelConfirmation(bodyURN: bodyURN, minute: "FGB \(confirmed.iso), minute 4"))
            }
        }
    }

    /// Most bodies run a skills audit in the autumn of 2015 (docs/skills.md), drawn from a
    /// generator of their own so that every earlier draw stays as it was.
    mutating func addSkillsAudit() {
        var random = SeededGenerator(seed: 0x5C11_0000 &+ UInt64(bodyURN))
        let on = CalendarDate(year: 2015, month: 9, day: 14)!.adding(days: random.int(0...60))
        guard random.chance(0.7), on <= until else { return }
        emit(on, .skillsAudit(bodyURN: bodyURN, seed: 0x5C11_A000 &+ UInt64(bodyURN)))
    }
}
