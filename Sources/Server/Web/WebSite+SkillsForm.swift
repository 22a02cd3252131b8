import Application
import Foundation
import Governance
import Hummingbird
import Store

/// A governor's skills audit form (docs/skills.md), opened by a one-time link without signing in:
/// each question of the framework, a score from 1 to 5 or words; any may be left blank, but not all.
extension WebSite {
    struct SkillsFormView {
        struct Option {
            var value: String
            var label: String
            var inputID: String
            var checked: Bool
        }
        struct Question {
            var code: String
            var text: String
            var name: String
            var inputID: String
            var scale: Bool
            var options: [Option]
            var words: String
            var error: String?
        }
        struct Section {
            var heading: String
            var questions: [Question]
        }
        var framework: String
        var action: String
        var sections: [Section]
        var formError: String?

        /// The form field that carries a question's answer.
        static func fieldName(_ question: SkillQuestion) -> String { "q-" + question.code }

        /// The score's words, as docs/skills.md gives them.
        static let scaleLabels = [
            "1 – no knowledge or experience", "2 – some", "3 – working knowledge", "4 – confident", "5 – expert",
        ]

        init(secret: String, framework: StoredSkillsFramework, answered: [String: String] = [:], errors: [String: String] = [:]) {
            self.framework = framework.name
            action = "/skills/" + secret
            var sections: [Section] = []
            for question in framework.questions {
                let name = SkillsFormView.fieldName(question)
                let given = answered[name] ?? ""
                let options = (1...5).map { score in
                    Option(
                        value: "\(score)", label: Self.scaleLabels[score - 1], inputID: "\(name)-\(score)",
                        checked: given == "\(score)")
                }
                let view = Question(
                    code: question.code, text: question.text, name: name,
                    inputID: question.kind == .scale ? "\(name)-1" : name, scale: question.kind == .scale,
                    options: options, words: question.kind == .text ? given : "", error: errors[name])
                if sections.last?.heading == question.category {
                    sections[sections.count - 1].questions.append(view)
                } else {
                    sections.append(Section(heading: question.category, questions: [view]))
                }
            }
            self.sections = sections
        }
    }

    private var skillsAudit: SkillsAudit {
        SkillsAudit(
            register: Register(deps.database.acting(as: "governor (skills audit form)", source: "govmon web").scoped(to: .all)))
    }

    func skillsFormPage(_ page: PageRequest) async throws -> Response {
        let secret = page.parameter("secret")
        guard let framework = try await skillsAudit.form(secret) else { return expiredLink(page) }
        return self.page(
            title: "Skills audit", template: "skills-form", view: SkillsFormView(secret: secret, framework: framework),
            person: nil, path: "/skills")
    }

    func submitSkillsForm(_ page: PageRequest) async throws -> Response {
        let secret = page.parameter("secret")
        guard let framework = try await skillsAudit.form(secret) else { return expiredLink(page) }
        var given: [String: String] = [:]
        var answers: [SkillFormAnswer] = []
        var problems: [String: String] = [:]
        for question in framework.questions {
            let name = SkillsFormView.fieldName(question)
            let value = page.field(name)
            given[name] = value
            guard !value.isEmpty else { continue }
            switch question.kind {
            case .scale:
                if let score = Int(value), (1...5).contains(score) {
                    answers.append(SkillFormAnswer(code: question.code, score: score, text: nil))
                } else {
                    problems[name] = "Choose a score from 1 to 5 for “\(question.text)”, or leave it blank"
                }
            case .text:
                answers.append(SkillFormAnswer(code: question.code, score: nil, text: value))
            }
        }
        var formProblem: String?
        if problems.isEmpty && answers.isEmpty { formProblem = "Answer at least one question" }
        if problems.isEmpty, formProblem == nil {
            do {
                guard try await skillsAudit.submit(secret, answers: answers, on: deps.today) else { return expiredLink(page) }
                struct Done {
                    var heading = "Thank you: your answers have been sent"
                    var paragraphs = [
                        "Your chair and Governor Services will use them to see which skills the governing body has and which it needs.",
                        "This link has now been used. If you want to change your answers, ask Governor Services for a new link.",
                    ]
                    var link: String?
                }
                return self.page(title: "Answers sent", template: "message", view: Done(), person: nil, path: "/skills")
            } catch let error as StoreError {
                // Not serving any more, or answered already today: the form says so and keeps the answers.
                formProblem = error.description.replacing(#/^--[a-z-]+: /#, with: "")
            }
        }
        var view = SkillsFormView(secret: secret, framework: framework, answered: given, errors: problems)
        view.formError = formProblem
        var errors = framework.questions.compactMap { question -> FieldError? in
            let name = SkillsFormView.fieldName(question)
            guard let message = problems[name] else { return nil }
            return FieldError(field: question.kind == .scale ? "\(name)-1" : name, message: message)
        }
        if let formProblem, let first = view.sections.first?.questions.first {
            errors.append(FieldError(field: first.inputID, message: formProblem))
        }
        return self.page(
            .unprocessableContent, title: "Skills audit", template: "skills-form", view: view, person: nil, path: "/skills",
            errors: errors)
    }
}
