import PostgresNIO

/// Plain sentences for the rules PostgreSQL enforces, keyed by constraint name (the migrations
/// name every constraint a user can break).
enum ConstraintSentences {
    static let known: [String: String] = [
        "appointments_no_overlap":
            "this person already holds an appointment on this body for overlapping dates; "
            + "end the earlier appointment first, or start the new one after it ends",
        "appointments_term_at_most_4_years": "a term of office is at most 4 years (docs/constitution.md s4)",
        "appointments_term_end_after_start": "the term end must be on or after the start date",
        "appointments_term_end_unless_ex_officio":
            "ex officio governors (headteachers) have no term end; every other appointment needs one",
        "appointments_headteacher_ex_officio": "a headteacher governor is always ex officio",
        "appointments_ended_after_start": "an appointment cannot end before it starts",
        "appointments_ended_with_reason": "an ended appointment needs a reason",
        "appointments_associate_not_officer": "an associate member cannot be chair or vice-chair",
        "appointments_gias_gid_start_date_idx": "an appointment with this GIAS GID and start date is already recorded",
        "instrument_seats_seats_in_range": "seats per category must be between 0 and 100",
        "instrument_seats_term_1_to_4_years": "terms of office are 1 to 4 years",
        "instrument_seats_term_unless_headteacher":
            "every category but headteacher needs a term length, and the headteacher has none",
        "instruments_effective_after_made": "an instrument cannot take effect before it is made",
        "instruments_one_per_effective_date": "this body already has an instrument taking effect on that date",
        "body_schools_one_body_at_a_time": "this school is already governed by another body on those dates",
        "schools_la_code_establishment_number_idx":
            "another open school already has this LA code and establishment number",
        "schools_pkey": "a school with this URN is already registered",
        "schools_close_after_open": "a school cannot close before it opens",
        "schools_foundation_status_only_for_foundation":
            "only foundation and foundation special schools have a foundation status",
        "local_authorities_pkey": "this local authority code is already registered",
        "local_authorities_name_key": "a local authority with this name is already registered",
        "vacancies_filled_after_opened": "a vacancy cannot be filled before it opened",
        "vacancies_closed_after_opened": "a vacancy cannot be closed before it opened",
        "vacancies_filled_or_closed": "a vacancy is either filled or closed, not both",
        "vacancies_filled_by_appointment_id_key": "that appointment already fills another vacancy",
        "training_records_person_id_course_id_completed_on_key":
            "this person's completion of this course on that date is already recorded",
        "courses_title_kind_key": "a course with this title and kind already exists",
        "diversity_declarations_person_id_recorded_on_key":
            "a declaration for this person on that date is already recorded",
        "diversity_objections_person_id_key": "an objection for this person is already recorded",
        "reconstitution_stages_reconstitution_id_stage_key": "that stage is already recorded for this reconstitution",
        "body_comparators_profile_usable":
            "a body can only be compared with a profile of its own authority or a shared one",
        "community_profiles_current_name_idx": "a current profile with this name is already recorded",
    ]

    /// What a row-level security refusal says: the same as a reference to nothing, so it does not
    /// tell the caller that the record exists in another authority.
    static let outsideScope = "that refers to something that does not exist"

    static func sentence(for constraint: String, state: String, info: PSQLError.ServerInfo, detailed: Bool = true) -> String {
        if let sentence = known[constraint] { return sentence }
        guard detailed else {
            switch state {
            case "23503": return outsideScope
            case "23505": return "that is already recorded"
            case "23502": return "a required value is missing (\(info[.columnName] ?? constraint))"
            default: return "the database refused the change (\(constraint))"
            }
        }
        switch state {
        case "23503": return "that refers to something that does not exist (\(info[.detail] ?? constraint))"
        case "23505": return "that is already recorded (\(info[.detail] ?? constraint))"
        case "23502": return "a required value is missing (\(info[.columnName] ?? constraint))"
        default: return "the database refused the change: \(info[.message] ?? constraint)"
        }
    }
}
