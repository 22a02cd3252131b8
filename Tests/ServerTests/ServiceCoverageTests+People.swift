import Foundation
import Governance
import Store
import TestSupport
import Testing

extension ServiceCoverageTests {
    @Test func schoolsPeopleAndAppointments() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            let person = w.people[0]
            let appointments = try await register.appointments(bodyID: w.body)
            let laGovernor = try #require(appointments.first { $0.personID == person })
            let coOpted = try #require(appointments.first { $0.category == .coOpted })
            let vacancy = try await register.openVacancy(
                bodyID: w.body, category: .parent, openedOn: Self.d("2015-09-01"), reason: .resigned, note: nil)
            try await Self.run(register) { api in
                // School update: the same rule as the command line (foundation status needs a foundation school).
                let changes = "{\"name\": \"Abbotsbury Primary\", \"ward\": \"Lower Morden\"}"
                try await api.refuses(.post, "/api/v1/schools/102649", [w.board, w.chair, w.sutton], changes)
                let updated = try await api.call(.post, "/api/v1/schools/102649", as: w.officer, changes)
                #expect(
                    updated.status == .ok
                        && JSONShape.object(JSONShape.object(updated.json)["school"])["name"] as? String == "Abbotsbury Primary")
                let school = try await register.school(urn: 102649).school
                #expect(school.name == "Abbotsbury Primary" && school.ward == "Lower Morden" && school.category == .community)
                #expect(try await Self.lastAudit(register, "schools").actor.hasPrefix("Olive Officer (token "))
                let refused = try await api.call(.post, "/api/v1/schools/102649", as: w.officer, "{\"foundation\": \"with\"}")
                // Not one of the document's spellings (with_foundation, ...): refused before anything is read.
                #expect(refused.status == .badRequest)

                // A person: officers of an authority where they served, never the board or a chair.
                let shown = JSONShape.object(try await api.call(.get, "/api/v1/people/\(person)", as: w.officer).json)
                #expect(JSONShape.object(shown["name"])["forename1"] as? String == "G0")
                #expect(JSONShape.list(shown["appointments"]).compactMap { $0["id"] as? Int64 } == [laGovernor.id.rawValue])
                for token in [w.board, w.chair, w.sutton] {
                    #expect(try await api.call(.get, "/api/v1/people/\(person)", as: token).status.isRefusal)
                }
                // An individual's declarations: the data-protection role only (officers see whether,
                // never what), with a reason, and the read is recorded without the values.
                for token in [w.board, w.chair, w.sutton, w.officer] {
                    #expect(try await api.call(.get, "/api/v1/people/\(person)/diversity?reason=x", as: token).status.isRefusal)
                }
                #expect(try await api.call(.get, "/api/v1/people/\(person)/diversity", as: w.dpo).status == .badRequest)
                let diversity = JSONShape.object(
                    try await api.call(.get, "/api/v1/people/\(person)/diversity?reason=correction%20request", as: w.dpo).json)
                let read = try await DatabaseProbe.text(
                    register, "SELECT read_by || '|' || reason || '|' || via FROM declaration_reads ORDER BY read_id DESC LIMIT 1"
                )
                #expect(read.hasPrefix("Dee Protection (token ") && read.hasSuffix("|correction request|api"))
                let declaration = try #require(JSONShape.list(diversity["declarations"]).first)
                #expect(declaration["sex"] as? String == "female" && declaration["ethnicity"] as? String == "indian")
                #expect(declaration["recorded_on"] as? String == "2015-02-01" && diversity["objected_on"] == nil)

                let dbs = "{\"applied\": \"2016-04-10\", \"issued\": \"2016-04-20\"}"
                try await api.refuses(.post, "/api/v1/people/\(person)/dbs-checks", [w.board, w.chair, w.sutton], dbs)
                let recorded = try await api.call(.post, "/api/v1/people/\(person)/dbs-checks", as: w.officer, dbs)
                let dbsID = try #require(JSONShape.object(recorded.json)["id"] as? Int64)
                let dbsAudit = try await Self.lastAudit(register, "dbs_checks")
                #expect(recorded.status == .created && dbsAudit.rowKey == String(dbsID))
                #expect(dbsAudit.after?.contains("2016-04-10") == true && dbsAudit.actor.hasPrefix("Olive Officer"))

