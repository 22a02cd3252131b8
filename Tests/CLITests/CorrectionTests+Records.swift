import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Every other kind of record an officer enters, voided and corrected from the command line:
/// training, chairs' reviews, reconstitution stages, declarations, DBS records, planned
/// headteacher appointments, instruments and vacancies.
@Suite struct RecordCorrectionTests {
    private func run(_ arguments: [String], _ settings: DatabaseSettings) async throws -> CommandRunner.Result {
        try await CommandRunner.run(arguments, database: settings)
    }

    @Test func trainingDeclarationsAndDBSRecordsAreCorrectedAndVoided() async throws {
        try await TestDatabase.withRegister { register, settings in
            let (_, people) = try await Fixtures.representedBody(register)
            let person = people[0]
            let course = try await register.addCourse(title: "Induction", kind: .induction, provider: nil)
            let training = try await register.recordTraining(
                personID: person, courseID: course, completedOn: Fixtures.d("2015-10-01"))
            let moved = try await run(
                ["training", "correct", String(training), "--completed", "2015-10-08", "--reason", "wrong week"], settings)
            #expect(moved.status == 0, "\(moved.stderr)")
            #expect(try await register.training(personID: person).map(\.completedOn) == [Fixtures.d("2015-10-08")])
            let future = try await run(
                ["training", "correct", String(training), "--completed", "2099-01-01", "--reason", "x"], settings)
            // The first version is already replaced; a correction of the new one into the future is refused too.
            #expect(future.status == 1)
            let current = try #require(try await register.training(personID: person).first?.id)
            let intoFuture = try await run(
                ["training", "correct", String(current), "--completed", "2099-01-01", "--reason", "x"], settings)
            #expect(intoFuture.status == 1 && intoFuture.stderr.contains("or earlier"), "\(intoFuture.stderr)")
            #expect(try await run(["training", "void", String(current), "--reason", "not attended"], settings).status == 0)
            #expect(try await register.training(personID: person).isEmpty)
            let listed = try await run(
                ["training", "list", "--person", person.labelled, "--include-void", "--format", "csv"], settings)
            #expect(listed.stdout.components(separatedBy: "(void)").count == 3, "\(listed.stdout)")

            // A declaration corrected on the same date: the old one kept, void; the new one counts.
            let declared = try #require(try await register.diversity(personID: person).declarations.first)
            #expect(declared.ethnicity == .indian)
            let fixed = try await run(
                ["diversity", "correct", String(declared.id), "--ethnicity", "pakistani", "--reason", "misread the form"],
                settings)
            #expect(fixed.status == 0, "\(fixed.stderr)")
            let now = try await register.diversity(personID: person).declarations
            #expect(now.count == 1 && now[0].ethnicity == .pakistani && now[0].recordedOn == declared.recordedOn)
            // The reason, which may quote the form, stays out of the audit trail with the values.
            let leaked = try await DatabaseProbe.count(
                register,
                "SELECT count(*) FROM audit_log WHERE table_name = 'diversity_declarations' AND (after::text LIKE '%misread%' OR after::text LIKE '%pakistani%')"
            )
            #expect(leaked == 0)

            let dbs = try await register.recordDBSCheck(personID: person, appliedOn: Fixtures.d("2016-04-05"), issuedOn: nil)
            let issued = try await run(
                ["dbs", "correct", String(dbs), "--issued", "2016-04-20", "--reason", "certificate seen"], settings)
            #expect(issued.status == 0, "\(issued.stderr)")
            let before = try await register.database.fingerprint()
            // Issued before it was applied for: the database's rule, as a sentence.
            let newDBS = try await DatabaseProbe.count(
                register, "SELECT max(dbs_check_id) FROM dbs_checks WHERE voided_at IS NULL")
            let backwards = try await run(
                ["dbs", "correct", String(newDBS), "--issued", "2016-01-01", "--reason", "x"], settings)
            #expect(backwards.status == 1 && backwards.stderr.contains("cannot be issued before"), "\(backwards.stderr)")
            #expect(try await register.database.fingerprint() == before)
        }
    }

    @Test func reviewsStagesAndPlansAreCorrectedAndVoided() async throws {
        try await TestDatabase.withRegister { register, settings in
            let (body, _, _) = try await Fixtures.trackedBody(register)
            let chair = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Cath", surname: "Chair")), bodyID: body, category: .coOpted,
                    role: .chair, startDate: Fixtures.d("2015-09-01"), termYears: 4))
            let review = try await register.recordChairReview(
                bodyID: body, chairAppointmentID: chair, reviewedOn: Fixtures.d("2015-10-01"), judgement: .representative,
                actions: nil, takenToBoardOn: nil)
            let judged = try await run(
                ["review", "correct", String(review), "--judgement", "partly-representative", "--reason", "misheard"],
                settings)
            #expect(judged.status == 0, "\(judged.stderr)")
            let reviews = try await register.chairReviews(bodyID: body)
            #expect(reviews.count == 1 && reviews[0].judgement == .partlyRepresentative && reviews[0].id != review)
            #expect(try await run(["review", "void", String(reviews[0].id), "--reason", "wrong body"], settings).status == 0)
            #expect(try await register.chairReviews(bodyID: body).isEmpty)

