import Application
import Store

/// Who may call an operation of /api/v1.
///
/// The role and the reach are checked before the handler runs (`AccessMiddleware`); which objects
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

/// Who may call each operation of openapi.yaml, keyed by its operationId: the one table of
/// authorisation. `AccessMiddleware` applies it before any handler runs; an operation missing here
/// is refused to everyone, and the boundary tests fail naming it.
public enum AccessPolicy {
    public static let rules: [String: Access] = [
        // Schools and authorities.
        "get_schools": .officers,
        "post_schools": .officers,
        "get_schools_urn": .officers,
        "post_schools_urn": .officers,
        "post_federations": .officers,
        "get_authorities": .of(.officer, .board),
        "post_authorities": .everyAuthorityOfficers,
        "post_authorities_la_ons_code": .officers,
        "get_authorities_la_summary": .of(.officer, .board, figures: true),
        // Bodies and what hangs from them.
        "get_bodies": .of(.officer, .board),
        "get_bodies_body": .of(.officer, .board, .chair),
        "get_bodies_body_instruments": .of(.officer, .chair),
        "post_bodies_body_instruments": .officers,
        "get_bodies_body_appointments": .of(.officer, .chair),
        "get_bodies_body_check": .of(.officer, .chair),
        "get_bodies_body_training": .of(.officer, .chair),
        // Names the members supposed gone, as the body page does for its officer and chair.
        "get_bodies_body_skills": .of(.officer, .chair),
        "post_bodies_body_reconstitution_stages": .officers,
        "post_bodies_body_reconstitution_rounds": .officers,
        "post_bodies_body_headteacher_recruitments": .officers,
        "post_bodies_body_comparators": .officers,
        "get_bodies_body_reviews": .of(.officer, .board, .chair, figures: true),
        "post_bodies_body_reviews": .of(.officer, .chair),
        // Appointments and vacancies.
        "get_appointments": .officers,
        "post_appointments": .officers,
        "post_appointments_id_end": .officers,
        "post_appointments_id_reappoint": .officers,
        "post_appointments_id_role": .officers,
        "post_appointments_id_surplus_departure": .officers,
        "get_vacancies": .officers,
        "post_vacancies": .officers,
        "post_vacancies_id_fill": .officers,
        "post_vacancies_id_close": .officers,
        "post_vacancies_id_skills_sought": .officers,
        // People (officers only: names, training, declarations).
        "get_people_person": .of(.officer, .dpo),
        "get_people_person_training": .officers,
        // An individual's declarations, and the subject access export that holds them: the
        // data-protection role; officers only where `privacy.officer_reads_declarations` says so.
        "get_people_person_diversity": .of(.officer, .dpo),
        "post_people_person_diversity": .officers,
        "post_people_person_objection": .officers,
        "post_people_person_dbs_checks": .officers,
        "get_people_person_export": .of(.officer, .dpo),
        // Training and reconstitution.
        "get_courses": .officers,
        "post_courses": .officers,
        "post_training": .officers,
        "get_reconstitution": .of(.officer, .board),
        "get_reconstitution_rounds": .of(.officer, .chair),
        "get_headteacher_recruitments": .of(.officer, .chair),
        "post_headteacher_recruitments_id_cancel": .officers,
        "post_headteacher_recruitments_id_stages": .officers,
        "post_headteacher_recruitments_id_panel": .officers,
        "post_headteacher_recruitments_id_confirmation": .officers,
        // Succession planning policies are about schools, not people: the board reads them.
        "get_succession_policies": .of(.officer, .board),
        "post_schools_urn_succession_policies": .officers,
        // The recruitment funnel: counts of people by group, so the board's are disclosure-controlled.
        "get_authorities_la_recruitment_funnel": .of(.officer, .board, figures: true),
        "get_candidates": .officers,
        "post_candidates": .officers,
        "post_candidates_id_stages": .officers,
        "post_candidates_id_monitoring": .officers,
        // Subject access for a candidate holds their answers: as the person export (declarationReads).
        "get_candidates_id_export": .of(.officer, .dpo),
        // Profiles and figures.
        "get_profiles": .of(.officer, .board),
        "post_profiles": .officers,
        "get_profiles_profile": .of(.officer, .board),
        "post_profiles_profile_withdraw": .officers,
        "get_bodies_body_representativeness": .of(.officer, .board, .chair, figures: true),
        "get_authorities_la_representativeness": .of(.officer, .board, figures: true),
        "get_authorities_la_representativeness_trend": .of(.officer, .board, figures: true),
        "post_representativeness_snapshots": .officers,
        "get_reports_board": .of(.officer, .board, figures: true),
        "get_reports_runs": .officers,
        // Tracking, imports, data protection.
        "get_alerts": .of(.officer, .chair),
        "post_tracking_runs": .officers,
        "get_tracking_checks": .of(.officer, .board, .chair, reach: .anyToken),
        "post_imports_kind": .everyAuthorityOfficers,
        "get_audit": .everyAuthorityOfficers,
        "post_retention_runs": .everyAuthorityOfficers,
    ]

    /// The operations that read an individual's special category data.
    public static let declarationReads: Set<String> = [
        "get_people_person_diversity", "get_people_person_export", "get_candidates_id_export",
    ]

    /// The rule for an operation under the privacy setting: unless officers may read individuals'
    /// declarations, the operations that do are the data-protection role's alone.
    public static func rule(_ operationID: String, officerReadsDeclarations: Bool) -> Access? {
        guard var access = rules[operationID] else { return nil }
        if declarationReads.contains(operationID) && !officerReadsDeclarations { access.roles.remove(.officer) }
        return access
    }

    /// Operations open to anyone, without a token: liveness, readiness, metrics and the document.
    public static let open: Set<String> = ["get_health", "get_ready", "get_metrics", "get_openapi"]
}
