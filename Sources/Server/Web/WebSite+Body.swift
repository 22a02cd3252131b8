import Application
import Foundation
import Governance
import Hummingbird
import Reports
import Store

/// A governing body's page (a chair's own, or any in an officer's authorities) and the chair's
/// review form.
extension WebSite {
    /// The body a page names, as the person's register finds it; a chair may open only their own.
    func body(_ reference: String, for person: SignedIn) async throws -> (Register, GoverningBody) {
        let register = register(for: person)
        let body = try await register.body(reference)
        if person.identity.role == .chair && person.identity.bodyID != body.id {
            throw StoreError.forbidden("a chair's account opens their own body's pages only")
        }
        return (register, body)
    }

    func bodyPage(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let (register, body) = try await self.body(page.parameter("body"), for: person)
        let overview = try await BodyOverviewQuery(register: register, settings: deps.settings).load(body, asOf: deps.today)
        var view = try await BodyView(overview, for: person, register: register)
        // After signing in again mid-form, what was typed comes back in the query.
        view.judgement = Self.query(page.request, "judgement")
        view.actions = Self.query(page.request, "actions") ?? ""
        view.date = Self.query(page.request, "date") ?? deps.today.iso
        if view.appoint != nil, let forename = Self.query(page.request, "forename") {
            let q = { (name: String) in Self.query(page.request, name) ?? "" }
            view.appoint = BodyView.AppointView(
                AppointForm(
                    forename: forename, surname: q("surname"), personID: q("person"), category: q("category"), start: q("start"),
                    termYears: q("term_years"), reason: q("reason"), allowOver: q("allow_over") == "yes"),
                today: deps.today)
        }
        var banner = Self.query(page.request, "recorded") != nil ? "The review has been recorded." : nil
        if let appointed = Self.query(page.request, "appointed") { banner = "Appointment A\(appointed) has been recorded." }
        if let ended = Self.query(page.request, "ended") { banner = "Appointment A\(ended) has been ended." }
        if let opened = Self.query(page.request, "opened") { banner = "Vacancy V\(opened) has been opened." }
        if let filled = Self.query(page.request, "filled") { banner = "Vacancy V\(filled) has been filled." }
        // Only a question code is echoed back (letters and digits, as a framework's codes are).
        let skill =
            Self.query(page.request, "skill").flatMap { code in
                code.count <= 40 && code.allSatisfy { $0.isLetter || $0.isNumber } ? code : nil
            }
            ?? "the skill"
        if let tagged = Self.query(page.request, "tagged") { banner = "Vacancy V\(tagged) now seeks \(skill)." }
        if let untagged = Self.query(page.request, "untagged") { banner = "Vacancy V\(untagged) no longer seeks \(skill)." }
        return self.page(
            title: body.name, template: "body", view: view.finished(), person: person, path: page.path, banner: banner)
    }

    func recordReview(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let (register, body) = try await self.body(page.parameter("body"), for: person)
        let overview = try await BodyOverviewQuery(register: register, settings: deps.settings).load(body, asOf: deps.today)
        var view = try await BodyView(overview, for: person, register: register)
        view.judgement = page.field("judgement")
        view.actions = page.field("actions")
        view.date = page.field("date")
        let judgement = ReviewJudgement(rawValue: page.field("judgement"))
        let date = CalendarDate(typed: page.field("date"))
        var errors: [FieldError] = []
        if judgement == nil {
            view.judgementError = "Select whether the body reflects its community"
            errors.append(FieldError(field: "judgement-representative", message: view.judgementError!))
        }
        if date == nil {
            view.dateError = "Enter the date of the review as YYYY-MM-DD"
        } else if let date, date > deps.today {
            view.dateError = "The date of the review must be today or in the past"
        }
        if let message = view.dateError { errors.append(FieldError(field: "date", message: message)) }
        guard errors.isEmpty, let judgement, let date, let chair = overview.chair else {
            if overview.chair == nil && errors.isEmpty {
                errors.append(FieldError(field: "review", message: "No chair is serving, so a review cannot be recorded"))
            }
            return self.page(
                .unprocessableContent, title: body.name, template: "body", view: view.finished(), person: person,
                path: Self.formPage(forPost: page.path), errors: errors)
        }
        _ = try await ChairReviewRun(register: register, bands: deps.settings.bands).record(
            bodyID: body.id, chairAppointmentID: chair.id, reviewedOn: date, judgement: judgement,
            actions: view.actions.isEmpty ? nil : view.actions, takenToBoardOn: nil, today: deps.today)
        deps.responses.clear()
        return Self.redirect("/bodies/\(body.id.rawValue)?recorded=1#reviews")
    }
}

