import Application
import Foundation
import Governance
import Hummingbird
import Store

/// An officer's pages: the dashboard of open alerts with their triage, bodies with search, and a
/// person's page (whether they have declared, never what; the self-service link).
extension WebSite {
    func dashboard(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let triage = AlertTriage(register: register(for: person), today: deps.today)
        let open = try await triage.list(AlertFilter(states: [.open]))
        let check = Self.query(page.request, "check").flatMap { $0.isEmpty ? nil : $0 }
        struct Check {
            var check: String
            var count: Int
        }
        struct Row {
            var id: Int64
            var message: String
            var bodyName: String
            var bodyHref: String?
            var due: String
            var csrf: String
        }
        struct Review {
            var bodyID: Int64
            var body: String
            var date: String
            var judgement: String
        }
        struct Overdue {
            var id: Int64
            var name: String
            var state: String
        }
        struct View {
            var asOf: String
            var reconstituted: Int
            var inProgress: Int
            var notStarted: Int
            var overdue: [Overdue]
            var reviews: [Review]
            var checks: [Check]
            var check: String?
            var alerts: [Row]
            var shown: Int
            var total: Int
        }
        let counts = Dictionary(grouping: open, by: \.check).map { Check(check: $0.key, count: $0.value.count) }
            .sorted { ($0.count, $1.check) > ($1.count, $0.check) }
        let listed = open.filter { check == nil || $0.check == check }
            .sorted { ($0.dueOn ?? .distantFuture, $0.id) < ($1.dueOn ?? .distantFuture, $1.id) }
        let rows = listed.prefix(50).map {
            Row(
                id: $0.id, message: $0.message, bodyName: $0.bodyName ?? "", bodyHref: $0.bodyID.map { "/bodies/\($0.rawValue)" },
                due: $0.dueOn?.iso ?? "", csrf: person.session.csrfToken)
        }
        let reviews = try await register(for: person).chairReviews().sorted { ($0.reviewedOn, $0.id) > ($1.reviewedOn, $1.id) }
            .prefix(10).map {
                Review(
                    bodyID: $0.bodyID.rawValue, body: $0.bodyName, date: $0.reviewedOn.iso,
                    judgement: BodyView.judgementLabel($0.judgement))
            }
        // Reconstitution under the 2012 regulations (the deadline of docs/constitution.md), the
        // same overview `reconstitution status` and the board report read.
        let overview = try await register(for: person).reconstitutionOverview(
            laCode: nil, asOf: deps.today, deadline: deps.tracking.reconstitutionDeadline)
        var progress = (reconstituted: 0, inProgress: 0, notStarted: 0)
        for body in overview {
            switch body.state {
            case .reconstituted: progress.reconstituted += 1
            case .inProgress: progress.inProgress += 1
            case .notStarted: progress.notStarted += 1
            }
        }
        let overdue = overview.filter { $0.state.isOverdue }.sorted { $0.bodyName < $1.bodyName }.map { body -> Overdue in
            let state: String
            switch body.state {
            case .inProgress(let stage, let since, _):
                state = "in progress: \(stage.rawValue.replacingOccurrences(of: "_", with: " ")) since \(since.iso)"
            default: state = "not started"
            }
            return Overdue(id: body.bodyID.rawValue, name: body.bodyName, state: state)
        }
        let view = View(
            asOf: deps.today.iso, reconstituted: progress.reconstituted, inProgress: progress.inProgress,
            notStarted: progress.notStarted, overdue: overdue, reviews: Array(reviews), checks: counts, check: check,
            alerts: rows,
            shown: rows.count,
            total: listed.count)
        let banner = Self.query(page.request, "acknowledged").map { "Alert \($0) acknowledged." }
        return self.page(title: "Dashboard", template: "dashboard", view: view, person: person, path: page.path, banner: banner)
    }

    func acknowledgeAlert(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        guard let id = Int64(page.parameter("id")) else { throw StoreError.notFound("no alert \(page.parameter("id"))") }
        let reason = page.field("reason")
        guard !reason.isEmpty else {
            throw InputError.usage("Enter why the alert can wait, then acknowledge it again")
        }
        let acted = try await AlertTriage(register: register(for: person), today: deps.today)
            .act(.acknowledge(reason: reason), on: AlertFilter(ids: [id]))
        if acted.isEmpty { throw StoreError.notFound("no open alert \(id)") }
        return Self.redirect("/dashboard?acknowledged=\(id)")
    }

