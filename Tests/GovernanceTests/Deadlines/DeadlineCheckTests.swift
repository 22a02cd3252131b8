import Testing

@testable import Governance

/// Each deadline check on hand-made inputs; the day arithmetic is in the comments.
@Suite struct DeadlineCheckTests {
    static func d(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    static let body = TrackingInputs.Body(
        id: 1, laCode: 315, name: "Body One", isMaintained: true,
        reconstitution: .reconstituted(on: d("2015-06-01"), byDeadline: true))

    static func inputs(
        asOf: String, bodies: [TrackingInputs.Body] = [body], serving: [TrackingInputs.Serving] = [],
        vacancies: [TrackingInputs.OpenVacancy] = [], first: [PersonID: CalendarDate] = [:],
        inducted: [PersonID: CalendarDate] = [:], refreshers: [PersonID: [CalendarDate]] = [:],
        recruitments: [TrackingInputs.HeadRecruitment] = [], dbs: [PersonID: [CalendarDate]] = [:],
        reviews: [BodyID: [CalendarDate]] = [:]
    ) -> TrackingInputs {
        TrackingInputs(
            asOf: d(asOf), bodies: bodies, serving: serving, vacancies: vacancies, firstAppointment: first,
            inducted: inducted, refreshers: refreshers, recruitments: recruitments, dbsApplied: dbs,
            chairReviews: reviews)
    }

    /// Every rule names where it comes from: the regulations or guidance (via docs/constitution.md),
    /// the council's action plan, or a named govmon threshold.
    @Test func everyRuleCitesItsSource() {
        let sources = ["docs/constitution.md", "action plan", "DfE", "tracking."]
        for (name, rule) in DeadlineChecks.rules {
            #expect(sources.contains { rule.contains($0) }, "\(name): \(rule)")
            #expect(DeadlineChecks.rule(named: name) == rule)
        }
        #expect(DeadlineChecks.rule(named: "no_such_check") == nil)
    }

    static func serving(
        _ id: AppointmentID, person: PersonID, category: GovernorCategory = .parent, start: String,
        termEnd: String?
    ) -> TrackingInputs.Serving {
        .init(
            appointmentID: id, personID: person, personName: "Person \(person)", bodyID: 1, category: category,
            role: .member, startDate: d(start), termEnd: termEnd.map(d))
    }

    @Test func termsEndingCrossThresholds() {
        // Term end 2015-12-31. On 2015-10-01: 91 days, none. On 2015-10-02: 90 days -> the 90 window (info).
        // On 2015-11-01: 60 days -> 60 window. On 2015-12-01: 30 days -> 30 window (warning, the tightest).
        // On 2016-01-01: the term ended yesterday and the record is open -> overdue.
        let s = [Self.serving(7, person: 70, start: "2012-01-01", termEnd: "2015-12-31")]
        let check = TermEndingCheck()
        let t = TrackingThresholds()
        #expect(check.findings(Self.inputs(asOf: "2015-10-01", serving: s), t).isEmpty)
        #expect(check.findings(Self.inputs(asOf: "2015-10-02", serving: s), t).map(\.subject) == ["appointment:7:90"])
        #expect(check.findings(Self.inputs(asOf: "2015-11-01", serving: s), t).map(\.subject) == ["appointment:7:60"])
        let last = check.findings(Self.inputs(asOf: "2015-12-01", serving: s), t)
        #expect(last.map(\.subject) == ["appointment:7:30"] && last[0].severity == .warning)
        let past = check.findings(Self.inputs(asOf: "2016-01-01", serving: s), t)
        #expect(past.map(\.subject) == ["appointment:7:past"] && past[0].severity == .overdue)
        // Ex officio heads have no term and are never flagged.
        let head = [Self.serving(8, person: 80, category: .headteacher, start: "2010-01-01", termEnd: nil)]
        #expect(check.findings(Self.inputs(asOf: "2016-01-01", serving: head), t).isEmpty)
    }

    @Test func vacanciesOlderThanNinetyDays() {
        // Opened 2015-09-01: on 2015-11-30 it is 90 days old (not more); on 2015-12-01, 91 days.
        let v = [TrackingInputs.OpenVacancy(id: 3, bodyID: 1, category: .parent, openedOn: Self.d("2015-09-01"))]
        #expect(LongVacancyCheck().findings(Self.inputs(asOf: "2015-11-30", vacancies: v), TrackingThresholds()).isEmpty)
        #expect(LongVacancyCheck().findings(Self.inputs(asOf: "2015-12-01", vacancies: v), TrackingThresholds()).count == 1)
    }

    @Test func inductionDueSixMonthsAfterTheFirstAppointment() {
        // First appointed 2015-03-01: due 2015-09-01. On 2015-09-01 not yet overdue; on 2015-09-02 overdue.
        let s = [Self.serving(1, person: 10, start: "2015-03-01", termEnd: "2019-02-28")]
        let first: [PersonID: CalendarDate] = [10: Self.d("2015-03-01")]
        let t = TrackingThresholds()
        #expect(InductionOverdueCheck().findings(Self.inputs(asOf: "2015-09-01", serving: s, first: first), t).isEmpty)
        let overdue = InductionOverdueCheck().findings(Self.inputs(asOf: "2015-09-02", serving: s, first: first), t)
        #expect(overdue.count == 1 && overdue[0].severity == .overdue && overdue[0].dueOn == Self.d("2015-09-01"))
        // Inducted on time: nothing. Inducted late (2015-10-01 > 2015-09-01): a warning that stays on record.
        #expect(
            InductionOverdueCheck().findings(
                Self.inputs(asOf: "2015-12-01", serving: s, first: first, inducted: [10: Self.d("2015-08-01")]), t
            ).isEmpty)
        let late = InductionOverdueCheck().findings(
            Self.inputs(asOf: "2015-12-01", serving: s, first: first, inducted: [10: Self.d("2015-10-01")]), t)
        #expect(late.first?.severity == .warning)
    }

