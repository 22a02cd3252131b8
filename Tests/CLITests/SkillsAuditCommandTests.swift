import Foundation
import Governance
import Store
import TestSupport
import Testing

/// The skills audit from the command line against PostgreSQL (docs/skills.md): a framework loaded
/// from a file (a bad one refused whole, naming the line and field, the database unchanged),
/// answers recorded as new rows, and a body's summary with its gaps and "what if these people left".
@Suite struct SkillsAuditCommandTests {
    static let framework = Fixtures.skillsFramework

    @Test func aBodysGapsAndWhatIfTheyLeft() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            // Ann's term ends 2016-08-31 (two years from 2014-09-01), within 12 months of 2015-11-30;
            // Ben's and Cat's end in 2018.
            let (_, ann) = try await Fixtures.appoint(
                register, "Ann", "Able", body: body, start: "2014-09-01", years: 2, declared: nil)
            let (_, ben) = try await Fixtures.appoint(
                register, "Ben", "Bold", body: body, start: "2014-09-01", years: 4, declared: nil)
            let (_, cat) = try await Fixtures.appoint(
                register, "Cat", "Calm", body: body, start: "2014-09-01", years: 4, declared: nil)
            func govmon(_ words: String...) async throws -> CommandRunner.Result {
                try await CommandRunner.run(words, database: settings)
            }

