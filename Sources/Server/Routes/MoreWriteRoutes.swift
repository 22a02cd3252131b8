import Application
import Foundation
import Governance
import Hummingbird
import Reports
import Store

/// The rest of the officers' writes: instruments, vacancies filled, training, diversity
/// declarations and objections, schools, federations, profiles, snapshots; and the audit trail.
enum MoreWriteRoutes {
    struct InstrumentBody: Decodable {
        struct Seat: Decodable {
            var category: String
            var seats: Int
            var termYears: Int?
        }
        var made: String
        var effective: String
        var regulations: Int?
        var headIsGovernor: Bool?
        var note: String?
        var seats: [Seat]
    }

    struct FillBody: Decodable {
        var appointmentId: Int64
        var on: String?
    }

    struct TrainingBody: Decodable {
        var personId: Int64
        var courseId: Int64
        var completed: String
    }

    struct DiversityBody: Decodable {
        var date: String
        var sex: String
        var ethnicity: String
        var collectedBy: String
    }

    struct DateBody: Decodable { var date: String }

    struct WithdrawBody: Decodable {
        var on: String
        var reason: String
    }

    struct SchoolBody: Decodable {
        var urn: Int
        var la: String
        var number: Int
        var name: String
        var category: String
        var foundation: String?
        var phase: String?
        var ward: String?
        var opened: String?
    }