    /// Bodies in reach, by name, with their open vacancies and open alerts on today's date;
    /// filtered by a name fragment, the authority, and whether a body has open vacancies or alerts.
    func bodiesPage(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let register = register(for: person)
        let query = (Self.query(page.request, "q") ?? "").trimmingCharacters(in: .whitespaces)
        let laFilter = Int(Self.query(page.request, "la") ?? "")
        let withVacancies = Self.query(page.request, "vacancies") == "yes"
        let withAlerts = Self.query(page.request, "alerts") == "yes"
        let authorities = try await register.localAuthorities()
        let names = Dictionary(uniqueKeysWithValues: authorities.map { ($0.code, $0.name) })
        let vacancies = Dictionary(grouping: try await register.vacancies(openOn: deps.today), by: \.bodyID)
        let alerts = Dictionary(grouping: try await register.alerts(openOnly: true).filter { $0.bodyID != nil }) { $0.bodyID! }
        let bodies = try await register.bodies().filter { body in
            (query.isEmpty || body.name.localizedCaseInsensitiveContains(query)) && (laFilter.map { body.laCode == $0 } ?? true)
                && (!withVacancies || vacancies[body.id] != nil) && (!withAlerts || alerts[body.id] != nil)
        }.sorted { $0.name < $1.name }
        struct Row {
            var id: Int64
            var name: String
            var la: String
            var schools: Int
            var vacancies: Int
            var alerts: Int
        }
        struct Authority {
            var code: Int
            var name: String
            var selected: Bool
        }
        struct View {
            var query: String
            var hasQuery: Bool
            var authorities: [Authority]
            var manyAuthorities: Bool
            var withVacancies: Bool
            var withAlerts: Bool
            var filtered: Bool
            var bodies: [Row]
        }
        let view = View(
            query: query, hasQuery: !query.isEmpty,
            authorities: authorities.map { Authority(code: $0.code, name: $0.name, selected: $0.code == laFilter) },
            manyAuthorities: authorities.count > 1, withVacancies: withVacancies, withAlerts: withAlerts,
            filtered: laFilter != nil || withVacancies || withAlerts,
            bodies: bodies.map {
                Row(
                    id: $0.id.rawValue, name: $0.name, la: names[$0.laCode] ?? "", schools: $0.schoolURNs.count,
                    vacancies: vacancies[$0.id]?.count ?? 0, alerts: alerts[$0.id]?.count ?? 0)
            })
        return self.page(title: "Governing bodies", template: "bodies", view: view, person: person, path: page.path)
    }

    func personPage(
        _ page: PageRequest, id given: PersonID? = nil, link: String? = nil, skillsLink: String? = nil,
        errors: [FieldError] = [], declarations: [DeclarationRow]? = nil
    ) async throws -> Response {
        let person = page.signedIn
        let register = register(for: person)
        let id = try given ?? personID(page)
        let name = try await register.person(id)
        let appointments = try await register.appointments(personID: id)
        let diversity = try await register.diversity(personID: id)
        // Whether, never what: the values stay in the declarations table.
        let declaration: String
        if let objected = diversity.objectedOn {
            declaration = "Objected on \(objected.iso) to the use of their diversity data"
        } else if let last = diversity.declarations.last {
            declaration = "Declared (last on \(last.recordedOn.iso))"
        } else {
            declaration = "Not declared"
        }
        struct Row {
            var id: Int64
            var label: String
            var bodyID: Int64
            var body: String
            var category: String
            var start: String
            var termEnd: String
            var ended: String
        }
        struct Training {
            var id: Int64
            var course: String
            var kind: String
            var date: String
            var csrf: String
        }
        struct Course {
            var id: Int64
            var title: String
        }
        struct Serving {
            var label: String
            var body: String
        }
        struct View {
            var id: Int64
            var label: String
            var training: [Training]
            var courses: [Course]
            var today: String
            var trainingError: String?
            var name: String
            var declaration: String
            var appointments: [Row]
            var link: String?
            var linkDays: Int
            var csrf: String
            var isOfficer: Bool
            var isDPO: Bool
            var declarations: [DeclarationRow]
            var readDone: Bool
            var reasonError: String?
            var serving: [Serving]
            var skillsLink: String?
            var skillsLinkDays: Int
            var skillsError: String?
        }
        let training = try await register.training(personID: id).sorted { $0.completedOn > $1.completedOn }.map {
            Training(
                id: $0.id, course: $0.course.title, kind: $0.course.kind.rawValue.replacingOccurrences(of: "_", with: " "),
                date: $0.completedOn.iso, csrf: person.session.csrfToken)
        }
        let view = View(
            id: id.rawValue, label: id.labelled, training: training,
            courses: try await register.courses().map { Course(id: $0.id, title: $0.title) }, today: deps.today.iso,
            trainingError: errors.first { $0.field == "course" }?.message, name: name.display, declaration: declaration,
            appointments: appointments.map {
                Row(
                    id: $0.id.rawValue, label: $0.id.labelled, bodyID: $0.bodyID.rawValue, body: $0.bodyName,
                    category: $0.category.label, start: $0.startDate.iso,
                    termEnd: $0.termEnd?.iso ?? "", ended: $0.endedOn?.iso ?? "")
            }, link: link, linkDays: DiversitySelfService.linkDays, csrf: person.session.csrfToken,
            isOfficer: person.identity.role == .officer, isDPO: person.identity.role == .dpo, declarations: declarations ?? [],
            readDone: declarations != nil,
            reasonError: errors.first { $0.field == "reason" }?.message,
            serving: appointments.filter { $0.serves(on: deps.today) }.map {
                Serving(label: $0.id.labelled, body: "\($0.bodyName), \($0.category.label) (\($0.id.labelled))")
            }, skillsLink: skillsLink, skillsLinkDays: SkillsAudit.linkDays,
            skillsError: errors.first { $0.field == "skills_appointment" }?.message)
        var banner = link == nil && skillsLink == nil ? nil : "A one-time link has been made."
        if Self.query(page.request, "trained") != nil { banner = "The training has been recorded." }
        if let voided = Self.query(page.request, "voided") { banner = "Training record \(voided) is void; its history keeps it." }
        return self.page(
            errors.isEmpty ? .ok : .unprocessableContent, title: name.display, template: "person", view: view, person: person,
            path: "/people/\(id.rawValue)", banner: banner, errors: errors)
    }

    func makeDiversityLink(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let id = try personID(page)
        let path = try await DiversitySelfService(register: register(for: person), today: deps.today).invite(id)
        let origin = page.request.head.authority.map { "http://\($0)" } ?? ""
        return try await personPage(page, link: origin + path)
    }
}

extension CalendarDate {
    /// Later than any date a record holds, for sorting undated items last.
    static let distantFuture = CalendarDate(iso: "9999-12-31")!
}
