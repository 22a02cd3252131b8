import PostgresNIO

/// Plain sentences for the rules PostgreSQL enforces, keyed by constraint name (the migrations
/// name every constraint a user can break).
package enum ConstraintSentences {
    package static let known: [String: String] = [
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
        "appointments_override_with_reason": "an appointment let through an entry check needs the reason it was",
        "appointments_gias_gid_start_date_idx": "an appointment with this GIAS GID and start date is already recorded",
        "instrument_seats_seats_in_range": "seats per category must be between 0 and 100",
        "instrument_seats_term_1_to_4_years": "terms of office are 1 to 4 years",
        "instrument_seats_term_unless_headteacher":
            "every category but headteacher needs a term length, and the headteacher has none",
        "instruments_effective_after_made": "an instrument cannot take effect before it is made",
        "instruments_one_per_effective_date":
            "this body already has an adopted instrument taking effect on that date (void it first, or record this one as a draft)",
        "instruments_staff_eligible_in_range": "staff-eligible co-opted seats must be between 0 and the co-opted seats",
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
        "community_profiles_withdrawn_with_reason": "a withdrawn profile needs the reason it was withdrawn",
        "community_profiles_name_key": "a profile with this name is already recorded",
        "profile_counts_not_negative": "a count in a profile cannot be negative",
        "profile_counts_one_per_category": "a profile has one count per category",
        "alerts_resolved_after_raised": "an alert cannot be resolved before it was raised",
        "api_tokens_chair_has_body": "a chair's token names their body, and only a chair's token does",
        "community_profiles_minimum_age_range": "a profile's youngest age between 1 and 120",
        "body_comparators_one_per_dimension": "this body already has a comparator for that dimension",
        "body_schools_left_after_joined": "a school cannot leave a body before it joined it",
        "governing_bodies_dissolved_after_formed": "a governing body cannot be dissolved before it was formed",
        "chair_reviews_board_after_review": "a review cannot go to the board before the chair made it",
        "dbs_checks_issued_after_applied": "a DBS certificate cannot be issued before it was applied for",
        "dbs_checks_one_per_day": "a DBS application for this person on that date is already recorded",
        "headteacher_recruitments_planned_after_recorded":
            "the planned appointment date must be on or after the date the plan is recorded (today, unless given)",
        "instrument_seats_one_row_per_category": "an instrument lists each category once",
        "succession_policies_one_per_day":
            "this school's adoption of a succession planning policy on that date is already recorded (void it first to correct it)",
        "succession_policies_model_has_version": "a model policy needs its version, and a school's own policy has none",
        "succession_policies_review_after_adoption": "a policy's review date must be after its adoption",
        "recruitment_stages_once": "that stage is already recorded for this recruitment",
        "recruitment_panel_members_once": "that governor is already on this panel",
        "succession_policies_source_check": "a policy's source is own or model",
        "succession_policies_minute_check": "a policy needs the governing body minute that adopted it",
        "recruitment_stages_stage_check": "a stage is advertised, shortlisted, interviewed, appointed or withdrawn",
        "panel_confirmations_minute_check": "a confirmation needs the full governing body's minute",
        "candidates_name_check": "a candidate needs a name",
        "candidates_route_check": "a candidate's route is one govmon knows (see govmon candidate add --help)",
        "candidate_stages_stage_check": "a candidate's stage is one govmon knows (see govmon candidate stage --help)",
        "candidate_stages_once": "that stage is already recorded for this candidate",
        "candidate_monitoring_sex_check": "a monitoring answer for sex is one govmon knows",
        "candidate_monitoring_ethnicity_check": "a monitoring answer for ethnicity is one govmon knows",
        "candidate_monitoring_collected_by_check": "how the answers were collected is one govmon knows",
        "candidate_monitoring_one_per_day": "this candidate's monitoring answers on that date are already recorded",
        "declaration_reads_subject": "a recorded read is of a person's declarations or a candidate's answers, not both",
        "retention_actions_subject": "a retention action is about a person or a candidate, not both",
        "skills_frameworks_name_key": "a skills framework with this name is already loaded",
        "skills_frameworks_name_check": "a skills framework needs a name",
        "skills_questions_code_once": "each code appears once in a skills framework",
        "skills_questions_position_once": "each position appears once in a skills framework",
        "skills_questions_category_check": "a skills question needs a category",
        "skills_questions_code_check": "a skills question needs a code",
        "skills_questions_question_check": "a skills question needs its words",
        "skills_questions_answer_kind_check": "a skills question is answered on the 1 to 5 scale or in words",
        "skills_answers_score_check": "a skills score is from 1 to 5",
        "skills_answers_answer_text_check": "an answer in words cannot be blank",
        "skills_answers_score_or_text": "a skills answer is a score or words, not both",
        "skills_answers_once_a_day": "this governor's answer to that question on that date is already recorded",
        "vacancy_skills_sought_once": "that vacancy seeks that skill already",
        "panel_confirmations_once": "this recruitment's panel confirmation is already recorded (void it first to correct it)",
        "vacancies_closed_with_reason": "a closed vacancy needs the reason it was closed",
        "vacancies_filled_with_date": "a filled vacancy needs the date it was filled, and the appointment that filled it",
        // Values the domain's own types already limit (categories, roles, reasons, stages): a
        // command or request that gets this far has bypassed them, so the sentence names the field.
        "alert_events_event_check":
            "an alert event is raised, severity changed, resolved, acknowledged, assigned, snoozed or noted",
        "alert_events_from_a_run_or_a_person": "an alert event comes from a tracking run or from a person, not both",
        "alerts_assignee_not_blank": "an alert is assigned to someone by name",
        "alerts_severity_check": "an alert's severity is info, warning or overdue",
        "api_tokens_role_check": "a token's role is officer, board, chair or dpo",
        "declaration_reads_reason_check": "reading someone's declarations needs a reason",
        "declaration_reads_via_check": "a read of declarations comes through the command line, the API or the pages",
        "declaration_reads_what_check": "what is read is the declarations or a subject access export",
        "one_time_links_link_sha256_key": "that link exists already; make a new one",
        "one_time_links_purpose_check": "a one-time link is an invitation, a monitoring form or a skills audit form",
        "one_time_links_target":
            "an invitation names an account, a monitoring link a person or candidate, and a skills link an appointment and a framework",
        "user_accounts_api_token_id_key": "an account has a token of its own",
        "user_accounts_display_name_check": "an account needs the person's name",
        "user_accounts_email": "an account for that email address exists already",
        "user_accounts_email_check": "an account's email is an address such as name@example.org",
        "user_accounts_totp_secret_check": "a second factor's secret is at least 20 characters",
        "appointments_category_check": "not a governor category the register knows",
        "appointments_ended_reason_check": "not a reason for leaving the register knows",
        "appointments_role_check": "a governor's role is member, chair or vice-chair",
        "audit_log_operation_check": "an audit entry records an insert, update or delete",
        "body_comparators_dimension_check": "a comparator is for sex or ethnicity",
        "chair_reviews_judgement_check": "not a judgement a chair's review can record",
        "community_profiles_classification_check": "not an ethnicity classification the register knows",
        "community_profiles_geography_kind_check": "not a kind of geography the register knows",
        "courses_kind_check": "not a kind of course the register knows",
        "diversity_declarations_collected_by_check": "not a way of collecting a declaration the register knows",
        "diversity_declarations_ethnicity_check": "not an ethnic group the register knows",
        "diversity_declarations_sex_check": "not a sex the register records",
        "instrument_seats_category_check": "not a seat category an instrument can have",
        "reconstitution_stages_stage_check": "not a stage of reconstitution the register knows",
        "report_runs_audience_check": "a report's audience is officer, board or chair",
        "retention_actions_action_check": "not a retention action the register knows",
        "schools_category_check": "not a school category the register knows",
        "schools_foundation_status_check": "not a foundation status the register knows",
        "surplus_departures_decided_by_check": "not a decider of a surplus departure the register knows",
        "vacancies_category_check": "not a seat category a vacancy can be in",
        "vacancies_reason_check": "not a reason for a vacancy the register knows",
        // Values a person types.
        "api_tokens_owner_check": "a token needs its owner's name",
        "api_tokens_token_sha256_key": "that token is already issued",
        "local_authorities_la_code_check": "a local authority code has three digits (100 to 999)",
        "local_authorities_name_check": "a local authority needs a name",
        "local_authorities_ons_code_key": "another local authority already has this ONS code",
        "community_profiles_name_check": "a profile needs a name",
        "community_profiles_source_check": "a profile needs the source it comes from",
        "community_profiles_unknown_count_check": "a count in a profile cannot be negative",
        "courses_title_check": "a course needs a title",
        "governing_bodies_name_check": "a governing body needs a name",
        "instruments_regulations_check": "an instrument is made under the 2007 or the 2012 regulations",
        "people_forename1_check": "a person needs a forename",
        "people_surname_check": "a person needs a surname",
        "schools_establishment_number_check": "an establishment number is 1 to 9999",
        "schools_name_check": "a school needs a name",
        "schools_urn_check": "a URN has six digits (100000 to 999999)",
        "surplus_departures_appointment_id_key": "a departure for this appointment is already recorded",
        // Records the service writes itself.
        "alerts_check_name_subject_idx": "this alert is already open",
        "representation_snapshots_as_of_body_group_idx": "a snapshot of this body and group on that date is already taken",
        "representation_snapshots_in_group_check": "a snapshot's counts cannot be negative",
        "representation_snapshots_in_post_check": "a snapshot's counts cannot be negative",
        "representation_snapshots_unknown_check": "a snapshot's counts cannot be negative",
        "retention_runs_demographics_months_check": "a retention period is a positive number of months",
        "retention_runs_identity_years_check": "a retention period is a positive number of years",
    ]

    /// What a row-level security refusal says: the same as a reference to nothing, so it does not
    /// tell the caller that the record exists in another authority.
    static let outsideScope = "that refers to something that does not exist"

    /// The two rules every voidable table has (sql/0012), whichever table it is.
    package static func voidSentence(_ constraint: String) -> String? {
        if constraint.hasSuffix("_void_with_reason") {
            return "a void record needs who voided it, when, and a reason that is not blank"
        }
        if constraint.hasSuffix("_replaced_only_when_void") {
            return "only a void record can be replaced by a corrected version"
        }
        return nil
    }

    static func sentence(for constraint: String, state: String, info: PSQLError.ServerInfo, detailed: Bool = true) -> String {
        if let sentence = known[constraint] ?? voidSentence(constraint) { return sentence }
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
