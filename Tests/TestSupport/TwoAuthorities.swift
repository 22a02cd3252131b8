import Foundation
import Governance
import Store
import Testing

/// Two authorities side by side, each with what every route can reach: a school and its body with
/// an instrument, a chair and a member with declarations and training, a vacancy, a planned
/// headteacher appointment, a reconstitution round and a community profile; and a token for
/// every kind of caller. Merton (315) is the tokens' own authority; Sutton (319) is the other one,
/// whose names (`suttonMarkers`) must never appear in an answer to a token limited to Merton.
package struct TwoAuthorities: Sendable {
    /// One authority's objects.
    package struct Side: Sendable {
        package var laCode: Int
        package var urn: Int
        package var body: BodyID
        package var chairAppointment: AppointmentID
        package var memberAppointment: AppointmentID
        package var person: PersonID
        package var vacancy: VacancyID
        package var recruitment: Int64
        package var profile: Int64
        /// A candidate for the side's vacancy (docs/recruitment.md), who has expressed interest.
        package var candidate: Int64
    }

    package var merton: Side
    package var sutton: Side
    package var course: Int64
    package var tokens: Tokens

    /// A token of each kind; `none` is no token at all.
    package struct Tokens: Sendable {
        package var officer: String
        package var officerAll: String
        package var board: String
        package var chair: String
        /// The data-protection officer of Merton.
        package var dpo: String
        package var expired: String
        package var revoked: String
    }

    /// Words that occur only in Sutton's records.
    package static let suttonMarkers = ["Sutton", "Avenue Primary", "Suttonperson", "E09000029"]

    package static func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    package static func make(_ register: Register) async throws -> TwoAuthorities {
        let course = try await register.addCourse(title: "Induction", kind: .induction, provider: nil)
        let merton = try await side(
            register, laCode: 315, name: "Merton", ons: "E09000024", urn: 102649, school: "Abbotsbury Primary",
            surname: "Mertonperson", course: course)
        let sutton = try await side(
            register, laCode: 319, name: "Sutton", ons: "E09000029", urn: 102700, school: "Avenue Primary",
            surname: "Suttonperson", course: course)
        func token(_ owner: String, _ role: ServiceRole, body: BodyID? = nil, las: [Int]? = nil, expires: String? = nil)
            async throws -> (TokenIdentity, String)
        {
            try await register.createToken(
                owner: owner, role: role, bodyID: body, laCodes: las, expiresOn: expires.map(d))
        }
        let revoked = try await token("Rita Revoked", .officer)
        try await register.revokeToken(revoked.0.id, on: d("2015-01-01"))
        return TwoAuthorities(
            merton: merton, sutton: sutton, course: course,
            tokens: Tokens(
                officer: try await token("Olive Officer", .officer, las: [315]).1,
                officerAll: try await token("Ada Admin", .officer).1,
                board: try await token("Bob Board", .board, las: [315]).1,
                chair: try await token("Cath Chair", .chair, body: merton.body).1,
                dpo: try await token("Dee Protection", .dpo, las: [315]).1,
                expired: try await token("Eddie Expired", .officer, expires: "2015-01-01").1,
                revoked: revoked.1))
    }

    private static func side(
        _ register: Register, laCode: Int, name: String, ons: String, urn: Int, school: String, surname: String,
        course: Int64
    ) async throws -> Side {
        try await register.addLocalAuthority(LocalAuthority(code: laCode, name: name), onsCode: ons)
        let body = try #require(
            try await register.addSchool(
                School(urn: urn, laCode: laCode, establishmentNumber: 2001, name: school, category: .community)))
        _ = try await register.addInstrument(
            NewInstrument(
                bodyID: body, madeOn: d("2015-06-01"), effectiveFrom: d("2015-09-01"), regulations: 2012,
                headIsGovernor: true, note: nil,
                seats: [
                    SeatAllocation(category: .parent, seats: 2, termYears: 4),
                    SeatAllocation(category: .headteacher, seats: 1, termYears: nil),
                    SeatAllocation(category: .staff, seats: 1, termYears: 4),
                    SeatAllocation(category: .localAuthority, seats: 1, termYears: 4),
                    SeatAllocation(category: .coOpted, seats: 3, termYears: 4),
                ]))
        func appoint(_ forename: String, _ category: GovernorCategory, role: GovernorRole) async throws -> AppointmentID {
            try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: forename, surname: surname)), bodyID: body, category: category,
                    role: role, startDate: d("2015-01-01"), termYears: 4))
        }
        let chair = try await appoint("Chair", .coOpted, role: .chair)
        let member = try await appoint("Member", .parent, role: .member)
        let person = try await register.appointment(member).personID
        for (appointment, sex, ethnicity) in [(chair, DeclaredSex.female, Ethnicity2021.indian), (member, .male, .african)] {
            _ = try await register.recordDiversity(
                personID: try await register.appointment(appointment).personID, on: d("2015-02-01"), sex: sex,
                ethnicity: ethnicity, collectedBy: .paperForm)
        }
        _ = try await register.recordTraining(personID: person, courseID: course, completedOn: d("2015-03-01"))
        let vacancy = try await register.openVacancy(
            bodyID: body, category: .coOpted, openedOn: d("2015-09-01"), reason: .resigned, note: nil)
        let candidate = try await register.addCandidate(
            laCode: laCode, name: "Candidate \(surname)", route: .coOption, vacancyID: vacancy, recordedOn: d("2015-09-02"),
            note: nil)
        _ = try await register.addCandidateStage(candidate, stage: .expressedInterest, on: d("2015-09-02"), appointmentID: nil)
        let recruitment = try await register.planHeadteacherRecruitment(
            bodyID: body, recordedOn: d("2015-09-01"), plannedOn: d("2016-04-01"), note: nil)
        _ = try await register.startReconstitution(bodyID: body, on: d("2015-03-01"), note: nil)
        let profile = try Fixtures.file(
            """
            geography_code,geography_name,dimension,category,count
            \(ons),\(name),census_2011_ethnicity,white_british,500
            \(ons),\(name),census_2011_ethnicity,indian,300
            \(ons),\(name),census_2011_ethnicity,african,200
            \(ons),\(name),sex,female,510
            \(ons),\(name),sex,male,490

            """)
        _ = try await ProfileImport(register: register).run(
            path: profile, displayName: "p.csv", encoding: nil,
            source: ProfileSource(source: "Census fixture \(name)", referenceDate: d("2011-03-27")))
        let profileID = try #require(try await register.profiles().first { $0.laCode == laCode }?.id)
        return Side(
            laCode: laCode, urn: urn, body: body, chairAppointment: chair, memberAppointment: member, person: person,
            vacancy: vacancy, recruitment: recruitment, profile: profileID, candidate: candidate)
    }
}
