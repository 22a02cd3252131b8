import Application
import Foundation
import Governance
import Hummingbird
import Store

/// Finding people, and the data-protection officer's reading of an individual's declarations:
/// with a reason, recorded (who, when, why; never the values) before anything is shown.
extension WebSite {
    /// One declaration as the data-protection officer reads it.
    struct DeclarationRow {
        var date: String
        var sex: String
        var ethnicity: String
        var collectedBy: String
    }

    func peoplePage(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let query = (Self.query(page.request, "q") ?? "").trimmingCharacters(in: .whitespaces)
        struct Row {
            var id: Int64
            var label: String
            var name: String
        }
        struct View {
            var query: String
            var searched: Bool
            var people: [Row]
        }
        let found = query.count < 2 ? [] : try await register(for: person).findPeople(name: query, gid: nil, limit: 100)
        let view = View(
            query: query, searched: query.count >= 2,
            people: found.map { Row(id: $0.id.rawValue, label: $0.id.labelled, name: $0.name.display) })
        return self.page(title: "People", template: "people", view: view, person: person, path: page.path)
    }

    func readDeclarations(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let id = try personID(page)
        let reason = page.field("reason")
        guard !reason.isEmpty else {
            return try await personPage(
                page, id: id,
                errors: [FieldError(field: "reason", message: "Enter why you need to read this person's declarations")])
        }
        let (declarations, objected) = try await register(for: person).readDeclarations(personID: id, reason: reason, via: .web)
        page.context.logger.info("declarations read", metadata: ["person": "\(id.rawValue)"])
        var rows = declarations.reversed().map {
            DeclarationRow(
                date: $0.recordedOn.iso, sex: Self.sexLabel($0.sex), ethnicity: Self.ethnicityLabel($0.ethnicity),
                collectedBy: $0.collectedBy.rawValue.replacingOccurrences(of: "_", with: " "))
        }
        if let objected, rows.isEmpty {
            rows = [DeclarationRow(date: objected.iso, sex: "withheld", ethnicity: "withheld", collectedBy: "objection")]
        }
        return try await personPage(page, id: id, declarations: rows)
    }

    static func sexLabel(_ sex: DeclaredSex) -> String {
        CensusFormWording.sexAnswers.first { $0.0 == sex }?.1 ?? "Not asked"
    }

    static func ethnicityLabel(_ ethnicity: Ethnicity2021) -> String {
        for section in CensusFormWording.sections {
            if let answer = section.answers.first(where: { $0.0 == ethnicity }) { return "\(section.heading): \(answer.1)" }
        }
        return ethnicity == .preferNotToSay ? "Prefer not to say" : "Not asked"
    }
}
