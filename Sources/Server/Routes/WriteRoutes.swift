import Application
import Foundation
import Governance
import Hummingbird
import Interchange
import Reports
import Store

/// Writes officers make on the command line, over HTTP (and chairs' reviews of their own body).
/// Every write is audited with the token's owner as the actor.
enum WriteRoutes {
    struct NewAppointmentBody: Decodable {
        var body: String
        var personId: Int64?
        var title: String?
        var forename: String?
        var surname: String?
        var category: String
        var appointingBody: String?
        var role: String?
        var start: String
        var termEnd: String?
        var termYears: Int?
        var employedAtSchool: Bool?
        var fillsVacancy: Int64?
    }

    struct EndBody: Decodable {
        var on: String
        var reason: String
    }

    struct VacancyBody: Decodable {
        var body: String
        var category: String
        var opened: String
        var reason: String
        var note: String?
    }

    struct ReviewBody: Decodable {
        var chairAppointmentId: Int64
        var date: String
        var judgement: String
        var actions: String?
        var takenToBoard: String?
    }

    struct StageBody: Decodable {
        var stage: String
        var date: String
        var instrumentId: Int64?
        var note: String?
    }

    static func date(_ text: String?, _ field: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw APIError(.unprocessableContent, "\(field): expected YYYY-MM-DD, found \"\(text)\"")
        }
        return date
    }

    static func value<T>(_ parsed: T?, _ field: String, _ text: String, expected: String) throws -> T {
        guard let parsed else { throw APIError(.unprocessableContent, "\(field): expected \(expected), found \"\(text)\"") }
        return parsed
    }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        api.post("appointments") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let b = try await Query.body(request, as: NewAppointmentBody.self)
            let body = try await register.body(b.body)
            let appointee: AppointeeChoice
            if let person = b.personId {
                // Only a person the caller may already see: another authority's person is "not found".
                _ = try await register.person(person)
                appointee = .existing(personID: person)
            } else {
                guard let forename = b.forename, let surname = b.surname else {
                    throw APIError(.unprocessableContent, "give person_id, or forename and surname")
                }
                appointee = .new(PersonName(title: b.title, forename1: forename, surname: surname))
            }
            let id = try await register.appoint(
                NewAppointment(
                    appointee: appointee, bodyID: body.id,
                    category: try value(
                        GovernorCategory(userInput: b.category), "category", b.category, expected: "a governor category"),
                    appointingBody: b.appointingBody,
                    role: try value(
                        GovernorRole(userInput: b.role ?? "member"), "role", b.role ?? "", expected: "member, chair or vice-chair"
                    ),
                    startDate: try value(try date(b.start, "start"), "start", b.start, expected: "YYYY-MM-DD"),
                    termEnd: try date(b.termEnd, "term_end"), termYears: b.termYears,
                    employedAtSchool: b.employedAtSchool ?? false,
                    fillsVacancy: b.fillsVacancy))
            return try JSON.response(try await register.appointment(id), status: .created)
        }
        api.post("appointments/:id/end") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let id = try context.pathID("id")
            let b = try await Query.body(request, as: EndBody.self)
            _ = try await register.appointment(id)
            try await register.endAppointment(
                id, on: try value(try date(b.on, "on"), "on", b.on, expected: "YYYY-MM-DD"),
                reason: try value(EndReason(userInput: b.reason), "reason", b.reason, expected: "a reason such as resigned"))
            return try JSON.response(try await register.appointment(id))
        }
        api.post("vacancies") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let b = try await Query.body(request, as: VacancyBody.self)
            let body = try await register.body(b.body)
            let id = try await register.openVacancy(
                bodyID: body.id,
                category: try value(GovernorCategory(userInput: b.category), "category", b.category, expected: "a category"),
                openedOn: try value(try date(b.opened, "opened"), "opened", b.opened, expected: "YYYY-MM-DD"),
                reason: try value(VacancyReason(userInput: b.reason), "reason", b.reason, expected: "a vacancy reason"),
                note: b.note)
            return try JSON.response(["vacancy_id": id], status: .created)
        }
        api.post("bodies/:body/reconstitution-stages") { request, context -> Response in
            let (_, register, body) = try await context.body(deps)
            let b = try await Query.body(request, as: StageBody.self)
            let round = try await register.recordReconstitutionStage(
                bodyID: body.id, stage: try value(ReconstitutionStage(userInput: b.stage), "stage", b.stage, expected: "a stage"),
                on: try value(try date(b.date, "date"), "date", b.date, expected: "YYYY-MM-DD"), instrumentID: b.instrumentId,
                note: b.note)
            return try JSON.response(["reconstitution_id": round], status: .created)
        }
        api.post("bodies/:body/reviews") { request, context -> Response in
            let (_, register, body) = try await context.body(deps)
            let b = try await Query.body(request, as: ReviewBody.self)
            let reviewed = try value(try date(b.date, "date"), "date", b.date, expected: "YYYY-MM-DD")
            let id = try await ChairReviewRun(register: register, bands: deps.settings.bands).record(
                bodyID: body.id, chairAppointmentID: b.chairAppointmentId, reviewedOn: reviewed,
                judgement: try value(ReviewJudgement(userInput: b.judgement), "judgement", b.judgement, expected: "a judgement"),
                actions: b.actions, takenToBoardOn: try date(b.takenToBoard, "taken_to_board"))
            return try JSON.response(["chair_review_id": id], status: .created)
        }
        api.post("tracking/runs") { request, context -> Response in
            // A token for some authorities checks and resolves only their alerts (row-level security
            // limits what the run loads and what it may resolve).
            let register = deps.register(for: try context.caller())
            let outcome = try await TrackingRunner(register: register, thresholds: deps.tracking)
                .run(asOf: try Query.date(request, "as_of") ?? deps.today)
            return try JSON.response(outcome.result, status: .created)
        }
        api.post("imports/:kind") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let name = try context.pathParameter("kind")
            guard let kind = ImportRun.Extract(rawValue: name) else {
                throw APIError(.notFound, "no importer \"\(name)\"; use gias or schools")
            }
            let upload = try await Upload.receive(request, limit: deps.limits.uploadBytes, prefix: "govmon-upload")
            defer { upload.remove() }
            let options = ImportOptions(skipInvalid: false, rejectsPath: upload.path + ".rejects.csv", today: deps.today)
            let report = try await ImportRun(register: register).extract(
                kind, path: upload.path, displayName: Query.string(request, "name") ?? "upload.csv", encoding: nil,
                options: options)
            return try JSON.response(report, status: .created)
        }
    }
}
