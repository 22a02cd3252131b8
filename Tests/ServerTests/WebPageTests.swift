import Application
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import TestSupport
import Testing

/// The browser front in process (docs/web.md): every page route as every role and as no one, an
/// object outside the account's reach, forms without their CSRF token, fixated and expired
/// sessions, sign-in throttling, invitations, and the self-service monitoring form. The flows in a
/// real browser are tests/browser (Chromium, axe-core).
@Suite(.serialized) struct WebPageTests {
    static let password = "correct horse battery staple"

    /// Accounts for Merton's officer, board member and chair (the chair of Merton's body).
    static func accounts(_ register: Register, _ w: TwoAuthorities) async throws {
        let accounts = Accounts(register: register, cost: 10)
        for (email, role, body) in [
            ("officer@merton.example", ServiceRole.officer, nil), ("board@merton.example", .board, nil),
            ("chair@merton.example", .chair, Optional(w.merton.body)), ("dpo@merton.example", .dpo, nil),
        ] {
            let (_, path) = try await accounts.invite(
                email: email, name: "Test \(role.rawValue)", role: role, bodyID: body, laCodes: role == .chair ? nil : [315])
            #expect(try await accounts.accept(invitation: String(path.dropFirst("/invitations/".count)), password: password))
        }
    }

    /// Runs `test` with the service in process over two authorities and the three accounts.
    static func withSite(_ test: @Sendable @escaping (Register, TwoAuthorities, any TestClientProtocol) async throws -> Void)
        async throws
    {
        try await TestDatabase.withRegister { register, settings in
            let w = try await TwoAuthorities.make(register)
            try await accounts(register, w)
            try await ServiceFixture.service(settings) { api in try await test(register, w, api.client) }
        }
    }

    static func signedIn(_ client: any TestClientProtocol, _ email: String) async throws -> PageBrowser {
        var browser = PageBrowser(client: client)
        let answer = try await browser.signIn(email, password)
        #expect(answer.status == .seeOther, "\(email) could not sign in: \(answer.status)")
        return browser
    }

