import Application
import Store

/// Who may call an operation of /api/v1.
///
/// The role and the reach are checked before the handler runs (`RecordingGroup`); which objects
/// are within reach is PostgreSQL's row-level security on the caller's scoped register: an object
/// of another authority is not found (404), exactly as one that does not exist. A chair is further
/// held to their own body by the route that names it.
public struct Access: Sendable, Equatable {
    /// How far an allowed caller reaches.
    public enum Reach: String, Sendable {
        /// The caller's own authorities (a chair: their own body).
        case ownAuthorities = "own authorities"
        /// Only a token for every authority (what spans authorities: GIAS uploads, the audit trail,
        /// retention, creating an authority).
        case everyAuthority = "every authority"
        /// Nobody's data (the deadline rules): any valid token.
        case anyToken = "any token"
    }

    /// Roles that may call it.
    public var roles: Set<ServiceRole>
    public var reach: Reach
    /// Whether the answer carries figures, which board and chair tokens see only as disclosure
    /// allows (`AudienceGate`).
    public var figures: Bool

    static func of(_ roles: ServiceRole..., reach: Reach = .ownAuthorities, figures: Bool = false) -> Access {
        Access(roles: Set(roles), reach: reach, figures: figures)
    }

    static let officers = of(.officer)
    static let everyAuthorityOfficers = of(.officer, reach: .everyAuthority)

    /// Whether `identity` passes the role and reach checks.
    public func admits(_ identity: TokenIdentity) -> Bool {
        guard roles.contains(identity.role) else { return false }
        return reach != .everyAuthority || identity.coversEveryAuthority
    }
}

/// The access rule of every /api/v1 operation, keyed "METHOD /api/v1/path/{param}" as in
/// openapi.yaml. A route registered without a rule stops the service at start-up, and the
/// boundary tests fail naming any documented operation missing here.
public enum AccessPolicy {
    public static let rules: [String: Access] = [
        // Schools and authorities.
        "GET /api/v1/schools": .officers,
        "POST /api/v1/schools": .officers,
        "GET /api/v1/schools/{urn}": .officers,
        "POST /api/v1/schools/{urn}": .officers,
        "POST /api/v1/federations": .officers,
        "GET /api/v1/authorities": .of(.officer, .board),
        "POST /api/v1/authorities": .everyAuthorityOfficers,
        "POST /api/v1/authorities/{la}/ons-code": .officers,
        "GET /api/v1/authorities/{la}/summary": .of(.officer, .board, figures: true),
        // Bodies and what hangs from them.
        "GET /api/v1/bodies": .of(.officer, .board),
        "GET /api/v1/bodies/{body}": .of(.officer, .board, .chair),
        "GET /api/v1/bodies/{body}/instruments": .of(.officer, .chair),
        "POST /api/v1/bodies/{body}/instruments": .officers,
        "GET /api/v1/bodies/{body}/appointments": .of(.officer, .chair),
        "GET /api/v1/bodies/{body}/check": .of(.officer, .chair),
        "GET /api/v1/bodies/{body}/training": .of(.officer, .chair),
        "POST /api/v1/bodies/{body}/reconstitution-stages": .officers,
        "POST /api/v1/bodies/{body}/reconstitution-rounds": .officers,
        "POST /api/v1/bodies/{body}/headteacher-recruitments": .officers,
        "POST /api/v1/bodies/{body}/comparators": .officers,
        "GET /api/v1/bodies/{body}/reviews": .of(.officer, .board, .chair, figures: true),
        "POST /api/v1/bodies/{body}/reviews": .of(.officer, .chair),
        // Appointments and vacancies.
        "GET /api/v1/appointments": .officers,
        "POST /api/v1/appointments": .officers,
        "POST /api/v1/appointments/{id}/end": .officers,
        "POST /api/v1/appointments/{id}/reappoint": .officers,
        "POST /api/v1/appointments/{id}/role": .officers,
        "POST /api/v1/appointments/{id}/surplus-departure": .officers,
        "GET /api/v1/vacancies": .officers,
        "POST /api/v1/vacancies": .officers,
        "POST /api/v1/vacancies/{id}/fill": .officers,
        "POST /api/v1/vacancies/{id}/close": .officers,
        // People (officers only: names, training, declarations).
        "GET /api/v1/people/{person}": .officers,
        "GET /api/v1/people/{person}/training": .officers,
        "GET /api/v1/people/{person}/diversity": .officers,
        "POST /api/v1/people/{person}/diversity": .officers,
        "POST /api/v1/people/{person}/objection": .officers,
        "POST /api/v1/people/{person}/dbs-checks": .officers,
        "GET /api/v1/people/{person}/export": .officers,
        // Training and reconstitution.
        "GET /api/v1/courses": .officers,
        "POST /api/v1/courses": .officers,
        "POST /api/v1/training": .officers,
        "GET /api/v1/reconstitution": .of(.officer, .board),
        "GET /api/v1/reconstitution/rounds": .of(.officer, .chair),
        "GET /api/v1/headteacher-recruitments": .of(.officer, .chair),
        "POST /api/v1/headteacher-recruitments/{id}/cancel": .officers,
        // Profiles and figures.
        "GET /api/v1/profiles": .of(.officer, .board),
        "POST /api/v1/profiles": .officers,
        "GET /api/v1/profiles/{profile}": .of(.officer, .board),
        "POST /api/v1/profiles/{profile}/withdraw": .officers,
        "GET /api/v1/bodies/{body}/representativeness": .of(.officer, .board, .chair, figures: true),
        "GET /api/v1/authorities/{la}/representativeness": .of(.officer, .board, figures: true),
        "GET /api/v1/authorities/{la}/representativeness/trend": .of(.officer, .board, figures: true),
        "POST /api/v1/representativeness/snapshots": .officers,
        "GET /api/v1/reports/board": .of(.officer, .board, figures: true),
        "GET /api/v1/reports/runs": .officers,
        // Tracking, imports, data protection.
        "GET /api/v1/alerts": .of(.officer, .chair),
        "POST /api/v1/tracking/runs": .officers,
        "GET /api/v1/tracking/checks": .of(.officer, .board, .chair, reach: .anyToken),
        "POST /api/v1/imports/{kind}": .everyAuthorityOfficers,
        "GET /api/v1/audit": .everyAuthorityOfficers,
        "POST /api/v1/retention/runs": .everyAuthorityOfficers,
    ]

    /// The rule for an operation, or nil when none is declared.
    public static func rule(_ method: String, _ path: String) -> Access? { rules["\(method) \(path)"] }
}