                // Governors across bodies on a date, and their history.
                let serving = JSONShape.list(
                    try await api.call(.get, "/api/v1/appointments?la=315&as_of=2016-01-01", as: w.officer).json)
                #expect(serving.count == 9)
                let before = JSONShape.list(try await api.call(.get, "/api/v1/appointments?as_of=2014-12-31", as: w.officer).json)
                #expect(before.isEmpty)
                #expect(try await api.call(.get, "/api/v1/appointments?la=315", as: w.sutton).status.isRefusal)
                #expect(try await api.call(.get, "/api/v1/appointments", as: w.board).status.isRefusal)

                // Office, re-appointment, leaving as surplus, closing a vacancy.
                try await api.refuses(
                    .post, "/api/v1/appointments/\(laGovernor.id)/role", [w.board, w.chair, w.sutton], "{\"role\": \"chair\"}")
                let role = try await api.call(
                    .post, "/api/v1/appointments/\(laGovernor.id)/role", as: w.officer, "{\"role\": \"chair\"}")
                #expect(role.status == .ok && JSONShape.object(role.json)["role"] as? String == "chair")
                #expect(try await register.appointment(laGovernor.id).role == .chair)

                let again = "{\"start\": \"2019-01-01\", \"term_years\": 4}"
                try await api.refuses(
                    .post, "/api/v1/appointments/\(laGovernor.id)/reappoint", [w.board, w.chair, w.sutton], again)
                let reappointed = try await api.call(
                    .post, "/api/v1/appointments/\(laGovernor.id)/reappoint", as: w.officer, again)
                let newTerm = JSONShape.object(reappointed.json)
                #expect(reappointed.status == .created && newTerm["start_date"] as? String == "2019-01-01")
                #expect(newTerm["term_end"] as? String == "2022-12-31" && newTerm["person_id"] as? Int64 == person.rawValue)
                let previous = try await register.appointment(laGovernor.id)
                #expect(previous.endedOn == Self.d("2018-12-31") && previous.endedReason == "reappointed")
                let history = JSONShape.list(try await api.call(.get, "/api/v1/appointments?history=true", as: w.officer).json)
                #expect(history.count == 10)

                let leave = "{\"decided_by\": \"governing_body\", \"decided_on\": \"2015-10-01\"}"
                try await api.refuses(
                    .post, "/api/v1/appointments/\(coOpted.id)/surplus-departure", [w.board, w.chair, w.sutton], leave)
                let departed = try await api.call(
                    .post, "/api/v1/appointments/\(coOpted.id)/surplus-departure", as: w.officer, leave)
                #expect(departed.status == .created && JSONShape.object(departed.json)["ended_on"] as? String == "2015-10-01")
                #expect(try await register.appointment(coOpted.id).endedReason == "surplus_on_reconstitution")
                #expect(try await Self.lastAudit(register, "surplus_departures").actor.hasPrefix("Olive Officer"))

                let close = "{\"on\": \"2016-01-31\", \"reason\": \"seat removed by the 2016 instrument\"}"
                try await api.refuses(.post, "/api/v1/vacancies/\(vacancy)/close", [w.board, w.chair, w.sutton], close)
                let closed = try await api.call(.post, "/api/v1/vacancies/\(vacancy)/close", as: w.officer, close)
                #expect(closed.status == .ok && JSONShape.object(closed.json)["closed_on"] as? String == "2016-01-31")
                let stored = try await register.vacancy(vacancy)
                #expect(stored.closedOn == Self.d("2016-01-31") && stored.closedReason == "seat removed by the 2016 instrument")
                // Closed already: the request is fine, the vacancy's state is not (409); no such vacancy is 404.
                #expect(try await api.call(.post, "/api/v1/vacancies/\(vacancy)/close", as: w.officer, close).status == .conflict)
                #expect(try await api.call(.post, "/api/v1/vacancies/999999/close", as: w.officer, close).status == .notFound)
            }
        }
    }
}
