import Application
import Foundation
import HTTPTypes
import Hummingbird
import Store

/// Signing in and out, and accepting an invitation.
extension WebSite {
    struct SignInView {
        var formToken: String
        var next: String
        var resume: String?
        var email: String
        var emailError: String?
    }

    func signInPage(_ page: PageRequest) -> Response {
        signInPage(next: Self.query(page.request, "next") ?? "", resume: nil, email: "", error: nil, banner: nil)
    }

    /// The sign-in form, with a fresh form token in a cookie and a hidden field (a sign-in form
    /// posted from another site has neither).
    func signInPage(
        next: String, resume: String?, email: String, error: String?, banner: String?, status: HTTPResponse.Status = .ok
    ) -> Response {
        let token = Register.newSecret()
        var headers = HTTPFields()
        headers.setCookie(Self.cookie(Self.formCookie, token))
        let view = SignInView(formToken: token, next: Self.safeNext(next), resume: resume, email: email, emailError: error)
        return page(
            status, title: "Sign in", template: "sign-in", view: view, person: nil, path: "/sign-in", banner: banner,
            errors: error.map { [FieldError(field: "email", message: $0)] } ?? [], headers: headers)
    }

    func signIn(_ page: PageRequest) async throws -> Response {
        let email = page.field("email"), next = page.field("next")
        let resume = page.form["resume"].flatMap { $0.isEmpty ? nil : $0 }
        let cookieToken = page.request.cookies[Self.formCookie]?.value ?? ""
        guard !cookieToken.isEmpty, Self.same(cookieToken, page.form["form_token"] ?? "") else {
            return signInPage(
                next: next, resume: resume, email: email, error: "The sign-in form had expired; enter your details again",
                banner: nil, status: .forbidden)
        }
        if email.isEmpty || (page.form["password"] ?? "").isEmpty {
            return signInPage(
                next: next, resume: resume, email: email, error: "Enter your email address and password", banner: nil,
                status: .unprocessableContent)
        }
        let outcome = try await accounts.signIn(
            email: email, password: page.form["password"] ?? "", code: page.field("code"), client: page.context.clientAddress,
            previousSession: page.request.cookies[Self.sessionCookie]?.value,
            codeMatches: { secret, code in SecondFactor.matches(secret: secret, typed: code) })
        switch outcome {
        case .codeNeeded:
            page.context.logger.warning("sign-in refused: second factor", metadata: ["client": "\(page.context.clientAddress)"])
            return signInPage(
                next: next, resume: resume, email: email,
                error: "Enter the 6-digit security code from your authenticator app, with your password", banner: nil,
                status: .unauthorized)
        case .refused:
            page.context.logger.warning("sign-in refused", metadata: ["client": "\(page.context.clientAddress)"])
            return signInPage(
                next: next, resume: resume, email: email, error: "Enter a correct email address and password", banner: nil,
                status: .unauthorized)
        case .locked(let minutes):
            page.context.logger.warning("sign-in locked", metadata: ["client": "\(page.context.clientAddress)"])
            return signInPage(
                next: next, resume: resume, email: email,
                error: "There have been too many attempts to sign in with this email address; try again in \(minutes) minutes",
                banner: nil, status: .tooManyRequests)
        case .signedIn(let secret, let session):
            var headers = HTTPFields()
            headers.setCookie(Self.cookie(Self.sessionCookie, secret))
            headers.setCookie(Self.cookie(Self.formCookie, "", maxAge: 0))
            var target = Self.safeNext(next)
            if target.isEmpty { target = PagePolicy.home(session.account.identity) }
            if let resume { target += (target.contains("?") ? "&" : "?") + resume }
            return Self.redirect(target, headers: headers)
        }
    }

    func signOut(_ page: PageRequest) async throws -> Response {
        try await accounts.signOut(page.signedIn.cookieSecret)
        var headers = HTTPFields()
        headers.setCookie(Self.cookie(Self.sessionCookie, "", maxAge: 0))
        return signInPage(next: "", resume: nil, email: "", error: nil, banner: "You have signed out.")
            .withCookies(headers)
    }

    /// A `next` that stays on this site: a path, never `//host` or a scheme.
    static func safeNext(_ next: String) -> String {
        guard next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), next.count < 500 else { return "" }
        return next
    }

    // MARK: Invitations

    struct InvitationView {
        var secret: String
        var email: String
        var roleLabel: String
        var bodyName: String?
        var passwordError: String?
    }

    func invitationPage(_ page: PageRequest) async throws -> Response {
        let secret = page.parameter("secret")
        guard case .account(let account) = try await deps.system.oneTimeLink(secret) else { return expiredLink(page) }
        return try await invitationForm(page, secret: secret, account: account, error: nil)
    }

    private func invitationForm(_ page: PageRequest, secret: String, account: UserAccount, error: String?) async throws
        -> Response
    {
        let bodyName = try await account.identity.bodyID.asyncMap { try await deps.system.body(String($0.rawValue)).name }
        let view = InvitationView(
            secret: secret, email: account.email, roleLabel: Self.roleLabel(account.identity.role), bodyName: bodyName,
            passwordError: error)
        return self.page(
            error == nil ? .ok : .unprocessableContent, title: "Set your password", template: "invitation", view: view,
            person: nil, path: page.path, errors: error.map { [FieldError(field: "password", message: $0)] } ?? [])
    }

    func acceptInvitation(_ page: PageRequest) async throws -> Response {
        let secret = page.parameter("secret")
        guard case .account(let account) = try await deps.system.oneTimeLink(secret) else { return expiredLink(page) }
        let password = page.form["password"] ?? ""
        if let problem = Accounts.passwordProblem(
            password, confirmation: page.form["confirmation"] ?? "", email: account.email)
        {
            return try await invitationForm(page, secret: secret, account: account, error: problem)
        }
        guard try await accounts.accept(invitation: secret, password: password) else { return expiredLink(page) }
        return signInPage(
            next: "", resume: nil, email: account.email, error: nil, banner: "Your password is set. Sign in to continue.")
    }

    /// A used or expired one-time link.
    func expiredLink(_ page: PageRequest) -> Response {
        struct View {
            var heading = "This link has expired or has been used"
            var paragraphs = [
                "Links from Governor Services work once, for a limited time.",
                "Ask Governor Services for a new link if you still need one.",
            ]
            var link: String?
        }
        return self.page(.notFound, title: "Link expired", template: "message", view: View(), person: nil, path: page.path)
    }
}

extension Response {
    /// The response with `headers`' Set-Cookie fields added.
    func withCookies(_ headers: HTTPFields) -> Response {
        var response = self
        for field in headers where field.name == .setCookie { response.headers.append(field) }
        return response
    }
}
