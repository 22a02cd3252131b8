import Application
import Foundation
import Governance
import Hummingbird
import Store

/// The governor's (or a candidate's) self-service monitoring form, opened by a one-time link
/// without signing in. The answers go to the declarations table (a candidate's to their
/// monitoring table, docs/recruitment.md) and nowhere else: not to the log, not to the audit
/// trail's values, and no page shows them back.
extension WebSite {
    struct DiversityView {
        struct Answer {
            var value: String
            var label: String
            var inputID: String
        }
        struct Section {
            var heading: String
            var answers: [Answer]
        }
        var secret: String
        /// A candidate's form (the funnel's monitoring, docs/recruitment.md) rather than a governor's.
        var candidate = false
        var action: String
        var sexes: [Answer]
        var sections: [Section]
        var sexError: String?
        var ethnicityError: String?

        init(secret: String, candidate: Bool = false) {
            self.secret = secret
            self.candidate = candidate
            action = (candidate ? "/candidate-monitoring/" : "/diversity/") + secret
            sexes = CensusFormWording.sexAnswers.map {
                Answer(value: $0.0.rawValue, label: $0.1, inputID: "sex-\($0.0.rawValue)")
            }
            sections = CensusFormWording.sections.map { section in
                Section(
                    heading: section.heading,
                    answers: section.answers.map {
                        Answer(value: $0.0.rawValue, label: $0.1, inputID: "ethnicity-\($0.0.rawValue)")
                    })
            }
        }
    }

    private var selfService: DiversitySelfService {
        DiversitySelfService(
            register: Register(deps.database.acting(as: "governor (self-service form)", source: "govmon web").scoped(to: .all)),
            today: deps.today)
    }

    func diversityPage(_ page: PageRequest) async throws -> Response {
        try await monitoringPage(page, candidate: false)
    }

    func candidateMonitoringPage(_ page: PageRequest) async throws -> Response {
        try await monitoringPage(page, candidate: true)
    }

    func submitDiversity(_ page: PageRequest) async throws -> Response {
        try await submitMonitoring(page, candidate: false)
    }

    func submitCandidateMonitoring(_ page: PageRequest) async throws -> Response {
        try await submitMonitoring(page, candidate: true)
    }

    private func monitoringPage(_ page: PageRequest, candidate: Bool) async throws -> Response {
        let secret = page.parameter("secret")
        guard try await selfService.isOpen(secret, candidate: candidate) else { return expiredLink(page) }
        return self.page(
            title: "Diversity monitoring", template: "diversity", view: DiversityView(secret: secret, candidate: candidate),
            person: nil, path: candidate ? "/candidate-monitoring" : "/diversity")
    }

    private func submitMonitoring(_ page: PageRequest, candidate: Bool) async throws -> Response {
        let secret = page.parameter("secret")
        guard try await selfService.isOpen(secret, candidate: candidate) else { return expiredLink(page) }
        let sex = DeclaredSex(rawValue: page.field("sex")).flatMap { $0 == .notAsked ? nil : $0 }
        let ethnicity = Ethnicity2021(rawValue: page.field("ethnicity")).flatMap { $0 == .notAsked ? nil : $0 }
        var view = DiversityView(secret: secret, candidate: candidate)
        var errors: [FieldError] = []
        if sex == nil {
            view.sexError = "Select your sex, or “Prefer not to say”"
            errors.append(FieldError(field: "sex-female", message: view.sexError!))
        }
        if ethnicity == nil {
            view.ethnicityError = "Select your ethnic group, or “Prefer not to say”"
            errors.append(FieldError(field: "ethnicity-bangladeshi", message: view.ethnicityError!))
        }
        guard let sex, let ethnicity else {
            return self.page(
                .unprocessableContent, title: "Diversity monitoring", template: "diversity", view: view, person: nil,
                path: candidate ? "/candidate-monitoring" : "/diversity", errors: errors)
        }
        guard try await selfService.submit(secret, sex: sex, ethnicity: ethnicity, candidate: candidate) else {
            return expiredLink(page)
        }
        struct Done {
            var heading = "Thank you: your answers have been sent"
            var paragraphs = [
                "Governor Services will use them only in totals that cannot identify anyone.",
                "This link has now been used. If you want to change your answers, ask Governor Services for a new link.",
            ]
            var link: String?
        }
        return self.page(
            title: "Answers sent", template: "message", view: Done(), person: nil,
            path: candidate ? "/candidate-monitoring" : "/diversity")
    }
}
