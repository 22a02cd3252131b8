import Foundation
import Governance
import Store
import TestSupport
import Testing

@Suite struct RegisterTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test func aMaintainedSchoolGetsABodyAndAnAcademyDoesNot() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let academy = try await register.addSchool(
                School(
                    urn: 144838, laCode: 315, establishmentNumber: 2094,
                    name: "Aragon Primary School", category: .academy))
            #expect(academy == nil)
            #expect(try await register.body("102649").id == body)
            #expect(try await register.body(String(body)).schoolURNs == [102649])
            await #expect(throws: StoreError.self) { _ = try await register.body("144838") }
        }
    }

    @Test func appointmentsTakeTheInstrumentsTermAndReappointmentIsANewRow() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let first = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Ann", surname: "Smith")), bodyID: body, category: .parent,
                    appointingBody: "Elected by parents", startDate: Self.date("2015-09-01")))
            // The instrument gives parents 3-year terms: 2015-09-01 + 3 years - 1 day = 2018-08-31.
            #expect(try await register.appointment(first).termEnd == Self.date("2018-08-31"))
            let second = try await register.reappoint(
                first, start: nil, termEnd: nil, termYears: 4, today: Self.date("2018-06-01"))
            let old = try await register.appointment(first)
            let new = try await register.appointment(second)
            #expect(old.endedOn == Self.date("2018-08-31") && old.endedReason == "reappointed")
            // Starts the day after the previous term; 4 years: 2018-09-01 to 2022-08-31.
            #expect(new.startDate == Self.date("2018-09-01") && new.termEnd == Self.date("2022-08-31"))
            #expect(new.personID == old.personID)
            #expect(try await register.appointments(bodyID: body).count == 2)
        }
    }

    @Test func overlappingAppointmentsAndLongTermsAreRefused() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let id = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Ann", surname: "Smith")), bodyID: body, category: .parent,
                    startDate: Self.date("2015-09-01"), termYears: 4))
            let person = try await register.appointment(id).personID
            do {
                _ = try await register.appoint(
                    NewAppointment(
                        appointee: .existing(personID: person), bodyID: body,
                        category: .coOpted, startDate: Self.date("2017-01-01"), termYears: 1))
                Issue.record("an overlapping appointment was accepted")
            } catch let error as StoreError {
                #expect(error == .constraint(name: "appointments_no_overlap", sentence: error.description))
                #expect(error.description.contains("overlapping dates"))
            }
            await #expect(throws: StoreError.self) {
                _ = try await register.appoint(
                    NewAppointment(
                        appointee: .new(PersonName(forename1: "Bo", surname: "Long")), bodyID: body, category: .parent,
                        startDate: Self.date("2015-09-01"), termEnd: Self.date("2019-09-01")))
            }
            #expect(try await register.appointments(bodyID: body).count == 1)
        }
    }

    @Test func instrumentsWithNegativeSeatsChangeNothing() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let before = try await register.database.fingerprint()
            await #expect(throws: StoreError.invalid("parent seats: expected 0 or more, found -2")) {
                _ = try await register.addInstrument(
                    NewInstrument(
                        bodyID: body, madeOn: Self.date("2016-01-01"), effectiveFrom: Self.date("2016-02-01"), regulations: 2012,
                        headIsGovernor: true, note: nil, seats: [SeatAllocation(category: .parent, seats: -2, termYears: 4)]))
            }
            await #expect(throws: StoreError.self) {
                _ = try await register.addInstrument(
                    NewInstrument(
                        bodyID: body, madeOn: Self.date("2016-03-01"), effectiveFrom: Self.date("2016-02-01"), regulations: 2012,
                        headIsGovernor: true, note: nil, seats: []))
            }
            #expect(try await register.database.fingerprint() == before)
        }
    }

    @Test func everyChangeIsAuditedWithWhoAndBeforeAndAfter() async throws {
        try await TestDatabase.withRegister(actor: "jo.bloggs") { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let id = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Ann", surname: "Smith")), bodyID: body, category: .parent,
                    startDate: Self.date("2015-09-01")))
            try await register.endAppointment(id, on: Self.date("2016-03-31"), reason: .resigned)
            let entries = try await register.audit(table: "appointments", rowKey: String(id))
            #expect(entries.map(\.operation) == ["update", "insert"])
            #expect(entries.allSatisfy { $0.actor == "jo.bloggs" })
            #expect(entries[0].before?.contains("\"ended_on\": null") == true)
            #expect(entries[0].after?.contains("\"ended_on\": \"2016-03-31\"") == true)
            // Diversity values never reach the audit trail.
            let person = try await register.appointment(id).personID
            _ = try await register.recordDiversity(
                personID: person, on: Self.date("2015-10-01"), sex: .female,
                ethnicity: .indian, collectedBy: .paperForm)
            let declaration = try await register.audit(table: "diversity_declarations")
            #expect(declaration.count == 1)
            #expect(declaration[0].after?.contains("indian") == false && declaration[0].after?.contains("female") == false)
            #expect(declaration[0].after?.contains("redacted") == true)
        }
    }

    @Test func anObjectionStopsFurtherDeclarations() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let id = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Ann", surname: "Smith")), bodyID: body, category: .parent,
                    startDate: Self.date("2015-09-01")))
            let person = try await register.appointment(id).personID
            try await register.recordObjection(personID: person, on: Self.date("2016-01-01"))
            await #expect(throws: StoreError.self) {
                _ = try await register.recordDiversity(
                    personID: person, on: Self.date("2016-02-01"), sex: .female,
                    ethnicity: .indian, collectedBy: .paperForm)
            }
            #expect(try await register.diversity(personID: person).objectedOn == Self.date("2016-01-01"))
        }
    }

    @Test func federationDissolvesTheOldBodiesAndEndsTheirAppointments() async throws {
        try await TestDatabase.withRegister { register, _ in
            let first = try await Fixtures.communitySchool(register)
            let second = try #require(
                try await register.addSchool(
                    School(
                        urn: 102650, laCode: 315, establishmentNumber: 2078, name: "Second Primary", category: .community)))
            let serving = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Ann", surname: "Smith")), bodyID: second, category: .parent,
                    startDate: Self.date("2013-09-01")))
            let result = try await register.federate(
                name: "Two Schools Federation", urns: [102649, 102650],
                on: Self.date("2014-09-01"))
            #expect(result.dissolvedBodies == [first, second].sorted() && result.endedAppointments == 1)
            let ended = try await register.appointment(serving)
            #expect(ended.endedOn == Self.date("2014-08-31") && ended.endedReason == "body_dissolved")
            let federation = try await register.body("102650")
            #expect(federation.isFederation && federation.schoolURNs == [102649, 102650])
            await #expect(throws: StoreError.self) {
                _ = try await register.federate(name: "Again", urns: [102649, 999999], on: Self.date("2015-09-01"))
            }
        }
    }

    @Test func vacanciesOpenFillAndClose() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let vacancy = try await register.openVacancy(
                bodyID: body, category: .parent, openedOn: Self.date("2015-09-01"),
                reason: .newSeat, note: nil)
            let coOpted = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Cy", surname: "Co")), bodyID: body, category: .coOpted,
                    startDate: Self.date("2015-10-01")))
            // A co-opted appointment cannot fill a parent seat.
            await #expect(throws: StoreError.self) {
                try await register.fillVacancy(vacancy, with: coOpted, on: Self.date("2015-10-01"))
            }
            let parent = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Pat", surname: "Parent")), bodyID: body, category: .parent,
                    startDate: Self.date("2015-11-01"), fillsVacancy: vacancy))
            let filled = try await register.vacancies(bodyID: body)
            #expect(filled.count == 1 && filled[0].filledByAppointment == parent && filled[0].filledOn == Self.date("2015-11-01"))
            #expect(try await register.vacancies(bodyID: body, openOn: Self.date("2015-10-15")).count == 1)
            #expect(try await register.vacancies(bodyID: body, openOn: Self.date("2015-11-01")).isEmpty)
            await #expect(throws: StoreError.self) {
                try await register.closeVacancy(vacancy, on: Self.date("2016-01-01"), reason: "x")
            }
        }
    }
}