/// The body page's view: what the template shows, in words, for the person's role. A chair and
/// the board face of the figures show bands and the community's share, never counts by group.
struct BodyView {
    struct Member {
        /// The appointment's id with its letter (A12).
        var label: String
        var name: String
        var personHref: String?
        var category: String
        var role: String
        var termEnd: String
        var inducted: Bool
    }
    struct Row {
        var label: String
        var share: String
        var comparator: String
        var band: String
        var tagClass: String
    }
    struct Finding {
        var severity: String
        var tagClass: String
        var message: String
        var citation: String
    }
    struct Choice {
        var value: String
        var label: String
        var inputID: String
        var checked: Bool
    }
    struct Review {
        var date: String
        var judgement: String
        var actions: String
        var chair: String
    }

    var id: Int64
    var name: String
    var authority: String
    var isFederation: Bool
    var schools: String
    var asOf: String
    var horizon: String
    var memberCount: Int
    var instrument: String
    var chairName: String
    var members: [Member]
    var termsEnding: [Member]
    var vacancies: [[String: String]]
    var constitutionProblem: String?
    var findings: [Finding]
    var constitutionClear = false
    var hasFigures: Bool
    var declared: String
    var groups: [Row]
    var canReview: Bool
    /// Officers see the actions agreed and the chair's name; the board face of a review has neither.
    var showDetails: Bool
    var noChair: Bool
    var csrf: String
    var judgements: [Choice] = []
    var judgement: String?
    var judgementError: String?
    var actions = ""
    var date = ""
    var dateError: String?
    var reviews: [Review]
    var policies: [PolicyRow]
    var recruitments: [RecruitmentRow]
    var skills: SkillsView?
    var appoint: AppointView?
    /// The reasons an appointment ends and a seat falls vacant, for the officer's forms.
    var endReasons: [Choice] = EndReason.allCases.map {
        Choice(value: $0.rawValue, label: $0.rawValue.replacingOccurrences(of: "_", with: " "), inputID: "", checked: false)
    }
    var vacancyReasons: [Choice] = VacancyReason.allCases.map {
        Choice(value: $0.rawValue, label: $0.rawValue.replacingOccurrences(of: "_", with: " "), inputID: "", checked: false)
    }

    /// The officer's appointment form, with what was typed.
    struct AppointView {
        var forename: String
        var surname: String
        var personID: String
        var categories: [Choice]
        var start: String
        var termYears: String
        var reason: String
        var allowOver: Bool
        var error: String?

        init(_ form: WebSite.AppointForm, today: CalendarDate) {
            forename = form.forename
            surname = form.surname
            personID = form.personID
            categories = GovernorCategory.allCases.map {
                Choice(
                    value: $0.rawValue, label: $0.label, inputID: "category-\($0.rawValue)", checked: $0.rawValue == form.category
                )
            }
            start = form.start.isEmpty ? today.iso : form.start
            termYears = form.termYears
            reason = form.reason
            allowOver = form.allowOver
            error = form.error
        }
    }

