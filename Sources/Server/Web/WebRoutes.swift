import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Store

/// One page request as a page handler sees it: the signed-in person (when there is one), the
/// form posted (CSRF already checked), and the path.
struct PageRequest: Sendable {
    var request: Request
    var context: ServiceContext
    var person: WebSite.SignedIn?
    var form: [String: String]
    var path: String

    /// The signed-in person of a page that `PagePolicy` keeps to roles (always there).
    var signedIn: WebSite.SignedIn {
        guard let person else { preconditionFailure("PagePolicy lets no one in unsigned here") }
        return person
    }

    func parameter(_ name: String) -> String { context.parameters.get(name) ?? "" }

    /// A form field with its surrounding spaces removed ("" when absent).
    func field(_ name: String) -> String { (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
}

extension WebSite {
    /// Registers every page and form of the browser front on `router`, each through `PagePolicy`.
    func register(on router: Router<ServiceContext>) {
        add(router, .get, "/") { site, page in
            .init(status: .seeOther, headers: [.location: page.person.map { PagePolicy.home($0.identity) } ?? "/sign-in"])
        }
        add(router, .get, "/assets/govmon.css") { site, _ in site.stylesheet() }
        add(router, .get, "/sign-in") { site, page in site.signInPage(page) }
        add(router, .post, "/sign-in") { site, page in try await site.signIn(page) }
        add(router, .post, "/sign-out") { site, page in try await site.signOut(page) }
        add(router, .get, "/invitations/:secret") { site, page in try await site.invitationPage(page) }
        add(router, .post, "/invitations/:secret") { site, page in try await site.acceptInvitation(page) }
        add(router, .get, "/diversity/:secret") { site, page in try await site.diversityPage(page) }
        add(router, .post, "/diversity/:secret") { site, page in try await site.submitDiversity(page) }
        add(router, .get, "/candidate-monitoring/:secret") { site, page in try await site.candidateMonitoringPage(page) }
        add(router, .post, "/candidate-monitoring/:secret") { site, page in try await site.submitCandidateMonitoring(page) }
        add(router, .get, "/skills/:secret") { site, page in try await site.skillsFormPage(page) }
        add(router, .post, "/skills/:secret") { site, page in try await site.submitSkillsForm(page) }
        add(router, .get, "/bodies/:body") { site, page in try await site.bodyPage(page) }
        add(router, .post, "/bodies/:body/reviews") { site, page in try await site.recordReview(page) }
        add(router, .get, "/board") { site, page in try await site.boardPage(page) }
        add(router, .get, "/board/report") { site, page in try await site.boardReport(page) }
        add(router, .get, "/dashboard") { site, page in try await site.dashboard(page) }
        add(router, .get, "/bodies") { site, page in try await site.bodiesPage(page) }
        add(router, .post, "/alerts/:id/acknowledge") { site, page in try await site.acknowledgeAlert(page) }
        add(router, .get, "/people") { site, page in try await site.peoplePage(page) }
        add(router, .get, "/people/:person") { site, page in try await site.personPage(page) }
        add(router, .post, "/people/:person/declarations") { site, page in try await site.readDeclarations(page) }
        add(router, .post, "/people/:person/diversity-link") { site, page in try await site.makeDiversityLink(page) }
        add(router, .post, "/people/:person/skills-link") { site, page in try await site.makeSkillsLink(page) }
        add(router, .post, "/bodies/:body/appointments") { site, page in try await site.appoint(page) }
        add(router, .post, "/bodies/:body/appointments/end") { site, page in try await site.endAppointment(page) }
        add(router, .post, "/bodies/:body/vacancies") { site, page in try await site.openVacancy(page) }
        add(router, .post, "/bodies/:body/vacancies/fill") { site, page in try await site.fillVacancy(page) }
        add(router, .post, "/bodies/:body/vacancies/skills") { site, page in try await site.tagVacancySkill(page) }
        add(router, .post, "/bodies/:body/vacancies/skills/remove") { site, page in try await site.untagVacancySkill(page) }
        add(router, .get, "/bodies/:body/history") { site, page in try await site.bodyHistory(page) }
        add(router, .post, "/people/:person/training") { site, page in try await site.recordTraining(page) }
        add(router, .post, "/training/:id/void") { site, page in try await site.voidTraining(page) }
        add(router, .get, "/appointments/:id") { site, page in try await site.appointmentPage(page) }
        add(router, .post, "/appointments/:id/correct") { site, page in try await site.correctAppointment(page) }
        add(router, .post, "/appointments/:id/void") { site, page in try await site.voidAppointment(page) }
    }

    private func add(
        _ router: Router<ServiceContext>, _ method: HTTPRequest.Method, _ pattern: String,
        _ handler: @escaping @Sendable (WebSite, PageRequest) async throws -> Response
    ) {
        let key = "\(method.rawValue) \(pattern)"
        guard let roles = PagePolicy.rules[key] else { preconditionFailure("PagePolicy has no rule for \(key)") }
        router.on(RouterPath(pattern), method: method) { request, context in
            await self.handle(request, context, roles: roles, handler)
        }
    }

    /// Checks who is signed in against the route's roles and a form's CSRF token, then runs the
    /// page; any error becomes a page in plain words.
    private func handle(
        _ request: Request, _ context: ServiceContext, roles: Set<ServiceRole>?,
        _ handler: @Sendable (WebSite, PageRequest) async throws -> Response
    ) async -> Response {
        let path = request.uri.path
        var person: SignedIn?
        do {
            person = try await signedIn(request)
            let form = request.method == .post ? try await Self.form(request) : [:]
            if let roles {
                guard let person else { return signInFirst(request, form: form) }
                guard roles.contains(person.identity.role) else { return errorPage(.forbidden, person: person, path: path) }
                if request.method == .post, !Self.same(form["csrf"] ?? "", person.session.csrfToken) {
                    context.logger.warning("form refused: no valid CSRF token", metadata: ["path": "\(path)"])
                    return errorPage(
                        .forbidden, person: person, path: path,
                        detail: "The form was not sent from this session's page. Go back, reload the page and try again.")
                }
            }
            // A page (a GET, not a download) reads in one transaction: the authority scope is set
            // once instead of around each of its dozen reads (docs/web.md, "Speed").
            if let signed = person, request.method == .get, !Self.downloads.contains(path) {
                return try await register(for: signed).database.inOneTransaction { transaction in
                    var joined = signed
                    joined.transaction = transaction
                    return try await handler(
                        self, PageRequest(request: request, context: context, person: joined, form: form, path: path))
                }
            }
            return try await handler(
                self, PageRequest(request: request, context: context, person: person, form: form, path: path))
        } catch {
            let problem = APIError.from(error)
            if problem.status.code >= 500 {
                context.logger.error(
                    "page failed", metadata: ["path": "\(path)", "error": "\(String(reflecting: error))"])
            }
            let detail = [400, 409, 422].contains(problem.status.code) ? problem.detail : nil
            return errorPage(problem.status, person: person, path: path, detail: detail)
        }
    }

    /// Someone not signed in (or whose session ended) asks for a page: a GET goes to sign-in and
    /// back; a form posted after the session ended is kept, and offered again after sign-in.
    private func signInFirst(_ request: Request, form: [String: String]) -> Response {
        guard request.method == .post else {
            let target = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            return Self.redirect("/sign-in?next=" + Self.percentEncoded(target))
        }
        var kept = form
        kept["csrf"] = nil
        let back = Self.formPage(forPost: request.uri.path)
        return signInPage(
            next: back, resume: Self.encodedQuery(kept), email: "", error: nil,
            banner: "Your session ended, so what you typed has not been saved yet. Sign in to carry on: it is kept.",
            status: .unauthorized)
    }

    func stylesheet() -> Response {
        guard case .success(let templates) = templates else { return errorPage(.internalServerError, person: nil, path: "/") }
        return Response(
            status: .ok,
            headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: templates.stylesheet)))
    }

    /// Routes that print a file (a PDF takes seconds): outside a page's transaction, so that no
    /// connection is held while Chromium prints.
    static let downloads: Set<String> = ["/board/report"]

    /// The page a form posted to `path` sits on (`/bodies/3/reviews` is on `/bodies/3`).
    static func formPage(forPost path: String) -> String {
        for suffix in [
            "/reviews", "/appointments/end", "/appointments", "/vacancies/fill", "/vacancies/skills/remove",
            "/vacancies/skills", "/vacancies", "/training", "/diversity-link", "/skills-link", "/declarations",
        ] where path.hasSuffix(suffix) {
            return String(path.dropLast(suffix.count))
        }
        if path.hasPrefix("/alerts/") { return "/dashboard" }
        if path.hasPrefix("/appointments/"), let slash = path.lastIndex(of: "/"),
            slash > path.index(path.startIndex, offsetBy: 13)
        {
            return String(path[..<slash])
        }
        return "/"
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/"))) ?? ""
    }

    static func encodedQuery(_ fields: [String: String]) -> String {
        fields.sorted { $0.key < $1.key }.map { percentEncoded($0.key) + "=" + percentEncoded($0.value) }
            .joined(separator: "&")
    }
}
