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

    static func officer(_ context: ServiceContext, body: GoverningBody) throws -> TokenIdentity {
        let identity = try context.require(.officer)
        guard identity.mayRead(laCode: body.laCode) else { throw APIError.forbidden }
        return identity
    }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        typealias W = WriteRoutes
        api.post("bodies/:body/instruments") { request, context -> Response in
            let body = try await deps.register.body(try context.parameters.require("body"))
            let identity = try officer(context, body: body)
            let b = try await Query.body(request, as: InstrumentBody.self)
            let seats = try b.seats.map { s in
                SeatAllocation(
                    category: try W.value(
                        GovernorCategory(userInput: s.category), "seats.category", s.category,
                        expected: "a governor category"),
                    seats: s.seats, termYears: s.termYears)
            }
            let id = try await deps.register(for: identity).addInstrument(
                NewInstrument(
                    bodyID: body.id, madeOn: try W.value(try W.date(b.made, "made"), "made", b.made, expected: "YYYY-MM-DD"),
                    effectiveFrom: try W.value(
                        try W.date(b.effective, "effective"), "effective", b.effective, expected: "YYYY-MM-DD"),
                    regulations: b.regulations ?? 2012, headIsGovernor: b.headIsGovernor ?? true, note: b.note, seats: seats))
            return try JSON.response(["instrument_id": id], status: .created)
        }
        api.post("vacancies/:id/fill") { request, context -> Response in
            let identity = try context.require(.officer)
            let b = try await Query.body(request, as: FillBody.self)
            let register = deps.register(for: identity)
            let appointment = try await register.appointment(b.appointmentId)
            guard identity.mayRead(laCode: try await register.body(String(appointment.bodyID)).laCode) else {
                throw APIError.forbidden
            }
            try await register.fillVacancy(
                try context.parameters.require("id", as: Int64.self), with: b.appointmentId,
                on: try W.date(b.on, "on") ?? appointment.startDate)
            deps.responses.clear()
            return try JSON.response(["filled": true])
        }
        api.post("training") { request, context -> Response in
            let b = try await Query.body(request, as: TrainingBody.self)
            let identity = try await context.requireOfficer(forPerson: b.personId, deps.register)
            let id = try await deps.register(for: identity).recordTraining(
                personID: b.personId, courseID: b.courseId,
                completedOn: try W.value(try W.date(b.completed, "completed"), "completed", b.completed, expected: "YYYY-MM-DD"))
            return try JSON.response(["training_record_id": id], status: .created)
        }
        api.post("people/:person/diversity") { request, context -> Response in
            let person = try context.parameters.require("person", as: Int64.self)
            let identity = try await context.requireOfficer(forPerson: person, deps.register)
            let b = try await Query.body(request, as: DiversityBody.self)
            let id = try await deps.register(for: identity).recordDiversity(
                personID: person,
                on: try W.value(try W.date(b.date, "date"), "date", b.date, expected: "YYYY-MM-DD"),
                sex: try W.value(
                    DeclaredSex(userInput: b.sex), "sex", b.sex, expected: "female, male, prefer-not-to-say or not-asked"),
                ethnicity: try W.value(
                    Ethnicity2021(userInput: b.ethnicity), "ethnicity", b.ethnicity, expected: "a Census 2021 category"),
                collectedBy: try W.value(
                    CollectionMethod(userInput: b.collectedBy), "collected_by", b.collectedBy,
                    expected: "paper-form, online-form, interview or other"))
            deps.responses.clear()
            return try JSON.response(["declaration_id": id], status: .created)
        }
        api.post("people/:person/objection") { request, context -> Response in
            let person = try context.parameters.require("person", as: Int64.self)
            let identity = try await context.requireOfficer(forPerson: person, deps.register)
            let b = try await Query.body(request, as: DateBody.self)
            try await deps.register(for: identity).recordObjection(
                personID: person,
                on: try W.value(try W.date(b.date, "date"), "date", b.date, expected: "YYYY-MM-DD"))
            deps.responses.clear()
            return try JSON.response(["objection_recorded": true], status: .created)
        }
        api.post("schools") { request, context -> Response in
            let identity = try context.require(.officer)
            let b = try await Query.body(request, as: SchoolBody.self)
            let la = try await deps.register.localAuthority(b.la)
            guard identity.mayRead(laCode: la.code) else { throw APIError.forbidden }
            let body = try await deps.register(for: identity).addSchool(
                School(
                    urn: b.urn, laCode: la.code, establishmentNumber: b.number, name: b.name, phase: b.phase,
                    category: try W.value(
                        SchoolCategory(userInput: b.category), "category", b.category, expected: "a school category"),
                    foundationStatus: b.foundation.flatMap(FoundationStatus.init(userInput:)), status: "Open", ward: b.ward,
                    openDate: try W.date(b.opened, "opened")))
            return try JSON.response(["urn": Int64(b.urn), "body_id": body ?? 0], status: .created)
        }
        api.post("federations") { request, context -> Response in
            let identity = try context.require(.officer)
            let b = try await Query.body(request, as: FederationBody.self)
            // Every school must be in one of the token's authorities.
            for urn in b.schools {
                let school = try await deps.register.school(urn: urn).school
                guard identity.mayRead(laCode: school.laCode) else { throw APIError.forbidden }
            }
            let result = try await deps.register(for: identity).federate(
                name: b.name, urns: b.schools, on: try W.value(try W.date(b.from, "from"), "from", b.from, expected: "YYYY-MM-DD")
            )
            return try JSON.response(result, status: .created)
        }
        api.post("profiles") { request, context -> Response in
            let identity = try context.require(.officer)
            guard let source = Query.string(request, "source"), let date = try Query.date(request, "date") else {
                throw APIError(.badRequest, "source and date (YYYY-MM-DD) query parameters are required")
            }
            var request = request
            let buffer = try await request.collectBody(upTo: 64 << 20)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-profile-\(UUID().uuidString).csv")
                .path
            try Data(buffer: buffer).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let report = try await ProfileImport(register: deps.register(for: identity)).run(
                path: path, displayName: Query.string(request, "name") ?? "upload.csv", encoding: nil,
                source: ProfileSource(source: source, referenceDate: date))
            deps.responses.clear()
            return try JSON.response(["profiles": report.profiles.count], status: .created)
        }
        api.post("representativeness/snapshots") { request, context -> Response in
            let identity = try context.require(.officer)
            guard let date = try Query.date(request, "as_of") else { throw APIError(.badRequest, "as_of: expected YYYY-MM-DD") }
            let register = deps.register(for: identity)
            var stored = 0
            for la in try await register.localAuthorities() where identity.mayRead(laCode: la.code) {
                let groups: [RepresentedGroup] = [.women, .ethnicMinority(.notWhiteBritish), .ethnicMinority(.notWhite)]
                let inputs = try await register.representationInputs(laCode: la.code, asOf: date)
                let rows = RepresentationFigures.snapshotRows(
                    bodies: RepresentationFigures.bodies(inputs, groups: groups, bands: deps.settings.bands, asOf: date),
                    borough: RepresentationFigures.borough(
                        inputs, laCode: la.code, groups: groups, bands: deps.settings.bands,
                        asOf: date, since: nil))
                stored += try await register.storeSnapshots(rows.map(\.0), measures: rows.map(\.1))
            }
            return try JSON.response(["stored": stored], status: .created)
        }
        api.get("audit") { request, context -> Response in
            let identity = try context.require(.officer)
            // Audit entries are not tagged by authority (a person or a course spans several), so
            // the trail is for officers whose token covers every authority.
            guard identity.laCodes == nil else { throw APIError.forbidden }
            return try JSON.response(
                try await deps.register.audit(
                    table: Query.string(request, "table"), rowKey: Query.string(request, "row"),
                    limit: min(try Query.int(request, "limit") ?? 50, 1000)))
        }
    }
}
