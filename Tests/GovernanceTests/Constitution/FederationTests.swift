import Governance
import Testing

/// Federations (SI 2012/1035 regs 21-22): heads per school, parents before and after 2016, mixes.
@Suite struct FederationTests {
    /// Acceptance: three schools, 2 parents, three heads, staff, LA, 2 co-opted: one-third breached.
    @Test func threeHeadsBreakOneThird() throws {
        // 2 + 3 heads + 1 + 1 + 2 = 9; staff-eligible 3 heads + 1 staff + 0 = 4; 3 * 4 = 12 > 9 (limit 3).
        let instrument = try Fixture.instrument(coOpted: 2, schools: 3, madeOn: "2017-06-01", effectiveFrom: "2017-09-01")
        let findings = ConstitutionCheck.check(
            school: Fixture.federation(.community, .community, .community), instrument: instrument)
        let oneThird = try findings.one(.oneThird)
        #expect(oneThird.severity == .breach && oneThird.citation == "Federations reg 21(5)")
        #expect(
            oneThird.message.hasPrefix(
                "4 of 9 governors are staff-eligible (heads 3 + staff 1 + staff-eligible co-opted 0); the limit is one third, 3; breach."
            ))
        #expect(try findings.one(.headteacher).severity == .ok)
        // 2 parents >= 2: the instrument took effect 2017-09-01, after 2016-03-18.
        let parents = try findings.one(.parentGovernors)
        #expect(parents.severity == .ok && parents.citation == "Federations reg 21(3)(a) as amended in 2016")
        #expect(findings.breaches.count == 1)
    }

    /// Before the 2016 amendment a federation needed one parent per school.
    @Test func parentsBefore2016() throws {
        // 3 schools, effective 2015-09-01 < 2016-03-18: 3 parents needed, 2 < 3: breach.
        let before = try Fixture.instrument(coOpted: 4, schools: 3, madeOn: "2015-06-01", effectiveFrom: "2015-09-01")
        let finding = try ConstitutionCheck.check(
            school: Fixture.federation(.community, .community, .community), instrument: before
        ).one(.parentGovernors)
        #expect(finding.severity == .breach && finding.citation == "Federations reg 21(3)(a) as made")
        #expect(finding.message.contains("needs one per school, 3 for 3 schools"))
        // Effective on 2016-03-18 itself: the 2-parent rule, 2 >= 2: ok.
        let on = try Fixture.instrument(coOpted: 4, schools: 3, madeOn: "2016-01-01", effectiveFrom: "2016-03-18")
        #expect(
            try ConstitutionCheck.check(school: Fixture.federation(.community, .community, .community), instrument: on).one(
                .parentGovernors
            ).severity == .ok)
    }

    /// A federation containing an academy: the academy part is notApplicable, the rest is checked.
    @Test func academyPartNotApplicable() throws {
        // 2 maintained schools: 2 heads expected; 2 + 2 + 1 + 1 + 2 = 8; staff-eligible 2 + 1 = 3, 9 > 8: breach.
        let instrument = try Fixture.instrument(coOpted: 2, schools: 2, madeOn: "2018-06-01", effectiveFrom: "2018-09-01")
        let findings = ConstitutionCheck.check(
            school: Fixture.federation(.community, .academy, .maintainedNursery), instrument: instrument)
        let notApplicable = findings.filter { $0.severity == .notApplicable }
        #expect(notApplicable.count == 1 && notApplicable[0].message.contains("academy"))
        #expect(try findings.one(.headteacher).severity == .ok)
        #expect(findings.all(.schoolsGoverned).isEmpty)
        #expect(try findings.one(.oneThird).severity == .breach)
    }

    /// A federation of academies only: nothing but notApplicable findings.
    @Test func allAcademies() throws {
        // 2 schools, 0 maintained: 2 notApplicable findings, 0 others.
        let findings = ConstitutionCheck.check(
            school: Fixture.federation(.academy, .freeSchool), instrument: try Fixture.instrument(schools: 2))
        #expect(findings.count == 2 && findings.allSatisfy { $0.severity == .notApplicable })
    }

    /// The instrument's school count differs from the schools recorded: a warning.
    @Test func schoolCountMismatch() throws {
        // The instrument says 3 schools, 2 are recorded: heads expected for 2, instrument has 3 head seats: breach.
        let instrument = try Fixture.instrument(coOpted: 4, schools: 3, madeOn: "2018-06-01", effectiveFrom: "2018-09-01")
        let findings = ConstitutionCheck.check(school: Fixture.federation(.community, .community), instrument: instrument)
        #expect(try findings.one(.schoolsGoverned).severity == .warning)
        #expect(
            try findings.one(.headteacher).message.hasPrefix(
                "3 headteacher seats; the head of each federated school is a governor ex officio: 2 expected"))
    }

    /// A VA school federated with a community school takes the VA rule, and says why.
    @Test func mixedFederationTakesVARule() throws {
        // others = 2 parents + 2 heads + 1 + 1 = 6; F = 8 = 6 + 2: ok. Total 14.
        let instrument = try Fixture.instrument(foundation: 8, schools: 2, madeOn: "2018-06-01", effectiveFrom: "2018-09-01")
        let finding = try ConstitutionCheck.check(school: Fixture.federation(.community, .voluntaryAided), instrument: instrument)
            .one(.foundationGovernors)
        #expect(finding.severity == .ok && finding.citation == "Federations reg 22")
        #expect(finding.message.contains("8 foundation vs 6 others") && finding.message.contains("mixed federation"))
    }

    /// A VC school federated with a community school takes the VC rule.
    @Test func mixedFederationTakesVCRule() throws {
        // 2 + 2 heads + 1 + 1 + 2 foundation = 8; 4 * 2 = 8 <= 8: ok.
        let instrument = try Fixture.instrument(foundation: 2, schools: 2, madeOn: "2018-06-01", effectiveFrom: "2018-09-01")
        let findings = ConstitutionCheck.check(
            school: Fixture.federation(.voluntaryControlled, .community), instrument: instrument)
        #expect(try findings.one(.foundationGovernors).severity == .ok)
        #expect(findings.all(.seatsNotProvidedFor).isEmpty)
    }

    /// A federation with an unrecorded foundation status, and one with a single school.
    @Test func federationWarnings() throws {
        // 1 school listed < 2: warning; foundation status missing: warning.
        let findings = ConstitutionCheck.check(
            school: .federation([GovernedSchool(.foundation, urn: "100001")]),
            instrument: try Fixture.instrument(coOpted: 2, partnership: 2))
        #expect(try findings.one(.federationSchools).severity == .warning)
        #expect(try findings.one(.foundationStatus).message.contains("URN 100001"))
    }
}
