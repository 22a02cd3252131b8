import Application
import Crypto
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import Logging
import Store

/// The browser front's plumbing (docs/web.md): who is signed in, form reading and CSRF, page
/// rendering, and errors as pages. The pages themselves (`WebSite+*.swift`) call the application
/// layer through the signed-in person's register, as the API's handlers do with a token's.
struct WebSite: Sendable {
    let deps: ServiceDependencies
    let templates: Result<WebTemplates, WebSetupError>

    /// The session cookie: HttpOnly, Secure (browsers accept it from http://localhost too),
    /// SameSite=Lax, for the whole site.
    static let sessionCookie = "govmon_session"
    /// The sign-in form's own token (double-submit), before there is a session.
    static let formCookie = "govmon_form"
    /// Minutes without a request after which a session ends.
    static let idleMinutes = 30

    struct WebSetupError: Error, CustomStringConvertible { var description: String }

    init(deps: ServiceDependencies) {
        self.deps = deps
        do {
            templates = .success(try WebTemplates(folder: deps.webFolder))
        } catch {
            templates = .failure(WebSetupError(description: "cannot read web/ under \(deps.webFolder): \(error)"))
        }
    }

    var accounts: Accounts { Accounts(register: deps.system, cost: deps.limits.passwordCost) }

    /// The signed-in person of a page request, with their register.
    struct SignedIn: Sendable {
        var session: WebSession
        var cookieSecret: String
        /// A page's one transaction (`WebRoutes`): every read of the page joins it, so the scope
        /// is set once and each read is one round trip.
        var transaction: Database?
        var identity: TokenIdentity { session.account.identity }
    }

    /// The live session the request's cookie names, or nil.
    func signedIn(_ request: Request) async throws -> SignedIn? {
        guard let secret = request.cookies[Self.sessionCookie]?.value, !secret.isEmpty, secret.count < 100 else { return nil }
        guard let session = try await accounts.session(secret, idleMinutes: Self.idleMinutes) else { return nil }
        return SignedIn(session: session, cookieSecret: secret)
    }

    /// The signed-in person's register: acting as them (the audit trail's actor), held by
    /// row-level security to their authorities.
    func register(for person: SignedIn) -> Register {
        if let transaction = person.transaction { return Register(transaction) }
        return Register(
            deps.database.acting(
                as: "\(person.session.account.email) (web, account \(person.session.account.id))", source: "govmon web"
            ).scoped(to: person.identity.scope))
    }

    // MARK: Forms

    /// The fields of a urlencoded form body (at most 64 kB); the first of a repeated name wins.
    /// Malformed percent-encoding is a 400, never a crash. A flat form of strings needs no decoder.
    static func form(_ request: Request) async throws -> [String: String] {
        let buffer = try await request.body.collect(upTo: 65_536)
        var fields: [String: String] = [:]
        for pair in String(buffer: buffer).split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) throws -> String {
                guard let value = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                    throw InputError.usage("The form could not be read (malformed encoding); go back and try again.")
                }
                return value
            }
            let name = try decoded(parts[0])
            if fields[name] == nil { fields[name] = parts.count > 1 ? try decoded(parts[1]) : "" }
        }
        return fields
    }

    /// The query's parameters.
    static func query(_ request: Request, _ name: String) -> String? {
        request.uri.queryParameters.get(name)
    }

    /// Whether two secrets are equal, in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    // MARK: Rendering

    /// What every page's layout needs beside its content.
    struct Layout {
        var title: String
        var user: User?
        var nav: [NavLink]
        var banner: String?
        var errors: [FieldError]
        var content: String

        struct User {
            var name: String
            var roleLabel: String
            var csrf: String
        }
    }

    struct NavLink {
        var href: String
        var label: String
        var current: Bool
    }

    /// A field's error, linked from the error summary.
    struct FieldError {
        var field: String
        var message: String
    }

    /// The sections a role's navigation offers.
    static func navigation(for identity: TokenIdentity?, current path: String) -> [NavLink] {
        guard let identity else { return [] }
        var links: [(String, String)] = []
        switch identity.role {
        case .officer:
            links = [("/dashboard", "Dashboard"), ("/bodies", "Bodies"), ("/people", "People"), ("/board", "Board reports")]
        case .dpo: links = [("/people", "People")]
        case .board: links = [("/board", "Board reports")]
        case .chair: links = [(PagePolicy.home(identity), "My governing body")]
        }
        return links.map { NavLink(href: $0.0, label: $0.1, current: $0.0 == path) }
    }

    static func roleLabel(_ role: ServiceRole) -> String {
        switch role {
        case .officer: "Governor Services officer"
        case .board: "MGA Board member"
        case .chair: "chair of governors"
        case .dpo: "data-protection officer"
        }
    }

    /// A whole page: `template` rendered with `view`, inside the layout.
    func page(
        _ status: HTTPResponse.Status = .ok, title: String, template: String, view: Any, person: SignedIn?, path: String,
        banner: String? = nil, errors: [FieldError] = [], headers: HTTPFields = [:]
    ) -> Response {
        guard case .success(let templates) = templates else { return setupFailure() }
        let user = person.map {
            Layout.User(
                name: $0.session.account.displayName, roleLabel: Self.roleLabel($0.identity.role), csrf: $0.session.csrfToken)
        }
        let layout = Layout(
            title: title, user: user, nav: Self.navigation(for: person?.identity, current: path), banner: banner,
            errors: errors, content: templates.render(view, template))
        return html(status, templates.render(layout, "layout"), headers: headers)
    }

    /// HTML with the pages' Content-Security-Policy: this site's stylesheet, no script at all,
    /// forms posting only here.
    func html(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        fields[.contentSecurityPolicy] = Self.contentSecurityPolicy
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// A 303 to `location` (after a post, and to send someone to sign in).
    static func redirect(_ location: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.location] = location
        return Response(status: .seeOther, headers: fields)
    }

    /// An error as a page in plain words: 403, 404, or 500 (logged, never shown).
    func errorPage(_ status: HTTPResponse.Status, person: SignedIn?, path: String, detail: String? = nil) -> Response {
        let (heading, message): (String, String) =
            switch status.code {
            case 403: ("You cannot open this page", detail ?? "Your account does not give you access to it.")
            case 404: ("Page not found", detail ?? "If you typed the web address, check it is correct.")
            case 400, 422: ("There is a problem with the request", detail ?? "Go back and try again.")
            case 429: ("Too many attempts", detail ?? "Wait a few minutes, then try again.")
            case 503: ("Sorry, the service is unavailable", "Try again in a few minutes.")
            default: ("Sorry, there is a problem with the service", "Try again later. The problem has been logged.")
            }
        struct View {
            var heading: String
            var message: String
        }
        return page(
            status, title: heading, template: "error", view: View(heading: heading, message: message), person: person,
            path: path)
    }

    private func setupFailure() -> Response {
        html(.internalServerError, "<!DOCTYPE html><html lang=\"en-GB\"><title>govmon</title><p>The pages are not installed.</p>")
    }

    /// The cookie that carries a session (or, with an empty value and maxAge 0, removes it).
    static func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: true, httpOnly: true, sameSite: .lax)
    }
}

extension HTTPFields {
    /// Adds a Set-Cookie field.
    mutating func setCookie(_ cookie: Cookie) {
        append(HTTPField(name: .setCookie, value: cookie.description))
    }
}
