import Foundation
import Governance
import PostgresNIO
import Reports
import Store
import TestSupport
import Testing

/// Retention, objections and subject access against a real PostgreSQL.
@Suite struct DataProtectionTests {
    static func d(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test func retentionErasesAndPseudonymisesOnlyWhatIsDueAndLeavesAggregates() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let asOf = Self.d("2015-11-30")
            // Cut-offs for 2015-11-30 with 12 months / 6 years: demographics 2014-11-30, identity 2009-11-30.
            let (alice, _) = try await Fixtures.appoint(  // left 2013-08-31: declarations erased
                register, "Alice", "Leaver", body: body, start: "2010-09-01", years: 3, declared: (.female, .indian),
                leftAtTermEnd: true)
            let (bob, _) = try await Fixtures.appoint(  // serving: kept
                register, "Bob", "Serving", body: body, start: "2014-09-01", years: 4, declared: (.male, .african))
            let (cyril, cyrilAppointment) = try await Fixtures.appoint(  // left 2008-08-31: erased and pseudonymised
                register, "Cyril", "Longgone", body: body, start: "2005-09-01", years: 3, declared: (.male, .chinese),
                leftAtTermEnd: true)
            let (dora, _) = try await Fixtures.appoint(  // serving but objected: erased
                register, "Dora", "Objector", body: body, start: "2014-01-01", years: 4, declared: (.female, .caribbean))
            try await register.recordObjection(personID: dora, on: Self.d("2015-10-01"))
            let (eve, eveAppointment) = try await Fixtures.appoint(  // resigned 2015-06-30, within 12 months: kept
                register, "Eve", "Recent", body: body, start: "2011-09-01", years: 4, declared: (.female, .irish))
            try await register.endAppointment(eveAppointment, on: Self.d("2015-06-30"), reason: .resigned)
            // Cyril's record came from GIAS once, and an alert quotes his name.
            try await register.database.execute(
                "UPDATE appointments SET gias_gid = 424242 WHERE appointment_id = \(cyrilAppointment)")
            try await register.database.execute(
                """
                INSERT INTO alerts (check_name, subject, body_id, la_code, severity, message, raised_on)
                VALUES ('term_ending', 'appointment:\(cyrilAppointment):past', \(body), 315, 'overdue',
                        'Cyril Longgone''s term as co-opted governor ended on 2008-08-31', '2015-11-30')
                """)
            // An aggregate snapshot taken before retention must survive it unchanged.
            let inputs = try await register.representationInputs(laCode: 315, asOf: Self.d("2012-11-30"))
            let groups: [RepresentedGroup] = [.women, .ethnicMinority(.notWhiteBritish)]
            let rows = RepresentationFigures.snapshotRows(
                bodies: RepresentationFigures.bodies(inputs, groups: groups, bands: BandThresholds(), asOf: Self.d("2012-11-30")),
                borough: RepresentationFigures.borough(
                    inputs, laCode: 315, groups: groups, bands: BandThresholds(), asOf: Self.d("2012-11-30"), since: nil))
            #expect(try await register.storeSnapshots(rows.map(\.0), measures: rows.map(\.1)) > 0)
            let snapshots = "SELECT md5(string_agg(t::text, '|' ORDER BY snapshot_id)) FROM representation_snapshots t"
            let snapshotsBefore = try await DatabaseProbe.text(register, snapshots)

            // The dry run lists exactly what is due and changes nothing.
            let fingerprint = try await register.database.fingerprint()
            let dry = try await CommandRunner.run(
                ["retention", "run", "--as-of", "2015-11-30", "--dry-run", "--format", "csv"], database: settings)
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stdout.contains("Alice Leaver") && dry.stdout.contains("Cyril Longgone"), "\(dry.stdout)")
            #expect(try await register.database.fingerprint() == fingerprint)
            let plan = try await register.retentionPlan(asOf: asOf, policy: RetentionPolicy())
            let planned = Set(plan.map { "\($0.action.personID):\($0.action.kind.rawValue)" })
            #expect(
                planned == [
                    "\(alice):demographics_erased", "\(cyril):demographics_erased", "\(cyril):pseudonymised",
                    "\(dora):demographics_erased",
                ])

            // Three of the five who declared is far above the 10% a run may take unconfirmed.
            await #expect(throws: StoreError.self) { try await register.runRetention(asOf: asOf, policy: RetentionPolicy()) }
            #expect(
                try await register.database.fingerprint().filter { $0.key != "alerts" && $0.key != "audit_log" }
                    == fingerprint.filter { $0.key != "alerts" && $0.key != "audit_log" })
            let (outcome, _) = try await register.runRetention(asOf: asOf, policy: RetentionPolicy(), confirmedLarge: true)
            #expect(outcome.declarationsErased == 3 && outcome.peoplePseudonymised == 1)
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM diversity_declarations") == 2)
            #expect(
                try await DatabaseProbe.count(
                    register, "SELECT count(*) FROM diversity_declarations WHERE person_id IN (\(bob), \(eve))") == 2)
            let name = try await register.person(cyril)
            #expect(name.forename1 == "Former governor" && name.surname == RetentionPolicy.pseudonym(personID: cyril).surname)
            let history = try await register.appointments(personID: cyril)
            #expect(
                history.count == 1 && history[0].startDate == Self.d("2005-09-01") && history[0].termEnd == Self.d("2008-08-31"))
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM appointments WHERE gias_gid IS NOT NULL") == 0)
            // Nothing identifying Cyril remains in the audit trail or the alert, and no erased value
            // was copied into the trail by the erasure.
            let trail = "SELECT count(*) FROM audit_log WHERE coalesce(before::text, '') || coalesce(after::text, '') LIKE"
            #expect(try await DatabaseProbe.count(register, trail + " '%Longgone%'") == 0)
            #expect(try await DatabaseProbe.count(register, trail + " '%424242%'") == 0)
            #expect(try await DatabaseProbe.count(register, trail + " '%chinese%'") == 0)
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM alerts WHERE message LIKE '%Longgone%'") == 0)
            #expect(
                try await DatabaseProbe.count(
                    register,
                    "SELECT count(*) FROM audit_log WHERE table_name = 'diversity_declarations' AND operation = 'delete'") == 3)
            #expect(try await DatabaseProbe.text(register, snapshots) == snapshotsBefore)
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM retention_actions") == 4)
            // Run again: nothing more is due.
            let (again, acted) = try await register.runRetention(asOf: asOf, policy: RetentionPolicy())
            #expect(acted.isEmpty && again.declarationsErased == 0 && again.peoplePseudonymised == 0)
        }
    }

    @Test func anObjectionMakesValuesUnknownInEveryLaterComputation() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let (person, _) = try await Fixtures.appoint(
                register, "Priya", "Objects", body: body, start: "2014-09-01", years: 4, declared: (.female, .indian))
            func minority() async throws -> GroupCounts {
                let inputs = try await register.representationInputs(laCode: nil, bodyID: body, asOf: Self.d("2015-11-30"))
                return RepresentationFigures.bodies(
                    inputs, groups: [.ethnicMinority(.notWhiteBritish)], bands: BandThresholds(), asOf: Self.d("2015-11-30")
                )[0].groups[0].counts
            }
            #expect(try await minority() == GroupCounts(inPost: 1, unknown: 0, inGroup: 1))
            // Objected on 2016-01-10, after the as-of date: a report about 2015 made now no longer uses her values.
            try await register.recordObjection(personID: person, on: Self.d("2016-01-10"))
            #expect(try await minority() == GroupCounts(inPost: 1, unknown: 1, inGroup: 0))
            #expect(try await register.summary(laCode: 315, asOf: Self.d("2015-11-30")).declaredEthnicity == 0)
            let shown = try await register.diversity(personID: person)
            #expect(shown.declarations.isEmpty && shown.objectedOn == Self.d("2016-01-10"))
            // Still held until retention runs, so a subject access export shows it.
            let export = try JSONSerialization.jsonObject(with: Data(try await register.personExport(personID: person).utf8))
            let held = (export as? [String: Any])?["diversity_declarations"] as? [[String: Any]]
            #expect(held?.count == 1 && held?[0]["ethnicity"] as? String == "indian")
            let (outcome, _) = try await register.runRetention(asOf: Self.d("2016-02-01"), policy: RetentionPolicy())
            #expect(outcome.declarationsErased == 1)
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM diversity_declarations") == 0)
        }
    }

    @Test func aSubjectAccessExportHoldsEverythingAboutThePerson() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let (person, first) = try await Fixtures.appoint(
                register, "Ann", "Smith", body: body, start: "2011-09-01", years: 3, declared: (.female, .indian))
            _ = try await register.reappoint(first, start: nil, termEnd: nil, termYears: 4, today: Self.d("2019-01-01"))
            let course = try await register.addCourse(title: "Induction", kind: .induction, provider: "Governor Services")
            _ = try await register.recordTraining(personID: person, courseID: course, completedOn: Self.d("2011-11-01"))
            _ = try await register.recordDBSCheck(personID: person, appliedOn: Self.d("2016-04-10"), issuedOn: nil)
            // Someone else, who must not appear.
            _ = try await Fixtures.appoint(register, "Zed", "Other", body: body, start: "2012-09-01", years: 4, declared: nil)

            let output = FileManager.default.temporaryDirectory.appendingPathComponent("sar-\(UUID().uuidString).json").path
            let run = try await CommandRunner.run(
                ["person", "export", String(person), "--reason", "subject access request", "--output", output], database: settings
            )
            #expect(run.status == 0, "\(run.stderr)")
            let data = try Data(contentsOf: URL(fileURLWithPath: output))
            let export = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let record = try #require(export["person"] as? [String: Any])
            #expect(record["forename1"] as? String == "Ann" && record["surname"] as? String == "Smith")
            #expect((export["appointments"] as? [Any])?.count == 2)
            #expect((export["training"] as? [[String: Any]])?.first?["course"] as? String == "Induction")
            #expect((export["diversity_declarations"] as? [Any])?.count == 1)
            #expect((export["dbs_checks"] as? [Any])?.count == 1)
            let audit = try #require(export["audit_entries"] as? [[String: Any]])
            // By hand: people insert; appointment insert x2 and the first's update (ended on re-appointment);
            // declaration insert; training insert; DBS insert = 7 entries.
            #expect(audit.count == 7, "\(audit.map { "\($0["table_name"] ?? "") \($0["operation"] ?? "")" })")
            #expect(!String(decoding: data, as: UTF8.self).contains("Zed"))
            let missing = try await CommandRunner.run(
                ["person", "export", "999999", "--reason", "subject access request"], database: settings)
            #expect(missing.status == 1 && missing.stderr.contains("no person 999999"))
        }
    }
}
