import Application
import Foundation
import Governance
import Store
import TestSupport
import Testing

/// The data-entry use cases hold the rules both edges used to write for themselves (and had let
/// drift): one person or one name, one way to end a term, training not in the future, foundation
/// status only where it applies, another authority's person and school not found.
@Suite struct DataEntryTests {
    static let today = Fixtures.d("2016-01-15")

    static func request(_ body: BodyID, person: PersonID?, name: PersonName?, termEnd: String? = nil, termYears: Int? = nil)
        -> AppointmentEntry.Request
    {
        AppointmentEntry.Request(
            body: String(body), personID: person, name: name, category: .coOpted, appointingBody: nil, role: .member,
            start: Fixtures.d("2016-01-01"), termEnd: termEnd.map(Fixtures.d), termYears: termYears, employedAtSchool: false,
            fillsVacancy: nil)
    }

    @Test func anAppointmentNamesOnePersonAndOneWayToEndTheTerm() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let entry = AppointmentEntry(register: register, today: Self.today)
            let ann = PersonName(forename1: "Ann", surname: "Smith")
            let first = try await entry.appoint(Self.request(body, person: nil, name: ann))
            #expect(first.personName == "Ann Smith" && first.bodyID == body)
            let refusals: [(AppointmentEntry.Request, String)] = [
                (Self.request(body, person: nil, name: nil), "give an existing person's id"),
                (Self.request(body, person: first.personID, name: ann), "not both"),
                (Self.request(body, person: nil, name: ann, termEnd: "2019-12-31", termYears: 4), "term's end or its length"),
            ]
            for (request, words) in refusals {
                let before = try await register.appointments(bodyID: body, servingOn: nil).count
                await #expect(throws: RuleViolation.self) { _ = try await entry.appoint(request) }
                do { _ = try await entry.appoint(request) } catch { #expect("\(error)".contains(words), "\(error)") }
                #expect(try await register.appointments(bodyID: body, servingOn: nil).count == before)
            }
        }
    }

    @Test func anotherAuthoritysPersonAndSchoolAreNotFound() async throws {
        try await TestDatabase.withRegister { register, _ in
            let world = try await TwoAuthorities.make(register)
            // Merton's register, as a Merton token sees it.
            let merton = Register(register.database.scoped(to: .only([315])))
            let appointing = AppointmentEntry(register: merton, today: Self.today)
            await #expect(throws: StoreError.self) {
                _ = try await appointing.appoint(Self.request(world.merton.body, person: world.sutton.person, name: nil))
            }
            await #expect(throws: StoreError.self) {
                _ = try await SchoolEntry(register: merton).federate(
                    name: "Across", urns: [world.merton.urn, world.sutton.urn], on: Fixtures.d("2016-09-01"))
            }
            await #expect(throws: StoreError.self) {
                _ = try await PersonEntry(register: merton, today: Self.today).recordDBSCheck(
                    personID: world.sutton.person, appliedOn: Self.today, issuedOn: nil)
            }
        }
    }

    @Test func trainingIsNotRecordedAsCompletedInTheFuture() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let appointment = try await AppointmentEntry(register: register, today: Self.today)
                .appoint(Self.request(body, person: nil, name: PersonName(forename1: "Ann", surname: "Smith")))
            let people = PersonEntry(register: register, today: Self.today)
            let course = try await people.addCourse(title: "Induction", kind: .induction, provider: nil)
            _ = try await people.recordTraining(personID: appointment.personID, courseID: course, completedOn: Self.today)
            await #expect(throws: RuleViolation.self) {
                _ = try await people.recordTraining(
                    personID: appointment.personID, courseID: course, completedOn: Self.today.adding(days: 1))
            }
            #expect(try await register.training(personID: appointment.personID).count == 1)
        }
    }

    @Test func foundationStatusOnlyForFoundationSchools() async throws {
        try await TestDatabase.withRegister { register, _ in
            try await register.addLocalAuthority(LocalAuthority(code: 315, name: "Merton"))
            let schools = SchoolEntry(register: register)
            func school(_ urn: Int, _ category: SchoolCategory) -> SchoolEntry.NewSchool {
                .init(
                    urn: urn, authority: "Merton", number: urn % 10_000, name: "School \(urn)", category: category,
                    foundation: .withFoundation, phase: nil, ward: nil, opened: nil)
            }
            await #expect(throws: RuleViolation.self) { _ = try await schools.add(school(102_001, .community)) }
            #expect(try await schools.add(school(102_002, .foundation)) != nil)
            #expect(try await register.schools(laCode: 315).map(\.school.urn) == [102_002])
        }
    }

    @Test func aVacancyFilledWithoutADateIsFilledWhenTheAppointmentStarts() async throws {
        try await TestDatabase.withRegister { register, _ in
            let (body, _, vacancy) = try await Fixtures.trackedBody(register)
            let appointment = try await AppointmentEntry(register: register, today: Self.today)
                .appoint(Self.request(body, person: nil, name: PersonName(forename1: "Cy", surname: "Lee")))
            let filled = try await VacancyEntry(register: register).fill(vacancy, with: appointment.id, on: nil)
            #expect(filled.filledByAppointment == appointment.id && filled.filledOn == Fixtures.d("2016-01-01"))
        }
    }
}
