import Foundation
import Governance
import Testing

/// Impossible instruments are refused with a sentence naming the field and what was expected.
@Suite struct InstrumentValidationTests {
    /// A negative seat count is refused.
    @Test func negativeSeats() {
        // staff = -1 < 0: impossible.
        let problems = InstrumentOfGovernment.validate(
            seats: [.parent: 2, .headteacher: 1, .staff: -1, .localAuthority: 1], termYears: [:],
            regulations: .of2012, headIsGovernor: true, schoolsGoverned: 1,
            madeOn: Fixture.date("2020-06-01"), effectiveFrom: Fixture.date("2020-09-01"))
        #expect(problems.count == 1)
        #expect(problems.first?.field == "seats[staff]")
        #expect(problems.first?.message == "expected 0 or more seats, found -1")
    }

    /// A 5-year term is refused; 1 and 4 are the bounds.
    @Test func termOfFiveYears() throws {
        // 5 is outside 1...4; 0 is outside too; 1 and 4 are inside.
        #expect(throws: InstrumentProblems.self) { try Fixture.instrument(terms: [.parent: 5]) }
        do {
            _ = try Fixture.instrument(terms: [.parent: 5, .staff: 0])
            Issue.record("expected a throw")
        } catch {
            #expect(error.problems.map(\.field) == ["termYears[parent]", "termYears[staff]"])
            #expect(error.problems[0].message == "expected a term of 1 to 4 years (docs/constitution.md s4), found 5")
        }
        let ok = try Fixture.instrument(terms: [.parent: 1, .staff: 4])
        #expect(ok.term(for: .parent) == 1 && ok.term(for: .staff) == 4)
    }

    /// Terms default to 4 years; the head has none.
    @Test func defaultTerms() throws {
        // No term set for LA: default 4; headteacher: ex officio, nil.
        let instrument = try Fixture.instrument()
        #expect(instrument.term(for: .localAuthority) == 4)
        #expect(instrument.term(for: .headteacher) == nil)
        #expect(instrument.term(for: .associateMember) == nil)
    }

    /// A term for the head, or seats/terms for associate members, are refused.
    @Test func headTermAndAssociateSeats() {
        // associate seats 2 != 0 and an associate term: both refused; head term 3: refused.
        let problems = InstrumentOfGovernment.validate(
            seats: [.parent: 2, .associateMember: 2], termYears: [.headteacher: 3, .associateMember: 1],
            regulations: .of2012, headIsGovernor: true, schoolsGoverned: 1,
            madeOn: Fixture.date("2020-06-01"), effectiveFrom: Fixture.date("2020-09-01"))
        #expect(problems.map(\.field) == ["seats[associate_member]", "termYears[headteacher]", "termYears[associate_member]"])
        #expect(problems[0].message.contains("associate members are not governors"))
    }

    /// A zero associate entry is dropped, so the instrument holds no associate seats.
    @Test func zeroAssociateEntryDropped() throws {
        // 2 + 1 + 1 + 1 = 5 governor seats; associate 0 adds nothing.
        let instrument = try InstrumentOfGovernment(
            seats: [.parent: 2, .headteacher: 1, .staff: 1, .localAuthority: 1, .associateMember: 0],
            madeOn: Fixture.date("2020-06-01"), effectiveFrom: Fixture.date("2020-09-01"))
        #expect(instrument.seats[.associateMember] == nil)
        #expect(instrument.totalSeats == 5)
    }

    /// Dates and school counts that cannot be.
    @Test func impossibleDatesAndSchools() {
        // effective 2020-05-01 < made 2020-06-01; 0 schools < 1.
        let problems = InstrumentOfGovernment.validate(
            seats: [:], termYears: [:], regulations: .of2012, headIsGovernor: true, schoolsGoverned: 0,
            madeOn: Fixture.date("2020-06-01"), effectiveFrom: Fixture.date("2020-05-01"))
        #expect(problems.map(\.field) == ["schoolsGoverned", "effectiveFrom"])
        #expect(problems[1].message == "expected a date on or after madeOn (2020-06-01), found 2020-05-01")
        // 2012 regulations in force 2012-09-01: effective 2012-08-31 is one day early.
        #expect(throws: InstrumentProblems.self) {
            try Fixture.instrument(madeOn: "2012-06-01", effectiveFrom: "2012-08-31")
        }
        // 2007 regulations revoked from 2015-09-01: made 2016-01-01 is too late.
        #expect(throws: InstrumentProblems.self) {
            try Fixture.instrument(regulations: .of2007, madeOn: "2016-01-01", effectiveFrom: "2016-01-01")
        }
    }

    /// JSON round trip, and decoding an impossible instrument fails with its problem.
    @Test func codable() throws {
        // Seats 2 + 1 + 1 + 1 + 2 = 7 survive the round trip.
        let instrument = try Fixture.instrument(coOpted: 2, terms: [.parent: 3])
        let data = try JSONEncoder().encode(instrument)
        let back = try JSONDecoder().decode(InstrumentOfGovernment.self, from: data)
        #expect(back == instrument)
        #expect(back.totalSeats == 7)
        let bad =
            #"{"seats":{"parent":-2},"regulations":2012,"headIsGovernor":true,"schoolsGoverned":1,"madeOn":"2020-06-01","effectiveFrom":"2020-09-01"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(InstrumentOfGovernment.self, from: Data(bad.utf8)) }
    }
}
