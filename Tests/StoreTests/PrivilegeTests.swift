import Foundation
import Governance
import PostgresNIO
import Store
import TestSupport
import Testing

/// Least privilege in PostgreSQL: the roles sql/0008 creates, and row-level security by authority,
/// exercised by logging in as members of those roles.
@Suite struct PrivilegeTests {
    static let appLogin = TestDatabase.appLogin

    /// Two authorities with one school, one body and one governor each, entered by the owner.
    static func twoAuthorities(_ register: Register) async throws -> (merton: BodyID, sutton: BodyID) {
        try await register.addLocalAuthority(LocalAuthority(code: 315, name: "Merton"))
        try await register.addLocalAuthority(LocalAuthority(code: 319, name: "Sutton"))
        let merton = try #require(
            try await register.addSchool(
                School(urn: 102649, laCode: 315, establishmentNumber: 2077, name: "Abbotsbury Primary", category: .community)))
        let sutton = try #require(
            try await register.addSchool(
                School(urn: 102700, laCode: 319, establishmentNumber: 2001, name: "Avenue Primary", category: .community)))
        for (body, name) in [(merton, "Mona"), (sutton, "Sami")] {
            let id = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: name, surname: "Governor")), bodyID: body, category: .coOpted,
                    startDate: CalendarDate(iso: "2015-01-01")!, termYears: 4))
            _ = try await register.recordDiversity(
                personID: try await register.appointment(id).personID, on: CalendarDate(iso: "2015-02-01")!,
                sex: .female, ethnicity: .indian, collectedBy: .paperForm)
        }
        return (merton, sutton)
    }

    @Test func rowLevelSecurityKeepsEachAuthorityToItsOwnRegister() async throws {
        try await Logins.ensureLogins()
        try await TestDatabase.withRegister { owner, settings in
            let (merton, sutton) = try await Self.twoAuthorities(owner)
            var app = settings
            app.user = Self.appLogin
            try await Database.with(app, actor: "Merton officer") { database in
                let mertonOnly = Register(database.scoped(to: .only([315])))
                #expect(try await mertonOnly.localAuthorities().map(\.code) == [315])
                #expect(try await mertonOnly.schools().map(\.school.urn) == [102649])
                #expect(try await DatabaseProbe.rowCount(mertonOnly, "people") == 1)
                #expect(try await DatabaseProbe.rowCount(mertonOnly, "appointments") == 1)
                #expect(try await DatabaseProbe.rowCount(mertonOnly, "diversity_declarations") == 1)
                await #expect(throws: StoreError.self) { _ = try await mertonOnly.body(String(sutton)) }
                // Writing into Sutton is refused by PostgreSQL itself, not only by the service.
                await #expect(throws: StoreError.self) {
                    _ = try await mertonOnly.addSchool(
                        School(urn: 102701, laCode: 319, establishmentNumber: 2002, name: "Sneaky", category: .community))
                }
                await #expect(throws: StoreError.self) {
                    _ = try await mertonOnly.appoint(
                        NewAppointment(
                            appointee: .new(PersonName(forename1: "X", surname: "Y")), bodyID: sutton, category: .coOpted,
                            startDate: CalendarDate(iso: "2015-03-01")!, termYears: 4))
                }
                // Its own authority it writes normally, audited with the actor.
                _ = try await mertonOnly.appoint(
                    NewAppointment(
                        appointee: .new(PersonName(forename1: "New", surname: "Governor")), bodyID: merton, category: .parent,
                        startDate: CalendarDate(iso: "2015-09-01")!, termYears: 4))
                #expect(try await DatabaseProbe.rowCount(mertonOnly, "appointments") == 2)
                let everyone = Register(database.scoped(to: .all))
                #expect(try await everyone.schools().count == 2)
                #expect(try await DatabaseProbe.rowCount(everyone, "people") == 3)
                #expect(try await DatabaseProbe.rowCount(Register(database.scoped(to: .only([]))), "schools") == 0)
            }
            #expect(try await DatabaseProbe.rowCount(owner, "appointments") == 3)
            #expect(try await owner.audit(limit: 200).contains { $0.actor == "Merton officer" && $0.table == "appointments" })
        }
    }

    @Test func theApplicationRoleHasNoDDLAndCannotRewriteTheAuditTrail() async throws {
        try await Logins.ensureLogins()
        try await TestDatabase.withRegister { owner, settings in
            _ = try await Self.twoAuthorities(owner)
            var app = settings
            app.user = Self.appLogin
            for sql in [
                "CREATE TABLE intruder (i integer)", "DROP TABLE people", "ALTER TABLE people ADD COLUMN x text",
                "UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log", "TRUNCATE audit_log",
                "DELETE FROM schema_migrations",
            ] {
                let error = try await Logins.failure(app, sql)
                #expect(
                    error?.contains("permission denied") == true || error?.contains("must be owner") == true,
                    "\(sql): \(error ?? "succeeded")")
            }
            #expect(try await Logins.failure(app, "SELECT count(*) FROM diversity_declarations") == nil)
            // The owner's audit entries are intact.
            #expect(try await owner.audit(limit: 5).allSatisfy { $0.actor != "someone else" })
        }
    }

    @Test func theReportingRoleReadsDisclosureControlledViewsOnly() async throws {
        try await Logins.ensureLogins()
        try await TestDatabase.withRegister { owner, settings in
            _ = try await Self.twoAuthorities(owner)
            // A borough snapshot row with a small cell, and one where every cell is 5 or more.
            try await owner.database.write { connection in
                try await connection.query(
                    """
                    INSERT INTO representation_snapshots (as_of, la_code, body_id, measured_group, in_post, unknown, in_group,
                                                          community_share, band, measures)
                    VALUES ('2015-11-30', 315, NULL, 'women', 9, 1, 3, 0.51, 'insufficient_data', '{}'),
                           ('2015-11-30', 319, NULL, 'women', 20, 5, 6, 0.51, 'representative', '{}')
                    """, logger: owner.database.logger)
            }
            var reporting = settings
            reporting.user = Logins.reportingLogin
            // No base table at all: people, declarations and the audit trail, but also the tables
            // whose rows carry free-text notes or per-body counts.
            for table in [
                "diversity_declarations", "diversity_objections", "people", "audit_log", "alerts", "api_tokens",
                "representation_snapshots", "vacancies", "reconstitutions", "instruments", "schools", "chair_reviews",
            ] {
                let error = try await Logins.failure(reporting, "SELECT count(*) FROM \(table)")
                #expect(error?.contains("permission denied") == true, "\(table): \(error ?? "readable")")
            }
            for view in [
                "reporting_schools", "reporting_governing_bodies", "reporting_vacancies", "reporting_community_profiles",
                "reporting_borough_snapshots", "reporting_body_bands", "reporting_instrument_seats",
            ] {
                #expect(try await Logins.failure(reporting, "SELECT count(*) FROM \(view)") == nil, "\(view)")
            }
            // Counts are published only when every cell of the row is 5 or more: Merton's row
            // (3 in the group, 1 unknown, 5 not) shows none of them; Sutton's (6, 5, 9) shows them.
            try await Database.with(reporting, actor: "analyst") { db in
                let rows = try await db.read { connection in
                    var rows: [(Int, Int?, Int?, Int?)] = []
                    let query = "SELECT la_code, in_post, in_group, unknown FROM reporting_borough_snapshots ORDER BY la_code"
                    for try await row in try await connection.query(PostgresQuery(unsafeSQL: query), logger: db.logger)
                        .decode((Int, Int?, Int?, Int?).self)
                    {
                        rows.append(row)
                    }
                    return rows
                }
                #expect(rows.count == 2)
                #expect(rows[0].0 == 315 && rows[0].1 == nil && rows[0].2 == nil && rows[0].3 == nil)
                #expect(rows[1].0 == 319 && rows[1].1 == 20 && rows[1].2 == 6 && rows[1].3 == 5)
            }
            #expect(
                try await Logins.failure(reporting, "INSERT INTO local_authorities VALUES (320, 'X')")?.contains(
                    "permission denied") == true)
        }
    }

    @Test func retentionRunsAsTheApplicationRole() async throws {
        try await Logins.ensureLogins()
        try await TestDatabase.withRegister { owner, settings in
            let (merton, _) = try await Self.twoAuthorities(owner)
            let id = try await owner.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Old", surname: "Timer")), bodyID: merton, category: .parent,
                    startDate: CalendarDate(iso: "2001-09-01")!, termYears: 4))
            try await owner.endAppointment(id, on: CalendarDate(iso: "2005-08-31")!, reason: .termEnded)
            let person = try await owner.appointment(id).personID
            var app = settings
            app.user = Self.appLogin
            let outcome = try await Database.with(app, actor: "retention") { database in
                try await Register(database.scoped(to: .all)).runRetention(
                    asOf: CalendarDate(iso: "2015-11-30")!, policy: RetentionPolicy(), confirmedLarge: true
                ).0
            }
            #expect(outcome.peoplePseudonymised == 1 && outcome.auditEntriesScrubbed >= 1)
            #expect(try await owner.person(person).surname == RetentionPolicy.pseudonym(personID: person).surname)
        }
    }
}
