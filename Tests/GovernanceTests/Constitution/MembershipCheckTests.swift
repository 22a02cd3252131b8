import Governance
import Testing

/// Membership on a date: seats, the one-third rule on people, chairs, term records, associates.
@Suite struct MembershipCheckTests {
    /// The as-of date for every check.
    let day = Fixture.date("2024-09-15")

    /// A full community body of 7: 2 parents, head, staff, LA, 2 co-opted; a parent chairs.
    func body(chair: String = "p1", employedCoOpted: Bool = false) -> [MemberAppointment] {
        func appointed(_ id: String, _ category: GovernorCategory, employed: Bool = false) -> MemberAppointment {
            MemberAppointment(
                id: Fixture.id(id), personID: Fixture.person("person-\(id)"), category: category,
                role: id == chair ? .chair : .member,
                employedAtSchool: employed, startDate: Fixture.date("2022-09-01"), termEnd: Fixture.date("2026-08-31"))
        }
        return [
            appointed("p1", .parent), appointed("p2", .parent),
            MemberAppointment(
                id: Fixture.id("h1"), personID: Fixture.person("person-h1"), category: .headteacher,
                role: chair == "h1" ? .chair : .member,
                exOfficio: true, employedAtSchool: true, startDate: Fixture.date("2019-01-01")),
            appointed("s1", .staff, employed: true), appointed("la1", .localAuthority),
            appointed("c1", .coOpted, employed: employedCoOpted), appointed("c2", .coOpted, employed: employedCoOpted),
        ]
    }

    /// A valid body: every seat filled, no breach, no warning.
    @Test func fullBody() throws {
        // 7 serving of 7 seats; staff-eligible head 1 + staff 1 + 0 = 2, 3 * 2 = 6 <= 7.
        let report = MembershipCheck.check(instrument: try Fixture.instrument(coOpted: 2), appointments: body(), on: day)
        #expect(report.totalServing == 7)
        #expect(report.seatCounts.allSatisfy { $0.vacant == 0 && $0.surplus == 0 })
        #expect(report.findings.breaches.isEmpty && report.findings.warnings.isEmpty)
        #expect(try report.findings.one(.oneThird).message.hasPrefix("2 of 7 serving governors are staff-eligible"))
    }

    /// Who serves on a date: started on or before it, not ended before it.
    @Test func servingRule() {
        // Start 2024-09-15 serves on 2024-09-15; ended 2024-09-15 serves that day; ended 2024-09-14 does not.
        let starts = MemberAppointment(
            id: Fixture.id("a"), personID: Fixture.person("x"), category: .parent, startDate: day, termEnd: day.adding(years: 4))
        let endsToday = MemberAppointment(
            id: Fixture.id("b"), personID: Fixture.person("y"), category: .parent, startDate: Fixture.date("2020-01-01"),
            endedOn: day
        )
        let ended = MemberAppointment(
            id: Fixture.id("c"), personID: Fixture.person("z"), category: .parent, startDate: Fixture.date("2020-01-01"),
            endedOn: day.adding(days: -1))
        let future = MemberAppointment(
            id: Fixture.id("d"), personID: Fixture.person("w"), category: .parent, startDate: day.adding(days: 1))
        #expect(starts.serves(on: day) && endsToday.serves(on: day))
        #expect(!ended.serves(on: day) && !future.serves(on: day))
    }

