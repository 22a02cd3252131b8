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
