import Governance
import Testing

/// Surplus governors when a new instrument takes effect: computed, never chosen.
@Suite struct ReconstitutionSurplusTests {
    /// The new instrument's effective date.
    let effective = Fixture.date("2024-09-01")

    /// Four parents, two LA governors, three foundation governors and an associate, all serving.
    var serving: [MemberAppointment] {
        let start = Fixture.date("2022-09-01"), end = Fixture.date("2026-08-31")
        return (1...4).map {
            MemberAppointment(
                id: Fixture.id("p\($0)"), personID: Fixture.person("pp\($0)"), category: .parent, startDate: start, termEnd: end)
        }
            + (1...2).map {
                MemberAppointment(
                    id: Fixture.id("la\($0)"), personID: Fixture.person("pl\($0)"), category: .localAuthority, startDate: start,
                    termEnd: end)
            }
            + (1...3).map {
                MemberAppointment(
                    id: Fixture.id("f\($0)"), personID: Fixture.person("pf\($0)"), category: .foundation, startDate: start,
                    termEnd: end)
            }
            + [
                MemberAppointment(
                    id: Fixture.id("a1"), personID: Fixture.person("pa1"), category: .associateMember, startDate: start,
                    termEnd: end),
                MemberAppointment(
                    id: Fixture.id("h1"), personID: Fixture.person("ph1"), category: .headteacher, exOfficio: true,
                    startDate: start),
                MemberAppointment(
                    id: Fixture.id("s1"), personID: Fixture.person("ps1"), category: .staff, startDate: start, termEnd: end),
            ]
    }

    /// The new instrument: 2 parent seats, 1 LA, 2 foundation (VC-style), taking effect 2024-09-01.
    func newInstrument() throws -> InstrumentOfGovernment {
        try Fixture.instrument(coOpted: 2, foundation: 2, madeOn: "2024-07-01", effectiveFrom: "2024-09-01")
    }

    /// Acceptance: parent seats cut from 4 to 2 while 4 parents serve: surplus 2, nobody removed until decided.
    @Test func parentsCutFromFourToTwo() throws {
        // parents 4 - 2 = 2; LA 2 - 1 = 1; foundation 3 - 2 = 1; associates never counted.
        let surpluses = ReconstitutionSurplus.surpluses(instrument: try newInstrument(), appointments: serving)
        #expect(surpluses.map(\.category) == [.parent, .localAuthority, .foundation])
        let parents = try #require(surpluses.first)
        #expect(parents.surplus == 2 && parents.serving == 4 && parents.seats == 2)
        #expect(parents.decidedBy == .governingBody && parents.citation == "reg 15 as substituted by SI 2014/1257")
        #expect(
            parents.message.hasPrefix(
                "4 parent governors serve against 2 seats: 2 surplus; the governing body decides who leaves"))
        // No decision recorded: 2 - 0 = 2 still to leave; the appointments are untouched (all 4 still serve).
        let pending = ReconstitutionSurplus.resolution(of: [parents], decisions: [], on: effective)[0]
        #expect(!pending.isResolved && pending.remaining == 2 && pending.finding.severity == .warning)
        #expect(pending.finding.message.contains("nobody is removed until the decision is recorded"))
        #expect(serving.filter { $0.category == .parent && $0.serves(on: effective) }.count == 4)
        // Two decisions by the governing body, on or before the date: 2 - 2 = 0: resolved.
        let decisions = [
            DepartureDecision(appointmentID: Fixture.id("p3"), decidedBy: .governingBody, decidedOn: Fixture.date("2024-09-10")),
            DepartureDecision(appointmentID: Fixture.id("p4"), decidedBy: .governingBody, decidedOn: Fixture.date("2024-09-10")),
        ]
        let early = ReconstitutionSurplus.resolution(of: [parents], decisions: decisions, on: Fixture.date("2024-09-09"))[0]
        #expect(early.remaining == 2 && early.ignored.count == 2)
        let done = ReconstitutionSurplus.resolution(of: [parents], decisions: decisions, on: Fixture.date("2024-09-10"))[0]
        #expect(
            done.isResolved && done.finding.severity == .ok
                && Set(done.finding.appointmentIDs) == Set(["p3", "p4"].map(Fixture.id)))
    }

    /// Foundation governors leave only by their appointing body's decision, LA governors by the LA's.
    @Test func whoDecides() throws {
        // foundation surplus 1: the GB's decision is ignored, the appointing body's counts: 1 - 1 = 0.
        // LA surplus 1: a resignation counts in any category: 1 - 1 = 0.
        let surpluses = ReconstitutionSurplus.surpluses(instrument: try newInstrument(), appointments: serving)
        let on = Fixture.date("2024-10-01")
        let decisions = [
            DepartureDecision(appointmentID: Fixture.id("f1"), decidedBy: .governingBody, decidedOn: on),
            DepartureDecision(appointmentID: Fixture.id("f2"), decidedBy: .appointingBody, decidedOn: on),
            DepartureDecision(appointmentID: Fixture.id("f2"), decidedBy: .appointingBody, decidedOn: on),
            DepartureDecision(appointmentID: Fixture.id("la2"), decidedBy: .resignation, decidedOn: on),
        ]
        let results = ReconstitutionSurplus.resolution(of: surpluses, decisions: decisions, on: on)
        let foundation = try #require(results.first { $0.surplus.category == .foundation })
        #expect(foundation.isResolved && foundation.counted.map(\.appointmentID) == [Fixture.id("f2")])
        #expect(
            foundation.ignored.map(\.reason) == [
                "the governing body cannot decide that a foundation governor leaves; the appointing body decides (or the governor resigns)",
                "a departure for appointment \(Fixture.id("f2")) is already counted",
            ])
        let la = try #require(results.first { $0.surplus.category == .localAuthority })
        #expect(la.surplus.decidedBy == .localAuthority && la.isResolved)
        #expect(DepartureAuthority.decider(for: .headteacher) == .resignation)
        #expect(
            DepartureAuthority.localAuthority.mayDecide(for: .localAuthority)
                && !DepartureAuthority.localAuthority.mayDecide(for: .parent))
    }

    /// No surplus where serving governors fit the seats, and associates never make one.
    @Test func noSurplus() throws {
        // 4 parents against 4 seats, 2 LA against 2, 3 foundation against 3: 0 surplus everywhere.
        let roomy = try Fixture.instrument(
            parents: 4, la: 2, coOpted: 2, foundation: 3, madeOn: "2024-07-01", effectiveFrom: "2024-09-01")
        #expect(ReconstitutionSurplus.surpluses(instrument: roomy, appointments: serving).isEmpty)
    }
}
