import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Undoing and correcting entries from the command line against PostgreSQL (docs/corrections.md):
/// a void keeps the row with who, when and why and drops it from every listing and computation; a
/// correction is a new version with the old one kept; a merge joins two records of one person.
@Suite struct CorrectionTests {
    private func run(_ arguments: [String], _ settings: DatabaseSettings) async throws -> CommandRunner.Result {
        try await CommandRunner.run(arguments, database: settings)
    }

    @Test func anAppointmentIsCorrectedThenVoidedAndItsHistoryKept() async throws {
        try await TestDatabase.withRegister { register, settings in
            let (body, _, vacancy) = try await Fixtures.trackedBody(register)
            let first = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Bob", surname: "Jones")), bodyID: body, category: .coOpted,
                    startDate: Fixtures.d("2015-10-01"), termYears: 4, fillsVacancy: vacancy))

            // The term end was typed a year short: 2018-09-30 instead of 2019-09-30.
            let corrected = try await run(
                ["governor", "correct", first.labelled, "--term-end", "30/09/2018", "--reason", "typed from the wrong form"],
                settings)
            #expect(corrected.status == 0, "\(corrected.stderr)")
            let serving = try await register.appointments(bodyID: body).filter { $0.personName == "Bob Jones" }
            #expect(serving.count == 1)
            let second = try #require(serving.first)
            #expect(second.id != first && second.termEnd == Fixtures.d("2018-09-30"))
            #expect(second.startDate == Fixtures.d("2015-10-01") && second.category == .coOpted)
            #expect(corrected.stdout.contains(second.id.labelled))
            // The vacancy it filled now names the version in force.
            #expect(try await register.vacancy(vacancy).filledByAppointment == second.id)

            let history = try await run(["governor", "history", second.id.labelled, "--format", "csv"], settings)
            #expect(history.status == 0, "\(history.stderr)")
            let lines = history.stdout.split(whereSeparator: \.isNewline)
            // A header and the two versions, oldest first; the old one says what replaced it and why.
            #expect(lines.count == 3, "\(history.stdout)")
            #expect(lines[1].hasPrefix("\(first.labelled),replaced by \(second.id.labelled)"))
            #expect(lines[1].contains("typed from the wrong form") && lines[2].contains("in force"))

            // Voiding the version in force: it leaves every listing, and the vacancy is open again.
            let voided = try await run(
                ["governor", "void", second.id.labelled, "--reason", "never appointed: the nomination was withdrawn"],
                settings)
            #expect(voided.status == 0, "\(voided.stderr)")
            #expect(voided.stdout.contains("is open again"), "\(voided.stdout)")
            #expect(try await register.appointments(bodyID: body).allSatisfy { $0.personName != "Bob Jones" })
            let open = try await register.vacancies(bodyID: body, openOn: Fixtures.d("2015-11-30"))
            #expect(open.count == 1 && open[0].filledByAppointment == nil && open[0].category == .coOpted)

            let listed = try await run(["governor", "list", String(body), "--history", "--format", "csv"], settings)
            #expect(!listed.stdout.contains("Bob Jones"))
            let withVoid = try await run(
                ["governor", "list", String(body), "--history", "--include-void", "--format", "csv"], settings)
            // Both versions, each marked.
            #expect(withVoid.stdout.components(separatedBy: " (void),").count == 3, "\(withVoid.stdout)")

            // Who voided it and why is in the audit trail.
            let audited = try await DatabaseProbe.count(
                register,
                """
                SELECT count(*) FROM audit_log WHERE table_name = 'appointments' AND row_key = '\(second.id.rawValue)'
                  AND operation = 'update' AND after ->> 'void_reason' LIKE 'never appointed%'
                """)
            #expect(audited == 1)

