import Foundation
import Governance
import Store
import Testing

/// Registers the suites build on: a community school with its body, a body of nine governors
/// with declarations and a census profile, a body with a parent and a vacancy for tracking.
extension Fixtures {
    package static func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// One community school with its own body and a 2012 instrument of 7 seats.
    package static func communitySchool(_ register: Register) async throws -> BodyID {
        try await register.addLocalAuthority(LocalAuthority(code: 315, name: "Merton"))
        let body = try await register.addSchool(
            School(
                urn: 102649, laCode: 315, establishmentNumber: 2077,
                name: "Abbotsbury Primary School", category: .community))
        let id = try #require(body)
        _ = try await register.addInstrument(
            NewInstrument(
                bodyID: id, madeOn: d("2015-06-01"), effectiveFrom: d("2015-09-01"), regulations: 2012,
                headIsGovernor: true,
                note: nil,
                seats: [
                    SeatAllocation(category: .parent, seats: 2, termYears: 3),
                    SeatAllocation(category: .headteacher, seats: 1, termYears: nil),
                    SeatAllocation(category: .staff, seats: 1, termYears: 4),
                    SeatAllocation(category: .localAuthority, seats: 1, termYears: 4),
                    SeatAllocation(category: .coOpted, seats: 2, termYears: 4),
                ]))
        return id
    }

    /// Imports the profile file at `path` (any layout the importer reads) from `source` on `date`.
    package static func importProfile(
        _ register: Register, _ path: String, source: String, date: String, kind: GeographyKind? = nil
    ) async throws {
        _ = try await ProfileImport(register: register).run(
            path: path, displayName: URL(fileURLWithPath: path).lastPathComponent, encoding: nil,
            source: ProfileSource(source: source, referenceDate: d(date), kind: kind))
    }

    /// Appoints `count` governors with no declaration to `body` from 1 January 2015 (the first
    /// `localAuthority` of them as local authority governors, the rest co-opted); their person ids.
    @discardableResult
    package static func appointUndeclared(_ register: Register, to body: BodyID, count: Int, localAuthority: Int = 0)
        async throws -> [PersonID]
    {
        var people: [PersonID] = []
        for index in 0..<count {
            let appointment = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "U\(index)", surname: "Undeclared")), bodyID: body,
                    category: index < localAuthority ? .localAuthority : .coOpted, startDate: d("2015-01-01"), termYears: 4))
            people.append(try await register.appointment(appointment).personID)
        }
        return people
    }

    /// Nine governors; ethnicity declared by 7 (2 not White British), sex by 8 (3 women). The
    /// borough profile: 484 White British of 1,000 (p = 0.516); 506 women of 1,000 (p = 0.506).
    package static func representedBody(_ register: Register) async throws -> (body: BodyID, people: [PersonID]) {
        let body = try await communitySchool(register)
        try await register.setONSCode(laCode: 315, onsCode: "E09000099")
        let profile = try Fixtures.file(
            """
            geography_code,geography_name,dimension,category,count
            E09000099,Testborough,census_2011_ethnicity,white_british,484
            E09000099,Testborough,census_2011_ethnicity,indian,216
            E09000099,Testborough,census_2011_ethnicity,african,300
            E09000099,Testborough,sex,female,506
            E09000099,Testborough,sex,male,494

            """)
        try await importProfile(register, profile, source: "Test", date: "2011-03-27")
        let declarations: [(DeclaredSex, Ethnicity2021)?] = [
            (.female, .indian), (.male, .african), (.female, .whiteBritish), (.male, .whiteBritish), (.male, .whiteBritish),
            (.male, .whiteBritish), (.male, .whiteBritish), (.female, .preferNotToSay), (.notAsked, .notAsked),
        ]
        var people: [PersonID] = []
        for (index, declared) in declarations.enumerated() {
            let id = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "G\(index)", surname: "Governor")), bodyID: body,
                    category: index == 0 ? .localAuthority : .coOpted, startDate: d("2015-01-01"), termYears: 4))
            let person = try await register.appointment(id).personID
            people.append(person)
            if let (sex, ethnicity) = declared {
                _ = try await register.recordDiversity(
                    personID: person, on: d("2015-02-01"), sex: sex, ethnicity: ethnicity,
                    collectedBy: .paperForm)
            }
        }
        return (body, people)
    }

    /// A community body of 7 seats (instrument 2012, effective 2015-09-01) with one parent whose
    /// term ends 2015-12-31 and a vacancy opened 2015-09-01. Its school adopted a succession
    /// planning policy in 2014, so the succession checks have nothing to say about it.
    package static func trackedBody(_ register: Register) async throws -> (
        body: BodyID, parent: AppointmentID, vacancy: VacancyID
    ) {
        let body = try await communitySchool(register)
        try await adoptSuccessionPolicy(register, urn: 102649)
        let parent = try await register.appoint(
            NewAppointment(
                appointee: .new(PersonName(forename1: "Ann", surname: "Smith")), bodyID: body, category: .parent,
                startDate: d("2012-01-01"), termEnd: d("2015-12-31")))
        let vacancy = try await register.openVacancy(
            bodyID: body, category: .coOpted, openedOn: d("2015-09-01"),
            reason: .resigned, note: nil)
        return (body, parent, vacancy)
    }

    /// The school adopts its own succession planning policy on 2014-09-01, evidencing
    /// representation and diversity, with no review date: no succession check alerts about it.
    package static func adoptSuccessionPolicy(_ register: Register, urn: Int) async throws {
        _ = try await register.recordSuccessionPolicy(
            NewSuccessionPolicy(
                urn: urn, source: .own, modelVersion: nil, adoptedOn: d("2014-09-01"), reviewOn: nil, diversityEvidenced: true,
                diversityNote: nil, minute: "FGB 1 September 2014, minute 5"))
    }

    /// Appoints a new person and returns (person id, appointment id). With `leftAtTermEnd` the
    /// appointment is recorded as ended at its term end: a person whose term merely passed with no
    /// recorded end still serves, as the register counts them, and retention leaves them alone.
    package static func appoint(
        _ register: Register, _ forename: String, _ surname: String, body: BodyID, start: String, years: Int,
        declared: (DeclaredSex, Ethnicity2021)?, leftAtTermEnd: Bool = false
    ) async throws -> (PersonID, AppointmentID) {
        let id = try await register.appoint(
            NewAppointment(
                appointee: .new(PersonName(forename1: forename, surname: surname)), bodyID: body, category: .coOpted,
                startDate: d(start), termYears: years))
        if leftAtTermEnd, let end = try await register.appointment(id).termEnd {
            try await register.endAppointment(id, on: end, reason: .termEnded)
        }
        let person = try await register.appointment(id).personID
        if let (sex, ethnicity) = declared {
            _ = try await register.recordDiversity(
                personID: person, on: d(start).adding(days: 30), sex: sex, ethnicity: ethnicity, collectedBy: .paperForm)
        }
        return (person, id)
    }
}
