import Application
import Foundation
import Governance
import Store
import TestSupport
import Testing

extension WebPageTests {
    /// An officer tags the body's open vacancy with a skill it seeks and removes the tag from the
    /// body page (docs/skills.md); a code not in the framework, a tag not there and another
    /// authority's vacancy are refused with nothing written; the chair sees the tags, not the forms.
    @Test func officerTagsAVacancyWithASkillItSeeks() async throws {
        try await Self.withSite { register, w, client in
            let uri = "/bodies/\(w.merton.body.rawValue)"
            let file = try Fixtures.file(Fixtures.skillsFramework)
            _ = try await SkillsAudit(register: register).load(
                path: file, displayName: "skills.csv", name: "Merton 2015", on: Fixtures.d("2015-09-01"))
            var officer = try await Self.signedIn(client, "officer@merton.example")
            let page = try await officer.get(uri)
            #expect(page.text.contains("No open vacancy is tagged") && page.text.contains("Tag the vacancy"))
            #expect(page.text.contains("<option value=\"\(w.merton.vacancy.labelled)\">"))
            let csrf = try #require(PageBrowser.hidden("csrf", in: page.text))
            let vacancy = w.merton.vacancy.labelled
            func sought() async throws -> [String] {
                try await register.skillsSought(bodyID: w.merton.body, openOn: Fixtures.d("2015-12-01")).map(\.code)
            }

            let unknown = try await officer.post(
                uri + "/vacancies/skills", [("csrf", csrf), ("vacancy", vacancy), ("question", "XX9")])
            #expect(unknown.status == .unprocessableContent && unknown.text.contains("href=\"#sought_question\""))
            #expect(unknown.text.contains("expected a code of the framework"))
            let blank = try await officer.post(uri + "/vacancies/skills", [("csrf", csrf), ("vacancy", ""), ("question", "")])
            #expect(blank.status == .unprocessableContent && blank.text.contains("Select the open vacancy"))
            let sutton = try await officer.post(
                uri + "/vacancies/skills", [("csrf", csrf), ("vacancy", w.sutton.vacancy.labelled), ("question", "FIN2")])
            #expect(sutton.status == .notFound)
            #expect(try await sought().isEmpty)

            let tagged = try await officer.post(
                uri + "/vacancies/skills", [("csrf", csrf), ("vacancy", vacancy), ("question", "fin2")])
            #expect(tagged.status == .seeOther)
            #expect(try await sought() == ["FIN2"])
            let shown = try await officer.get(tagged.location ?? "")
            #expect(shown.text.contains("Vacancy \(vacancy) now seeks fin2."))
            // FIN2 is a gap: no member has answered it.
            #expect(shown.text.contains("<td>\(vacancy) (co-opted): Finance: Audit and value for money (FIN2), a gap</td>"))
            var chair = try await Self.signedIn(client, "chair@merton.example")
            let chairs = try await chair.get(uri)
            #expect(chairs.text.contains("<li>\(vacancy) (co-opted): Finance: Audit and value for money (FIN2), a gap</li>"))
            #expect(!chairs.text.contains("Tag the vacancy") && !chairs.text.contains("/vacancies/skills/remove"))

            let removed = try await officer.post(
                uri + "/vacancies/skills/remove", [("csrf", csrf), ("vacancy", vacancy), ("question", "FIN2")])
            #expect(removed.status == .seeOther && removed.location?.contains("untagged=") == true)
            #expect(try await sought().isEmpty)
            let again = try await officer.post(
                uri + "/vacancies/skills/remove", [("csrf", csrf), ("vacancy", vacancy), ("question", "FIN2")])
            #expect(again.status == .unprocessableContent && again.text.contains("does not seek"))
        }
    }

    /// An officer makes a governor's skills audit link on the person page, as `govmon skills
    /// invite` does: refused in plain words before a framework is loaded; another person's
    /// appointment is not found; the link made opens the form.
    @Test func officerMakesASkillsLinkOnThePersonPage() async throws {
        try await Self.withSite { register, w, client in
            let uri = "/people/\(w.merton.person.rawValue)"
            var officer = try await Self.signedIn(client, "officer@merton.example")
            let page = try await officer.get(uri)
            #expect(page.text.contains("Make a skills link"))
            #expect(page.text.contains("<option value=\"\(w.merton.memberAppointment.labelled)\">"))
            let csrf = try #require(PageBrowser.hidden("csrf", in: page.text))
            let member = w.merton.memberAppointment.labelled
            let none = try await officer.post(uri + "/skills-link", [("csrf", csrf), ("appointment", member)])
            #expect(none.status == .unprocessableContent && none.text.contains("href=\"#skills_appointment\""))
            #expect(none.text.contains("No skills framework is loaded"))

            let file = try Fixtures.file(Fixtures.skillsFramework)
            _ = try await SkillsAudit(register: register).load(
                path: file, displayName: "skills.csv", name: "Merton 2015", on: Fixtures.d("2015-09-01"))
            let chairs = try await officer.post(
                uri + "/skills-link", [("csrf", csrf), ("appointment", w.merton.chairAppointment.labelled)])
            #expect(chairs.status == .notFound)
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM one_time_links WHERE purpose = 'skills'") == 0)

            let made = try await officer.post(uri + "/skills-link", [("csrf", csrf), ("appointment", member)])
            #expect(made.status == .ok && made.text.contains("A one-time link has been made"))
            let link = try #require(made.text.range(of: #"/skills/[A-Za-z0-9_-]+"#, options: .regularExpression))
            var governor = PageBrowser(client: client)
            let form = try await governor.get(String(made.text[link]))
            #expect(form.status == .ok && form.text.contains("Setting and monitoring the budget"))
        }
    }
}
