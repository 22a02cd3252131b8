import Foundation
import Governance
import Store
import TestSupport
import Testing

extension ServiceCoverageTests {
    /// Schools, federations, instruments, reconstitution stages and chairs' reviews over HTTP:
    /// each write reaches the register with the token's owner in the audit trail, and each
    /// refuses the board, a chair and an officer of another authority.
    @Test func bodyWritesReachTheRegister() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            let chairAppointment = try #require(try await register.appointments(bodyID: w.body).first)
            try await register.setRole(chairAppointment.id, role: .chair, today: Self.d("2015-09-01"))
            try await Self.run(register) { api in
                let beecholme =
                    "{\"urn\": 102650, \"la\": \"Merton\", \"number\": 2078, \"name\": \"Beecholme Primary School\", \"category\": \"community\", \"phase\": \"Primary\"}"
                try await api.refuses(.post, "/api/v1/schools", [w.board, w.chair, w.sutton], beecholme)
                let added = try await api.call(.post, "/api/v1/schools", as: w.officer, beecholme)
                #expect(added.status == .created)
                let listing = try await register.school(urn: 102650)
                #expect(listing.school.name == "Beecholme Primary School" && listing.school.establishmentNumber == 2078)
                #expect(JSONShape.object(added.json)["body_id"] as? Int64 == listing.bodyID?.rawValue && listing.bodyID != nil)
                #expect(try await Self.lastAudit(register, "schools").actor.hasPrefix("Olive Officer (token "))
                let cedars =
                    "{\"urn\": 102651, \"la\": \"315\", \"number\": 2079, \"name\": \"Cedars Primary School\", \"category\": \"voluntary_controlled\"}"
                #expect(try await api.call(.post, "/api/v1/schools", as: w.officer, cedars).status == .created)
                let cedarsBody = try await register.school(urn: 102651).bodyID
                let badCategory =
                    "{\"urn\": 102652, \"la\": \"315\", \"number\": 2080, \"name\": \"X\", \"category\": \"grammar-ish\"}"
                #expect(try await api.call(.post, "/api/v1/schools", as: w.officer, badCategory).status == .badRequest)
                #expect(try await register.schools(laCode: 315).count == 3)

                // Federation: the two new schools under one body from 2016-09-01; their own bodies dissolve.
                let federation =
                    "{\"name\": \"Beecholme and Cedars Federation\", \"schools\": [102650, 102651], \"from\": \"2016-09-01\"}"
                try await api.refuses(.post, "/api/v1/federations", [w.board, w.chair, w.sutton], federation)
                let federated = try await api.call(.post, "/api/v1/federations", as: w.officer, federation)
                let federatedBody = try #require(JSONShape.object(federated.json)["body_id"] as? Int64)
                let dissolved = JSONShape.object(federated.json)["dissolved_bodies"] as? [Int64]
                #expect(
                    federated.status == .created
                        && dissolved == [listing.bodyID, cedarsBody].compactMap { $0?.rawValue }.sorted())
                let stored = try await register.body(String(federatedBody))
                #expect(stored.isFederation && stored.schoolURNs.sorted() == [102650, 102651])
                #expect(stored.formedOn == Self.d("2016-09-01"))

                // A new instrument for the first body: eight seats from 2016-09-01.
                let instrument = """
                    {"made": "2016-06-01", "effective": "2016-09-01", "note": "2016 reconstitution",
                     "seats": [{"category": "parent", "seats": 2, "term_years": 4}, {"category": "headteacher", "seats": 1},
                               {"category": "staff", "seats": 1, "term_years": 4}, {"category": "local_authority", "seats": 1, "term_years": 4},
                               {"category": "co_opted", "seats": 3, "term_years": 4}]}
                    """
                try await api.refuses(.post, "/api/v1/bodies/\(w.body)/instruments", [w.board, w.chair, w.sutton], instrument)
                let made = try await api.call(.post, "/api/v1/bodies/\(w.body)/instruments", as: w.officer, instrument)
                let instrumentID = try #require(JSONShape.object(made.json)["id"] as? Int64)
                let inForce = try #require(try await register.instrumentInForce(bodyID: w.body, on: Self.d("2016-09-01")))
                #expect(made.status == .created && inForce.id == instrumentID && inForce.note == "2016 reconstitution")
                #expect(inForce.seats.map(\.seats).reduce(0, +) == 8)
                #expect(try await Self.lastAudit(register, "instruments").actor.hasPrefix("Olive Officer"))

