import Store

/// Who may open each page and post each form of the browser front, keyed by method and route:
/// the pages' one table of authorisation, as `AccessPolicy` is the API's. `WebRoutes` registers
/// a route only through this table, and the boundary tests try every route as every role.
public enum PagePolicy {
    /// nil: open without signing in (the link's secret, or nothing, is the key).
    public static let rules: [String: Set<ServiceRole>?] = [
        "GET /": nil,
        "GET /assets/govmon.css": nil,
        "GET /sign-in": nil,
        "POST /sign-in": nil,
        "POST /sign-out": Set(ServiceRole.allCases),
        "GET /invitations/:secret": nil,
        "POST /invitations/:secret": nil,
        "GET /diversity/:secret": nil,
        "POST /diversity/:secret": nil,
        "GET /candidate-monitoring/:secret": nil,
        "POST /candidate-monitoring/:secret": nil,
        "GET /skills/:secret": nil,
        "POST /skills/:secret": nil,
        // A chair reaches only their own body's pages (checked again on the body named).
        "GET /bodies/:body": [.officer, .chair],
        "POST /bodies/:body/reviews": [.officer, .chair],
        "GET /board": [.officer, .board],
        "GET /board/report": [.officer, .board],
        "GET /dashboard": [.officer],
        "GET /bodies": [.officer],
        "POST /alerts/:id/acknowledge": [.officer],
        "GET /people": [.officer, .dpo],
        "GET /people/:person": [.officer, .dpo],
        // Reading an individual's declarations: the data-protection role, with a reason, recorded.
        "POST /people/:person/declarations": [.dpo],
        "POST /people/:person/diversity-link": [.officer],
        "POST /people/:person/skills-link": [.officer],
        "POST /bodies/:body/appointments": [.officer],
        "POST /bodies/:body/appointments/end": [.officer],
        "POST /bodies/:body/vacancies": [.officer],
        "POST /bodies/:body/vacancies/fill": [.officer],
        "POST /bodies/:body/vacancies/skills": [.officer],
        "POST /bodies/:body/vacancies/skills/remove": [.officer],
        "GET /bodies/:body/history": [.officer],
        "POST /people/:person/training": [.officer],
        "POST /training/:id/void": [.officer],
        "GET /appointments/:id": [.officer],
        "POST /appointments/:id/correct": [.officer],
        "POST /appointments/:id/void": [.officer],
    ]

    /// Where each role starts after signing in.
    public static func home(_ identity: TokenIdentity) -> String {
        switch identity.role {
        case .officer: return "/dashboard"
        case .board: return "/board"
        case .chair: return identity.bodyID.map { "/bodies/\($0.rawValue)" } ?? "/sign-in"
        case .dpo: return "/people"
        }
    }
}
