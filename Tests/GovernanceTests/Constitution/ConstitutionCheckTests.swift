import Governance
import Testing

/// Reg 13 (every maintained school) on single schools, and the not-applicable cases.
@Suite struct ConstitutionCheckTests {
    /// A single community school.
    let community = GovernedSchools.school(.community)

    /// Acceptance: community school with 2 parents, head, staff, LA, 2 co-opted is valid.
    @Test func communityOfSevenIsValid() throws {
        // 2 + 1 + 1 + 1 + 2 = 7 >= 7; staff-eligible head 1 + staff 1 + 0 = 2, 3 * 2 = 6 <= 7.
        let findings = ConstitutionCheck.check(
            school: community, instrument: try Fixture.instrument(coOpted: 2), rules: .defaults)
        #expect(findings.breaches.isEmpty && findings.warnings.isEmpty)
        #expect(try findings.one(.totalMembership).message.hasPrefix("7 governors in all"))
        let oneThird = try findings.one(.oneThird)
        #expect(oneThird.citation == "reg 13(5)")
        #expect(
            oneThird.message.hasPrefix(
                "2 of 7 governors are staff-eligible (head 1 + staff 1 + staff-eligible co-opted 0); the limit is one third, 2; ok."
            ))
        #expect(oneThird.message.contains("0 of 2 assumed"))
        #expect(try findings.one(.noExtraRequirement).severity == .ok)
    }

    /// Acceptance: the same body with 3 staff-eligible co-opted governors breaks reg 13(5).
    @Test func threeStaffEligibleCoOptedBreakOneThird() throws {
        // 2 + 1 + 1 + 1 + 4 co-opted = 9; head 1 + staff 1 + 3 = 5; 3 * 5 = 15 > 9 (limit 9 / 3 = 3).
        let findings = ConstitutionCheck.check(
            school: community, instrument: try Fixture.instrument(coOpted: 4), staffEligibleCoOptedSeats: 3)
        let oneThird = try findings.one(.oneThird)
        #expect(oneThird.severity == .breach)
        #expect(
            oneThird.message.hasPrefix(
                "5 of 9 governors are staff-eligible (head 1 + staff 1 + staff-eligible co-opted 3); the limit is one third, 3; breach."
            ))
        #expect(oneThird.message.contains("3 of 4 as given"))
        #expect(findings.breaches.count == 1)
    }

    /// Fewer than 7, fewer than 2 parents, a missing head seat: breaches.
    @Test func shortBody() throws {
        // 1 parent + 1 + 1 + 1 = 4 < 7 (3 short); 1 parent < 2; head seats 0 but headIsGovernor: 1 expected.
        let findings = ConstitutionCheck.check(
            school: community, instrument: try Fixture.instrument(parents: 1, heads: 0, coOpted: 1))
        #expect(
            try findings.one(.totalMembership).message
                == "4 governors in all on the instrument (associate members never count); at least 7 required; 3 short; breach")
        #expect(try findings.one(.parentGovernors).severity == .breach)
        #expect(
            try findings.one(.headteacher).message == "0 headteacher seats; the head is a governor ex officio: 1 expected; breach"
        )
    }

    /// Staff and LA seats under both readings of "one".
    @Test func staffAndLAReadings() throws {
        // staff 2: exactly one fails (2 != 1), at least one passes (2 >= 1); LA 0 fails both (0 < 1).
        let instrument = try Fixture.instrument(staff: 2, la: 0, coOpted: 3)
        let strict = ConstitutionCheck.check(school: community, instrument: instrument)
        #expect(try strict.one(.staffGovernor).severity == .breach)
        #expect(try strict.one(.localAuthorityGovernor).severity == .breach)
        let loose = ConstitutionCheck.check(
            school: community, instrument: instrument,
            rules: ConstitutionRules(staffGovernorReading: .atLeastOne, localAuthorityGovernorReading: .atLeastOne))
        #expect(try loose.one(.staffGovernor).severity == .ok)
        #expect(try loose.one(.staffGovernor).message.contains("read as at least one"))
        #expect(try loose.one(.localAuthorityGovernor).severity == .breach)
    }

    /// A head who resigned, under both readings of the one-third rule.
    @Test func resignedHeadBothReadings() throws {
        // 3 parents + 0 head + 1 staff + 1 LA + 4 co-opted = 9, 2 co-opted staff-eligible.
        // Default (not counted): 0 + 1 + 2 = 3, 3 * 3 = 9 <= 9: ok.
        // Counted: 0 + 1 + 2 + resigned 1 = 4, 3 * 4 = 12 > 9: breach (the total stays 9).
        let instrument = try Fixture.instrument(parents: 3, coOpted: 4, headIsGovernor: false)
        let byDefault = ConstitutionCheck.check(school: community, instrument: instrument, staffEligibleCoOptedSeats: 2)
        #expect(try byDefault.one(.oneThird).severity == .ok)
        #expect(try byDefault.one(.oneThird).message.contains("not counted"))
        #expect(try byDefault.one(.headteacher).severity == .ok)
        #expect(try byDefault.one(.headteacher).message.contains("the place stays empty"))
        let counted = ConstitutionCheck.check(
            school: community, instrument: instrument,
            rules: ConstitutionRules(resignedHeadCountsTowardsOneThird: true), staffEligibleCoOptedSeats: 2)
        let finding = try counted.one(.oneThird)
        #expect(finding.severity == .breach)
        #expect(
            finding.message.hasPrefix(
                "4 of 9 governors are staff-eligible (head 0 + staff 1 + staff-eligible co-opted 2 + resigned head 1); the limit is one third, 3; breach."
            ))
    }

    /// More staff-eligible co-opted seats than co-opted seats: warned and clamped.
    @Test func staffEligibleCoOptedClamped() throws {
        // 5 given, 2 co-opted seats: 2 used; 1 + 1 + 2 = 4 of 7, 12 > 7: breach.
        let findings = ConstitutionCheck.check(
            school: community, instrument: try Fixture.instrument(coOpted: 2), staffEligibleCoOptedSeats: 5)
        #expect(try findings.one(.staffEligibleCoOpted).severity == .warning)
        #expect(try findings.one(.oneThird).message.hasPrefix("4 of 7"))
    }

    /// Academies and other non-maintained schools: one notApplicable finding and nothing else.
    @Test func academyIsNotApplicable() throws {
        // 0 rules checked for a non-maintained school, whatever the instrument says (here 4 seats).
        for category in [SchoolCategory.academy, .freeSchool, .independent, .pupilReferralUnit, .other] {
            let findings = ConstitutionCheck.check(school: .school(category), instrument: try Fixture.instrument(parents: 1))
            #expect(findings.count == 1)
            #expect(findings[0].severity == .notApplicable && findings[0].citation == "docs/constitution.md s8")
            #expect(findings[0].message.hasPrefix("constitution checks apply to maintained schools only"))
        }
    }

    /// An instrument made under the 2007 regulations is out of date.
    @Test func regulations2007() throws {
        // 2007 regulations revoked from 2015-09-01; the instrument took effect 2010-09-01.
        let old = try Fixture.instrument(coOpted: 2, regulations: .of2007, madeOn: "2010-06-01", effectiveFrom: "2010-09-01")
        let finding = try ConstitutionCheck.check(school: community, instrument: old).one(.regulations)
        #expect(finding.severity == .breach && finding.citation == "docs/constitution.md s5")
    }

    /// Terms are listed per category, default or from the instrument.
    @Test func termsListed() throws {
        // parent 2 years (instrument), the rest 4 (default); the head has none.
        let finding = try ConstitutionCheck.check(
            school: community, instrument: try Fixture.instrument(coOpted: 2, terms: [.parent: 2])
        ).one(.termsOfOffice)
        #expect(finding.severity == .ok && finding.citation == "reg 16 / docs/constitution.md s4")
        #expect(finding.message.hasPrefix("terms of office: parent 2 years (instrument), staff 4 years (default)"))
        #expect(!finding.message.contains("headteacher"))
    }
}