    init(_ overview: BodyOverview, for person: WebSite.SignedIn, register: Register) async throws {
        let officer = person.identity.role == .officer
        let body = overview.body
        id = body.id.rawValue
        name = body.name
        authority = (try? await register.localAuthority(String(body.laCode)).name) ?? String(body.laCode)
        isFederation = body.isFederation
        schools = body.schoolURNs.isEmpty ? "none" : body.schoolURNs.map { "URN \($0)" }.joined(separator: ", ")
        asOf = overview.asOf.iso
        horizon = overview.asOf.adding(months: 6).iso
        memberCount = overview.members.count
        chairName = overview.chair?.personName ?? "No chair recorded"
        func member(_ a: Appointment) -> Member {
            Member(
                label: a.id.labelled, name: a.personName, personHref: officer ? "/people/\(a.personID.rawValue)" : nil,
                category: a.category.label,
                role: a.role.rawValue.replacingOccurrences(of: "_", with: " "), termEnd: a.termEnd?.iso ?? "no fixed term",
                inducted: overview.inducted.contains(a.personID))
        }
        members = overview.members.map(member)
        termsEnding = overview.termsEndingSoon.map(member)
        vacancies = overview.vacancies.map {
            [
                "category": $0.category.label, "openedOn": $0.openedOn.iso,
                "reason": $0.reason.rawValue.replacingOccurrences(of: "_", with: " "),
            ]
        }
        switch overview.constitution {
        case .success(let report):
            let seats: Int = report.seats.map(\.seats).reduce(0, +)
            if let effective = report.instrumentEffective {
                instrument = "In force from \(effective.iso); \(seats) seats"
            } else {
                instrument = "Recorded; \(seats) seats"
            }
            findings = report.lines.map(\.finding).filter { $0.severity == .breach || $0.severity == .warning }
                .map(Self.finding)
            constitutionClear = findings.isEmpty
        case .failure(let violation):
            instrument = "None in force"
            findings = []
            constitutionProblem = violation.description
        }
        if let figures = overview.figures {
            hasFigures = true
            let inPost = figures.groups.first?.counts.inPost ?? 0
            // Declared is the smallest across groups (a sex answer without an ethnicity counts once only).
            let declaredCount = figures.groups.map(\.counts.declared).min() ?? 0
            declared = "\(declaredCount) of \(inPost) members have answered the monitoring questions"
            groups = figures.groups.map {
                Row(
                    label: $0.label, share: $0.communityShare.map { String(format: "%.0f%%", $0 * 100) } ?? "no comparator",
                    comparator: $0.comparator ?? "none linked", band: Self.bandLabel($0.band), tagClass: Self.tagClass($0.band))
            }
        } else {
            hasFigures = false
            declared = ""
            groups = []
        }
        canReview = person.identity.role == .chair || officer
        appoint = officer ? AppointView(WebSite.AppointForm(), today: overview.asOf) : nil
        showDetails = officer
        noChair = overview.chair == nil
        csrf = person.session.csrfToken
        policies = Self.policyRows(overview)
        recruitments = Self.recruitmentRows(overview, namesPanel: officer || person.identity.role == .chair)
        skills = overview.skills.map {
            SkillsView(
                $0, sought: overview.skillsSought, asOf: overview.asOf, tagging: officer ? overview.vacancies : nil,
                csrf: person.session.csrfToken)
        }
        reviews = overview.reviews.map {
            Review(
                date: $0.reviewedOn.iso, judgement: Self.judgementLabel($0.judgement),
                actions: officer ? ($0.actionsAgreed ?? "") : "", chair: officer ? ($0.chairName ?? "") : "")
        }
    }

    /// The radios, with the posted choice checked.
    func finished() -> BodyView {
        var view = self
        view.judgements = ReviewJudgement.allCases.map {
            Choice(
                value: $0.rawValue, label: Self.judgementLabel($0),
                inputID: "judgement-\($0.rawValue.replacingOccurrences(of: "_", with: "-"))",
                checked: $0.rawValue == judgement)
        }
        return view
    }

    static func finding(_ finding: ConstitutionFinding) -> Finding {
        let breach = finding.severity == .breach
        return Finding(
            severity: breach ? "Breach" : "Check", tagClass: breach ? "tag--red" : "tag--yellow", message: finding.message,
            citation: finding.citation)
    }

    static func judgementLabel(_ judgement: ReviewJudgement) -> String {
        switch judgement {
        case .representative: "Yes, it reflects its community"
        case .partlyRepresentative: "Partly"
        case .notRepresentative: "No, it does not reflect its community"
        case .cannotTell: "We cannot tell yet"
        }
    }

    static func bandLabel(_ band: RepresentationBand) -> String {
        switch band {
        case .reflects: "Reflects"
        case .below: "Below"
        case .wellBelow: "Well below"
        case .insufficientData: "Not enough data"
        }
    }

    static func tagClass(_ band: RepresentationBand) -> String {
        switch band {
        case .reflects: "tag--green"
        case .below: "tag--yellow"
        case .wellBelow: "tag--red"
        case .insufficientData: "tag--grey"
        }
    }
}
