import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Candidates' personal data (docs/data-protection.md "Candidates"): retention erases the
/// monitoring answers and pseudonymises the name `retention.candidate_months` after a candidacy's
/// last activity, voided records included, in the register and the audit trail; the subject
/// access export holds everything about a candidate and records the read; a governor's export
/// holds the appointment panels they sat on and the candidacy that led to their appointment.
@Suite struct CandidateDataProtectionTests {
    static func add(
        _ register: Register, _ name: String, on start: String, stages: [(CandidateStage, String)] = [],
        answers: (DeclaredSex, Ethnicity2021)? = nil
    ) async throws -> Int64 {
        let id = try await register.addCandidate(
            laCode: 315, name: name, route: .parentElection, vacancyID: nil, recordedOn: Fixtures.d(start),
            note: "spoke to \(name) at the school gate")
        _ = try await register.addCandidateStage(id, stage: .expressedInterest, on: Fixtures.d(start), appointmentID: nil)
        for (stage, on) in stages {
            _ = try await register.addCandidateStage(id, stage: stage, on: Fixtures.d(on), appointmentID: nil)
        }
        if let (sex, ethnicity) = answers {
            try await register.recordCandidateMonitoring(
                id, on: Fixtures.d(start), sex: sex, ethnicity: ethnicity, collectedBy: .paperForm)
        }
        return id
    }

    @Test func retentionErasesAnswersAndNamesOfCandidaciesLongOver() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.communitySchool(register)
            // Run on 2015-12-01 with the default 12 months: the cutoff is 2014-12-01.
            // Ada: last activity 2014-11-15 (withdrew), answered: answers erased and pseudonymised.
            let ada = try await Self.add(
                register, "Ada Oldcandidate", on: "2014-09-01", stages: [(.applied, "2014-10-01"), (.withdrew, "2014-11-15")],
                answers: (.female, .african))
            // Bea: last activity 2015-06-01: untouched.
            let bea = try await Self.add(
                register, "Bea Recent", on: "2015-03-01", stages: [(.applied, "2015-06-01")], answers: (.female, .indian))
            // Cal: voided as a mistake, last activity 2014-08-01, answered: the voided record goes too.
            let cal = try await Self.add(register, "Cal Voided", on: "2014-08-01", answers: (.male, .caribbean))
            _ = try await register.void(.candidate, id: cal, reason: "entered twice")
            // Dee: last activity 2014-10-01, never answered: pseudonymised only.
            let dee = try await Self.add(register, "Dee Silent", on: "2014-10-01")
            func govmon(_ words: String...) async throws -> CommandRunner.Result {
                try await CommandRunner.run(words, database: settings)
            }

