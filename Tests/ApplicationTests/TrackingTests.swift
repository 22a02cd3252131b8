import Application
import Foundation
import Governance
import Store
import TestSupport
import Testing

@Suite struct TrackingTests {
    static func d(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test func runsRaiseOnceAndResolveWhenTheProblemGoes() async throws {
        try await TestDatabase.withRegister { register, _ in
            let (_, parent, vacancy) = try await Fixtures.trackedBody(register)
            let runner = TrackingRunner(register: register, thresholds: TrackingThresholds())
            // On 2015-12-05: the term ends in 26 days (30-day window); the vacancy is 95 days old (> 90);
            // no chair's review by the MGA Board deadline (2015-12-01) has passed: 3 problems.
            // Ann Smith was first appointed 2012-01-01 with no induction: a fourth.
            let first = try await runner.run(asOf: Self.d("2015-12-05"))
            #expect(first.result.raised == 4 && first.result.resolved == 0 && first.result.stillOpen == 4)
            #expect(first.foundByCheck == ["term_ending": 1, "long_vacancy": 1, "chair_review": 1, "induction_overdue": 1])
            let again = try await runner.run(asOf: Self.d("2015-12-05"))
            #expect(again.result.raised == 0 && again.result.resolved == 0 && again.result.stillOpen == 4)
            // The vacancy is filled and the parent re-appointed: those two alerts resolve.
            let coOpted = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Cy", surname: "Co")),
                    bodyID: try await register.appointment(parent).bodyID,
                    category: .coOpted, startDate: Self.d("2015-12-06")))
            try await register.fillVacancy(vacancy, with: coOpted, on: Self.d("2015-12-06"))
            _ = try await register.reappoint(parent, start: nil, termEnd: nil, termYears: 4, today: Self.d("2015-12-06"))
            let later = try await runner.run(asOf: Self.d("2015-12-07"))
            // Resolved: term ending, long vacancy. Raised: Cy Co's induction is not yet due (2016-06-06): nothing new.
            #expect(later.result.resolved == 2 && later.result.raised == 0 && later.result.stillOpen == 2)
            let alerts = try await register.alerts(openOnly: false)
            #expect(alerts.count == 4 && alerts.filter { $0.resolvedOn != nil }.count == 2)
            #expect(
                alerts.filter { $0.resolvedOn == Self.d("2015-12-07") }.map(\.check).sorted() == ["long_vacancy", "term_ending"])
        }
    }

    @Test func surplusIsReportedAndNobodyLeavesUntilADecisionIsRecorded() async throws {
        try await TestDatabase.withRegister { register, _ in
            // A body with 4 parent seats and 4 parents; the new instrument (effective 2015-09-01) has 2.
            try await register.addLocalAuthority(LocalAuthority(code: 315, name: "Merton"))
            let body = try #require(
                try await register.addSchool(
                    School(
                        urn: 102649, laCode: 315, establishmentNumber: 2077, name: "Abbotsbury Primary School",
                        category: .community)))
            func seats(_ parents: Int) -> [SeatAllocation] {
                [
                    SeatAllocation(category: .parent, seats: parents, termYears: 4),
                    SeatAllocation(category: .headteacher, seats: 1, termYears: nil),
                    SeatAllocation(category: .staff, seats: 1, termYears: 4),
                    SeatAllocation(category: .localAuthority, seats: 1, termYears: 4),
                    SeatAllocation(category: .coOpted, seats: 3, termYears: 4),
                ]
            }
            _ = try await register.addInstrument(
                NewInstrument(
                    bodyID: body, madeOn: Self.d("2009-06-01"), effectiveFrom: Self.d("2009-09-01"),
                    regulations: 2007, headIsGovernor: true, note: nil, seats: seats(4)))
            var parents: [AppointmentID] = []
            for name in ["Ann", "Bea", "Cal", "Dee"] {
                parents.append(
                    try await register.appoint(
                        NewAppointment(
                            appointee: .new(PersonName(forename1: name, surname: "Parent")), bodyID: body, category: .parent,
                            startDate: Self.d("2014-01-01"))))
            }
            _ = try await register.startReconstitution(bodyID: body, on: Self.d("2015-03-01"), note: nil)
            let instrument = try await register.addInstrument(
                NewInstrument(
                    bodyID: body, madeOn: Self.d("2015-07-01"), effectiveFrom: Self.d("2015-09-01"), regulations: 2012,
                    headIsGovernor: true,
                    note: nil, seats: seats(2)))
            _ = try await register.recordReconstitutionStage(
                bodyID: body, stage: .instrumentEffective, on: Self.d("2015-09-01"),
                instrumentID: instrument, note: nil)
            let deadline = Self.d("2015-09-01")
            let review = try #require(
                try await register.reconstitutionOverview(laCode: 315, asOf: Self.d("2015-09-10"), deadline: deadline).first)
            #expect(review.state == .reconstituted(on: Self.d("2015-09-01"), byDeadline: true))
            // 4 parents serve against 2 seats: surplus 2; none decided; all 4 still serving.
            #expect(review.surpluses.map { [$0.seats, $0.serving, $0.surplus, $0.decided, $0.remaining] } == [[2, 4, 2, 0, 2]])
            #expect(try await register.appointments(bodyID: body, servingOn: Self.d("2015-09-10")).count == 4)
            // The LA cannot decide for parents; the governing body can.
            await #expect(throws: StoreError.self) {
                try await register.recordSurplusDeparture(
                    appointmentID: parents[3], decidedBy: .localAuthority,
                    decidedOn: Self.d("2015-09-20"), leavesOn: Self.d("2015-09-20"), note: nil)
            }
            for leaving in parents.suffix(2) {
                try await register.recordSurplusDeparture(
                    appointmentID: leaving, decidedBy: .governingBody,
                    decidedOn: Self.d("2015-09-20"), leavesOn: Self.d("2015-09-20"), note: nil)
            }
            let after = try #require(
                try await register.reconstitutionOverview(laCode: 315, asOf: Self.d("2015-09-30"), deadline: deadline).first)
            #expect(after.surpluses.map(\.remaining) == [0] && after.surpluses.map(\.decided) == [2])
            #expect(try await register.appointment(parents[3]).endedReason == "surplus_on_reconstitution")
        }
    }
}
