import Foundation
import Governance
import PostgresNIO
import Store
import TestSupport
import Testing

/// Data-protection promises at their depth (issue 11, items 5, 6 and 7): command lines written
/// before the audit trail stopped recording option values are scrubbed; retention uses the
/// register's definition of who has left and holds a run that would act on too much; no govmon
/// function and no database is open to logins outside govmon's roles.
@Suite struct DataProtectionBoundaryTests {
    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// Item 5: the source column of audit entries written by earlier versions (the whole command
    /// line) loses the declared values when sql/0009 is applied; the rest of the line stays.
    @Test func theMigrationScrubsDeclaredValuesFromOldCommandLines() async throws {
        let name = try await TestDatabase.empty()
        defer { Task { try? await TestDatabase.drop(name) } }
        try await Database.with(TestDatabase.owner(name), actor: "test") { db in
            let files = try MigrationFile.load(from: TestDatabase.migrationsFolder)
            let before = try #require(files.firstIndex { $0.name == "0009_harden_boundaries" })
            _ = try await Migrator(files: Array(files.prefix(before))).migrate(db)
            try await db.execute(
                """
                INSERT INTO audit_log (actor, source, table_name, operation, row_key) VALUES
                  ('jo', 'govmon diversity record 7 --date 2015-10-01 --sex female --ethnicity other-white --collected-by paper-form',
                   'diversity_declarations', 'insert', '1'),
                  ('jo', 'govmon diversity record 8 --sex=male --ethnicity=white_british --date 2015-10-01',
                   'diversity_declarations', 'insert', '2'),
                  ('jo', 'govmon governor appoint 102649 --forename Ann --surname Smith', 'appointments', 'insert', '3')
                """)
            _ = try await Migrator(files: files).migrate(db)
            let sources = try await db.read { connection in
                var sources: [String] = []
                let query = PostgresQuery(unsafeSQL: "SELECT source FROM audit_log WHERE actor = 'jo' ORDER BY row_key")
                for try await source in try await connection.query(query, logger: db.logger).decode(String.self) {
                    sources.append(source)
                }
                return sources
            }
            #expect(
                sources == [
                    "govmon diversity record 7 --date 2015-10-01 --sex (hidden) --ethnicity (hidden) --collected-by paper-form",
                    "govmon diversity record 8 --sex (hidden) --ethnicity (hidden) --date 2015-10-01",
                    "govmon governor appoint 102649 --forename Ann --surname Smith",
                ])
        }
    }

    /// Item 6: someone whose term end passed with no recorded end still serves, as the register
    /// counts them, so retention neither erases their declaration nor pseudonymises them; someone
    /// recorded as having left is dealt with as before.
    @Test func retentionLeavesAloneEveryoneTheRegisterCountsAsServing() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let (overstayer, _) = try await Fixtures.appoint(  // term ended 2013-08-31, no recorded end
                register, "Owen", "Overstayer", body: body, start: "2010-09-01", years: 3, declared: (.male, .irish))
            let (ancient, _) = try await Fixtures.appoint(  // term ended 2005, no recorded end
                register, "Agnes", "Ancient", body: body, start: "2001-09-01", years: 4, declared: nil)
            let (leaver, _) = try await Fixtures.appoint(  // recorded as left on 2013-08-31
                register, "Lee", "Leaver", body: body, start: "2010-09-01", years: 3, declared: (.female, .arab),
                leftAtTermEnd: true)
            let asOf = Self.d("2016-11-30")
            let summary = try await register.summary(laCode: 315, asOf: asOf)
            #expect(summary.servingGovernors == 2 && summary.pastTermEnd == 2)
            let plan = try await register.retentionPlan(asOf: asOf, policy: RetentionPolicy())
            #expect(plan.map(\.action.personID) == [leaver])
            let dry = try await CommandRunner.run(["retention", "run", "--as-of", "2016-11-30", "--dry-run"], database: settings)
            #expect(dry.stdout.contains("Lee Leaver") && !dry.stdout.contains("Overstayer") && !dry.stdout.contains("Ancient"))
            _ = try await register.runRetention(asOf: asOf, policy: RetentionPolicy(), confirmedLarge: true)
            #expect(try await register.diversity(personID: overstayer).declarations.count == 1)
            #expect(try await register.person(ancient).surname == "Ancient")
            #expect(try await register.diversity(personID: leaver).declarations.isEmpty)
        }
    }

    /// Item 6: the service's own retention run is held when it would act on an unusually large
    /// share, with an alert for officers; the declarations stay and the tracking slot still counts.
    @Test func theServiceHoldsALargeRetentionRunAndRaisesAnAlert() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let (person, _) = try await Fixtures.appoint(
                register, "Lena", "Leaver", body: body, start: "2010-09-01", years: 3, declared: (.female, .caribbean),
                leftAtTermEnd: true)
            let serve = try ServeProcess(
                port: ServeProcess.port(), database: settings, environment: ["GOVMON_SERVER_TRACKING_SCHEDULE": "every 60s"])
            try await serve.waitUntilUp()
            var waited = 0
            while try await register.alerts(openOnly: true).allSatisfy({ $0.check != "retention-held" }) && waited < 300 {
                try await Task.sleep(for: .milliseconds(200))
                waited += 1
            }
            serve.signal(SIGTERM)
            #expect(await serve.waitForExit() == 0)
            let held = try #require(
                try await register.alerts(openOnly: true).first { $0.check == "retention-held" }, "\(serve.output)")
            #expect(held.message.contains("1 of the 1 people who have declared") && !held.rule.isEmpty)
            #expect(try await register.diversity(personID: person).declarations.count == 1)
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM retention_runs") == 0)
            #expect(try await register.schedulerCounts().slots >= 1)
            #expect(serve.output.contains("scheduled retention did not run"))
        }
    }

    /// Item 7: a login with no grants cannot connect to a govmon database; given only CONNECT (as
    /// on a database whose owner never ran `govmon db migrate`), it can run no govmon function (the
    /// audit-scrubbing SECURITY DEFINER one included) and read no table. No govmon function is
    /// executable by PUBLIC.
    @Test func noFunctionOrDatabaseIsOpenToPublic() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await TwoAuthorities.make(register)
            var nobody = settings
            nobody.user = TestDatabase.nobodyLogin
            await #expect(throws: StoreError.self) {
                try await Database.with(nobody, actor: "intruder") { _ in }
            }
            let open = try await DatabaseProbe.text(
                register,
                """
                SELECT coalesce(string_agg(proname, ', '), '') FROM pg_proc
                WHERE pronamespace = 'public'::regnamespace AND proname LIKE 'govmon\\_%'
                  AND (proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(proacl) a WHERE a.grantee = 0))
                """)
            #expect(open.isEmpty, "open to PUBLIC: \(open)")
            try await Database.with(TestDatabase.owner(settings.database), actor: "owner") { owner in
                try await owner.execute("GRANT CONNECT ON DATABASE \(settings.database) TO \(TestDatabase.nobodyLogin)")
            }
            for sql in [
                "SELECT govmon_scrub_person(1, 'Nobody P000001')", "SELECT govmon_body_visible(1)",
                "SELECT govmon_person_visible(1)", "SELECT govmon_authority_of_area('E09000024')",
                "SELECT count(*) FROM people", "SELECT count(*) FROM audit_log", "SELECT count(*) FROM reporting_schools",
                "UPDATE audit_log SET actor = 'x'",
            ] {
                let error = try await Logins.failure(nobody, sql)
                #expect(error?.contains("permission denied") == true, "\(sql): \(error ?? "succeeded")")
            }
            let reporting = { () -> DatabaseSettings in
                var s = settings
                s.user = Logins.reportingLogin
                return s
            }()
            try await Logins.ensureLogins()
            #expect(
                try await Logins.failure(reporting, "SELECT govmon_scrub_person(1, 'x')")?.contains("permission denied")
                    == true)
        }
    }
}