            _ = try await register.startReconstitution(bodyID: body, on: Fixtures.d("2015-01-10"), note: nil)
            _ = try await register.recordReconstitutionStage(
                bodyID: body, stage: .proposalAgreed, on: Fixtures.d("2015-01-12"), instrumentID: nil, note: nil)
            let recorded = try #require(try await register.reconstitutions(bodyID: body).first?.stages)
            let stage = try #require(recorded.first { $0.stage == .proposalAgreed }?.id)
            let listed = try await run(["reconstitution", "list", String(body)], settings)
            #expect(listed.stdout.contains("[\(stage)]"), "\(listed.stdout)")
            let redated = try await run(
                ["reconstitution", "correct-stage", String(stage), "--date", "2015-01-14", "--reason", "minutes say 14th"],
                settings)
            #expect(redated.status == 0, "\(redated.stderr)")
            // review-started (2015-01-10, from the start) and the corrected proposal-agreed.
            let stages = try #require(try await register.reconstitutions(bodyID: body).first?.stages)
            #expect(stages.map(\.reachedOn) == [Fixtures.d("2015-01-10"), Fixtures.d("2015-01-14")])
            let newStage = try #require(stages.last?.id)
            #expect(try await run(["reconstitution", "void-stage", String(newStage), "--reason", "x"], settings).status == 0)
            #expect(try await register.reconstitutions(bodyID: body).first?.stages.map(\.stage) == [.reviewStarted])
            let stageHistory = try await run(["reconstitution", "history-stage", String(stage), "--format", "csv"], settings)
            #expect(stageHistory.stdout.split(whereSeparator: \.isNewline).count == 3, "\(stageHistory.stdout)")

            let plan = try await register.planHeadteacherRecruitment(
                bodyID: body, recordedOn: Fixtures.d("2015-10-01"), plannedOn: Fixtures.d("2016-01-04"), note: nil)
            try await register.cancelHeadteacherRecruitment(plan, on: Fixtures.d("2015-11-01"))
            let revived = try await run(
                ["recruitment", "correct", String(plan), "--not-cancelled", "--reason", "cancelled the wrong school's"],
                settings)
            #expect(revived.status == 0, "\(revived.stderr)")
            let plans = try await register.headteacherRecruitments(bodyID: body)
            #expect(plans.count == 1 && plans[0].cancelledOn == nil && plans[0].plannedOn == Fixtures.d("2016-01-04"))
        }
    }

    @Test func aVoidedInstrumentNoLongerGovernsAndAVacancyFillIsUndone() async throws {
        try await TestDatabase.withRegister { register, settings in
            let (body, _, vacancy) = try await Fixtures.trackedBody(register)
            let instrument = try #require(try await register.instruments(bodyID: body).first)
            let redated = try await run(
                ["instrument", "correct", String(instrument.id), "--effective", "2015-09-02", "--reason", "sealed a day late"],
                settings)
            #expect(redated.status == 0, "\(redated.stderr)")
            let current = try #require(try await register.instruments(bodyID: body).first)
            // The seats come with the new version: 2 parent + 1 head + 1 staff + 1 LA + 2 co-opted = 7.
            #expect(current.effectiveFrom == Fixtures.d("2015-09-02") && current.totalSeats == 7)
            #expect(try await run(["instrument", "void", String(current.id), "--reason", "never adopted"], settings).status == 0)
            #expect(try await register.instrumentInForce(bodyID: body, on: Fixtures.d("2015-11-30")) == nil)
            let listed = try await run(["instrument", "list", String(body), "--include-void", "--format", "csv"], settings)
            #expect(listed.stdout.components(separatedBy: "(void)").count == 3, "\(listed.stdout)")

            let filler = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Cy", surname: "Coopt")), bodyID: body, category: .coOpted,
                    startDate: Fixtures.d("2015-10-01"), termYears: 4))
            try await register.fillVacancy(vacancy, with: filler, on: Fixtures.d("2015-10-01"))
            let unfilled = try await run(
                ["vacancy", "correct", vacancy.labelled, "--unfill", "--reason", "filled the wrong vacancy"], settings)
            #expect(unfilled.status == 0, "\(unfilled.stderr)")
            let open = try await register.vacancies(bodyID: body, openOn: Fixtures.d("2015-11-30"))
            #expect(open.count == 1 && open[0].filledByAppointment == nil && open[0].id != vacancy)
            #expect(try await run(["vacancy", "void", open[0].id.labelled, "--reason", "opened twice"], settings).status == 0)
            #expect(try await register.vacancies(bodyID: body).isEmpty)
        }
    }
}
