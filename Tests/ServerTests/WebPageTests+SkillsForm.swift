import Application
import Foundation
import Governance
import Store
import TestSupport
import Testing

extension WebPageTests {
    /// A governor answers the skills audit through a one-time link without signing in
    /// (docs/skills.md): blank and out-of-range forms are refused and record nothing, a good one
    /// records every answer at once (as the form's actor), and the link then works no more.
    @Test func governorAnswersTheSkillsAuditByLink() async throws {
        try await Self.withSite { register, w, client in
            let audit = SkillsAudit(register: register)
            _ = try await audit.load(
                path: try Fixtures.file(Fixtures.skillsFramework), displayName: "skills.csv", name: "Merton 2015",
                on: Fixtures.d("2015-09-01"))
            // The two-authority world's appointments have no recorded end, so they serve on any later date.
            let link = try await audit.invite(w.merton.chairAppointment, framework: nil, today: Fixtures.d("2016-01-04"))
            #expect(link.path.hasPrefix("/skills/"))
            var visitor = PageBrowser(client: client)
            let form = try await visitor.get(link.path)
            #expect(form.status == .ok && form.text.contains("Setting and monitoring the budget"))
            #expect(form.text.contains("id=\"q-FIN1-5\" name=\"q-FIN1\" type=\"radio\" value=\"5\""))
            #expect(form.text.contains("<textarea class=\"textarea\" id=\"q-SL2\" name=\"q-SL2\""))
            // The same secret under the monitoring path opens nothing.
            let wrongDoor = link.path.replacingOccurrences(of: "/skills/", with: "/diversity/")
            #expect(try await visitor.get(wrongDoor).text.contains("This link has expired or has been used"))

            let empty = try await visitor.post(link.path, [("q-FIN1", ""), ("q-SL2", "  ")])
            #expect(empty.status == .unprocessableContent && empty.text.contains("Answer at least one question"))
            let tampered = try await visitor.post(link.path, [("q-FIN1", "9"), ("q-SL2", "Finance")])
            #expect(tampered.status == .unprocessableContent)
            #expect(tampered.text.contains("Choose a score from 1 to 5 for “Setting and monitoring the budget”"))
            // The words typed are kept in the form sent back.
            #expect(tampered.text.contains(">Finance</textarea>"))
            #expect(try await DatabaseProbe.rowCount(register, "skills_answers") == 0)

            let sent = try await visitor.post(link.path, [("q-FIN1", "5"), ("q-FIN2", ""), ("q-SL2", "Finance committee")])
            #expect(sent.status == .ok && sent.text.contains("your answers have been sent"))
            #expect(try await DatabaseProbe.rowCount(register, "skills_answers") == 2)
            #expect(try await register.audit(table: "skills_answers", limit: 1).first?.actor == "governor (skills audit form)")
            #expect(try await visitor.get(link.path).text.contains("This link has expired or has been used"))
            #expect(try await visitor.post(link.path, [("q-FIN1", "4")]).text.contains("This link has expired or has been used"))
            #expect(try await DatabaseProbe.rowCount(register, "skills_answers") == 2)
        }
    }
}