    @Test func refresherBeforeAPlannedHeadAppointment() {
        // Planned 2016-01-04; lead 90 days -> alerts from 2015-10-06 until 2016-01-04; refreshers count from 2015-01-04.
        let r = [TrackingInputs.HeadRecruitment(id: 9, bodyID: 1, plannedOn: Self.d("2016-01-04"))]
        let s = [Self.serving(1, person: 10, start: "2014-01-01", termEnd: "2017-12-31")]
        let t = TrackingThresholds()
        let check = RefresherBeforeHeadAppointmentCheck()
        #expect(check.findings(Self.inputs(asOf: "2015-10-05", serving: s, recruitments: r), t).isEmpty)
        #expect(check.findings(Self.inputs(asOf: "2015-10-06", serving: s, recruitments: r), t).map(\.severity) == [.warning])
        #expect(check.findings(Self.inputs(asOf: "2016-01-04", serving: s, recruitments: r), t).map(\.severity) == [.overdue])
        #expect(check.findings(Self.inputs(asOf: "2016-01-05", serving: s, recruitments: r), t).isEmpty)
        // A refresher on 2015-11-01 by a serving governor clears it; one on 2014-12-01 is too old.
        #expect(
            check.findings(
                Self.inputs(
                    asOf: "2015-12-01", serving: s, refreshers: [10: [Self.d("2015-11-01")]],
                    recruitments: r), t
            ).isEmpty)
        #expect(
            check.findings(
                Self.inputs(
                    asOf: "2015-12-01", serving: s, refreshers: [10: [Self.d("2014-12-01")]],
                    recruitments: r), t
            ).count == 1)
    }

    @Test func reconstitutionDueOrOverdue() {
        // Deadline 2015-09-01; warning from 60 days before (2015-07-03 is 60 days before).
        let notStarted = TrackingInputs.Body(
            id: 2, laCode: 315, name: "Body Two", isMaintained: true,
            reconstitution: .notStarted(overdue: false))
        let check = ReconstitutionDeadlineCheck()
        let t = TrackingThresholds()
        #expect(check.findings(Self.inputs(asOf: "2015-07-02", bodies: [Self.body, notStarted]), t).isEmpty)
        #expect(
            check.findings(Self.inputs(asOf: "2015-07-03", bodies: [Self.body, notStarted]), t).map(\.severity) == [.warning])
        var overdue = notStarted
        overdue.reconstitution = .notStarted(overdue: true)
        #expect(check.findings(Self.inputs(asOf: "2015-09-02", bodies: [Self.body, overdue]), t).map(\.severity) == [.overdue])
    }

    @Test func chairReviewsBeforeTheBoardDeadline() {
        // MGA Board deadline 2015-12-01, warning from 60 days before: 2015-10-02.
        let t = TrackingThresholds()
        #expect(ChairReviewCheck().findings(Self.inputs(asOf: "2015-10-01"), t).isEmpty)
        #expect(ChairReviewCheck().findings(Self.inputs(asOf: "2015-10-02"), t).map(\.severity) == [.warning])
        #expect(ChairReviewCheck().findings(Self.inputs(asOf: "2015-12-02"), t).map(\.severity) == [.overdue])
        #expect(ChairReviewCheck().findings(Self.inputs(asOf: "2015-12-02", reviews: [1: [Self.d("2015-11-20")]]), t).isEmpty)
        // A review after the deadline clears the alert from its date on (not before).
        let late: [BodyID: [CalendarDate]] = [1: [Self.d("2016-01-10")]]
        #expect(ChairReviewCheck().findings(Self.inputs(asOf: "2016-01-09", reviews: late), t).map(\.severity) == [.overdue])
        #expect(ChairReviewCheck().findings(Self.inputs(asOf: "2016-01-10", reviews: late), t).isEmpty)
    }

    @Test func dbsWithinTwentyOneDaysFromApril2016() {
        // Appointed 2016-04-01: due 2016-04-22. Appointed 2016-03-31: before the rule, never flagged.
        let s = [
            Self.serving(1, person: 10, start: "2016-04-01", termEnd: "2020-03-31"),
            Self.serving(2, person: 20, start: "2016-03-31", termEnd: "2020-03-30"),
        ]
        let t = TrackingThresholds()
        #expect(DBSCheck().findings(Self.inputs(asOf: "2016-04-22", serving: s), t).isEmpty)
        #expect(DBSCheck().findings(Self.inputs(asOf: "2016-04-23", serving: s), t).map(\.subject) == ["appointment:1"])
        #expect(DBSCheck().findings(Self.inputs(asOf: "2016-04-23", serving: s, dbs: [10: [Self.d("2016-04-20")]]), t).isEmpty)
        // Applied late (2016-04-30): overdue until that day, cleared from it; before 2016-01-01 (3 months
        // before the appointment) an application is too old to count.
        let late: [PersonID: [CalendarDate]] = [10: [Self.d("2016-04-30")]]
        #expect(DBSCheck().findings(Self.inputs(asOf: "2016-04-29", serving: s, dbs: late), t).count == 1)
        #expect(DBSCheck().findings(Self.inputs(asOf: "2016-04-30", serving: s, dbs: late), t).isEmpty)
        #expect(DBSCheck().findings(Self.inputs(asOf: "2016-05-01", serving: s, dbs: [10: [Self.d("2015-12-31")]]), t).count == 1)
    }

    @Test func reconstitutionStates() {
        let deadline = Self.d("2015-09-01")
        let old = ReconstitutionTracker.InstrumentDates(effectiveFrom: Self.d("2009-09-01"), regulations: 2007)
        let new = ReconstitutionTracker.InstrumentDates(effectiveFrom: Self.d("2015-10-01"), regulations: 2012)
        let stages: [(stage: ReconstitutionStage, on: CalendarDate)] = [
            (.reviewStarted, Self.d("2015-03-01")),
            (.draftSentToLA, Self.d("2015-07-01")),
        ]
        #expect(
            ReconstitutionTracker.state(instruments: [old], stages: [], deadline: deadline, asOf: Self.d("2015-08-01"))
                == .notStarted(overdue: false))
        #expect(
            ReconstitutionTracker.state(instruments: [old, new], stages: stages, deadline: deadline, asOf: Self.d("2015-09-15"))
                == .inProgress(stage: .draftSentToLA, since: Self.d("2015-07-01"), overdue: true))
        #expect(
            ReconstitutionTracker.state(instruments: [old, new], stages: stages, deadline: deadline, asOf: Self.d("2015-10-01"))
                == .reconstituted(on: Self.d("2015-10-01"), byDeadline: false))
    }
}