            // Bad files change nothing.
            let before = try await register.database.fingerprint()
            let stars = try Fixtures.file(
                Self.framework.replacingOccurrences(of: "Audit and value for money,scale", with: "Audit,stars"))
            let refused = try await govmon("skills", "load", stars, "--name", "Merton 2015")
            #expect(refused.status != 0)
            #expect(
                refused.stderr.contains("\(stars):3: field \"answer\": expected scale (1 to 5) or text, found \"stars\""),
                "\(refused.stderr)")
            let twice = try Fixtures.file(Self.framework + "Finance,fin1,Again,scale\n")
            let duplicate = try await govmon("skills", "load", twice, "--name", "Merton 2015")
            #expect(duplicate.stderr.contains(":6: field \"code\": code fin1 is used twice"), "\(duplicate.stderr)")
            #expect(try await register.database.fingerprint() == before)

            let file = try Fixtures.file(Self.framework)
            let loaded = try await govmon("skills", "load", file, "--name", "Merton 2015", "--on", "2015-09-01")
            #expect(loaded.status == 0 && loaded.stdout.contains("4 questions in 2 categories"), "\(loaded.stderr)")
            #expect(try await govmon("skills", "load", file, "--name", "Merton 2015").stderr.contains("already loaded"))

            // Ann: FIN1 5, FIN2 2, SL1 3 (her FIN1 was 3 before she took the finance course: the
            // later answer counts, the earlier is kept). Ben: FIN1 4, SL1 2. Cat has not answered.
            for (appointment, code, score, on) in [
                (ann, "FIN1", "3", "2015-09-10"), (ann, "FIN1", "5", "2015-10-10"), (ann, "FIN2", "2", "2015-09-10"),
                (ann, "SL1", "3", "2015-09-10"), (ben, "fin1", "4", "2015-09-12"), (ben, "SL1", "2", "2015-09-12"),
            ] {
                let r = try await govmon(
                    "skills", "answer", appointment.labelled, "--question", code, "--score", score, "--on", on)
                #expect(r.status == 0, "\(r.stderr)")
            }
            let text = try await govmon(
                "skills", "answer", ann.labelled, "--question", "SL2", "--text", "Finance", "--on", "2015-09-10")
            #expect(text.status == 0, "\(text.stderr)")
            #expect(try await DatabaseProbe.rowCount(register, "skills_answers") == 7)
            // Bad answers: a score for a text question, a score out of range, an unknown code, a date before the term.
            let answersBefore = try await register.database.fingerprint()
            for (words, expected) in [
                (["--question", "SL2", "--score", "3"], "--text: question SL2 is answered in words"),
                (["--question", "FIN1", "--score", "6"], "--score: question FIN1 is answered with a score from 1 to 5"),
                (["--question", "XX9", "--score", "3"], "--question: expected a code of the framework"),
                (["--question", "FIN1", "--score", "3", "--on", "2014-01-01"], "is not serving on 2014-01-01"),
            ] {
                let r = try await CommandRunner.run(["skills", "answer", ben.labelled] + words, database: settings)
                #expect(r.status != 0 && r.stderr.contains(expected), "\(words): \(r.stderr)")
            }
            #expect(try await register.database.fingerprint() == answersBefore)

            // Hand count (as SkillsSummaryTests): FIN1 answered 2, mean 4.5, strong 2; FIN2 1, 2.0, a gap;
            // SL1 2, 2.5, a gap. Ann's term ends within 12 months: Ben still holds FIN1.
            let summary = try await govmon("skills", "summary", "102649", "--as-of", "2015-11-30", "--format", "csv")
            #expect(summary.status == 0, "\(summary.stderr)")
            #expect(
                summary.stdout.split(whereSeparator: \.isNewline).dropFirst().map(String.init) == [
                    "Finance,FIN1,Setting and monitoring the budget,2,4.5,2,1,",
                    "Finance,FIN2,Audit and value for money,1,2.0,0,0,gap",
                    "Strategy,SL1,Setting the school's direction,2,2.5,0,0,gap",
                ], "\(summary.stdout)")
            let table = try await govmon("skills", "summary", "102649", "--as-of", "2015-11-30")
            #expect(table.stdout.contains("2 of 3 members have answered"))
            #expect(
                table.stdout.contains("If these people left: Ann Able (\(ann.labelled), term ends 2016-08-31)."),
                "\(table.stdout)")
            // Both finance holders gone: FIN1 becomes a gap if they left.
            let both = try await govmon(
                "skills", "summary", "102649", "--as-of", "2015-11-30", "--leaving", "\(ann.labelled),\(ben.labelled)",
                "--format",
                "csv")
            #expect(both.stdout.contains("Finance,FIN1,Setting and monitoring the budget,2,4.5,2,0,gap if they left"))
            // As of 2015-09-30, Ann's FIN1 was still 3: FIN1 strong is Ben's alone.
            let earlier = try await govmon("skills", "summary", "102649", "--as-of", "2015-09-30", "--format", "csv")
            #expect(earlier.stdout.contains("Finance,FIN1,Setting and monitoring the budget,2,3.5,1,1,"), "\(earlier.stdout)")
            let stranger = try await govmon("skills", "summary", "102649", "--leaving", "A999999")
            #expect(stranger.status != 0 && stranger.stderr.contains("--leaving: appointment A999999 is not a member"))

            // A one-time link to the form for a serving governor (the command's today is the real
            // date; Ann's appointment has no recorded end, so she still serves); none for someone who
            // has left, and the refusal makes no link.
            let link = try await govmon("skills", "invite", ann.labelled)
            #expect(link.status == 0 && link.stdout.contains("Send this link to Ann Able (\(ann.labelled)) for \"Merton 2015\""))
            #expect(link.stdout.contains("/skills/"), "\(link.stdout)")
            try await register.endAppointment(cat, on: Fixtures.d("2015-12-31"), reason: .resigned)
            let linksBefore = try await DatabaseProbe.rowCount(register, "one_time_links")
            let left = try await govmon("skills", "invite", cat.labelled)
            #expect(left.status != 0 && left.stderr.contains("appointment \(cat.labelled) is not serving on"), "\(left.stderr)")
            #expect(try await DatabaseProbe.rowCount(register, "one_time_links") == linksBefore)
        }
    }

    @Test func noFrameworkLoadedSaysHowToLoadOne() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.communitySchool(register)
            let r = try await CommandRunner.run(["skills", "summary", "102649"], database: settings)
            #expect(r.status != 0 && r.stderr.contains("load one with 'govmon skills load FILE --name NAME'"), "\(r.stderr)")
        }
    }

    /// A vacancy tagged with the skills it seeks (docs/skills.md): the summary lists them beside the
    /// gaps; tagging twice keeps one row, an unknown code or a closed vacancy is refused and changes
    /// nothing, and a tag removed is gone from the summary (the audit trail keeps it).
    @Test func vacanciesSeekTheSkillsABodyLacks() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            _ = try await Fixtures.appoint(register, "Ann", "Able", body: body, start: "2014-09-01", years: 4, declared: nil)
            func govmon(_ words: String...) async throws -> CommandRunner.Result {
                try await CommandRunner.run(words, database: settings)
            }
            let load = try await govmon("skills", "load", try Fixtures.file(Self.framework), "--name", "Merton 2015")
            #expect(load.status == 0, "\(load.stderr)")
            let vacancy = try await register.openVacancy(
                bodyID: body, category: .coOpted, openedOn: Fixtures.d("2015-09-01"), reason: .resigned, note: nil)
            let seek = try await govmon(
                "skills", "seek", vacancy.labelled, "--question", "FIN2", "--question", "sl1", "--on", "2015-09-05")
            #expect(seek.status == 0 && seek.stdout.contains("Vacancy \(vacancy.labelled) seeks FIN2, sl1."), "\(seek.stderr)")
            let again = try await govmon("skills", "seek", vacancy.labelled, "--question", "FIN2", "--on", "2015-09-06")
            #expect(again.status == 0 && again.stdout.contains("(1 already sought)"), "\(again.stdout)")
            #expect(try await DatabaseProbe.rowCount(register, "vacancy_skills_sought") == 2)
            let before = try await register.database.fingerprint()
            let unknown = try await govmon("skills", "seek", vacancy.labelled, "--question", "FIN1", "--question", "XX9")
            #expect(unknown.status != 0 && unknown.stderr.contains("--question: expected a code of the framework"))
            #expect(try await register.database.fingerprint() == before)

            let summary = try await govmon("skills", "summary", "102649", "--as-of", "2015-11-30")
            #expect(
                summary.stdout.contains("Open vacancies seek: \(vacancy.labelled) (co-opted): FIN2, SL1."), "\(summary.stdout)")
            let removed = try await govmon("skills", "seek", vacancy.labelled, "--question", "SL1", "--remove")
            #expect(removed.status == 0, "\(removed.stderr)")
            let twice = try await govmon("skills", "seek", vacancy.labelled, "--question", "SL1", "--remove")
            #expect(twice.status != 0 && twice.stderr.contains("does not seek \"SL1\""), "\(twice.stderr)")
            let after = try await govmon("skills", "summary", "102649", "--as-of", "2015-11-30")
            #expect(after.stdout.contains("Open vacancies seek: \(vacancy.labelled) (co-opted): FIN2."), "\(after.stdout)")
            #expect(try await register.audit(table: "vacancy_skills_sought", limit: 10).contains { $0.operation == "delete" })

            // Closed on 2015-12-01: not open on 2015-12-31, so nothing is sought then, and no new tag.
            try await register.closeVacancy(vacancy, on: Fixtures.d("2015-12-01"), reason: "Seat removed")
            let closed = try await govmon("skills", "summary", "102649", "--as-of", "2015-12-31")
            #expect(closed.stdout.contains("No open vacancy is tagged with the skills it seeks."), "\(closed.stdout)")
            let late = try await govmon("skills", "seek", vacancy.labelled, "--question", "SL1")
            #expect(late.status != 0 && late.stderr.contains("is no longer open"), "\(late.stderr)")
        }
    }
}