    struct FederationBody: Decodable {
        var name: String
        var schools: [Int]
        var from: String
    }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        typealias W = WriteRoutes
        api.post("bodies/:body/instruments") { request, context -> Response in
            let (_, register, body) = try await context.body(deps)
            let b = try await Query.body(request, as: InstrumentBody.self)
            let seats = try b.seats.map { s in
                SeatAllocation(
                    category: try W.value(
                        GovernorCategory(userInput: s.category), "seats.category", s.category,
                        expected: "a governor category"),
                    seats: s.seats, termYears: s.termYears)
            }
            let id = try await register.addInstrument(
                NewInstrument(
                    bodyID: body.id, madeOn: try W.value(try W.date(b.made, "made"), "made", b.made, expected: "YYYY-MM-DD"),
                    effectiveFrom: try W.value(
                        try W.date(b.effective, "effective"), "effective", b.effective, expected: "YYYY-MM-DD"),
                    regulations: b.regulations ?? 2012, headIsGovernor: b.headIsGovernor ?? true, note: b.note, seats: seats))
            return try JSON.response(["instrument_id": id], status: .created)
        }
        api.post("vacancies/:id/fill") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let b = try await Query.body(request, as: FillBody.self)
            let vacancy = try await register.vacancy(try context.pathID("id"))
            let appointment = try await register.appointment(b.appointmentId)
            try await register.fillVacancy(vacancy.id, with: appointment.id, on: try W.date(b.on, "on") ?? appointment.startDate)
            return try JSON.response(["filled": true])
        }
        api.post("training") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let b = try await Query.body(request, as: TrainingBody.self)
            _ = try await register.person(b.personId)
            let id = try await register.recordTraining(
                personID: b.personId, courseID: b.courseId,
                completedOn: try W.value(try W.date(b.completed, "completed"), "completed", b.completed, expected: "YYYY-MM-DD"))
            return try JSON.response(["training_record_id": id], status: .created)
        }
        api.post("people/:person/diversity") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let person = try context.pathID("person")
            _ = try await register.person(person)
            let b = try await Query.body(request, as: DiversityBody.self)
            // Declared values are never echoed in an error: a mistyped one is still special category data.
            guard let sex = DeclaredSex(userInput: b.sex) else {
                throw APIError(.unprocessableContent, "sex: expected female, male, prefer-not-to-say or not-asked")
            }
            guard let ethnicity = Ethnicity2021(userInput: b.ethnicity) else {
                throw APIError(.unprocessableContent, "ethnicity: expected a Census 2021 category (see the OpenAPI document)")
            }
            let id = try await register.recordDiversity(
                personID: person,
                on: try W.value(try W.date(b.date, "date"), "date", b.date, expected: "YYYY-MM-DD"),
                sex: sex, ethnicity: ethnicity,
                collectedBy: try W.value(
                    CollectionMethod(userInput: b.collectedBy), "collected_by", b.collectedBy,
                    expected: "paper-form, online-form, interview or other"))
            return try JSON.response(["declaration_id": id], status: .created)
        }
        api.post("people/:person/objection") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let person = try context.pathID("person")
            _ = try await register.person(person)
            let b = try await Query.body(request, as: DateBody.self)
            try await register.recordObjection(
                personID: person, on: try W.value(try W.date(b.date, "date"), "date", b.date, expected: "YYYY-MM-DD"))
            return try JSON.response(["objection_recorded": true], status: .created)
        }
        api.post("schools") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let b = try await Query.body(request, as: SchoolBody.self)
            let la = try await register.localAuthority(b.la)
            let body = try await register.addSchool(
                School(
                    urn: b.urn, laCode: la.code, establishmentNumber: b.number, name: b.name, phase: b.phase,
                    category: try W.value(
                        SchoolCategory(userInput: b.category), "category", b.category, expected: "a school category"),
                    foundationStatus: b.foundation.flatMap(FoundationStatus.init(userInput:)), status: "Open", ward: b.ward,
                    openDate: try W.date(b.opened, "opened")))
            return try JSON.response(["urn": Int64(b.urn), "body_id": body ?? 0], status: .created)
        }
        api.post("federations") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let b = try await Query.body(request, as: FederationBody.self)
            // Every school must be within the caller's authorities (another's is not found).
            for urn in b.schools { _ = try await register.school(urn: urn) }
            let result = try await register.federate(
                name: b.name, urns: b.schools, on: try W.value(try W.date(b.from, "from"), "from", b.from, expected: "YYYY-MM-DD")
            )
            return try JSON.response(result, status: .created)
        }
        api.post("profiles") { request, context -> Response in
            let identity = try context.caller()
            let register = deps.register(for: identity)
            guard let source = Query.string(request, "source"), let date = try Query.date(request, "date") else {
                throw APIError(.badRequest, "source and date (YYYY-MM-DD) query parameters are required")
            }
            let la = try await Query.string(request, "la").asyncMap { try await register.localAuthority($0).code }
            let upload = try await Upload.receive(request, limit: deps.limits.uploadBytes, prefix: "govmon-profile")
            defer { upload.remove() }
            let report = try await ImportRun(register: register).profiles(
                path: upload.path, displayName: Query.string(request, "name") ?? "upload.csv", encoding: nil,
                source: ProfileSource(source: source, referenceDate: date), owner: ProfileOwner(laCode: la, scope: identity.scope)
            )
            return try JSON.response(["profiles": report.profiles.count], status: .created)
        }
        api.post("profiles/:profile/withdraw") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let profile = try await register.profile(try context.pathParameter("profile"))
            let b = try await Query.body(request, as: WithdrawBody.self)
            try await register.withdrawProfile(
                profile.id, on: try W.value(try W.date(b.on, "on"), "on", b.on, expected: "YYYY-MM-DD"), reason: b.reason)
            return try JSON.response(["withdrawn": profile.id])
        }
        api.post("representativeness/snapshots") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            guard let date = try Query.date(request, "as_of") else { throw APIError(.badRequest, "as_of: expected YYYY-MM-DD") }
            let outcome = try await SnapshotRun(register: register, bands: deps.settings.bands).take(asOf: date)
            return try JSON.response(["stored": outcome.stored], status: .created)
        }
        api.get("audit") { request, context -> Response in
            // Audit entries are not tagged by authority (a person or a course spans several), so
            // the trail is for tokens covering every authority (AccessPolicy).
            let register = deps.register(for: try context.caller())
            return try JSON.response(
                try await register.audit(
                    table: Query.string(request, "table"), rowKey: Query.string(request, "row"),
                    limit: min(max(try Query.int(request, "limit") ?? 50, 1), 1000)))
        }
    }
}
