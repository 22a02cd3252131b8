import Application
import Foundation
import Governance
import Store
import TestSupport
import Testing

/// The deadline checks that TrackingTests does not reach, run end to end against a real
/// PostgreSQL: hand-made register rows, then `TrackingRunner` (what `govmon track run` and the
/// service's scheduler call), so that the SQL in `Register.trackingInputs` that feeds each check
/// is exercised as well as the check itself and the alert bookkeeping in `recordTracking`.
///
/// Thresholds are `TrackingThresholds()`, whose defaults match config/govmon.json (`tracking.*`):
/// refresher lead 90 days and look-back 12 months, reconstitution deadline 2015-09-01 with a 60-day
/// warning, MGA Board deadline 2015-12-01 with a 60-day warning, DBS within 21 days from 2016-04-01.
///
/// Every run also runs the other checks. The chair's review check alerts for every maintained body
/// with no review from 2015-10-02 (2015-12-01 - 60 days) until one is recorded, so runs in 2016 find one
/// `chair_review` alert per body; the set-ups record induction and give long terms so that
/// `induction_overdue` and `term_ending` stay quiet and the counts below are exact.
@Suite struct TrackingChecksDatabaseTests {
    static func d(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// Every alert (open or resolved) of one check.
    static func alerts(_ register: Register, _ check: String) async throws -> [Alert] {
        try await register.alerts(openOnly: false).filter { $0.check == check }
    }

    /// How many alert_events rows say `event` for an alert in a run on a date (trusted query).
    static func events(
        _ register: Register, alert: Int64, run: Int64, event: String, on date: String
    ) async throws -> Int {
        try await DatabaseProbe.count(
            register,
            """
            SELECT count(*) FROM alert_events
            WHERE alert_id = \(alert) AND tracking_run_id = \(run) AND event = '\(event)' AND occurred_on = '\(date)'
            """)
    }

    /// Records that a person completed a course on a date.
    static func train(_ register: Register, _ person: PersonID, _ course: Int64, on date: String) async throws {
        _ = try await register.recordTraining(personID: person, courseID: course, completedOn: d(date))
    }

    /// Seats for the instruments of the reconstitution test.
    static let seats = [
        SeatAllocation(category: .parent, seats: 2, termYears: 4),
        SeatAllocation(category: .headteacher, seats: 1, termYears: nil),
        SeatAllocation(category: .staff, seats: 1, termYears: 4),
        SeatAllocation(category: .localAuthority, seats: 1, termYears: 4),
        SeatAllocation(category: .coOpted, seats: 2, termYears: 4),
    ]

    /// A community school in Merton (315) and its own governing body ("<name> governing body").
    static func body(_ register: Register, urn: Int, number: Int, name: String) async throws -> BodyID {
        try #require(
            try await register.addSchool(
                School(urn: urn, laCode: 315, establishmentNumber: number, name: name, category: .community)))
    }

    /// Records an instrument of government with `seats` under the 2007 or 2012 regulations.
    static func instrument(
        _ register: Register, _ body: BodyID, made: String, effective: String, _ regulations: Int
    ) async throws {
        _ = try await register.addInstrument(
            NewInstrument(
                bodyID: body, madeOn: d(made), effectiveFrom: d(effective), regulations: regulations,
                headIsGovernor: true, note: nil, seats: seats))
    }