    /// Co-opted governors employed at the school count towards one third.
    @Test func oneThirdOnPeople() throws {
        // head 1 + staff 1 + 2 employed co-opted = 4 of 7; 3 * 4 = 12 > 7 (limit 2): breach.
        let report = MembershipCheck.check(
            instrument: try Fixture.instrument(coOpted: 2), appointments: body(employedCoOpted: true), on: day)
        let finding = try report.findings.one(.oneThird)
        #expect(finding.severity == .breach && finding.citation == "reg 13(5)")
        #expect(
            finding.message.hasPrefix(
                "4 of 7 serving governors are staff-eligible (head 1 + staff 1 + co-opted employed at the school 2); the limit is one third, 2; breach."
            ))
        #expect(Set(finding.appointmentIDs) == Set(["h1", "s1", "c1", "c2"].map(Fixture.id)))
    }

    /// A staff governor (or the head) as chair is a breach; a parent chair is fine.
    @Test func staffGovernorAsChair() throws {
        // 1 chair, the staff governor s1: breach under the 2013 roles regulations.
        let report = MembershipCheck.check(
            instrument: try Fixture.instrument(coOpted: 2), appointments: body(chair: "s1"), on: day)
        let finding = try report.findings.one(.chairEligibility)
        #expect(finding.severity == .breach && finding.appointmentIDs == ["s1"].map(Fixture.id))
        #expect(finding.citation == "School Governance (Roles, Procedures and Allowances) (England) Regulations 2013")
        #expect(
            finding.message
                == "the chair (appointment \(Fixture.id("s1")), staff) is a staff governor; governors employed at the school cannot be chair or vice-chair; breach"
        )
        // The head as chair: breach too; a parent (default p1): ok.
        let head = MembershipCheck.check(instrument: try Fixture.instrument(coOpted: 2), appointments: body(chair: "h1"), on: day)
        #expect(try head.findings.one(.chairEligibility).severity == .breach)
        let parent = MembershipCheck.check(instrument: try Fixture.instrument(coOpted: 2), appointments: body(), on: day)
        #expect(try parent.findings.one(.chairEligibility).severity == .ok)
    }

    /// A co-opted governor employed at the school as vice-chair is a breach.
    @Test func employedViceChair() throws {
        // c1 co-opted, employed, vice-chair: 1 breach; p1 chair: 1 ok.
        var appointments = body().filter { $0.id != Fixture.id("c1") }
        appointments.append(
            MemberAppointment(
                id: Fixture.id("c1"), personID: Fixture.person("person-c1"), category: .coOpted, role: .viceChair,
                employedAtSchool: true,
                startDate: Fixture.date("2022-09-01"), termEnd: Fixture.date("2026-08-31")))
        let report = MembershipCheck.check(instrument: try Fixture.instrument(coOpted: 2), appointments: appointments, on: day)
        #expect(report.findings.all(.chairEligibility).map(\.severity) == [.ok, .breach])
    }

    /// A governor past their term end still serves and is flagged.
    @Test func pastTermEnd() throws {
        // p2's term ended 2024-08-31 < 2024-09-15 and nothing ended it: still 7 serving, 1 flag.
        var appointments = body().filter { $0.id != Fixture.id("p2") }
        appointments.append(
            MemberAppointment(
                id: Fixture.id("p2"), personID: Fixture.person("person-p2"), category: .parent,
                startDate: Fixture.date("2020-09-01"), termEnd: Fixture.date("2024-08-31")))
        let report = MembershipCheck.check(instrument: try Fixture.instrument(coOpted: 2), appointments: appointments, on: day)
        #expect(report.totalServing == 7 && report.governors.contains { $0.id == Fixture.id("p2") })
        let finding = try report.findings.one(.pastTermEnd)
        #expect(finding.severity == .warning && finding.appointmentIDs == ["p2"].map(Fixture.id))
        #expect(
            finding.message.hasPrefix("appointment \(Fixture.id("p2")) (parent) is past its term end (2024-08-31) on 2024-09-15"))
    }

    /// Associate members are listed apart and never counted.
    @Test func associatesExcluded() throws {
        // 7 governors + 2 associates (one chairing a committee as "member"): total still 7, one-third 2 of 7.
        var appointments = body()
        appointments.append(
            MemberAppointment(
                id: Fixture.id("a1"), personID: Fixture.person("person-a1"), category: .associateMember, employedAtSchool: true,
                startDate: Fixture.date("2023-01-01"), termEnd: Fixture.date("2025-01-01")))
        appointments.append(
            MemberAppointment(
                id: Fixture.id("a2"), personID: Fixture.person("person-a2"), category: .associateMember,
                startDate: Fixture.date("2023-01-01")))
        let report = MembershipCheck.check(instrument: try Fixture.instrument(coOpted: 2), appointments: appointments, on: day)
        #expect(report.totalServing == 7 && report.associates.map(\.id) == ["a1", "a2"].map(Fixture.id))
        #expect(report.seatCount(for: .associateMember).filled == 0)
        #expect(try report.findings.one(.oneThird).message.hasPrefix("2 of 7"))
        #expect(try report.findings.one(.totalMembership).message.contains("2 associate members are left out"))
        #expect(report.findings.all(.termEndRecord).isEmpty)
    }

    /// Term-end records: ex officio with an end, appointed without one, terms over 4 years.
    @Test func termRecords() throws {
        // h1 ex officio with termEnd: flag; la1 no termEnd: flag; p1 2022-09-01 to 2026-09-02 > 2026-09-01: breach.
        var appointments = body().filter { !["h1", "la1", "p1"].map(Fixture.id).contains($0.id) }
        appointments += [
            MemberAppointment(
                id: Fixture.id("h1"), personID: Fixture.person("person-h1"), category: .headteacher, exOfficio: true,
                employedAtSchool: true,
                startDate: Fixture.date("2019-01-01"), termEnd: Fixture.date("2027-01-01")),
            MemberAppointment(
                id: Fixture.id("la1"), personID: Fixture.person("person-la1"), category: .localAuthority,
                startDate: Fixture.date("2022-09-01")),
            MemberAppointment(
                id: Fixture.id("p1"), personID: Fixture.person("person-p1"), category: .parent, role: .chair,
                startDate: Fixture.date("2022-09-01"), termEnd: Fixture.date("2026-09-02")),
        ]
        let report = MembershipCheck.check(instrument: try Fixture.instrument(coOpted: 2), appointments: appointments, on: day)
        #expect(report.findings.all(.termEndRecord).map(\.appointmentIDs) == [[Fixture.id("h1")], [Fixture.id("la1")]])
        let long = try report.findings.one(.termLength)
        #expect(long.severity == .breach && long.message.contains("the latest end is 2026-09-01"))
    }

    /// Fewer than 7 serving, a vacancy, a surplus, and one person in two seats.
    @Test func shortAndSurplus() throws {
        // Without p2, with c3: parents 1 of 2 seats (2 - 1 = 1 vacancy); co-opted 3 of 2 (3 - 2 = 1 surplus).
        // Serving: 1 parent + head + staff + LA + 3 co-opted = 7; c3 is the same person as c1.
        var appointments = body().filter { $0.id != Fixture.id("p2") }
        appointments.append(
            MemberAppointment(
                id: Fixture.id("c3"), personID: Fixture.person("person-c1"), category: .coOpted,
                startDate: Fixture.date("2023-09-01"), termEnd: Fixture.date("2027-08-31")))
        let report = MembershipCheck.check(instrument: try Fixture.instrument(coOpted: 2), appointments: appointments, on: day)
        #expect(report.seatCount(for: .parent).vacant == 1 && report.seatCount(for: .coOpted).surplus == 1)
        #expect(
            try report.findings.one(.seatVacancy).message
                == "1 parent governor serves against 2 seats: 1 vacancy for the clerk to report")
        #expect(try report.findings.one(.seatSurplus).severity == .breach)
        #expect(try report.findings.one(.duplicatePerson).appointmentIDs == ["c1", "c3"].map(Fixture.id))
        // Drop c3 as well: 6 serving < 7: warning, 1 short.
        let six = MembershipCheck.check(
            instrument: try Fixture.instrument(coOpted: 2), appointments: appointments.filter { $0.id != Fixture.id("c3") },
            on: day)
        #expect(try six.findings.one(.totalMembership).severity == .warning)
        #expect(try six.findings.one(.totalMembership).message.hasSuffix("1 short until seats are filled"))
    }
}