            // A void cannot be voided twice, nor a reason left blank; nothing changes.
            let before = try await register.database.fingerprint()
            let again = try await run(["governor", "void", second.id.labelled, "--reason", "again"], settings)
            #expect(again.status == 1 && again.stderr.contains("already void"), "\(again.stderr)")
            let blank = try await run(["governor", "void", first.labelled, "--reason", "  "], settings)
            #expect(blank.status == 1 && blank.stderr.contains("--reason"), "\(blank.stderr)")
            let wrongLetter = try await run(["governor", "void", "P\(first.rawValue)", "--reason", "x"], settings)
            #expect(wrongLetter.status != 0)
            #expect(try await register.database.fingerprint() == before)
        }
    }

    @Test func aCorrectionBreakingARuleIsRefusedWithASentence() async throws {
        try await TestDatabase.withRegister { register, settings in
            let (_, parent, _) = try await Fixtures.trackedBody(register)
            let before = try await register.database.fingerprint()
            // Starts 2012-01-01: a term end in 2016 would make a term of more than 4 years.
            let tooLong = try await run(
                ["governor", "correct", parent.labelled, "--term-end", "2016-06-30", "--reason", "x"], settings)
            #expect(tooLong.status == 1 && tooLong.stderr.contains("at most 4 years"), "\(tooLong.stderr)")
            let nothing = try await run(["governor", "correct", parent.labelled, "--reason", "x"], settings)
            #expect(nothing.status == 1 && nothing.stderr.contains("at least one field"), "\(nothing.stderr)")
            #expect(try await register.database.fingerprint() == before)

            // An end recorded by mistake is undone by a correction.
            try await register.endAppointment(parent, on: Fixtures.d("2015-10-31"), reason: .resigned)
            let undone = try await run(
                ["governor", "correct", parent.labelled, "--not-ended", "--reason", "resignation was withdrawn"], settings)
            #expect(undone.status == 0, "\(undone.stderr)")
            let now = try await register.appointments(servingOn: Fixtures.d("2015-11-30"))
            #expect(now.contains { $0.personName == "Ann Smith" && $0.endedOn == nil })
        }
    }

    @Test func twoRecordsOfOnePersonAreMerged() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let (keep, _) = try await Fixtures.appoint(
                register, "Ann", "Smith", body: body, start: "2015-09-01", years: 4, declared: nil)
            // The same person entered again, spelt differently, on an earlier term that ended.
            let (other, _) = try await Fixtures.appoint(
                register, "Anne", "Smith", body: body, start: "2011-09-01", years: 4, declared: (.female, .irish),
                leftAtTermEnd: true)
            let course = try await register.addCourse(title: "Induction", kind: .induction, provider: nil)
            _ = try await register.recordTraining(personID: keep, courseID: course, completedOn: Fixtures.d("2015-10-01"))
            // The same course recorded against both records: a duplicate, voided rather than moved.
            _ = try await register.recordTraining(personID: other, courseID: course, completedOn: Fixtures.d("2015-10-01"))
            _ = try await register.recordTraining(personID: other, courseID: course, completedOn: Fixtures.d("2011-10-01"))

            let merged = try await run(
                ["person", "merge", keep.labelled, other.labelled, "--reason", "same person, name spelt two ways"], settings)
            #expect(merged.status == 0, "\(merged.stderr)")
            // Moved: 1 appointment, 1 training record (2011), 1 declaration; 1 duplicate voided.
            #expect(merged.stdout.contains("moved 1 appointment(s), 1 training record(s), 1 declaration(s)"), "\(merged.stdout)")
            #expect(merged.stdout.contains("voided 1 duplicate(s)"))
            let history = try await register.appointments(bodyID: body)
            #expect(history.count == 2 && history.allSatisfy { $0.personID == keep })
            #expect(try await register.training(personID: keep).count == 2)
            #expect(try await register.diversity(personID: keep).declarations.map(\.ethnicity) == [.irish])
            // The other record is kept, void, and found by its history, not by listings.
            await #expect(throws: StoreError.self) { try await register.person(other) }
            let shown = try await run(["person", "history", other.labelled], settings)
            #expect(shown.status == 0 && shown.stdout.contains("replaced by \(keep.labelled)"), "\(shown.stdout)")
            let found = try await run(["person", "find", "Smith"], settings)
            #expect(found.stdout.contains(keep.labelled) && !found.stdout.contains(other.labelled), "\(found.stdout)")

            let before = try await register.database.fingerprint()
            let itself = try await run(["person", "merge", keep.labelled, keep.labelled, "--reason", "x"], settings)
            #expect(itself.status == 1)
            let gone = try await run(["person", "merge", keep.labelled, other.labelled, "--reason", "x"], settings)
            #expect(gone.status == 1 && gone.stderr.contains("no person"), "\(gone.stderr)")
            #expect(try await register.database.fingerprint() == before)
        }
    }

    @Test func aNameTypoIsCorrectedAndTheRecordsFollow() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let (person, _) = try await Fixtures.appoint(
                register, "Jon", "Smiht", body: body, start: "2015-09-01", years: 4, declared: (.male, .indian))
            let corrected = try await run(
                ["person", "correct", person.labelled, "--forename", "John", "--surname", "Smith", "--reason", "typo"],
                settings)
            #expect(corrected.status == 0, "\(corrected.stderr)")
            let serving = try await register.appointments(bodyID: body)
            #expect(serving.map(\.personName) == ["John Smith"])
            let newID = try #require(serving.first?.personID)
            #expect(newID != person)
            #expect(try await register.diversity(personID: newID).declarations.count == 1)
        }
    }
}