            let dry = try await govmon("retention", "run", "--as-of", "2015-12-01", "--dry-run", "--format", "csv")
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(
                ["Ada Oldcandidate", "Cal Voided", "Dee Silent"].allSatisfy(dry.stdout.contains)
                    && !dry.stdout.contains("Bea Recent"), "\(dry.stdout)")
            let plan = try await register.candidateRetentionPlan(asOf: Fixtures.d("2015-12-01"), policy: RetentionPolicy())
            #expect(
                Set(plan.map { "\($0.action.candidateID):\($0.action.kind.rawValue)" }) == [
                    "\(ada):candidate_answers_erased", "\(ada):candidate_pseudonymised", "\(cal):candidate_answers_erased",
                    "\(cal):candidate_pseudonymised", "\(dee):candidate_pseudonymised",
                ])

            // Three of the four candidates (the voided one counts) renamed is more than 10%: held until confirmed.
            let held = try await govmon("retention", "run", "--as-of", "2015-12-01")
            #expect(held.status != 0 && held.stderr.contains("pseudonymise 3 of 4 candidates"), "\(held.stderr)")
            #expect(try await DatabaseProbe.rowCount(register, "candidate_monitoring") == 3)
            let ran = try await govmon("retention", "run", "--as-of", "2015-12-01", "--confirm-large")
            #expect(ran.status == 0, "\(ran.stderr)")
            #expect(
                ran.stderr.contains("2 candidate monitoring answer(s) erased, 3 candidate(s) pseudonymised"), "\(ran.stderr)")
            #expect(!ran.stdout.contains("Oldcandidate"))

            #expect(
                try await DatabaseProbe.count(register, "SELECT count(*) FROM candidate_monitoring WHERE candidate_id = \(bea)")
                    == 1)
            #expect(try await DatabaseProbe.rowCount(register, "candidate_monitoring") == 1)
            #expect(try await register.candidate(ada).name == "Former candidate C" + String(format: "%06lld", ada))
            #expect(try await register.candidate(bea).name == "Bea Recent")
            // The stages stay, so the funnel still counts Ada (as not declared).
            #expect(try await register.candidate(ada).stages.map(\.stage) == [.expressedInterest, .applied, .withdrew])
            // The notes named them too ("spoke to Ada Oldcandidate at the school gate").
            for gone in ["Oldcandidate", "Cal Voided", "Dee Silent"] {
                let left = try await DatabaseProbe.count(
                    register,
                    """
                    SELECT (SELECT count(*) FROM candidates WHERE name LIKE '%\(gone)%' OR note LIKE '%\(gone)%')
                         + (SELECT count(*) FROM audit_log WHERE table_name = 'candidates' AND row_key <> '\(bea)'
                              AND (before::text LIKE '%\(gone)%' OR after::text LIKE '%\(gone)%'))
                    """)
                #expect(left == 0, "\(gone) is still held in \(left) place(s)")
            }
            #expect(
                try await DatabaseProbe.count(register, "SELECT count(*) FROM retention_actions WHERE candidate_id IS NOT NULL")
                    == 5)

            // A second run has nothing left to do about candidates.
            let again = try await govmon("retention", "run", "--as-of", "2015-12-01")
            #expect(again.stderr.contains("0 candidate monitoring answer(s) erased, 0 candidate(s) pseudonymised"))
        }
    }

    @Test func aCandidatesSubjectAccessExportHoldsEverythingAndRecordsTheRead() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.communitySchool(register)
            let bea = try await Self.add(
                register, "Bea Recent", on: "2015-03-01", stages: [(.applied, "2015-06-01")], answers: (.female, .indian))
            _ = try await CommandRunner.run(["candidate", "invite", String(bea)], database: settings)
            let reads = "SELECT count(*) FROM declaration_reads WHERE candidate_id = \(bea)"

            let blank = try await CommandRunner.run(["candidate", "export", String(bea), "--reason", " "], database: settings)
            #expect(blank.status != 0 && blank.stderr.contains("reason"), "\(blank.stderr)")
            #expect(try await DatabaseProbe.count(register, reads) == 0)
            let missing = try await CommandRunner.run(["candidate", "export", "999999", "--reason", "SAR"], database: settings)
            #expect(missing.status != 0 && missing.stderr.contains("no candidate 999999"), "\(missing.stderr)")

            let export = try await CommandRunner.run(
                ["candidate", "export", String(bea), "--reason", "subject access request of 2015-07-01"], database: settings)
            #expect(export.status == 0, "\(export.stderr)")
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
            #expect((json["candidate"] as? [String: Any])?["name"] as? String == "Bea Recent")
            #expect(
                (json["stages"] as? [[String: Any]])?.compactMap { $0["stage"] as? String } == ["expressed_interest", "applied"])
            let answers = try #require((json["monitoring_answers"] as? [[String: Any]])?.first)
            #expect(answers["sex"] as? String == "female" && answers["ethnicity"] as? String == "indian")
            let links = try #require(json["one_time_links"] as? [[String: Any]])
            #expect(links.count == 1 && links[0]["link_sha256"] == nil)
            #expect(((json["audit_entries"] as? [[String: Any]])?.count ?? 0) >= 4)
            #expect(try await DatabaseProbe.count(register, reads) == 1)
            #expect(
                try await DatabaseProbe.text(register, "SELECT reason FROM declaration_reads")
                    == "subject access request of 2015-07-01")
        }
    }

    @Test func aGovernorsExportHoldsThePanelsTheySatOnAndTheirCandidacy() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let (person, appointment) = try await Fixtures.appoint(
                register, "Pat", "Panel", body: body, start: "2014-09-01", years: 4, declared: nil)
            let candidate = try await Self.add(register, "Pat Panel", on: "2014-06-01")
            _ = try await register.addCandidateStage(
                candidate, stage: .appointed, on: Fixtures.d("2014-09-01"), appointmentID: appointment)
            let plan = try await CommandRunner.run(
                ["recruitment", "plan", "102649", "--planned", "2015-10-01", "--recorded", "2015-05-01"], database: settings)
            let recruitment = try #require(SuccessionCommandTests.number(after: "appointment ", in: plan.stdout))
            let panel = try await CommandRunner.run(
                ["recruitment", "panel", recruitment, "--appointment", appointment.labelled, "--joined", "2015-05-02"],
                database: settings)
            #expect(panel.status == 0, "\(panel.stderr)")

            let export = try await CommandRunner.run(
                ["person", "export", String(person), "--reason", "subject access request"], database: settings)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
            let panels = try #require(json["headteacher_appointment_panels"] as? [[String: Any]])
            #expect(panels.count == 1 && panels[0]["joined_on"] as? String == "2015-05-02")
            let candidacies = try #require(json["candidacies"] as? [[String: Any]])
            #expect(candidacies.map { $0["candidate_id"] as? Int64 } == [candidate])
            let trail = json["audit_entries"] as? [[String: Any]] ?? []
            #expect(trail.contains { $0["table_name"] as? String == "recruitment_panel_members" })
        }
    }
}
