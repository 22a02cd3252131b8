import Foundation
import Governance
import Store
import TestSupport
import Testing

/// The `govmon` executable end to end: exit codes, one-line errors, output formats, audit actor.
@Suite struct CommandLineTests {
    @Test func statusExitsThreeWhileMigrationsArePending() async throws {
        let name = try await TestDatabase.empty()
        let settings = TestDatabase.server.with(database: name)
        let status = try await CommandRunner.run(["db", "status"], database: settings)
        #expect(status.status == 3 && status.stdout.contains("pending  0001_create_audit_trail"))
        let list = try await CommandRunner.run(["school", "list"], database: settings)
        #expect(list.status == 3 && list.stderr.contains("run 'govmon db migrate'"))
        #expect(try await CommandRunner.run(["db", "migrate"], database: settings).status == 0)
        #expect(try await CommandRunner.run(["db", "status"], database: settings).status == 0)
        try await TestDatabase.drop(name)
    }

    @Test func dataEntryWorksAndIsAuditedWithTheActor() async throws {
        try await TestDatabase.withRegister { register, settings in
            func govmon(_ words: String...) async throws -> CommandRunner.Result {
                try await CommandRunner.run(words, database: settings, actor: "officer.one")
            }
            #expect(try await govmon("la", "add", "315", "Merton").status == 0)
            #expect(
                try await govmon(
                    "school", "add", "--urn", "102649", "--la", "315", "--number", "2077", "--name",
                    "Abbotsbury Primary School", "--category", "community"
                ).status == 0)
            #expect(
                try await govmon(
                    "instrument", "add", "102649", "--made", "2015-06-01", "--effective", "2015-09-01",
                    "--seat", "parent=2:4", "--seat", "headteacher=1", "--seat", "staff=1:4",
                    "--seat", "local-authority=1:4", "--seat", "co-opted=2:4"
                ).status == 0)
            let appoint = try await govmon(
                "governor", "appoint", "102649", "--forename", "Ann", "--surname", "Smith",
                "--category", "parent", "--start", "2015-09-01")
            #expect(appoint.status == 0 && appoint.stdout.contains("to 2019-08-31"))
            let list = try await govmon("governor", "list", "102649", "--as-of", "2016-01-01", "--format", "json")
            let rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
            #expect(rows?.count == 1 && rows?.first?["name"] as? String == "Ann Smith")
            let csv = try await govmon("governor", "list", "102649", "--as-of", "2016-01-01", "--format", "csv")
            #expect(csv.stdout.hasPrefix("appointment,person,name,body,category"))
            let audit = try await register.audit(table: "appointments")
            #expect(audit.count == 1 && audit[0].actor == "officer.one")
            #expect(audit[0].source?.hasPrefix("govmon governor appoint 102649") == true)
        }
    }

    @Test func badInputGetsOneLineAndANonZeroExit() async throws {
        try await TestDatabase.withRegister { register, settings in
            try await Fixtures.loadSchools(register)
            let before = try await register.database.fingerprint()
            let cases: [[String]] = [
                ["instrument", "add", "102649", "--made", "2015-06-01", "--effective", "2015-09-01", "--seat", "parent=-1:4"],
                ["instrument", "add", "102649", "--made", "2015-06-01", "--effective", "2015-05-01", "--seat", "parent=2:4"],
                [
                    "governor", "appoint", "no such body", "--forename", "A", "--surname", "B", "--category", "parent",
                    "--start", "2015-09-01",
                ],
                [
                    "governor", "appoint", "102649", "--forename", "A", "--surname", "B", "--category", "parent",
                    "--start", "2015-09-01", "--term-end", "2019-09-01",
                ],
                [
                    "import", "gias",
                    try Fixtures.file(
                        Fixtures.governance + "1,999999,,Governor,Mr,A,,B,01/09/2015,31/08/2019,Elected by parents\n",
                        name: "bad.csv"),
                ],
            ]
            for words in cases {
                let result = try await CommandRunner.run(words, database: settings)
                #expect(result.status == 1, "\(words): \(result.stderr)")
                let lines = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("  read ") }
                #expect(lines.count == 1 && lines[0].hasPrefix("govmon: "), "\(words): \(result.stderr)")
            }
            let dates = try await CommandRunner.run(
                [
                    "governor", "appoint", "102649", "--forename", "A", "--surname", "B",
                    "--category", "parent", "--start", "2015-02-30",
                ], database: settings)
            #expect(dates.status != 0 && dates.stderr.contains("2015-02-30"))
            #expect(try await register.database.fingerprint() == before)
        }
    }
}
