import Foundation
import Governance
import PostgresNIO
import Store
import TestSupport
import Testing

/// Succession policies and recruitment records behind row-level security, as the service's
/// least-privilege login sees them; and every change in the audit trail with its actor.
@Suite struct SuccessionStoreTests {
    @Test func anAuthorityNeitherSeesNorWritesAnothersPoliciesOrRecruitments() async throws {
        try await Logins.ensureLogins()
        try await TestDatabase.withRegister { owner, settings in
            let (merton, sutton) = try await PrivilegeTests.twoAuthorities(owner)
            for urn in [102649, 102700] {
                _ = try await owner.recordSuccessionPolicy(
                    NewSuccessionPolicy(
                        urn: urn, source: .own, modelVersion: nil, adoptedOn: Fixtures.d("2015-03-01"), reviewOn: nil,
                        diversityEvidenced: true, diversityNote: nil, minute: "FGB 1 March 2015, minute 2"))
            }
            let suttonPlan = try await owner.planHeadteacherRecruitment(
                bodyID: sutton, recordedOn: Fixtures.d("2015-05-01"), plannedOn: Fixtures.d("2015-10-01"), note: nil)
            _ = try await owner.addRecruitmentStage(suttonPlan, stage: .advertised, on: Fixtures.d("2015-06-01"), note: nil)
            _ = try await owner.confirmPanel(suttonPlan, on: Fixtures.d("2015-06-02"), minute: "FGB minute 9", note: nil)
            var app = settings
            app.user = PrivilegeTests.appLogin
            try await Database.with(app, actor: "Merton officer") { database in
                let mertonOnly = Register(database.scoped(to: .only([315])))
                #expect(try await mertonOnly.successionPolicies().map(\.urn) == [102649])
                #expect(try await DatabaseProbe.rowCount(mertonOnly, "recruitment_stages") == 0)
                #expect(try await DatabaseProbe.rowCount(mertonOnly, "panel_confirmations") == 0)
                await #expect(throws: StoreError.self) {
                    _ = try await mertonOnly.recordSuccessionPolicy(
                        NewSuccessionPolicy(
                            urn: 102700, source: .own, modelVersion: nil, adoptedOn: Fixtures.d("2015-04-01"), reviewOn: nil,
                            diversityEvidenced: true, diversityNote: nil, minute: "sneaky"))
                }
                await #expect(throws: StoreError.self) {
                    _ = try await mertonOnly.addRecruitmentStage(
                        suttonPlan, stage: .shortlisted, on: Fixtures.d("2015-07-01"), note: nil)
                }
                // Its own authority it writes, audited with the actor.
                let plan = try await mertonOnly.planHeadteacherRecruitment(
                    bodyID: merton, recordedOn: Fixtures.d("2015-05-01"), plannedOn: Fixtures.d("2015-10-01"), note: nil)
                _ = try await mertonOnly.addRecruitmentStage(plan, stage: .appointed, on: Fixtures.d("2015-09-01"), note: nil)
                #expect(try await mertonOnly.headteacherRecruitment(plan).appointedOn == Fixtures.d("2015-09-01"))
            }
            let everyone = Register(owner.database.scoped(to: .all))
            #expect(try await DatabaseProbe.rowCount(everyone, "recruitment_stages") == 2)
            let trail = try await owner.audit(limit: 200)
            #expect(trail.contains { $0.actor == "Merton officer" && $0.table == "recruitment_stages" })
            #expect(trail.filter { $0.table == "succession_policies" }.count == 2)
        }
    }
}
