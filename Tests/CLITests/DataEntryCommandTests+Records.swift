import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Vacancies, training, reconstitution and diversity data from the command line.
extension DataEntryCommandTests {
    /// `vacancy open`, `vacancy fill` (by an appointment) and `vacancy close` (without filling).
    @Test func vacancyOpenFillAndClose() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let opening = try await Self.govmon(
                settings, "vacancy", "open", "102649", "--category", "parent", "--opened", "2015-09-01",
                "--reason", "new-seat")
            #expect(opening.status == 0, "\(opening.stderr)")
            let parentSeat = try #require(try await register.vacancies(bodyID: body).first)
            #expect(parentSeat.category == .parent && parentSeat.openedOn == Self.d("2015-09-01"))
            #expect(parentSeat.reason == .newSeat)
            #expect(
                opening.stdout == "Recorded vacancy \(parentSeat.id): parent seat on body \(body) from 2015-09-01.\n")
            let opened = try await Self.lastAudit(register, "vacancies")
            #expect(opened.operation == "insert" && opened.rowKey == String(parentSeat.id))
            Self.expectWritten(opened, by: "vacancy open")

            let second = try await Self.govmon(
                settings, "vacancy", "open", "102649", "--category", "co-opted", "--opened", "2015-09-01", "--reason",
                "resigned", "--note", "Dan Wu resigned")
            #expect(second.status == 0, "\(second.stderr)")
            let coOptedSeat = try #require(
                try await register.vacancies(bodyID: body).first { $0.category == .coOpted })
            #expect(coOptedSeat.note == "Dan Wu resigned" && coOptedSeat.reason == .resigned)

            let (appointment, _) = try await Self.appoint(
                register, body: body, "Ann", "Smith", .parent, start: "2015-10-01")
            let fill = try await Self.govmon(
                settings, "vacancy", "fill", String(parentSeat.id), "--appointment", String(appointment))
            // Without --on the vacancy is filled on the appointment's first day.
            #expect(fill.status == 0, "\(fill.stderr)")
            #expect(fill.stdout == "Vacancy \(parentSeat.id) filled by appointment \(appointment) on 2015-10-01.\n")
            let filled = try await register.vacancy(parentSeat.id)
            #expect(filled.filledByAppointment == appointment && filled.filledOn == Self.d("2015-10-01"))
            let fillAudit = try await Self.lastAudit(register, "vacancies")
            #expect(fillAudit.operation == "update" && fillAudit.rowKey == String(parentSeat.id))
            Self.expectWritten(fillAudit, by: "vacancy fill")

            let close = try await Self.govmon(
                settings, "vacancy", "close", String(coOptedSeat.id), "--on", "2016-01-31", "--reason",
                "seat removed by the 2016 instrument")
            #expect(close.status == 0, "\(close.stderr)")
            #expect(close.stdout == "Closed vacancy \(coOptedSeat.id) on 2016-01-31.\n")
            let closed = try await register.vacancy(coOptedSeat.id)
            #expect(closed.closedOn == Self.d("2016-01-31") && closed.filledOn == nil)
            #expect(closed.closedReason == "seat removed by the 2016 instrument")
            let closeAudit = try await Self.lastAudit(register, "vacancies")
            #expect(closeAudit.operation == "update" && closeAudit.rowKey == String(coOptedSeat.id))
            Self.expectWritten(closeAudit, by: "vacancy close")
            // Neither vacancy is open any more.
            #expect(try await register.vacancies(bodyID: body, openOn: Self.d("2016-02-01")).isEmpty)
        }
    }

    /// `training add-course`, `training record`, and the `training courses` and `training list`
    /// listings that read them back.
    @Test func trainingAddCourseRecordAndList() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let (_, person) = try await Self.appoint(register, body: body, "Ann", "Smith", .parent)
            let add = try await Self.govmon(
                settings, "training", "add-course", "--title", "Induction for new governors", "--kind", "induction",
                "--provider", "Merton Governor Services")
            #expect(add.status == 0, "\(add.stderr)")
            // The one course just added.
            let courses = try await register.courses()
            try #require(courses.count == 1)
            let course = courses[0]
            #expect(course.title == "Induction for new governors" && course.kind == .induction)
            #expect(course.provider == "Merton Governor Services")
            #expect(add.stdout == "Added course \(course.id): Induction for new governors (induction).\n")
            let courseAudit = try await Self.lastAudit(register, "courses")
            #expect(courseAudit.operation == "insert" && courseAudit.rowKey == String(course.id))
            Self.expectWritten(courseAudit, by: "training add-course")
            // The listing of courses: the same one course.
            let listed = try Self.rows(try await Self.govmon(settings, "training", "courses", "--format", "json"))
            #expect(listed.count == 1 && listed.first?["course"] as? String == String(course.id))
            #expect(listed.first?["kind"] as? String == "induction")

            let record = try await Self.govmon(
                settings, "training", "record", String(person), "--course", String(course.id),
                "--completed", "2015-10-14")
            #expect(record.status == 0, "\(record.stderr)")
            // Ann Smith's one completion.
            let training = try await register.training(personID: person)
            try #require(training.count == 1)
            #expect(training[0].course.id == course.id && training[0].completedOn == Self.d("2015-10-14"))
            #expect(
                record.stdout
                    == "Recorded training \(training[0].id): person \(person) completed course \(course.id) "
                    + "on 2015-10-14.\n")
            let recordAudit = try await Self.lastAudit(register, "training_records")
            #expect(recordAudit.operation == "insert" && recordAudit.rowKey == String(training[0].id))
            Self.expectWritten(recordAudit, by: "training record")

            // The body's governors' training: Ann Smith's one record.
            let list = try await Self.govmon(settings, "training", "list", "--body", "102649", "--format", "json")
            #expect(list.status == 0, "\(list.stderr)")
            let listedTraining = try Self.rows(list)
            #expect(listedTraining.count == 1 && listedTraining.first?["record"] as? String == String(training[0].id))
            #expect(listedTraining.first?["name"] as? String == "Ann Smith")
            #expect(listedTraining.first?["completed"] as? String == "2015-10-14")
            #expect(listedTraining.first?["course"] as? String == "Induction for new governors")
        }
    }

    /// `reconstitution start` opens a round at stage review-started; `reconstitution stage` records a
    /// later stage and links the new instrument; `reconstitution list` reads the round back.
    @Test func reconstitutionStartAndStage() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let instrument = try #require(try await register.instruments(bodyID: body).first).id
            let start = try await Self.govmon(
                settings, "reconstitution", "start", "102649", "--date", "2015-01-15", "--note",
                "review under the 2012 regulations")
            #expect(start.status == 0, "\(start.stderr)")
            // The body's one round, at its first stage.
            let round = try #require(try await register.reconstitutions(bodyID: body).first)
            #expect(round.startedOn == Self.d("2015-01-15") && round.note == "review under the 2012 regulations")
            #expect(round.stages.map(\.stage) == [.reviewStarted] && round.instrumentID == nil)
            #expect(start.stdout == "Started reconstitution \(round.id) of body \(body) on 2015-01-15.\n")
            let roundAudit = try await Self.lastAudit(register, "reconstitutions")
            #expect(roundAudit.operation == "insert" && roundAudit.rowKey == String(round.id))
            Self.expectWritten(roundAudit, by: "reconstitution start")
            let startStage = try await Self.lastAudit(register, "reconstitution_stages")
            #expect(startStage.operation == "insert" && startStage.after?.contains("review_started") == true)
            Self.expectWritten(startStage, by: "reconstitution start")

            let stage = try await Self.govmon(
                settings, "reconstitution", "stage", "102649", "instrument-made", "--date", "2015-06-01",
                "--instrument", String(instrument))
            #expect(stage.status == 0, "\(stage.stderr)")
            #expect(
                stage.stdout
                    == "Recorded IoG made by the LA on 2015-06-01 for reconstitution \(round.id) of body \(body).\n")
            // Still one round, now with two stages and the instrument it made.
            let rounds = try await register.reconstitutions(bodyID: body)
            #expect(rounds.count == 1 && rounds[0].instrumentID == instrument)
            #expect(rounds[0].stages.map(\.stage) == [.reviewStarted, .instrumentMade])
            #expect(rounds[0].stages.map(\.reachedOn) == [Self.d("2015-01-15"), Self.d("2015-06-01")])
            let stageAudit = try await Self.lastAudit(register, "reconstitution_stages")
            #expect(stageAudit.operation == "insert" && stageAudit.after?.contains("instrument_made") == true)
            Self.expectWritten(stageAudit, by: "reconstitution stage")
            let linked = try await Self.lastAudit(register, "reconstitutions")
            #expect(linked.operation == "update" && linked.rowKey == String(round.id))
            #expect(linked.after?.contains("\"instrument_id\": \(instrument)") == true)
            Self.expectWritten(linked, by: "reconstitution stage")

            let list = try Self.rows(try await Self.govmon(settings, "reconstitution", "list", "102649", "--format", "json"))
            #expect(list.count == 1 && list.first?["furthest stage"] as? String == "instrument-made")
            #expect(list.first?["stages"] as? String == "review-started 2015-01-15 [1]; instrument-made 2015-06-01 [2]")
        }
    }

    /// `diversity record`, `diversity show` and `diversity object`: after the objection the
    /// declarations are withheld (kept until the next retention run, but never shown), a later
    /// `diversity record` is refused, and the audit trail never holds the declared sex or ethnicity.
    @Test func diversityRecordObjectAndShow() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let (_, person) = try await Self.appoint(register, body: body, "Ann", "Smith", .parent)
            let record = try await Self.govmon(
                settings, "diversity", "record", String(person), "--date", "2015-10-01", "--sex", "female",
                "--ethnicity", "indian", "--collected-by", "paper-form")
            #expect(record.status == 0, "\(record.stderr)")
            // Ann Smith's one declaration.
            let declared = try await register.diversity(personID: person)
            try #require(declared.declarations.count == 1 && declared.objectedOn == nil)
            let declaration = declared.declarations[0]
            #expect(declaration.sex == .female && declaration.ethnicity == .indian)
            #expect(declaration.collectedBy == .paperForm && declaration.recordedOn == Self.d("2015-10-01"))
            #expect(record.stdout == "Recorded declaration \(declaration.id) for person \(person) on 2015-10-01.\n")
            let inserted = try await Self.lastAudit(register, "diversity_declarations")
            #expect(inserted.operation == "insert" && inserted.rowKey == String(declaration.id))
            Self.expectWritten(inserted, by: "diversity record")
            // The row is audited, but its sex and ethnicity are replaced by the names of the redacted columns.
            #expect(inserted.after?.contains("\"redacted\"") == true, "\(inserted.after ?? "")")
            #expect(inserted.after?.contains("indian") == false && inserted.after?.contains("female") == false)

            let shown = try Self.rows(
                try await Self.govmon(
                    settings, "diversity", "show", String(person), "--reason", "test: checking the record", "--format", "json"))
            #expect(shown.count == 1 && shown.first?["sex"] as? String == "female")
            #expect(shown.first?["ethnicity"] as? String == "indian")
            #expect(shown.first?["collected by"] as? String == "paper-form")

            let object = try await Self.govmon(settings, "diversity", "object", String(person), "--date", "2016-02-01")
            #expect(object.status == 0, "\(object.stderr)")
            #expect(object.stdout == "Recorded the objection of person \(person) from 2016-02-01.\n")
            let withheld = try await register.diversity(personID: person)
            #expect(withheld.declarations.isEmpty && withheld.objectedOn == Self.d("2016-02-01"))
            let objection = try await Self.lastAudit(register, "diversity_objections")
            #expect(objection.operation == "insert" && objection.after?.contains("2016-02-01") == true)
            Self.expectWritten(objection, by: "diversity object")

            // Withheld from the show, which prints only the fact of the objection.
            let after = try await Self.govmon(
                settings, "diversity", "show", String(person), "--reason", "test: checking the record")
            #expect(after.status == 0, "\(after.stderr)")
            #expect(
                after.stdout
                    == "Person \(person) objected on 2016-02-01: their values are withheld and count as unknown; "
                    + "the next retention run erases them.\n")
            #expect(!after.stdout.contains("indian") && !after.stdout.contains("female"))
            // As json: an empty listing a script can parse, and the fact of the objection on stderr.
            let json = try await Self.govmon(
                settings, "diversity", "show", String(person), "--reason", "test: checking the record", "--format", "json")
            let listed = try Self.rows(json)
            #expect(json.status == 0 && listed.isEmpty && json.stdout.hasPrefix("["))
            #expect(json.stderr.contains("objected on 2016-02-01") && !json.stdout.contains("indian"))

            // A later declaration is refused with one line; the one row recorded before stays the only one.
            let before = try await register.database.fingerprint()
            #expect(Self.rowCount(before, "diversity_declarations") == 1)
            let again = try await Self.govmon(
                settings, "diversity", "record", String(person), "--date", "2016-03-01", "--sex", "female",
                "--ethnicity", "indian", "--collected-by", "online-form")
            // 1: refused (bad input or a rule broken, GovmonCommand's exit codes).
            #expect(again.status == 1)
            #expect(
                again.stderr
                    == "govmon: person \(person) objected on 2016-02-01 to the use of their diversity data; "
                    + "nothing more is recorded for them\n")
            let unchanged = try await register.database.fingerprint()
            #expect(Self.rowCount(unchanged, "diversity_declarations") == 1 && unchanged == before)
            // The table's whole trail: the one insert above, with no declared value in it.
            let trail = try await register.audit(table: "diversity_declarations")
            #expect(trail.count == 1 && trail.allSatisfy { !($0.after ?? "").contains("indian") })
        }
    }
}
