import Foundation
import Governance
import HummingbirdBcrypt
import Store

/// Accounts for the browser front (docs/web.md): invitations an officer makes, passwords the
/// invitee sets, sign-in with throttling, and sessions. The command line (`govmon user`) and the
/// pages both call this.
public struct Accounts: Sendable {
    public let register: Register
    /// bcrypt's cost: 2^cost rounds (12 by default; tests may lower it, never below 10).
    public let cost: UInt8

    /// Days an invitation link works.
    public static let invitationDays = 7
    /// Failed sign-ins for one email, since its last success, that lock it for `lockMinutes`.
    public static let failuresBeforeLock = 5
    public static let lockMinutes = 15

    public init(register: Register, cost: UInt8 = 12) {
        self.register = register
        self.cost = max(10, cost)
    }

    /// Creates an account and returns it with the path of its one-time invitation
    /// (`/invitations/SECRET`), valid for seven days. A chair's account needs their body; other
    /// roles may be limited to authorities.
    public func invite(email: String, name: String, role: ServiceRole, bodyID: BodyID?, laCodes: [Int]?) async throws
        -> (UserAccount, String)
    {
        let email = email.trimmingCharacters(in: .whitespaces)
        guard email.range(of: #"^[^@\s]+@[^@\s]+$"#, options: .regularExpression) != nil else {
            throw RuleViolation("--email: expected an email address such as name@example.org")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RuleViolation("--name: expected the person's name")
        }
        if role == .chair && bodyID == nil { throw RuleViolation("--body: a chair's account needs their body") }
        if role != .chair && bodyID != nil { throw RuleViolation("--body: only a chair's account names a body") }
        let (account, secret) = try await register.inviteUser(
            email: email, displayName: name, role: role, bodyID: bodyID, laCodes: laCodes, validDays: Self.invitationDays)
        return (account, "/invitations/" + secret)
    }

    /// A fresh invitation for an existing account (the link expired, or the password was forgotten).
    public func reinvite(email: String) async throws -> (UserAccount, String) {
        let (account, secret) = try await register.reinviteUser(email: email, validDays: Self.invitationDays)
        return (account, "/invitations/" + secret)
    }

    /// Why a password cannot be used, or nil. Length is what makes a password strong (NCSC's
    /// password guidance): at least 12 characters, no composition rules.
    public static func passwordProblem(_ password: String, confirmation: String, email: String) -> String? {
        if password.count < 12 { return "Enter a password of at least 12 characters" }
        if password.count > 128 { return "Enter a password of at most 128 characters" }
        if password.lowercased() == email.lowercased() { return "Enter a password that is not your email address" }
        if password != confirmation { return "Enter the same password twice" }
        return nil
    }

    /// Sets the password of an invited account; false when the link has expired or been used.
    public func accept(invitation secret: String, password: String) async throws -> Bool {
        let hash = await Self.offThread { Bcrypt.hash(password, cost: cost) }
        return try await register.acceptInvitation(secret, passwordHash: hash)
    }

    /// What signing in came to.
    public enum SignInOutcome: Sendable {
        case signedIn(cookieSecret: String, WebSession)
        /// Wrong email or password (which one is not said).
        case refused
        /// The password was right but the account's second factor's code was missing or wrong.
        case codeNeeded
        /// Too many failures for this email: wait before trying again.
        case locked(minutes: Int)
    }

    /// Checks an email and password; a success starts a new session (ending `previousSession`).
    /// Every attempt is recorded; after five failures in a row an email is locked for 15 minutes,
    /// whatever password is given then.
    public func signIn(
        email: String, password: String, code: String = "", client: String, previousSession: String?,
        codeMatches: @Sendable (_ secret: String, _ code: String) -> Bool = { _, _ in false }
    ) async throws -> SignInOutcome {
        let email = String(email.trimmingCharacters(in: .whitespaces).prefix(320))
        if try await register.recentFailedSignIns(email: email, minutes: Self.lockMinutes) >= Self.failuresBeforeLock {
            try await register.recordSignInAttempt(email: email, client: client, succeeded: false)
            return .locked(minutes: Self.lockMinutes)
        }
        let found = try await register.accountForSignIn(email: email)
        // A hash is checked even for an unknown email, so the time taken does not tell which emails exist.
        let hash = found?.1 ?? Self.unknownAccountHash
        let matches = await Self.offThread { Bcrypt.verify(password, hash: hash) }
        guard let (account, _, secondFactor) = found, matches, account.identity.revokedOn == nil else {
            try await register.recordSignInAttempt(email: email, client: client, succeeded: false)
            return .refused
        }
        // A second factor's code counts as part of the password: a wrong one is a failed attempt.
        if let secondFactor, !codeMatches(secondFactor, code) {
            try await register.recordSignInAttempt(email: email, client: client, succeeded: false)
            return .codeNeeded
        }
        try await register.recordSignInAttempt(email: email, client: client, succeeded: true)
        let (secret, session) = try await register.startSession(accountID: account.id, replacing: previousSession)
        return .signedIn(cookieSecret: secret, session)
    }

    /// The session a cookie names, or nil (unknown, ended, idle too long).
    public func session(_ secret: String, idleMinutes: Int) async throws -> WebSession? {
        try await register.session(secret, idleSeconds: idleMinutes * 60)
    }

    public func signOut(_ secret: String) async throws { try await register.endSession(secret) }

    /// Sets a new second-factor secret for an officer's account and returns it (to give to an
    /// authenticator app); earlier codes stop working. Only officers' accounts take one.
    public func setSecondFactor(email: String) async throws -> String {
        let found = try await register.accounts().first { $0.email.lowercased() == email.lowercased() && !$0.disabled }
        guard let account = found else { throw RuleViolation("--email: no enabled account for \(email)") }
        guard account.identity.role == .officer else {
            throw RuleViolation(
                "--email: a second factor is for officers' accounts; \(email) is a \(account.identity.role.rawValue)'s")
        }
        let secret = Register.newSecret()
        try await register.setSecondFactor(email: email, secret: secret)
        return secret
    }

    /// Removes an account's second factor (a lost phone); the password alone signs in again.
    public func removeSecondFactor(email: String) async throws {
        try await register.setSecondFactor(email: email, secret: nil)
    }

    /// A bcrypt hash of a random text nobody knows, checked when the email is unknown.
    static let unknownAccountHash = Bcrypt.hash(Register.newSecret(), cost: 10)

    /// bcrypt is deliberately slow; it runs on a thread of its own, not on a cooperative one.
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
