import Foundation
import Governance
import Store
import TestSupport
import Testing

extension ServiceCoverageTests {
    @Test func subjectAccessExportAndRetentionOverHTTP() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            let person = w.people[0]
            // Their terms end 2018-12-31 and are recorded as ended then: leavers, as the register counts them.
            for appointment in try await register.appointments(bodyID: w.body) {
                try await register.endAppointment(appointment.id, on: Self.d("2018-12-31"), reason: .termEnded)
            }
            try await Self.run(register) { api in
                // The export holds the declarations: the data-protection role's, with a reason
                // (privacy.officer_reads_declarations is false by default), each one recorded.
                for token in [w.board, w.chair, w.sutton, w.officer] {
                    #expect(try await api.call(.get, "/api/v1/people/\(person)/export?reason=sar", as: token).status.isRefusal)
                }
                #expect(try await api.call(.get, "/api/v1/people/\(person)/export", as: w.dpo).status == .badRequest)
                #expect(try await api.call(.get, "/api/v1/people/\(person)/export?reason=%20", as: w.dpo).status.code == 422)
                let export = try await api.call(
                    .get, "/api/v1/people/\(person)/export?reason=subject%20access%20request", as: w.dpo)
                #expect(
                    try await DatabaseProbe.count(
                        register,
                        "SELECT count(*) FROM declaration_reads WHERE what = 'export' AND reason = 'subject access request'")
                        == 1)
                let held = JSONShape.object(export.json)
                #expect(export.status == .ok && JSONShape.object(held["person"])["forename1"] as? String == "G0")
                #expect(
                    JSONShape.list(held["appointments"]).count == 1 && JSONShape.list(held["diversity_declarations"]).count == 1)

                // RepresentationTests.setUp: 9 governors from 2015-01-01 for 4 years (to 2018-12-31), each with a
                // declaration, all ended 2018-12-31. On 2020-06-01 they left more than 12 months ago: 9
                // declarations go; none is pseudonymised (6 years not reached). That is everyone who
                // declared, so the run is held until it is confirmed.
                try await api.refuses(.post, "/api/v1/retention/runs?as_of=2020-06-01", [w.board, w.chair, w.officer])
                let dry = try await api.call(.post, "/api/v1/retention/runs?as_of=2020-06-01&dry_run=true", as: w.admin)
                let planned = JSONShape.object(dry.json)
                #expect(dry.status == .ok && planned["declarations_erased"] as? Int64 == 9)
                #expect(planned["people_pseudonymised"] as? Int64 == 0)
                #expect(JSONShape.list(planned["actions"]).allSatisfy { ($0["name"] as? String)?.hasSuffix("Governor") == true })
                #expect(try await register.diversity(personID: person).declarations.count == 1)
                let heldRun = try await api.call(.post, "/api/v1/retention/runs?as_of=2020-06-01", as: w.admin)
                #expect(heldRun.status == .unprocessableContent)
                #expect(try await register.diversity(personID: person).declarations.count == 1)
                let alert = try await register.alerts(openOnly: true).first { $0.check == "retention-held" }
                #expect(alert?.message.contains("9 of the 9") == true, "\(String(describing: alert))")
                let run = try await api.call(
                    .post, "/api/v1/retention/runs?as_of=2020-06-01&confirm_large=true", as: w.admin)
                let done = JSONShape.object(run.json)
                #expect(run.status == .created && done["declarations_erased"] as? Int64 == 9)
                #expect(JSONShape.list(done["actions"]).allSatisfy { $0["name"] == nil })
                #expect(try await register.diversity(personID: person).declarations.isEmpty)
                #expect(try await register.alerts(openOnly: true).allSatisfy { $0.check != "retention-held" })
                #expect(try await Self.lastAudit(register, "retention_runs").actor.hasPrefix("Ada Admin (token "))
            }
        }
    }
}
