import Foundation
import Governance
import Hummingbird
import Store

/// People (officers only, within their authorities): a person with their appointments and
/// training, their diversity declarations, and DBS checks (`governor show`, `diversity show`,
/// `dbs record`).
enum PeopleRoutes {
    struct DBSBody: Decodable {
        var applied: String
        var issued: String?
    }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        typealias W = WriteRoutes
        api.get("people/:person") { _, context -> Response in
            let register = deps.register(for: try context.caller())
            let person = try context.pathID("person")
            return try JSON.response(
                PersonDetail(
                    personID: person, name: try await register.person(person),
                    appointments: try await register.appointments(personID: person),
                    training: try await register.training(personID: person)))
        }
        api.get("people/:person/diversity") { _, context -> Response in
            let register = deps.register(for: try context.caller())
            let person = try context.pathID("person")
            _ = try await register.person(person)
            let (declarations, objectedOn) = try await register.diversity(personID: person)
            return try JSON.response(PersonDiversity(personID: person, objectedOn: objectedOn, declarations: declarations))
        }
        api.post("people/:person/dbs-checks") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let person = try context.pathID("person")
            _ = try await register.person(person)
            let b = try await Query.body(request, as: DBSBody.self)
            let id = try await register.recordDBSCheck(
                personID: person, appliedOn: try W.requiredDate(b.applied, "applied"),
                issuedOn: try W.date(b.issued, "issued"))
            return try JSON.response(["dbs_check_id": id], status: .created)
        }
    }
}

/// A person as `govmon governor show` shows them.
struct PersonDetail: Encodable {
    var personID: Int64
    var name: PersonName
    var appointments: [Appointment]
    var training: [TrainingRecord]

    enum CodingKeys: String, CodingKey {
        case personID = "person_id", name, appointments, training
    }
}

/// A person's diversity declarations (special category data) and any written objection.
struct PersonDiversity: Encodable {
    var personID: Int64
    var objectedOn: CalendarDate?
    var declarations: [DiversityDeclaration]

    enum CodingKeys: String, CodingKey {
        case personID = "person_id", objectedOn = "objected_on", declarations
    }
}
