import Application
import Foundation
import Governance
import Store
import TestSupport
import Testing

extension WebPageTests {
    /// The body page's succession planning (docs/succession.md): the school's policy in force, and
    /// the headteacher appointment's stage, panel and confirmation, for the officer and the body's
    /// chair (who see who sits on the panel).
    @Test func bodyPageShowsSuccessionPlanning() async throws {
        try await Self.withSite { register, w, client in
            _ = try await register.recordSuccessionPolicy(
                NewSuccessionPolicy(
                    urn: w.merton.urn, source: .model, modelVersion: "Merton model v2", adoptedOn: Fixtures.d("2015-03-01"),
                    reviewOn: Fixtures.d("2017-03-01"), diversityEvidenced: true, diversityNote: nil, minute: "FGB minute 7"))
            _ = try await register.addPanelMember(
                w.merton.recruitment, appointmentID: w.merton.chairAppointment, joinedOn: Fixtures.d("2015-09-02"))
            _ = try await register.addRecruitmentStage(
                w.merton.recruitment, stage: .shortlisted, on: Fixtures.d("2015-10-01"), note: nil)
            let uri = "/bodies/\(w.merton.body.rawValue)"
            let panelName = try await register.appointment(w.merton.chairAppointment).personName
            for email in ["officer@merton.example", "chair@merton.example"] {
                var browser = try await Self.signedIn(client, email)
                let page = try await browser.get(uri)
                #expect(page.status == .ok, "\(email)")
                #expect(page.text.contains("Authority model (Merton model v2)") && page.text.contains("2017-03-01"), "\(email)")
                #expect(page.text.contains("Shortlisted 2015-10-01") && page.text.contains("Not recorded"), "\(email)")
                #expect(page.text.contains(panelName), "\(email)")
            }
            // Body pages are not the board's (it reads the report): refused whatever they hold.
            var board = try await Self.signedIn(client, "board@merton.example")
            #expect(try await board.get(uri).status == .forbidden)
        }
    }
}

extension WebPageTests {
    /// A candidate answers the monitoring questions through their one-time link (docs/recruitment.md):
    /// the answers reach the candidates' monitoring table, count in the funnel, and the link works once.
    /// A governor's link does not open a candidate's form, nor the other way round.
    @Test func candidateFillsTheMonitoringForm() async throws {
        try await Self.withSite { register, w, client in
            let candidate = try await register.addCandidate(
                laCode: 315, name: "Cai Candidate", route: .inspiringGovernance, vacancyID: w.merton.vacancy,
                recordedOn: Fixtures.d("2015-10-01"), note: nil)
            _ = try await register.addCandidateStage(
                candidate, stage: .expressedInterest, on: Fixtures.d("2015-10-01"), appointmentID: nil)
            let path = try await DiversitySelfService(register: register, today: Fixtures.d("2015-10-02")).inviteCandidate(
                candidate)
            #expect(path.hasPrefix("/candidate-monitoring/"))
            var visitor = PageBrowser(client: client)
            let form = try await visitor.get(path)
            #expect(form.status == .ok && form.text.contains("No one deciding on your application sees them"))
            #expect(form.text.contains("action=\"\(path)\""))
            // The same secret under the governors' path opens nothing.
            let wrongDoor = path.replacingOccurrences(of: "/candidate-monitoring/", with: "/diversity/")
            #expect(try await visitor.get(wrongDoor).text.contains("This link has expired or has been used"))
            let empty = try await visitor.post(path, [])
            #expect(empty.status == .unprocessableContent && empty.text.contains("Select your sex"))
            let sent = try await visitor.post(path, [("sex", "female"), ("ethnicity", "african")])
            #expect(sent.status == .ok && sent.text.contains("your answers have been sent"))
            #expect(!sent.text.contains("frican") && !sent.text.contains("emale"))
            #expect(try await visitor.get(path).text.contains("This link has expired or has been used"))
            // Counted in the funnel (one woman, ethnic minority under either definition), shown nowhere.
            // The form is dated the service's today, so the funnel is read to a date well after it.
            // The two-authority world's own Merton candidate (who never answered) began on 2015-09-02.
            let funnel = try await register.funnelCandidates(laCode: 315, to: Fixtures.d("2099-12-31"))
                .filter { $0.firstOn == Fixtures.d("2015-10-01") }
            #expect(funnel.count == 1 && funnel.first?.sex == .female && funnel.first?.ethnicity == .african)
            #expect(try await register.audit(table: "candidate_monitoring", limit: 5).first?.after?.contains("african") == false)
        }
    }
}
