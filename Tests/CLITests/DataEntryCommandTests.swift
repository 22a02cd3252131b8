import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Every data-entry command run as a user would (the built `govmon` executable against a real
/// database): each exits 0, its effect is read back through the register (or its own
/// `--format json` listing), and the newest audit entry of each table it touches carries the
/// actor the test set in GOVMON_ACTOR and the command line as its source. Reads write nothing.
///
/// Set-up goes through the register's API as "test-officer" (TestDatabase's actor), so an audit
/// entry with `actor` can only have come from the command under test.
@Suite struct DataEntryCommandTests {
    /// The actor every command in this suite runs as.
    static let actor = "officer.two"

    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// Runs `govmon words...` against the test database as `actor`.
    static func govmon(_ settings: DatabaseSettings, _ words: String...) async throws -> CommandRunner.Result {
        try await CommandRunner.run(words, database: settings, actor: actor)
    }

    /// The rows of a listing printed with `--format json` (every value is a string or null).
    static func rows(_ result: CommandRunner.Result) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
    }

    /// The newest audit entry of a table.
    static func lastAudit(_ register: Register, _ table: String) async throws -> AuditEntry {
        try #require(try await register.audit(table: table, limit: 1).first, "no audit entry for \(table)")
    }

    /// Expects `entry` to have been written by `govmon <command> ...` run as `actor`.
    static func expectWritten(
        _ entry: AuditEntry, by command: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(entry.actor == actor, "\(entry.table): actor \(entry.actor)", sourceLocation: sourceLocation)
        #expect(
            entry.source?.hasPrefix("govmon \(command) ") == true, "\(entry.table): source \(entry.source ?? "none")",
            sourceLocation: sourceLocation)
    }

    /// The number of rows of `table` in a `Database.fingerprint()` ("count:md5" per table).
    static func rowCount(_ fingerprint: [String: String], _ table: String) -> Int? {
        fingerprint[table]?.split(separator: ":").first.flatMap { Int($0) }
    }

    /// Appoints a new person through the register; returns the appointment and the person. The
    /// term is the instrument's for the category, else 4 years.
    static func appoint(
        _ register: Register, body: BodyID, _ forename: String, _ surname: String, _ category: GovernorCategory,
        title: String? = nil, start: String = "2015-09-01"
    ) async throws -> (appointment: AppointmentID, person: PersonID) {
        let id = try await register.appoint(
            NewAppointment(
                appointee: .new(PersonName(title: title, forename1: forename, surname: surname)), bodyID: body,
                category: category, startDate: d(start)))
        return (id, try await register.appointment(id).personID)
    }

    /// `governor reappoint` adds a new term and ends the old one; `governor end` ends the new one.
    @Test func governorReappointAndEnd() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let (first, person) = try await Self.appoint(register, body: body, "Ann", "Smith", .parent)
            let reappoint = try await Self.govmon(settings, "governor", "reappoint", String(first), "--term-years", "4")
            #expect(reappoint.status == 0, "\(reappoint.stderr)")
            // Two rows for the one person (nothing is overwritten), oldest first.
            let terms = try await register.appointments(personID: person)
            try #require(terms.count == 2)
            let (old, new) = (terms[0], terms[1])
            // The instrument gives parents 3-year terms: 2015-09-01 + 3 years - 1 day = 2018-08-31. The new
            // term starts the day after and runs the 4 years of --term-years 4, to 2022-08-31.
            #expect(old.id == first && old.endedOn == Self.d("2018-08-31") && old.endedReason == "reappointed")
            #expect(new.startDate == Self.d("2018-09-01") && new.termEnd == Self.d("2022-08-31"))
            #expect(new.category == .parent)
            #expect(
                reappoint.stdout == "Re-appointed Ann Smith from 2018-09-01 to 2022-08-31: appointment \(new.id).\n")
            // The old row is updated first, then the new one inserted: the insert is the newest entry.
            let inserted = try await Self.lastAudit(register, "appointments")
            #expect(inserted.operation == "insert" && inserted.rowKey == String(new.id))
            Self.expectWritten(inserted, by: "governor reappoint")

            let end = try await Self.govmon(
                settings, "governor", "end", String(new.id), "--on", "2019-12-31", "--reason", "resigned")
            #expect(end.status == 0, "\(end.stderr)")
            #expect(end.stdout == "Ended appointment \(new.id) on 2019-12-31 (resigned).\n")
            let ended = try await register.appointment(new.id)
            #expect(ended.endedOn == Self.d("2019-12-31") && ended.endedReason == "resigned")
            let update = try await Self.lastAudit(register, "appointments")
            #expect(update.operation == "update" && update.rowKey == String(new.id))
            #expect(update.after?.contains("\"ended_reason\": \"resigned\"") == true, "\(update.after ?? "")")
            Self.expectWritten(update, by: "governor end")
        }
    }

    /// `governor set-role` makes a governor chair; `governor show` prints the person's appointments
    /// and training and writes nothing.
    @Test func governorSetRoleAndShow() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let (appointment, person) = try await Self.appoint(
                register, body: body, "Ann", "Smith", .parent, title: "Mrs")
            let course = try await register.addCourse(
                title: "Induction for new governors", kind: .induction, provider: nil)
            _ = try await register.recordTraining(
                personID: person, courseID: course, completedOn: Self.d("2015-10-14"))

            let setRole = try await Self.govmon(settings, "governor", "set-role", String(appointment), "chair")
            #expect(setRole.status == 0, "\(setRole.stderr)")
            #expect(setRole.stdout == "Appointment \(appointment) is now chair.\n")
            #expect(try await register.appointment(appointment).role == .chair)
            let update = try await Self.lastAudit(register, "appointments")
            #expect(update.operation == "update" && update.rowKey == String(appointment))
            #expect(update.before?.contains("\"role\": \"member\"") == true)
            #expect(update.after?.contains("\"role\": \"chair\"") == true)
            Self.expectWritten(update, by: "governor set-role")

            let newest = try await register.audit(limit: 1)
            let show = try await Self.govmon(settings, "governor", "show", String(person))
            #expect(show.status == 0, "\(show.stderr)")
            #expect(show.stdout.hasPrefix("Person \(person): Mrs Ann Smith\n\nAppointments:\n"), "\(show.stdout)")
            // Two sections: the appointments, then the training.
            let sections = show.stdout.components(separatedBy: "\nTraining:\n")
            try #require(sections.count == 2, "\(show.stdout)")
            #expect(sections[0].contains("Ann Smith") && sections[0].contains("parent"))
            #expect(sections[0].contains("chair") && sections[0].contains("2015-09-01"))
            // The table's columns are completed, course and kind, two spaces apart.
            #expect(sections[1].contains("2015-10-14  Induction for new governors  induction"), "\(sections[1])")
            #expect(try await register.audit(limit: 1) == newest)
        }
    }

    /// `body federate` forms one body for two schools and dissolves their own bodies, ending the
    /// appointments that served on them; `body show` shows the federation.
    @Test func bodyFederateAndShow() async throws {
        try await TestDatabase.withRegister { register, settings in
            try await Fixtures.loadSchools(register)
            let abbotsbury = try await register.body("102649").id
            let allSaints = try await register.body("102663").id
            let (serving, _) = try await Self.appoint(register, body: abbotsbury, "Ann", "Smith", .parent)

            let federate = try await Self.govmon(
                settings, "body", "federate", "--name", "Wandle Federation", "--school", "102649",
                "--school", "102663", "--from", "2016-09-01")
            #expect(federate.status == 0, "\(federate.stderr)")
            let federation = try await register.body("Wandle Federation")
            #expect(federation.isFederation && federation.formedOn == Self.d("2016-09-01"))
            #expect(federation.schoolURNs == [102649, 102663])
            #expect(try await register.body("102649").id == federation.id)
            let dissolved = [abbotsbury, allSaints].sorted().map(String.init).joined(separator: ", ")
            // Ann Smith's is the one serving appointment on the two old bodies; they end the day before.
            #expect(
                federate.stdout == "Formed federation body \(federation.id) \"Wandle Federation\" from 2016-09-01.\n"
                    + "Dissolved bodies \(dissolved); ended 1 serving appointment(s) on 2016-08-31.\n")
            let old = try await register.bodies().filter { [abbotsbury, allSaints].contains($0.id) }
            // Both old bodies are kept, dissolved and without schools.
            #expect(old.count == 2)
            #expect(old.allSatisfy { $0.dissolvedOn == Self.d("2016-08-31") && $0.schoolURNs.isEmpty })
            let ann = try await register.appointment(serving)
            #expect(ann.endedOn == Self.d("2016-08-31") && ann.endedReason == "body_dissolved")

            // Last in the transaction: the bodies dissolved, then the appointment ended.
            let bodyAudit = try await Self.lastAudit(register, "governing_bodies")
            #expect(bodyAudit.operation == "update")
            #expect(bodyAudit.after?.contains("\"dissolved_on\": \"2016-08-31\"") == true)
            Self.expectWritten(bodyAudit, by: "body federate")
            let membership = try await Self.lastAudit(register, "body_schools")
            #expect(membership.operation == "insert")
            #expect(membership.after?.contains("\"body_id\": \(federation.id)") == true)
            Self.expectWritten(membership, by: "body federate")
            let appointmentAudit = try await Self.lastAudit(register, "appointments")
            #expect(appointmentAudit.rowKey == String(serving))
            #expect(appointmentAudit.after?.contains("body_dissolved") == true)
            Self.expectWritten(appointmentAudit, by: "body federate")

            let newest = try await register.audit(limit: 1)
            let show = try await Self.govmon(settings, "body", "show", "Wandle Federation", "--as-of", "2016-09-01")
            #expect(show.status == 0, "\(show.stderr)")
            // No instrument yet and nobody appointed to the federation: 0 governors, 0 associate members.
            #expect(
                show.stdout.hasPrefix(
                    "Body \(federation.id): Wandle Federation (federation)\nSchools today: 102649, 102663\n"
                        + "No instrument of government in force on 2016-09-01.\n"
                        + "Serving on 2016-09-01: 0 governors, 0 associate members\n"), "\(show.stdout)")
            #expect(try await register.audit(limit: 1) == newest)
        }
    }

    /// `body show` gives the instrument in force and who serves, and writes nothing.
    @Test func bodyShowGivesTheInstrumentAndWhoServes() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let instrument = try #require(try await register.instruments(bodyID: body).first).id
            _ = try await Self.appoint(register, body: body, "Ann", "Smith", .parent)
            _ = try await Self.appoint(register, body: body, "Bob", "Jones", .coOpted)
            _ = try await Self.appoint(register, body: body, "Cy", "Lee", .associateMember)
            let newest = try await register.audit(limit: 1)

            let show = try await Self.govmon(settings, "body", "show", "102649", "--as-of", "2016-01-01")
            #expect(show.status == 0, "\(show.stderr)")
            #expect(
                show.stdout.hasPrefix(
                    "Body \(body): Abbotsbury Primary School governing body\nSchools today: 102649\n"),
                "\(show.stdout)")
            // RegisterTests.communitySchool's instrument: 2 parent + 1 staff + 1 headteacher + 1 LA + 2 co-opted = 7.
            #expect(
                show.stdout.contains(
                    "Instrument \(instrument) in force on 2016-01-01: made 2015-06-01, effective 2015-09-01, "
                        + "2012 regulations, 7 seats "
                        + "(parent 2, staff 1, headteacher 1, local authority 1, co-opted 2)\n"),
                "\(show.stdout)")
            // Ann (parent) and Bob (co-opted) are governors; Cy, an associate member, is not.
            #expect(show.stdout.contains("Serving on 2016-01-01: 2 governors, 1 associate members\n"))
            #expect(show.stdout.contains("Bob Jones") && show.stdout.contains("not a governor"))
            #expect(try await register.audit(limit: 1) == newest)
        }
    }
}