    /// Rec 11: a headteacher appointment planned for 2016-09-01 with no serving governor refreshed
    /// in the 12 months before it raises a warning from 90 days before (2016-06-03), turns overdue on
    /// the planned day, and resolves once a serving governor's refresher completion is recorded.
    /// Only `refresher` courses of serving governors completed in the look-back count.
    @Test func refresherBeforeAPlannedHeadAppointmentIsRaisedThenResolved() async throws {
        try await TestDatabase.withRegister { register, _ in
            // Abbotsbury (2012 instrument effective 2015-09-01: reconstituted, no reconstitution alert).
            let body = try await Fixtures.communitySchool(register)
            try await Fixtures.adoptSuccessionPolicy(register, urn: 102649)
            let induction = try await register.addCourse(title: "Induction", kind: .induction, provider: nil)
            let refresher = try await register.addCourse(
                title: "Appointing a headteacher: refresher", kind: .refresher, provider: "Merton Governor Services")
            let recruitmentCourse = try await register.addCourse(
                title: "Safer recruitment", kind: .headteacherRecruitment, provider: nil)
            // Ann Smith serves from 2014-09-01 for 4 years (to 2018-08-31: no term_ending alert in 2016);
            // inducted 2014-10-01, before it was due (2014-09-01 + 6 months = 2015-03-01).
            let ann = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Ann", surname: "Smith")), bodyID: body, category: .parent,
                    startDate: Self.d("2014-09-01"), termYears: 4))
            let annPerson = try await register.appointment(ann).personID
            try await Self.train(register, annPerson, induction, on: "2014-10-01")
            // Neither of these counts: the look-back starts 2016-09-01 - 12 months = 2015-09-01, one day
            // after this refresher; and a headteacher recruitment course is not of kind 'refresher'.
            try await Self.train(register, annPerson, refresher, on: "2015-08-31")
            try await Self.train(register, annPerson, recruitmentCourse, on: "2016-05-01")
            // Bob Jones refreshed in the look-back (2016-01-15) but left on 2016-05-31: no longer serving.
            let bob = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Bob", surname: "Jones")), bodyID: body, category: .coOpted,
                    startDate: Self.d("2014-09-01"), termYears: 4))
            let bobPerson = try await register.appointment(bob).personID
            try await Self.train(register, bobPerson, refresher, on: "2016-01-15")
            try await register.endAppointment(bob, on: Self.d("2016-05-31"), reason: .resigned)
            let recruitment = try await register.planHeadteacherRecruitment(
                bodyID: body, recordedOn: Self.d("2016-05-01"), plannedOn: Self.d("2016-09-01"),
                note: "The head retires in August")

            let runner = TrackingRunner(register: register, thresholds: TrackingThresholds())
            let check = RefresherBeforeHeadAppointmentCheck.name
            #expect(check == "refresher_before_head_appointment")
            // 2016-06-02 is 91 days before 2016-09-01 (June 28 + July 31 + August 31 + 1): outside the
            // 90-day lead. Only the chair's review alert (overdue since 2015-12-01).
            let before = try await runner.run(asOf: Self.d("2016-06-02"))
            #expect(before.foundByCheck == [ChairReviewCheck.name: 1])
            #expect(before.result.raised == 1 && before.result.stillOpen == 1)
            // 2016-06-03 is 90 days before (2016-09-01 - 90 days): the first day of the lead window.
            let raise = try await runner.run(asOf: Self.d("2016-06-03"))
            #expect(raise.foundByCheck == [ChairReviewCheck.name: 1, check: 1])
            #expect(raise.result.raised == 1 && raise.result.resolved == 0 && raise.result.stillOpen == 2)
            let raised = try await Self.alerts(register, check)
            #expect(raised.count == 1)
            let alert = try #require(raised.first)
            #expect(alert.subject == "recruitment:\(recruitment)" && alert.bodyID == body && alert.laCode == 315)
            // Before the planned day: a warning, due on the planned day.
            #expect(alert.severity == .warning && alert.dueOn == Self.d("2016-09-01"))
            #expect(alert.raisedOn == Self.d("2016-06-03") && alert.resolvedOn == nil)
            #expect(
                alert.message.contains("appoint a headteacher on 2016-09-01")
                    && alert.message.contains("refresher training since 2015-09-01"))
            #expect(alert.rule == RefresherBeforeHeadAppointmentCheck.rule)

            // The same date again raises nothing a second time.
            let again = try await runner.run(asOf: Self.d("2016-06-03"))
            #expect(again.foundByCheck == raise.foundByCheck)
            #expect(again.result.raised == 0 && again.result.resolved == 0 && again.result.stillOpen == 2)
            #expect(try await register.alerts(openOnly: false).count == 2)

            // On the planned day (asOf >= plannedOn) the same alert becomes overdue: updated, not re-raised.
            let planned = try await runner.run(asOf: Self.d("2016-09-01"))
            #expect(planned.foundByCheck[check] == 1)
            #expect(planned.result.raised == 0 && planned.result.resolved == 0 && planned.result.stillOpen == 2)
            let escalated = try #require(try await Self.alerts(register, check).first)
            #expect(escalated.id == alert.id && escalated.severity == .overdue && escalated.resolvedOn == nil)

            // Ann's refresher on 2016-08-20 (in 2015-09-01...2016-09-01), recorded late: a second run on
            // 2016-09-01 finds no problem and resolves the alert on that date.
            try await Self.train(register, annPerson, refresher, on: "2016-08-20")
            let resolve = try await runner.run(asOf: Self.d("2016-09-01"))
            #expect(resolve.foundByCheck == [ChairReviewCheck.name: 1])
            #expect(resolve.result.raised == 0 && resolve.result.resolved == 1 && resolve.result.stillOpen == 1)
            let resolved = try await Self.alerts(register, check)
            #expect(resolved.map(\.id) == [alert.id] && resolved.first?.resolvedOn == Self.d("2016-09-01"))

            // alert_events: each run logged exactly what it raised and resolved.
            let first = try await register.alertEvents(trackingRunID: before.result.runID)
            #expect(first.raised.map(\.check) == [ChairReviewCheck.name] && first.resolved.isEmpty)
            let raiseEvents = try await register.alertEvents(trackingRunID: raise.result.runID)
            #expect(raiseEvents.raised.map(\.id) == [alert.id] && raiseEvents.resolved.isEmpty)
            // Neither the repeat nor the change of severity raises or resolves anything; the change
            // (warning to overdue) is an event of its own, which the webhook hears.
            for quiet in [again, planned] {
                let events = try await register.alertEvents(trackingRunID: quiet.result.runID)
                #expect(events.raised.isEmpty && events.resolved.isEmpty)
            }
            #expect(
                try await Self.events(
                    register, alert: alert.id, run: planned.result.runID, event: "severity_changed", on: "2016-09-01") == 1)
            let resolveEvents = try await register.alertEvents(trackingRunID: resolve.result.runID)
            #expect(resolveEvents.resolved.map(\.id) == [alert.id] && resolveEvents.raised.isEmpty)
            // The rows themselves: 'raised' on 2016-06-03, 'severity_changed' and 'resolved' on
            // 2016-09-01, nothing else.
            #expect(
                try await Self.events(
                    register, alert: alert.id, run: raise.result.runID, event: "raised", on: "2016-06-03") == 1)
            #expect(
                try await Self.events(
                    register, alert: alert.id, run: resolve.result.runID, event: "resolved", on: "2016-09-01") == 1)
            #expect(
                try await DatabaseProbe.count(
                    register, "SELECT count(*) FROM alert_events WHERE alert_id = \(alert.id)") == 3)
        }
    }

    /// DBS: a governor appointed on 2016-04-01 (the first day the rule applies) with no enhanced DBS
    /// application from 3 months before the appointment to 21 days after it is overdue from day 22
    /// (2016-04-23), not on day 21 (the due date, 2016-04-22). An application dated after the run
    /// does not count yet; once made, even late, it resolves the alert. Someone appointed on
    /// 2016-03-31 is exempt.
    @Test func dbsApplicationDueWithin21DaysIsRaisedThenResolved() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            try await Fixtures.adoptSuccessionPolicy(register, urn: 102649)
            // Cara Jones, parent from 2016-04-01 (the instrument's 3-year term: to 2019-03-31). Induction is
            // not due until 2016-10-01, after every run here.
            let cara = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Cara", surname: "Jones")), bodyID: body, category: .parent,
                    startDate: Self.d("2016-04-01")))
            let caraPerson = try await register.appointment(cara).personID
            // Applied 2015-12-31: one day before the window opens (2016-04-01 - 3 months = 2016-01-01).
            _ = try await register.recordDBSCheck(personID: caraPerson, appliedOn: Self.d("2015-12-31"), issuedOn: nil)
            // Dan Brown, co-opted from 2016-03-31: before tracking.dbs_from, never checked.
            _ = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Dan", surname: "Brown")), bodyID: body, category: .coOpted,
                    startDate: Self.d("2016-03-31")))

            let runner = TrackingRunner(register: register, thresholds: TrackingThresholds())
            let check = DBSCheck.name
            #expect(check == "dbs_check")
            // Due 2016-04-01 + 21 days = 2016-04-22; the check alerts only when asOf > due.
            let dueDay = try await runner.run(asOf: Self.d("2016-04-22"))
            #expect(dueDay.foundByCheck == [ChairReviewCheck.name: 1])
            let raise = try await runner.run(asOf: Self.d("2016-04-23"))
            #expect(raise.foundByCheck == [ChairReviewCheck.name: 1, check: 1])
            #expect(raise.result.raised == 1 && raise.result.resolved == 0 && raise.result.stillOpen == 2)
            let raised = try await Self.alerts(register, check)
            #expect(raised.count == 1)
            let alert = try #require(raised.first)
            #expect(alert.subject == "appointment:\(cara)" && alert.bodyID == body && alert.laCode == 315)
            #expect(alert.severity == .overdue && alert.dueOn == Self.d("2016-04-22"))
            #expect(alert.raisedOn == Self.d("2016-04-23") && alert.resolvedOn == nil)
            #expect(
                alert.message.hasPrefix("Cara Jones was appointed to")
                    && alert.message.contains("on 2016-04-01; no enhanced DBS check application")
                    && alert.message.contains("is recorded by 2016-04-22")
                    && alert.message.hasSuffix("(21 days)"))

            // An application dated after the as-of date does not count yet.
            _ = try await register.recordDBSCheck(personID: caraPerson, appliedOn: Self.d("2016-04-25"), issuedOn: nil)
            let early = try await runner.run(asOf: Self.d("2016-04-24"))
            #expect(early.foundByCheck[check] == 1)
            #expect(early.result.raised == 0 && early.result.resolved == 0 && early.result.stillOpen == 2)

            // Applied on 2016-04-25, four days late: the application is made, so the alert resolves (the
            // register keeps the date, so the lateness stays on record).
            let resolve = try await runner.run(asOf: Self.d("2016-04-25"))
            #expect(resolve.foundByCheck == [ChairReviewCheck.name: 1])
            #expect(resolve.result.raised == 0 && resolve.result.resolved == 1 && resolve.result.stillOpen == 1)
            let resolved = try await Self.alerts(register, check)
            #expect(resolved.map(\.id) == [alert.id] && resolved.first?.resolvedOn == Self.d("2016-04-25"))

            let raiseEvents = try await register.alertEvents(trackingRunID: raise.result.runID)
            #expect(raiseEvents.raised.map(\.id) == [alert.id] && raiseEvents.resolved.isEmpty)
            let earlyEvents = try await register.alertEvents(trackingRunID: early.result.runID)
            #expect(earlyEvents.raised.isEmpty && earlyEvents.resolved.isEmpty)
            let resolveEvents = try await register.alertEvents(trackingRunID: resolve.result.runID)
            #expect(resolveEvents.resolved.map(\.id) == [alert.id] && resolveEvents.raised.isEmpty)
            #expect(
                try await Self.events(
                    register, alert: alert.id, run: raise.result.runID, event: "raised", on: "2016-04-23") == 1)
            #expect(
                try await Self.events(
                    register, alert: alert.id, run: resolve.result.runID, event: "resolved", on: "2016-04-25") == 1)
        }
    }

    /// Reconstitution under the 2012 regulations, deadline 2015-09-01: a maintained body whose
    /// instrument in force is under the 2007 regulations, or which has none in force, is warned from
    /// 60 days before (2015-07-03) to the deadline day and is overdue after it; a 2012 instrument
    /// taking effect resolves the alert; a body reconstituted before the window never gets one.
    @Test func reconstitutionDeadlineWarnsThenIsOverdue() async throws {
        try await TestDatabase.withRegister { register, _ in
            try await register.addLocalAuthority(LocalAuthority(code: 315, name: "Merton"))
            // Beecholme: 2007 instrument in force; a round started 2015-03-01, draft sent to the LA 2015-06-01.
            let beecholme = try await Self.body(register, urn: 102701, number: 2101, name: "Beecholme Primary School")
            try await Self.instrument(register, beecholme, made: "2009-06-01", effective: "2009-09-01", 2007)
            _ = try await register.startReconstitution(bodyID: beecholme, on: Self.d("2015-03-01"), note: nil)
            _ = try await register.recordReconstitutionStage(
                bodyID: beecholme, stage: .draftSentToLA, on: Self.d("2015-06-01"), instrumentID: nil, note: nil)
            // Cranmer: no instrument in force until its 2012 one takes effect on 2015-10-01 (late).
            let cranmer = try await Self.body(register, urn: 102702, number: 2102, name: "Cranmer Primary School")
            try await Self.instrument(register, cranmer, made: "2015-09-15", effective: "2015-10-01", 2012)
            // Dundonald: 2007 instrument replaced by a 2012 one effective 2015-06-01, before the window.
            let dundonald = try await Self.body(register, urn: 102703, number: 2103, name: "Dundonald Primary School")
            try await Self.instrument(register, dundonald, made: "2009-06-01", effective: "2009-09-01", 2007)
            try await Self.instrument(register, dundonald, made: "2015-05-01", effective: "2015-06-01", 2012)
            // Every school has its succession planning policy: this test is about reconstitution.
            for urn in [102701, 102702, 102703] { try await Fixtures.adoptSuccessionPolicy(register, urn: urn) }

            let runner = TrackingRunner(register: register, thresholds: TrackingThresholds())
            let check = ReconstitutionDeadlineCheck.name
            #expect(check == "reconstitution")
            // 2015-07-02 is 61 days before 2015-09-01 (July 29 + August 31 + 1): no warning yet. No one is
            // appointed and the chair's review window opens only on 2015-10-02: nothing at all.
            let early = try await runner.run(asOf: Self.d("2015-07-02"))
            #expect(early.foundByCheck.isEmpty && early.result.raised == 0 && early.result.stillOpen == 0)
            // 2015-07-03 is 60 days before: Beecholme and Cranmer are warned, due on the deadline.
            let warned = try await runner.run(asOf: Self.d("2015-07-03"))
            #expect(warned.foundByCheck == [check: 2])
            #expect(warned.result.raised == 2 && warned.result.stillOpen == 2)
            let open = try await register.alerts(openOnly: true)
            #expect(open.map(\.check) == [check, check] && Set(open.compactMap(\.bodyID)) == [beecholme, cranmer])
            for alert in open {
                #expect(alert.subject == "body:\(alert.bodyID ?? 0)" && alert.laCode == 315)
                #expect(alert.severity == .warning && alert.dueOn == Self.d("2015-09-01"))
                #expect(alert.message.contains("the deadline is 2015-09-01, in 60 days"))
            }
            let b = try #require(open.first(where: { $0.bodyID == beecholme }))
            #expect(b.message.contains("(in progress: draft IoG sent to the LA (since 2015-06-01))"))
            let c = try #require(open.first(where: { $0.bodyID == cranmer }))
            #expect(c.message.contains("(not started)"))

            // The deadline day itself (0 days left, not yet past): still warnings, nothing new.
            let deadline = try await runner.run(asOf: Self.d("2015-09-01"))
            #expect(deadline.foundByCheck == [check: 2])
            #expect(deadline.result.raised == 0 && deadline.result.stillOpen == 2)
            let onTheDay = try await register.alerts(openOnly: true)
            #expect(onTheDay.allSatisfy { $0.severity == .warning && $0.message.hasSuffix("in 0 days") })
            // The day after: the same two alerts, now overdue.
            let overdue = try await runner.run(asOf: Self.d("2015-09-02"))
            #expect(overdue.result.raised == 0 && overdue.result.resolved == 0 && overdue.result.stillOpen == 2)
            let late = try await register.alerts(openOnly: true)
            #expect(Set(late.map(\.id)) == Set(open.map(\.id)))
            #expect(late.allSatisfy { $0.severity == .overdue && $0.dueOn == Self.d("2015-09-01") })
            let lateB = try #require(late.first(where: { $0.bodyID == beecholme }))
            #expect(lateB.message.contains("(since 2015-06-01), overdue); the deadline was 2015-09-01"))

            // 2015-10-01: Cranmer's 2012 instrument is in force (reconstituted late): its alert resolves;
            // Beecholme's stays open. (Still before the chair's review window.)
            let reconstituted = try await runner.run(asOf: Self.d("2015-10-01"))
            #expect(reconstituted.foundByCheck == [check: 1])
            #expect(reconstituted.result.raised == 0 && reconstituted.result.resolved == 1)
            #expect(reconstituted.result.stillOpen == 1)
            #expect(try await register.alerts(openOnly: true).map(\.id) == [b.id])
            let cranmerAlerts = try await register.alerts(openOnly: false, bodyID: cranmer)
            #expect(cranmerAlerts.map(\.id) == [c.id] && cranmerAlerts.first?.resolvedOn == Self.d("2015-10-01"))
            let events = try await register.alertEvents(trackingRunID: reconstituted.result.runID)
            #expect(events.resolved.map(\.id) == [c.id] && events.raised.isEmpty)
            // Dundonald, reconstituted on 2015-06-01, never had an alert.
            #expect(try await register.alerts(openOnly: false, bodyID: dundonald).isEmpty)
        }
    }
}

