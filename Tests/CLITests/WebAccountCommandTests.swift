import Foundation
import Governance
import Store
import TestSupport
import Testing

/// `govmon user` and `govmon diversity invite` as processes against a real PostgreSQL: the links
/// they print open what they say, a bad role or a chair without a body is one sentence, and
/// reading an individual's declarations needs --reason, which is recorded without the values.
@Suite struct WebAccountCommandTests {
    /// The one-time secret at the end of a printed link.
    static func secret(_ output: String, _ prefix: String) throws -> String {
        let line = try #require(output.split(separator: "\n").last.map(String.init))
        let range = try #require(line.range(of: prefix))
        return String(line[range.upperBound...])
    }

    @Test func invitationsAndMonitoringLinks() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let (person, _) = try await Fixtures.appoint(
                register, "Ann", "Smith", body: body, start: "2014-09-01", years: 4, declared: (.female, .indian))
            let invited = try await CommandRunner.run(
                [
                    "user", "invite", "--email", "chair@school.example", "--name", "Ann Smith", "--role", "chair", "--body",
                    String(body),
                ],
                database: settings)
            #expect(invited.status == 0, "\(invited.stderr)")
            #expect(invited.stdout.contains("it works once, for 7 days") && invited.stdout.contains("http://"))
            guard case .account(let account) = try await register.oneTimeLink(try Self.secret(invited.stdout, "/invitations/"))
            else {
                Issue.record("the printed invitation does not open an account")
                return
            }
            #expect(account.identity.role == .chair && account.identity.bodyID == body && !account.isActive)
            let again = try await CommandRunner.run(
                [
                    "user", "invite", "--email", "CHAIR@school.example", "--name", "Ann", "--role", "chair", "--body",
                    String(body),
                ],
                database: settings)
            #expect(again.status == 1 && again.stderr.contains("an account for CHAIR@school.example exists already"))
            let noBody = try await CommandRunner.run(
                ["user", "invite", "--email", "x@y.example", "--name", "X", "--role", "chair"], database: settings)
            #expect(noBody.status == 1 && noBody.stderr.contains("--body: a chair's account needs their body"))
            let badRole = try await CommandRunner.run(
                ["user", "invite", "--email", "x@y.example", "--name", "X", "--role", "admin"], database: settings)
            #expect(badRole.status != 0 && badRole.stderr.contains("officer, board, chair or dpo"))
            let listed = try await CommandRunner.run(["user", "list", "--format", "csv"], database: settings)
            #expect(listed.stdout.contains("chair@school.example,Ann Smith,chair,\(body),,invited"))
            #expect(
                try await CommandRunner.run(["user", "disable", "--email", "chair@school.example"], database: settings).status
                    == 0)
            #expect(try await register.oneTimeLink(try Self.secret(invited.stdout, "/invitations/")) == nil)

            let link = try await CommandRunner.run(["diversity", "invite", String(person)], database: settings)
            #expect(link.status == 0, "\(link.stderr)")
            #expect(try await register.oneTimeLink(try Self.secret(link.stdout, "/diversity/")) == .diversity(person))

            // Reading the values: --reason is required, and the read is kept without them.
            let noReason = try await CommandRunner.run(["diversity", "show", String(person)], database: settings)
            #expect(noReason.status != 0 && noReason.stderr.contains("--reason"))
            let shown = try await CommandRunner.run(
                ["diversity", "show", String(person), "--reason", "correction asked for by the governor"], database: settings)
            #expect(shown.status == 0 && shown.stdout.contains("indian"))
            let kept = try await DatabaseProbe.text(register, "SELECT reason || '|' || via || '|' || what FROM declaration_reads")
            #expect(kept == "correction asked for by the governor|cli|declarations")
            let audit = try await DatabaseProbe.text(
                register,
                "SELECT string_agg(coalesce(after::text, ''), ' ') FROM audit_log WHERE table_name = 'declaration_reads'")
            #expect(audit.contains("correction asked for") && !audit.contains("indian") && !audit.contains("female"))
        }
    }
}
