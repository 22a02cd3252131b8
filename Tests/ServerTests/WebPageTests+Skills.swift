import Application
import Foundation
import Governance
import Store
import TestSupport
import Testing

extension WebPageTests {
    /// The body page's skills audit (docs/skills.md) for the officer and the body's chair: the
    /// categories, the gaps, and what would become a gap if members whose terms end soon left.
    @Test func bodyPageShowsTheSkillsAudit() async throws {
        try await Self.withSite { register, w, client in
            let uri = "/bodies/\(w.merton.body.rawValue)"
            var officer = try await Self.signedIn(client, "officer@merton.example")
            #expect(try await officer.get(uri).text.contains("No skills audit framework loaded"))

            let file = try Fixtures.file(Fixtures.skillsFramework)
            let audit = SkillsAudit(register: register)
            _ = try await audit.load(path: file, displayName: "skills.csv", name: "Merton 2015", on: Fixtures.d("2015-09-01"))
            // Chair FIN1 5, member FIN1 4: FIN1 is a strength; FIN2 and SL1 no one has answered, so gaps.
            // Both terms ran out on 2018-12-31 (four years from 2015-01-01) with no end recorded, so
            // both still serve on the service's today (after 2018) and both count as leaving: FIN1
            // becomes a gap if they left.
            for (appointment, score) in [(w.merton.chairAppointment, 5), (w.merton.memberAppointment, 4)] {
                _ = try await audit.answer(
                    appointment, framework: nil, code: "FIN1", on: Fixtures.d("2015-10-01"), score: score, text: nil)
            }
            // The world's Merton vacancy (co-opted, open from 2015-09-01) seeks FIN2, a gap.
            _ = try await audit.seek(w.merton.vacancy, codes: ["FIN2"], framework: nil, on: Fixtures.d("2015-10-01"))
            for email in ["officer@merton.example", "chair@merton.example"] {
                var browser = try await Self.signedIn(client, email)
                let page = try await browser.get(uri)
                #expect(page.status == .ok, "\(email)")
                #expect(page.text.contains("Framework \"Merton 2015\": 2 of 2 members have answered"), "\(email)")
                #expect(page.text.contains("<td>Finance</td><td>2</td><td>4.5</td><td>1</td><td>2</td>"), "\(email)")
                #expect(page.text.contains("Strategy: Setting the school&#39;s direction (SL1)"), "\(email)")
                #expect(
                    page.text.contains("(Chair Mertonperson, term ended 2018-12-31; Member Mertonperson, term ended 2018-12-31)"),
                    "\(email)")
                #expect(
                    page.text.contains("<li>Finance: Setting and monitoring the budget (FIN1) would become a gap</li>"),
                    "\(email)")
            }
        }
    }
}