    /// Every route of `PagePolicy`, as no one and as each role: a role the table names is let in
    /// (neither 403 nor sent to sign in), any other role gets the 403 page, and no one is sent to
    /// sign in (or, for a form, shown it with 401); the open routes are open to all.
    @Test func everyPageRouteAsEveryRole() async throws {
        try await Self.withSite { register, w, client in
            let emails: [ServiceRole: String] = [
                .officer: "officer@merton.example", .board: "board@merton.example", .chair: "chair@merton.example",
                .dpo: "dpo@merton.example",
            ]
            // A page each role may open, for its session's CSRF token.
            let homes: [ServiceRole: String] = [
                .officer: "/dashboard", .board: "/board", .chair: "/bodies/\(w.merton.body.rawValue)", .dpo: "/people",
            ]
            for (key, roles) in PagePolicy.rules.sorted(by: { $0.key < $1.key }) {
                let parts = key.split(separator: " ", maxSplits: 1)
                let method: HTTPRequest.Method = parts[0] == "GET" ? .get : .post
                let uri =
                    String(parts[1]).replacingOccurrences(of: ":body", with: String(w.merton.body.rawValue))
                    .replacingOccurrences(of: ":person", with: String(w.merton.person.rawValue))
                    .replacingOccurrences(of: ":id", with: "999999").replacingOccurrences(of: ":secret", with: "no-such-link")
                    + (key == "GET /board/report" ? "?la=315" : "")
                var anonymous = PageBrowser(client: client)
                let answer = method == .get ? try await anonymous.get(uri) : try await anonymous.post(uri, [])
                if roles == nil {
                    #expect(
                        !answer.text.contains("You cannot open this page") && answer.location?.hasPrefix("/sign-in?") != true,
                        "\(key) as no one: \(answer.status)")
                } else if method == .get {
                    #expect(
                        answer.status == .seeOther && answer.location?.hasPrefix("/sign-in?next=") == true, "\(key) as no one")
                } else {
                    #expect(
                        answer.status == .unauthorized && answer.text.contains("Sign in"), "\(key) as no one: \(answer.status)")
                }
                for role in ServiceRole.allCases {
                    var browser = try await Self.signedIn(client, emails[role]!)
                    let home = try await browser.get(homes[role]!)
                    let csrf = PageBrowser.hidden("csrf", in: home.text) ?? ""
                    let answer = method == .get ? try await browser.get(uri) : try await browser.post(uri, [("csrf", csrf)])
                    let allowed = roles.map { $0.contains(role) } ?? true
                    if allowed {
                        #expect(
                            !answer.text.contains("You cannot open this page") && answer.status != .unauthorized
                                && answer.location?.hasPrefix("/sign-in?") != true, "\(key) as \(role): \(answer.status)")
                    } else {
                        #expect(
                            answer.status == .forbidden && answer.text.contains("You cannot open this page"), "\(key) as \(role)")
                    }
                }
            }
        }
    }

    /// Objects outside the account's reach: Sutton's body and person are not found for Merton's
    /// officer and chair (as if they did not exist); another Merton body is 403 for the chair.
    @Test func objectsOutsideReach() async throws {
        try await Self.withSite { register, w, client in
            var officer = try await Self.signedIn(client, "officer@merton.example")
            #expect(try await officer.get("/bodies/\(w.sutton.body.rawValue)").status == .notFound)
            #expect(try await officer.get("/people/\(w.sutton.person.rawValue)").status == .notFound)
            #expect(try await officer.get("/people/999999").status == .notFound)
            let sutton = try await officer.get("/board/report?la=319")
            #expect(sutton.status == .notFound && sutton.text.contains("Page not found"))
            var chair = try await Self.signedIn(client, "chair@merton.example")
            #expect(try await chair.get("/bodies/\(w.sutton.body.rawValue)").status == .notFound)
            let other = try #require(
                try await register.addSchool(
                    School(urn: 102999, laCode: 315, establishmentNumber: 2999, name: "Other Merton", category: .community)))
            #expect(try await chair.get("/bodies/\(other.rawValue)").status == .forbidden)
        }
    }

    /// A chair records a review through the form: refused without the session's CSRF token and
    /// with another session's, refused naming the fields when they are wrong, then recorded with
    /// its figures frozen (as `ChairReviewRun` records them) and shown under past reviews.
    @Test func chairRecordsAReview() async throws {
        try await Self.withSite { register, w, client in
            var chair = try await Self.signedIn(client, "chair@merton.example")
            var officer = try await Self.signedIn(client, "officer@merton.example")
            let page = try await chair.get("/bodies/\(w.merton.body.rawValue)")
            #expect(page.status == .ok && page.text.contains("Record a review"))
            let csrf = try #require(PageBrowser.hidden("csrf", in: page.text))
            let otherCSRF = try #require(PageBrowser.hidden("csrf", in: try await officer.get("/dashboard").text))
            let uri = "/bodies/\(w.merton.body.rawValue)/reviews"
            let fields = [("judgement", "partly_representative"), ("actions", "Ask the parents' forum"), ("date", "2016-01-10")]
            #expect(try await chair.post(uri, fields).status == .forbidden)
            #expect(try await chair.post(uri, [("csrf", otherCSRF)] + fields).status == .forbidden)
            #expect(try await register.chairReviews(bodyID: w.merton.body).isEmpty)
            let wrong = try await chair.post(uri, [("csrf", csrf), ("date", "10/13/2016")])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("There is a problem") && wrong.text.contains("href=\"#judgement-representative\""))
            #expect(wrong.text.contains("href=\"#date\"") && wrong.text.contains("<title>Error: "))
            let done = try await chair.post(uri, [("csrf", csrf)] + fields)
            #expect(done.status == .seeOther)
            let reviews = try await register.chairReviews(bodyID: w.merton.body)
            #expect(reviews.count == 1 && reviews.first?.judgement == .partlyRepresentative)
            #expect(reviews.first?.chairAppointmentID == w.merton.chairAppointment && reviews.first?.figures != nil)
            let after = try await chair.get(done.location ?? "")
            #expect(after.text.contains("The review has been recorded") && after.text.contains("2016-01-10"))
            // The chair sees the board's face of a review: not the actions agreed (they may name people).
            #expect(!after.text.contains("Ask the parents"))
            #expect(try await officer.get("/bodies/\(w.merton.body.rawValue)").text.contains("Ask the parents"))
        }
    }

    /// Signing in replaces whatever session the browser brought (no fixation); a session ended
    /// by sign-out or idleness, or a made-up cookie, reaches nothing; a form posted after the
    /// session ended is kept and offered again after signing in.
    @Test func sessionsRotateExpireAndEnd() async throws {
        try await Self.withSite { register, w, client in
            var first = try await Self.signedIn(client, "officer@merton.example")
            let planted = try #require(first.cookies["govmon_session"])
            // The victim signs in on a browser carrying the planted session.
            var victim = PageBrowser(client: client)
            victim.cookies["govmon_session"] = planted
            #expect(try await victim.signIn("chair@merton.example", Self.password).status == .seeOther)
            #expect(victim.cookies["govmon_session"] != planted)
            #expect(try await first.get("/dashboard").location?.hasPrefix("/sign-in") == true)
            var forged = PageBrowser(client: client)
            forged.cookies["govmon_session"] = "made-up"
            #expect(try await forged.get("/dashboard").location?.hasPrefix("/sign-in") == true)
            // Idle: the store ends a session not seen within the idle time.
            var idle = try await Self.signedIn(client, "officer@merton.example")
            let secret = try #require(idle.cookies["govmon_session"])
            #expect(try await register.session(secret, idleSeconds: 0) == nil)
            let expired = try await idle.post(
                "/bodies/\(w.merton.body.rawValue)/reviews",
                [("csrf", "x"), ("judgement", "representative"), ("date", "2016-02-02")])
            #expect(expired.status == .unauthorized && expired.text.contains("Your session ended"))
            let resume = try #require(PageBrowser.hidden("resume", in: expired.text))
            #expect(resume.contains("judgement=representative") && !resume.contains("csrf"))
            let next = try #require(PageBrowser.hidden("next", in: expired.text))
            let form = try await idle.get("/sign-in")
            let back = try await idle.post(
                "/sign-in",
                [
                    ("form_token", PageBrowser.hidden("form_token", in: form.text) ?? ""), ("next", next),
                    ("resume", resume), ("email", "officer@merton.example"),
                    ("password", Self.password),
                ])
            let location = try #require(back.location)
            let refilled = try await idle.get(location)
            #expect(refilled.text.contains("value=\"representative\" checked") && refilled.text.contains("value=\"2016-02-02\""))
            // Sign-out ends the session server-side.
            var out = try await Self.signedIn(client, "board@merton.example")
            let kept = try #require(out.cookies["govmon_session"])
            let csrf = try #require(PageBrowser.hidden("csrf", in: try await out.get("/board").text))
            #expect(try await out.post("/sign-out", [("csrf", csrf)]).text.contains("You have signed out"))
            out.cookies["govmon_session"] = kept
            #expect(try await out.get("/board").location?.hasPrefix("/sign-in") == true)
        }
    }

    /// Five wrong passwords lock an email for 15 minutes, even against the right one; every
    /// attempt is recorded. The sign-in form from another site (no form token) is refused.
    @Test func signInIsThrottledAndNeedsItsFormToken() async throws {
        try await Self.withSite { register, _, client in
            var browser = PageBrowser(client: client)
            var noToken = try await browser.post(
                "/sign-in", [("email", "board@merton.example"), ("password", Self.password)])
            #expect(noToken.status == .forbidden && browser.cookies["govmon_session"] == nil)
            for _ in 0..<5 { #expect(try await browser.signIn("board@merton.example", "wrong password").status == .unauthorized) }
            let locked = try await browser.signIn("board@merton.example", Self.password)
            #expect(locked.status == .tooManyRequests && locked.text.contains("too many attempts"))
            noToken = try await browser.signIn("nobody@merton.example", Self.password)
            #expect(noToken.status == .unauthorized && noToken.text.contains("Enter a correct email address and password"))
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM sign_in_attempts WHERE NOT succeeded") == 7)
        }
    }

    /// An invitation sets a password once: a short password is refused naming the field; a used
    /// or unknown link is a page saying it has expired.
    @Test func invitationsWorkOnce() async throws {
        try await TestDatabase.withRegister { register, settings in
            let (_, path) = try await Accounts(register: register, cost: 10).invite(
                email: "new@merton.example", name: "New Officer", role: .officer, bodyID: nil, laCodes: [315])
            try await ServiceFixture.service(settings) { api in
                var browser = PageBrowser(client: api.client)
                let form = try await browser.get(path)
                #expect(form.status == .ok && form.text.contains("new@merton.example"))
                let short = try await browser.post(path, [("password", "short"), ("confirmation", "short")])
                #expect(short.status == .unprocessableContent && short.text.contains("at least 12 characters"))
                let set = try await browser.post(path, [("password", Self.password), ("confirmation", Self.password)])
                #expect(set.status == .ok && set.text.contains("Your password is set"))
                #expect(try await browser.get(path).text.contains("This link has expired or has been used"))
                #expect(try await browser.post(path, [("password", "x" + Self.password)]).status == .notFound)
                #expect(try await browser.signIn("new@merton.example", Self.password).location == "/dashboard")
            }
        }
    }

    /// The self-service monitoring form: an officer makes the link on the person page; the
    /// governor answers without signing in; the values are in the declarations table, the person
    /// page says "Declared" and never shows them; the link then says it has been used.
    @Test func governorFillsTheMonitoringForm() async throws {
        try await Self.withSite { register, w, client in
            var officer = try await Self.signedIn(client, "officer@merton.example")
            let person = try await officer.get("/people/\(w.merton.person.rawValue)")
            let csrf = try #require(PageBrowser.hidden("csrf", in: person.text))
            let made = try await officer.post("/people/\(w.merton.person.rawValue)/diversity-link", [("csrf", csrf)])
            let link = try #require(made.text.range(of: #"/diversity/[A-Za-z0-9_-]+"#, options: .regularExpression))
            let path = String(made.text[link])
            var governor = PageBrowser(client: client)
            let form = try await governor.get(path)
            #expect(
                form.status == .ok && form.text.contains("What is your ethnic group?") && form.text.contains("Prefer not to say"))
            let empty = try await governor.post(path, [])
            #expect(empty.status == .unprocessableContent && empty.text.contains("Select your sex"))
            let sent = try await governor.post(path, [("sex", "female"), ("ethnicity", "caribbean")])
            #expect(sent.status == .ok && sent.text.contains("your answers have been sent"))
            let declarations = try await register.diversity(personID: w.merton.person).declarations
            #expect(declarations.last?.ethnicity == .caribbean && declarations.last?.sex == .female)
            #expect(declarations.last?.collectedBy == .onlineForm)
            let shown = try await officer.get("/people/\(w.merton.person.rawValue)")
            #expect(shown.text.contains("Declared (last on"))
            #expect(!shown.text.contains("Caribbean") && !shown.text.contains("caribbean") && !shown.text.contains("emale"))
            #expect(try await governor.get(path).text.contains("This link has expired or has been used"))
        }
    }

    /// Pages carry a Content-Security-Policy with no script at all and no inline style; the
    /// session cookie is HttpOnly, Secure and SameSite=Lax; an unknown page is an HTML 404 while
    /// the API's stays a JSON problem.
    @Test func headersCookiesAndNotFound() async throws {
        try await Self.withSite { _, _, client in
            var browser = PageBrowser(client: client)
            let form = try await browser.get("/sign-in")
            let policy = form.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.contains("default-src 'none'") && policy.contains("style-src 'self'") && !policy.contains("unsafe"))
            #expect(!form.text.contains("<script") && !form.text.contains("style=\""))
            let signed = try await browser.post(
                "/sign-in",
                [
                    ("form_token", PageBrowser.hidden("form_token", in: form.text) ?? ""), ("email", "officer@merton.example"),
                    ("password", Self.password),
                ])
            let cookie = signed.headers.first { $0.name == .setCookie && $0.value.hasPrefix("govmon_session=") }?.value ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("Secure") && cookie.contains("SameSite=Lax"))
            let missing = try await browser.get("/no/such/page")
            #expect(missing.status == .notFound && missing.text.contains("Page not found"))
            #expect(missing.headers[.contentType]?.hasPrefix("text/html") == true)
            let api = try await browser.get("/api/v1/no-such-route")
            #expect(api.headers[.contentType]?.contains("json") == true)
            let css = try await browser.get("/assets/govmon.css")
            #expect(css.status == .ok && css.headers[.contentType]?.hasPrefix("text/css") == true)
        }
    }
}
