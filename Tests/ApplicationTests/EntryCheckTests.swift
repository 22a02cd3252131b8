import Application
import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Appointments checked at entry (AppointmentEntryCheck through AppointmentEntry): against the
/// community school fixture's 2012 instrument (2 parent seats with 3-year terms, 1 headteacher,
/// 1 staff, 1 LA, 2 co-opted; effective 2015-09-01).
@Suite struct EntryCheckTests {
    static let today = Fixtures.d("2016-01-15")

    static func request(
        _ body: BodyID, _ forename: String, _ category: GovernorCategory, start: String = "2015-09-01", termYears: Int? = nil,
        allow: Bool = false, newPerson: Bool = false, reason: String? = nil
    ) -> AppointmentEntry.Request {
        AppointmentEntry.Request(
            body: String(body), personID: nil, name: PersonName(forename1: forename, surname: "Governor"), category: category,
            appointingBody: nil, role: .member, start: Fixtures.d(start), termEnd: nil, termYears: termYears,
            employedAtSchool: false, fillsVacancy: nil, allowOverEstablishment: allow, confirmedNewPerson: newPerson,
            reason: reason)
    }

    /// The refusal's sentence, or "" when it went through.
    static func refusal(_ entry: AppointmentEntry, _ request: AppointmentEntry.Request) async -> String {
        do {
            _ = try await entry.appoint(request)
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func aThirdParentOnTwoSeatsIsRefusedUnlessAnOfficerSaysWhy() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let entry = AppointmentEntry(register: register, today: Self.today)
            _ = try await entry.appoint(Self.request(body, "Ann", .parent))
            _ = try await entry.appoint(Self.request(body, "Bea", .parent))
            let before = try await register.database.fingerprint()
            let full = await Self.refusal(entry, Self.request(body, "Cal", .parent))
            #expect(full.contains("all 2 parent seats are filled on 2015-09-01") && full.contains("--allow-over-establishment"))
            let unexplained = await Self.refusal(entry, Self.request(body, "Cal", .parent, allow: true))
            #expect(unexplained.contains("needs --reason"))
            let stray = await Self.refusal(entry, Self.request(body, "Cal", .parent, reason: "why not"))
            #expect(stray.contains("goes with --allow-over-establishment"))
            #expect(try await register.database.fingerprint() == before)

            let why = "a parent governor elected before the 2015 instrument took a seat away"
            let recorded = try await entry.appoint(Self.request(body, "Cal", .parent, allow: true, reason: why))
            let kept = try await DatabaseProbe.text(
                register,
                "SELECT array_to_string(override_rules, ',') || '|' || override_reason FROM appointments "
                    + "WHERE appointment_id = \(recorded.id)")
            #expect(kept == "over_establishment|" + why)
            // A seat that is not full needs no override, and records none.
            let la = try await entry.appoint(Self.request(body, "Dee", .localAuthority))
            #expect(
                try await DatabaseProbe.count(
                    register, "SELECT count(override_reason) FROM appointments WHERE appointment_id = \(la.id)") == 0)
        }
    }

    @Test func aSecondHeadAForeignSeatAndALongTermAreCaught() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let entry = AppointmentEntry(register: register, today: Self.today)
            _ = try await entry.appoint(Self.request(body, "Hana", .headteacher))
            let second = await Self.refusal(entry, Self.request(body, "Ivo", .headteacher))
            #expect(second.hasPrefix("a headteacher already serves on 2015-09-01"), "\(second)")
            // Foundation governors at a community school: no foundation, and no such seat. Only
            // the seat can be overridden; the school's foundation must be corrected first.
            let foundation = await Self.refusal(entry, Self.request(body, "Jo", .foundation, allow: true, reason: "test"))
            #expect(foundation.contains("a foundation governor needs a school with a foundation"), "\(foundation)")
            let partnership = await Self.refusal(entry, Self.request(body, "Kai", .partnership))
            #expect(partnership.contains("has no partnership seats"), "\(partnership)")
            // 3-year parent terms: a 4-year one is a mistake, not an override.
            let long = await Self.refusal(entry, Self.request(body, "Lee", .parent, termYears: 4, allow: true, reason: "test"))
            #expect(long.contains("the instrument sets 3-year terms for parent governors, not 4"), "\(long)")
            // Before the instrument took effect (2015-09-01) there is none in force: nothing to
            // check the seats against, so nothing is refused.
            _ = try await entry.appoint(Self.request(body, "Mo", .partnership, start: "2015-06-01", termYears: 4))
        }
    }

    @Test func aNewPersonNamedLikeAFormerGovernorIsAskedAbout() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let entry = AppointmentEntry(register: register, today: Self.today)
            let first = try await entry.appoint(Self.request(body, "Ann", .parent))
            let again = await Self.refusal(entry, Self.request(body, "ann", .coOpted))
            #expect(
                again.contains("Ann Governor (person \(first.personID)) has served on this body")
                    && again.contains("--person \(first.personID)") && again.contains("--new-person"), "\(again)")
            let namesake = try await entry.appoint(Self.request(body, "Ann", .coOpted, newPerson: true))
            #expect(namesake.personID != first.personID)
        }
    }
}

/// Surplus departures on reconstitution: only as many as the new instrument makes surplus.
@Suite struct SurplusDepartureCheckTests {
    @Test func departuresStopAtTheSurplus() async throws {
        try await TestDatabase.withRegister { register, _ in
            // The fixture's 2012 instrument (effective 2015-09-01) has 2 parent seats and 2 co-opted.
            let body = try await Fixtures.communitySchool(register)
            var parents: [AppointmentID] = []
            for name in ["Ann", "Bea", "Cal"] {
                parents.append(
                    try await register.appoint(
                        NewAppointment(
                            appointee: .new(PersonName(forename1: name, surname: "Parent")), bodyID: body, category: .parent,
                            startDate: Fixtures.d("2014-09-01"), termYears: 4)))
            }
            let coOpted = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Dee", surname: "Coopted")), bodyID: body, category: .coOpted,
                    startDate: Fixtures.d("2014-09-01"), termYears: 4))
            let entry = AppointmentEntry(register: register, today: Fixtures.d("2016-01-15"))
            func depart(_ id: AppointmentID) async -> String {
                do {
                    _ = try await entry.departAsSurplus(
                        id, decidedBy: .governingBody, decidedOn: Fixtures.d("2015-07-15"), leavesOn: Fixtures.d("2015-09-01"),
                        note: nil)
                    return ""
                } catch {
                    return "\(error)"
                }
            }
            // 3 parents against 2 seats: one surplus. One departure is recorded, a second is refused.
            #expect(await depart(parents[0]) == "")
            let second = await depart(parents[1])
            #expect(
                second.contains("3 parent governors served against 2 seats: all 1 surplus departures are recorded"), "\(second)")
            // 1 co-opted against 2 seats: no surplus at all.
            let notOver = await depart(coOpted)
            #expect(notOver.contains("not over the 2 seats"), "\(notOver)")
            #expect(try await register.appointment(parents[1]).endedOn == nil)
        }
    }
}
