import Governance
import Testing

/// Reg 14: the extra foundation and partnership rules by school category.
@Suite struct CategoryRuleTests {
    /// Acceptance: VA with 2 parents, head, staff, LA and 7 foundation (12) is valid; 6 foundation is not.
    @Test func voluntaryAidedTwelve() throws {
        // others = 2 + 1 + 1 + 1 = 5; 7 = 5 + 2: ok; total 12 >= 7; staff-eligible 2, 6 <= 12.
        let valid = ConstitutionCheck.check(school: .school(.voluntaryAided), instrument: try Fixture.instrument(foundation: 7))
        #expect(valid.breaches.isEmpty && valid.warnings.isEmpty)
        let ok = try valid.one(.foundationGovernors)
        #expect(ok.citation == "reg 14(4)")
        #expect(
            ok.message.hasPrefix(
                "VA bodies need foundation governors to outnumber all the others by two (7 here): 7 foundation vs 5 others; ok."))
        // 6 foundation vs 5 others: margin 1, not 2: breach under the default.
        let short = ConstitutionCheck.check(school: .school(.voluntaryAided), instrument: try Fixture.instrument(foundation: 6))
        #expect(try short.one(.foundationGovernors).severity == .breach)
        #expect(try short.one(.foundationGovernors).message.contains("6 foundation vs 5 others; breach"))
    }

    /// VA under both readings of the margin.
    @Test func voluntaryAidedReadings() throws {
        let upToTwo = ConstitutionRules(vaFoundationMargin: .upToTwo)
        // 6 vs 5: margin 1; exactly two: breach; up to two: ok (6 > 5 and 6 - 5 = 1 <= 2).
        let six = try Fixture.instrument(foundation: 6)
        #expect(
            try ConstitutionCheck.check(school: .school(.voluntaryAided), instrument: six, rules: upToTwo).one(
                .foundationGovernors
            ).severity == .ok)
        // 8 vs 5: margin 3 > 2: breach under both.
        let eight = try Fixture.instrument(foundation: 8)
        #expect(
            try ConstitutionCheck.check(school: .school(.voluntaryAided), instrument: eight).one(.foundationGovernors).severity
                == .breach)
        #expect(
            try ConstitutionCheck.check(school: .school(.voluntaryAided), instrument: eight, rules: upToTwo).one(
                .foundationGovernors
            ).severity == .breach)
        // 5 vs 5: no majority: breach under up to two.
        let five = try Fixture.instrument(foundation: 5)
        let finding = try ConstitutionCheck.check(school: .school(.voluntaryAided), instrument: five, rules: upToTwo).one(
            .foundationGovernors)
        #expect(finding.severity == .breach)
        #expect(finding.message.contains("(6 or 7 here)") && finding.message.contains("Reading: up to two (one or two)"))
    }

    /// Acceptance: a VC body of 7 with 2 foundation governors is not valid: 2 > 7/4.
    @Test func voluntaryControlledSeven() throws {
        // 2 + 1 + 1 + 1 + 2 foundation = 7; 4 * 2 = 8 > 7: breach; 7 / 4 = 1 allowed at most.
        let findings = ConstitutionCheck.check(
            school: .school(.voluntaryControlled), instrument: try Fixture.instrument(foundation: 2))
        let finding = try findings.one(.foundationGovernors)
        #expect(finding.severity == .breach)
        #expect(
            finding.message.hasPrefix(
                "2 foundation governor seats of 7; VC bodies need at least 2 and at most one quarter of the total (1 of 7); breach"
            ))
        #expect(finding.message.contains("need a total of at least 8"))
        // One co-opted more: total 8, 4 * 2 = 8 <= 8: ok.
        let eight = ConstitutionCheck.check(
            school: .school(.voluntaryControlled), instrument: try Fixture.instrument(coOpted: 1, foundation: 2))
        #expect(try eight.one(.foundationGovernors).severity == .ok)
    }

    /// The total/4 boundary for VC foundation and partnership governors.
    @Test func quarterBoundary() throws {
        // VC 3 foundation of 12 (5 + 4 co-opted + 3): 4 * 3 = 12 <= 12: ok.
        let twelve = try Fixture.instrument(coOpted: 4, foundation: 3)
        #expect(
            try ConstitutionCheck.check(school: .school(.voluntaryControlled), instrument: twelve).one(.foundationGovernors)
                .severity == .ok)
        // VC 3 foundation of 11 (5 + 3 + 3): 4 * 3 = 12 > 11: breach.
        let eleven = try Fixture.instrument(coOpted: 3, foundation: 3)
        #expect(
            try ConstitutionCheck.check(school: .school(.voluntaryControlled), instrument: eleven).one(.foundationGovernors)
                .severity == .breach)
    }

    /// Foundation school without a foundation: 2 <= partnership <= total/4.
    @Test func foundationWithoutFoundation() throws {
        let school = GovernedSchools.school(.foundation, .withoutFoundation)
        // 5 + 1 co-opted + 2 partnership = 8; 4 * 2 = 8 <= 8: ok.
        let eight = ConstitutionCheck.check(school: school, instrument: try Fixture.instrument(coOpted: 1, partnership: 2))
        #expect(try eight.one(.partnershipGovernors).severity == .ok)
        #expect(try eight.one(.partnershipGovernors).citation == "reg 14(1)")
        // 5 + 2 partnership = 7; 4 * 2 = 8 > 7: breach.
        let seven = ConstitutionCheck.check(school: school, instrument: try Fixture.instrument(partnership: 2))
        #expect(try seven.one(.partnershipGovernors).severity == .breach)
        // 5 + 6 co-opted + 1 partnership = 12; 1 < 2: breach even though 4 * 1 = 4 <= 12.
        let one = ConstitutionCheck.check(school: school, instrument: try Fixture.instrument(coOpted: 6, partnership: 1))
        #expect(try one.one(.partnershipGovernors).severity == .breach)
        // Foundation seats on a school without a foundation: not provided for.
        let wrong = ConstitutionCheck.check(
            school: school, instrument: try Fixture.instrument(coOpted: 1, foundation: 2, partnership: 2))
        #expect(try wrong.one(.seatsNotProvidedFor).category == .foundation)
    }

    /// Foundation school with a foundation: 2 <= F <= 45% of the total; the 45% boundary.
    @Test func foundationWithFoundation() throws {
        let school = GovernedSchools.school(.foundationSpecial, .withFoundation)
        // 5 + 6 co-opted + 9 foundation = 20; 20 * 9 = 180 <= 9 * 20 = 180: ok (45% of 20 is exactly 9).
        let atLimit = ConstitutionCheck.check(school: school, instrument: try Fixture.instrument(coOpted: 6, foundation: 9))
        let finding = try atLimit.one(.foundationGovernors)
        #expect(finding.severity == .ok && finding.citation == "reg 14(2)")
        #expect(finding.message.contains("at most 45% of the total (9 of 20)"))
        // 5 + 5 co-opted + 10 foundation = 20; 20 * 10 = 200 > 180: breach.
        let over = ConstitutionCheck.check(school: school, instrument: try Fixture.instrument(coOpted: 5, foundation: 10))
        #expect(try over.one(.foundationGovernors).severity == .breach)
        // 5 + 2 co-opted + 1 foundation = 8; 1 < 2: breach.
        let under = ConstitutionCheck.check(school: school, instrument: try Fixture.instrument(coOpted: 2, foundation: 1))
        #expect(try under.one(.foundationGovernors).severity == .breach)
        // Partnership seats are not provided for when there is a foundation.
        let wrong = ConstitutionCheck.check(
            school: school, instrument: try Fixture.instrument(coOpted: 2, foundation: 2, partnership: 1))
        #expect(try wrong.one(.seatsNotProvidedFor).category == .partnership)
    }

    /// Qualifying foundation: F outnumbers the others by one or two.
    @Test func qualifyingFoundation() throws {
        let school = GovernedSchools.school(.foundation, .qualifyingFoundation)
        // others 5: F = 6 (margin 1) ok, F = 7 (margin 2) ok, F = 8 (margin 3) breach, F = 5 (no majority) breach.
        for (foundation, expected) in [(6, ConstitutionFinding.Severity.ok), (7, .ok), (8, .breach), (5, .breach)] {
            let finding = try ConstitutionCheck.check(school: school, instrument: try Fixture.instrument(foundation: foundation))
                .one(.foundationGovernors)
            #expect(finding.severity == expected, "F = \(foundation)")
            #expect(finding.citation == "reg 14(3)")
        }
    }

    /// A foundation school without a recorded foundation status cannot be decided.
    @Test func foundationStatusUnknown() throws {
        // No status: no reg 14 rule is applied, one warning instead.
        let findings = ConstitutionCheck.check(
            school: .school(.foundation), instrument: try Fixture.instrument(coOpted: 1, foundation: 2))
        #expect(try findings.one(.foundationStatus).severity == .warning)
        #expect(findings.all(.foundationGovernors).isEmpty && findings.all(.seatsNotProvidedFor).isEmpty)
    }

    /// Foundation seats on a community school are a breach.
    @Test func foundationSeatsOnCommunitySchool() throws {
        // 5 + 2 foundation = 7: the total is fine, but community schools have no foundation governors.
        let findings = ConstitutionCheck.check(school: .school(.community), instrument: try Fixture.instrument(foundation: 2))
        let finding = try findings.one(.seatsNotProvidedFor)
        #expect(finding.severity == .breach && finding.citation == "reg 14")
        #expect(
            finding.message.hasPrefix(
                "2 foundation governor seats, but community, community special and maintained nursery bodies have no foundation governors"
            ))
        #expect(findings.all(.noExtraRequirement).isEmpty)
    }
}
