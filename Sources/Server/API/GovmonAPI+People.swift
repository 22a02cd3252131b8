import APIContract
import Application
import Foundation
import Governance
import Store

/// People (officers only, within their authorities): a person with their appointments and
/// training, their diversity declarations and objection, DBS checks, subject access; and training
/// courses and records (`govmon governor show`, `diversity`, `dbs`, `person export`, `training`).
extension GovmonAPI {
    func getPeoplePerson(_ input: Operations.GetPeoplePerson.Input) async throws -> Operations.GetPeoplePerson.Output {
        let register = try register()
        let person = PersonID(input.path.person)
        let name = try await register.person(person)
        return .ok(
            .init(
                body: .json(
                    .init(
                        id: person.rawValue, name: name, appointments: try await register.appointments(personID: person),
                        training: try await register.training(personID: person)))))
    }

    func getPeoplePersonTraining(_ input: Operations.GetPeoplePersonTraining.Input) async throws
        -> Operations.GetPeoplePersonTraining.Output
    {
        let register = try register()
        _ = try await register.person(PersonID(input.path.person))
        return .ok(
            .init(
                body: .json(try await register.training(personID: PersonID(input.path.person)).map(Schemas.TrainingRecord.init))))
    }

    func getPeoplePersonDiversity(_ input: Operations.GetPeoplePersonDiversity.Input) async throws
        -> Operations.GetPeoplePersonDiversity.Output
    {
        // Who may read is AccessPolicy (the dpo role; officers when the setting allows); every
        // read is recorded with its reason before anything is answered.
        let (declarations, objectedOn) = try await register().readDeclarations(
            personID: PersonID(input.path.person), reason: input.query.reason, via: .api)
        let person = PersonID(input.path.person)
        return .ok(.init(body: .json(.init(id: person.rawValue, objectedOn: objectedOn, declarations: declarations))))
    }

    func postPeoplePersonDiversity(_ input: Operations.PostPeoplePersonDiversity.Input) async throws
        -> Operations.PostPeoplePersonDiversity.Output
    {
        // A value outside the document's enums is refused before this runs, without echoing it (a
        // mistyped declaration is still special category data): see `APIError.describe`.
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let id = try await people().recordDiversity(
            personID: PersonID(input.path.person), on: try bodyDate(b.date, "date"), sex: Wire.map(b.sex),
            ethnicity: Wire.map(b.ethnicity), collectedBy: Wire.map(b.collectedBy))
        return .created(.init(body: .json(.init(id: id))))
    }

    func postPeoplePersonObjection(_ input: Operations.PostPeoplePersonObjection.Input) async throws
        -> Operations.PostPeoplePersonObjection.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        try await people().recordObjection(personID: PersonID(input.path.person), on: try bodyDate(b.date, "date"))
        // The objection is recorded on the person: the id is theirs.
        return .created(.init(body: .json(.init(id: input.path.person))))
    }

    func postPeoplePersonDbsChecks(_ input: Operations.PostPeoplePersonDbsChecks.Input) async throws
        -> Operations.PostPeoplePersonDbsChecks.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let id = try await people().recordDBSCheck(
            personID: PersonID(input.path.person), appliedOn: try bodyDate(b.applied, "applied"),
            issuedOn: try bodyDate(b.issued, "issued"))
        return .created(.init(body: .json(.init(id: id))))
    }

    func getPeoplePersonExport(_ input: Operations.GetPeoplePersonExport.Input) async throws
        -> Operations.GetPeoplePersonExport.Output
    {
        let register = try register()
        let person = PersonID(input.path.person)
        _ = try await register.person(person)
        let export = try await register.inOneTransaction { register in
            try await register.recordDeclarationRead(personID: person, reason: input.query.reason, via: .api, what: "export")
            return try await register.personExport(personID: person)
        }
        guard let object = Schemas.FreeJSON(text: export) else {
            throw APIError(.internalServerError, "Something went wrong on the server; it has been logged.")
        }
        return .ok(.init(body: .json(object)))
    }

    func getCourses(_ input: Operations.GetCourses.Input) async throws -> Operations.GetCourses.Output {
        .ok(.init(body: .json(try await register().courses().map(Schemas.Course.init))))
    }

    func postCourses(_ input: Operations.PostCourses.Input) async throws -> Operations.PostCourses.Output {
        // Courses belong to no authority: any officer may add one.
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let id = try await people().addCourse(title: b.title, kind: Wire.map(b.kind), provider: b.provider)
        return .created(.init(body: .json(.init(id: id))))
    }

    func postTraining(_ input: Operations.PostTraining.Input) async throws -> Operations.PostTraining.Output {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let id = try await people().recordTraining(
            personID: PersonID(b.personId), courseID: b.courseId, completedOn: try bodyDate(b.completed, "completed"))
        return .created(.init(body: .json(.init(id: id))))
    }

    /// The people use case for the caller.
    private func people() throws -> PersonEntry { PersonEntry(register: try register(), today: deps.today) }
}