/// A severity change found by tracking is an event of its own, for the webhook.
@Suite struct AlertSeverityChangeTests {
    @Test func aWarningThatBecomesOverdueIsAnEvent() async throws {
        try await TestDatabase.withRegister { register, _ in
            func finding(_ severity: AlertFinding.Severity) -> AlertFinding {
                AlertFinding(
                    check: "long_vacancy", subject: "vacancy:1", bodyID: nil, laCode: nil, severity: severity,
                    message: "a vacancy open a long time", dueOn: nil)
            }
            _ = try await register.recordTracking([finding(.warning)], asOf: Fixtures.d("2016-01-01"))
            _ = try await register.recordTracking([finding(.warning)], asOf: Fixtures.d("2016-01-08"))
            _ = try await register.recordTracking([finding(.overdue)], asOf: Fixtures.d("2016-01-15"))
            let alert = try #require(try await register.alerts(openOnly: true).first)
            #expect(alert.severity == .overdue)
            // Raised once, unchanged a week later (no event), overdue the week after (one event).
            #expect(try await register.alertEvents(alert.id).map(\.event) == ["raised", "severity_changed"])
            let pending = try await register.undeliveredAlertEvents()
            #expect(pending.map(\.event) == ["raised", "severity_changed"])
        }
    }
}