                // A reconstitution stage: starts a round when none is open.
                let stage = "{\"stage\": \"instrument_made\", \"date\": \"2016-06-01\", \"instrument_id\": \(instrumentID)}"
                try await api.refuses(
                    .post, "/api/v1/bodies/\(w.body)/reconstitution-stages", [w.board, w.chair, w.sutton], stage)
                let reached = try await api.call(.post, "/api/v1/bodies/\(w.body)/reconstitution-stages", as: w.officer, stage)
                let round = try #require(JSONShape.object(reached.json)["id"] as? Int64)
                let rounds = try await register.reconstitutions(bodyID: w.body)
                #expect(reached.status == .created && rounds.map(\.id) == [round])
                #expect(rounds.first?.stages.map(\.stage) == [.instrumentMade])
                let badStage = "{\"stage\": \"finished\", \"date\": \"2016-06-01\"}"
                #expect(
                    try await api.call(.post, "/api/v1/bodies/\(w.body)/reconstitution-stages", as: w.officer, badStage).status
                        == .badRequest)

                // The chair's review of whether the body is representative: its own chair (or an
                // officer) records it; the board reads it.
                let review = """
                    {"chair_appointment_id": \(chairAppointment.id), "date": "2015-11-15", "judgement": "partly_representative",
                     "actions": "seek parent governors from the Tamil community"}
                    """
                try await api.refuses(.post, "/api/v1/bodies/\(w.body)/reviews", [w.board, w.sutton], review)
                let recorded = try await api.call(.post, "/api/v1/bodies/\(w.body)/reviews", as: w.chair, review)
                let reviewID = try #require(JSONShape.object(recorded.json)["id"] as? Int64)
                #expect(recorded.status == .created)
                #expect(try await Self.lastAudit(register, "chair_reviews").actor.hasPrefix("Cath Chair (token "))
                // Officers see the review whole; the board and the chair see what disclosure allows:
                // the judgement and the bands, no name, no count, not the free-text actions.
                let whole = JSONShape.object(try await api.call(.get, "/api/v1/bodies/\(w.body)/reviews", as: w.officer).json)
                let full = JSONShape.list(whole["reviews"])
                #expect(whole["audience"] as? String == "officer" && full.first?["chair_name"] as? String != nil)
                // The figures the chair looked at, as an object (not JSON text inside JSON).
                #expect(JSONShape.list(JSONShape.object(full.first?["figures"])["groups"]).count == 3)
                for token in [w.board, w.chair] {
                    let answer = JSONShape.object(try await api.call(.get, "/api/v1/bodies/\(w.body)/reviews", as: token).json)
                    #expect(answer["audience"] as? String == "board")
                    let reviews = JSONShape.list(answer["reviews"])
                    #expect(reviews.compactMap { $0["id"] as? Int64 } == [reviewID])
                    #expect(reviews.first?["judgement"] as? String == "partly_representative")
                    let keys = JSONShape.keys(reviews)
                    #expect(
                        keys.isDisjoint(with: [
                            "chair_name", "chair_appointment_id", "figures", "counts", "in_post", "actions_agreed",
                        ])
                    )
                    let bands = JSONShape.list(JSONShape.object(reviews.first?["bands"])["groups"])
                    #expect(bands.count == 3 && bands.allSatisfy { $0["band"] is String })
                }
                #expect(try await api.call(.get, "/api/v1/bodies/\(w.body)/reviews", as: w.sutton).status.isRefusal)
            }
        }
    }

    /// Vacancies, leaving, training, declarations and objections over HTTP.
    @Test func governorWritesReachTheRegister() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            let person = w.people[1]
            let leaver = try #require(try await register.appointments(bodyID: w.body).first { $0.personID == w.people[2] })
            let course = try await register.addCourse(title: "Induction", kind: .induction, provider: nil)
            try await Self.run(register) { api in
                // A vacancy opened, then filled by a new appointment.
                let opened =
                    "{\"body\": \"\(w.body)\", \"category\": \"parent\", \"opened\": \"2016-02-01\", \"reason\": \"resigned\"}"
                try await api.refuses(.post, "/api/v1/vacancies", [w.board, w.chair, w.sutton], opened)
                let badDate =
                    "{\"body\": \"\(w.body)\", \"category\": \"parent\", \"opened\": \"2016-02-30\", \"reason\": \"resigned\"}"
                #expect(try await api.call(.post, "/api/v1/vacancies", as: w.officer, badDate).status == .unprocessableContent)
                #expect(try await register.vacancies(bodyID: w.body).isEmpty)
                let vacancy = VacancyID(
                    try #require(
                        JSONShape.object(try await api.call(.post, "/api/v1/vacancies", as: w.officer, opened).json)["id"]
                            as? Int64))
                #expect(try await register.vacancy(vacancy).openedOn == Self.d("2016-02-01"))
                let newcomer = try await register.appoint(
                    NewAppointment(
                        appointee: .new(PersonName(forename1: "Nia", surname: "Newcomer")), bodyID: w.body,
                        category: .parent, startDate: Self.d("2016-03-14"), termYears: 4))
                let fill = "{\"appointment_id\": \(newcomer)}"
                try await api.refuses(.post, "/api/v1/vacancies/\(vacancy)/fill", [w.board, w.chair, w.sutton], fill)
                let filled = try await api.call(.post, "/api/v1/vacancies/\(vacancy)/fill", as: w.officer, fill)
                let stored = try await register.vacancy(vacancy)
                #expect(filled.status == .ok && stored.filledByAppointment == newcomer && stored.filledOn == Self.d("2016-03-14"))

                // A governor leaves; the appointment row stays, with its end.
                let end = "{\"on\": \"2016-03-31\", \"reason\": \"resigned\"}"
                try await api.refuses(.post, "/api/v1/appointments/\(leaver.id)/end", [w.board, w.chair, w.sutton], end)
                let ended = try await api.call(.post, "/api/v1/appointments/\(leaver.id)/end", as: w.officer, end)
                #expect(ended.status == .ok && JSONShape.object(ended.json)["ended_on"] as? String == "2016-03-31")
                let after = try await register.appointment(leaver.id)
                #expect(after.endedOn == Self.d("2016-03-31") && after.endedReason == "resigned")
                #expect(
                    try await api.call(.post, "/api/v1/appointments/\(leaver.id)/end", as: w.officer, end).status == .conflict)
                #expect(try await Self.lastAudit(register, "appointments").actor.hasPrefix("Olive Officer"))

                // Training, and a person's training record.
                let training = "{\"person_id\": \(person), \"course_id\": \(course), \"completed\": \"2015-03-01\"}"
                try await api.refuses(.post, "/api/v1/training", [w.board, w.chair, w.sutton], training)
                let trained = try await api.call(.post, "/api/v1/training", as: w.officer, training)
                #expect(trained.status == .created && JSONShape.object(trained.json)["id"] is Int64)
                let record = JSONShape.list(try await api.call(.get, "/api/v1/people/\(person)/training", as: w.officer).json)
                #expect(record.count == 1 && record.first?["completed_on"] as? String == "2015-03-01")
                #expect(JSONShape.object(record.first?["course"])["title"] as? String == "Induction")
                for token in [w.board, w.chair, w.sutton] {
                    #expect(try await api.call(.get, "/api/v1/people/\(person)/training", as: token).status.isRefusal)
                }

                // A new declaration: stored, and never copied into the audit trail.
                let declaration =
                    "{\"date\": \"2016-01-10\", \"sex\": \"male\", \"ethnicity\": \"caribbean\", \"collected_by\": \"online_form\"}"
                try await api.refuses(.post, "/api/v1/people/\(person)/diversity", [w.board, w.chair, w.sutton], declaration)
                let declared = try await api.call(.post, "/api/v1/people/\(person)/diversity", as: w.officer, declaration)
                #expect(declared.status == .created)
                let held = try await register.diversity(personID: person)
                #expect(held.declarations.count == 2 && held.declarations.contains { $0.ethnicity == .caribbean })
                let audit = try await Self.lastAudit(register, "diversity_declarations")
                #expect(audit.actor.hasPrefix("Olive Officer") && audit.after?.contains("caribbean") == false)
                let unknownGroup =
                    "{\"date\": \"2016-01-10\", \"sex\": \"male\", \"ethnicity\": \"martian\", \"collected_by\": \"other\"}"
                // Not one of the document's values: refused without echoing what was sent.
                let unknown = try await api.call(.post, "/api/v1/people/\(person)/diversity", as: w.officer, unknownGroup)
                #expect(unknown.status == .badRequest)
                #expect(!String(describing: unknown.json).contains("martian"))

                // A written objection: recorded; a later declaration is refused.
                let objection = "{\"date\": \"2016-02-01\"}"
                try await api.refuses(.post, "/api/v1/people/\(person)/objection", [w.board, w.chair, w.sutton], objection)
                let objected = try await api.call(.post, "/api/v1/people/\(person)/objection", as: w.officer, objection)
                #expect(objected.status == .created)
                #expect(try await register.diversity(personID: person).objectedOn == Self.d("2016-02-01"))
                let later = try await api.call(.post, "/api/v1/people/\(person)/diversity", as: w.officer, declaration)
                #expect(later.status == .unprocessableContent)
                // Withheld from every read after the objection, but still held until retention: two rows.
                #expect(try await register.diversity(personID: person).declarations.isEmpty)
                let rows = try await DatabaseProbe.count(
                    register, "SELECT count(*) FROM diversity_declarations WHERE person_id = \(person)")
                #expect(rows == 2)
            }
        }
    }
}
