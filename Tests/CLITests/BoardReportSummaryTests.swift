import Application
import Foundation
import Governance
import Reports
import Store
import TestSupport
import Testing

/// The board report's summary read as a volunteer reads it: how much is known comes before any
/// share, every share says how many people it rests on, and a change is shown only between
/// figures that rest on enough people.
@Suite struct BoardReportSummaryTests {
    private func summary(_ report: BoardReport) throws -> ReportSection {
        try #require(report.sections.first { $0.id == "summary" })
    }

    @Test func lowCoverageLeadsAndEveryShareHasItsCount() async throws {
        try await TestDatabase.withRegister { register, _ in
            // Nine governors, ethnicity declared by 7 and sex by 8 (Fixtures.representedBody); five
            // more with no declaration make 14: 7 of 14 (50.0%) and 8 of 14 (57.1%), both under 70%.
            let (body, _) = try await Fixtures.representedBody(register)
            try await Fixtures.appointUndeclared(register, to: body, count: 5)
            let run = BoardReportRun(register: register, settings: BoardReportTests.settings())
            let date = Fixtures.d("2015-11-30")
            let officer = try summary(try await run.compose(laCode: 315, asOf: date, since: nil, audience: .officer))
            let ethnicity = try #require(officer.finding.range(of: "We know the ethnicity of 7 of 14 governors in post (50.0%)"))
            #expect(officer.finding.contains("We know the sex of 8 of 14 governors in post (57.1%)"), "\(officer.finding)")
            // The coverage comes before the share it qualifies, and the share says its count.
            let share = try #require(officer.finding.range(of: "Of the 7 governors who declared their ethnicity"))
            #expect(ethnicity.lowerBound < share.lowerBound, "\(officer.finding)")

            // The board sees no count under 5 and no share from hidden cells; with 7 declared the
            // coverage count is publishable.
            let board = try summary(try await run.compose(laCode: 315, asOf: date, since: nil, audience: .board))
            #expect(board.finding.contains("We know the ethnicity of 7 of 14"), "\(board.finding)")
        }
    }

    @Test func theCommunityShareIsTheBoroughsOwnProfile() async throws {
        try await TestDatabase.withRegister { register, _ in
            // The borough profile has 506 women of 1,000 (50.6%, Fixtures.representedBody); the one
            // body is compared with a ward profile of 300 of 1,000 (30.0%) instead. The bodies'
            // comparators weighted by who declared give 30.0%: not the community share of the borough.
            let (body, _) = try await Fixtures.representedBody(register)
            let ward = try Fixtures.file(
                """
                geography_code,geography_name,dimension,category,count
                E05000001,Testward,sex,female,300
                E05000001,Testward,sex,male,700

                """)
            try await Fixtures.importProfile(register, ward, source: "Ward test", date: "2011-03-27", kind: .ward)
            let stored = try #require(try await register.profiles().first { $0.profile.geographyName == "Testward" })
            try await register.linkComparator(bodyID: body, profileID: stored.id, dimension: "sex")
            let run = BoardReportRun(register: register, settings: BoardReportTests.settings())
            let report = try await run.compose(laCode: 315, asOf: Fixtures.d("2015-11-30"), since: nil, audience: .officer)
            let table = try #require(try summary(report).tables.first { $0.id == "summary-headlines" })
            let community = try #require(table.rows.first { $0.first == .text("Community share, women") })
            #expect(community.last == .share(0.506), "\(community)")
            // The sentence names the borough profile's source and date.
            let finding = try summary(report).finding
            #expect(finding.contains("against 50.6% of the borough's community"), "\(finding)")
            #expect(
                finding.contains("The community shares are the borough's own: Test (27 March 2011; people of every age)."),
                "\(finding)")
            let method = try #require(report.sections.first { $0.id == "method" })
            // The method lists both: the borough's profile (the community share) and the ward's
            // (the body's comparator).
            let listed = method.tables.flatMap(\.rows).map { "\($0)" }
            #expect(listed.contains { $0.contains("Ward test") } && listed.contains { $0.contains("Testborough") }, "\(listed)")
        }
    }

    @Test func anAdultProfileIsTheComparatorWhenThereIsOne() async throws {
        try await TestDatabase.withRegister { register, _ in
            // The borough's profile of every age: 516 of 1,000 not White British (Fixtures.representedBody);
            // its census table by age: 27 of 65 adults (Fixtures.nomisByAge, by hand).
            _ = try await Fixtures.representedBody(register)
            try await Fixtures.importProfile(
                register, try Fixtures.file(Fixtures.nomisByAge, name: "dc2101ew.csv"), source: "DC2101EW", date: "2011-03-27")
            let run = BoardReportRun(register: register, settings: BoardReportTests.settings())
            let report = try await run.compose(laCode: 315, asOf: Fixtures.d("2015-11-30"), since: nil, audience: .officer)
            let table = try #require(try summary(report).tables.first { $0.id == "summary-headlines" })
            let community = try #require(
                table.rows.first { $0.first == .text("Community share, ethnic minority (not White British)") })
            #expect(community.last == .share(27.0 / 65.0), "\(community)")
            #expect(try summary(report).finding.contains("DC2101EW (27 March 2011; people aged 18 and over)"))
            // Each body with no comparator of its own is compared with the adults too.
            let inputs = try await register.representationInputs(laCode: 315, asOf: Fixtures.d("2015-11-30"))
            #expect(inputs.ethnicityProfile.values.allSatisfy { $0.minimumAge == 18 })
        }
    }

    @Test func nationalContextComesOnlyFromAnImportedProfileOfGovernors() async throws {
        try await TestDatabase.withRegister { register, _ in
            let (body, _) = try await Fixtures.representedBody(register)
            let run = BoardReportRun(register: register, settings: BoardReportTests.settings())
            let date = Fixtures.d("2015-11-30")
            let without = try summary(try await run.compose(laCode: 315, asOf: date, since: nil, audience: .officer))
            #expect(!without.finding.contains("nationally"))
            // An invented survey of governors: 610 of 1,000 women (61.0%); 100 of 1,000 not White
            // British (10.0%), by hand.
            let survey = try Fixtures.file(
                """
                geography_code,geography_name,dimension,category,count
                E92000001,England,sex,female,610
                E92000001,England,sex,male,390
                E92000001,England,census_2011_ethnicity,white_british,900
                E92000001,England,census_2011_ethnicity,indian,50
                E92000001,England,census_2011_ethnicity,african,50

                """)
            try await Fixtures.importProfile(register, survey, source: "Governor survey", date: "2015-06-30", kind: .governors)
            let with = try summary(try await run.compose(laCode: 315, asOf: date, since: nil, audience: .officer))
            #expect(
                with.finding.contains(
                    "For context, governors nationally were 61.0% women (Governor survey, 2015) and 10.0% ethnic minority "
                        + "(not White British) (Governor survey, 2015)."), "\(with.finding)")
            let table = try #require(with.tables.first { $0.id == "summary-headlines" })
            let women = try #require(
                table.rows.first { $0.first == .text("Governors nationally who are women (Governor survey, 2015)") })
            #expect(women.last == .share(0.61))
            // Dated after the report: not used.
            let earlier = try summary(
                try await run.compose(laCode: 315, asOf: Fixtures.d("2015-05-31"), since: nil, audience: .officer))
            #expect(!earlier.finding.contains("nationally"))
            // Never a comparator: a body cannot be linked to it.
            let stored = try #require(try await register.profiles().first { $0.profile.kind == .governors })
            await #expect(throws: StoreError.self) { try await register.linkComparator(bodyID: body, profile: stored) }
        }
    }

    @Test func theBoardVersionNamesNoImportFileOrTime() async throws {
        try await TestDatabase.withRegister { register, _ in
            try await Fixtures.loadSchools(register)
            _ = try await Fixtures.importGovernance(register, Fixtures.governance, name: "governance-extract-2015.csv")
            let run = BoardReportRun(register: register, settings: BoardReportTests.settings())
            for audience in [ReportAudience.board, .officer] {
                let report = try await run.compose(laCode: 315, asOf: Fixtures.d("2015-11-30"), since: nil, audience: audience)
                let quality = try #require(report.sections.first { $0.id == "data-quality" })
                let text = quality.tables.flatMap(\.rows).flatMap { $0.map(\.display) }.joined(separator: " ")
                // The officers keep the file and the time; the board sees neither.
                #expect(text.contains("governance-extract-2015.csv") == (audience == .officer), "\(audience): \(text)")
                let time = text.range(of: #"\d{2}:\d{2}:\d{2}"#, options: .regularExpression) != nil
                #expect(time == (audience == .officer), "\(audience): \(text)")
            }
        }
    }

    @Test func aChangeFromTooFewPeopleIsNotShown() async throws {
        try await TestDatabase.withRegister { register, _ in
            // Declarations are dated 2015-02-01: on 2015-01-15 nobody had declared (0 people), so
            // the change in the share to 2015-11-30 rests on too few to compare.
            _ = try await Fixtures.representedBody(register)
            let run = BoardReportRun(register: register, settings: BoardReportTests.settings())
            let report = try await run.compose(
                laCode: 315, asOf: Fixtures.d("2015-11-30"), since: Fixtures.d("2015-01-15"), audience: .officer)
            let table = try #require(try summary(report).tables.first { $0.id == "summary-headlines" })
            let women = try #require(table.rows.first { $0.first == .text("Governors who are women") })
            #expect(women.last == .text("not compared"), "\(women)")
            let bodies = try #require(table.rows.first { $0.first == .text("Maintained governing bodies") })
            #expect(bodies.last == .text("no change"))
        }
    }

    /// One decision per figure: every percentage the board version's representation finding
    /// prints is a share its tables publish (none is worked out from cells a table hides).
    @Test func theBoardsSentencesPrintOnlySharesItsTablesPublish() async throws {
        try await TestDatabase.withRegister { register, _ in
            // The fixture's nine, ten more who declared (5 Indian women, 5 White British men) and
            // five not asked, so every cell of the "all governors" rows is 0 or at least 5: women 8
            // of 18 declared (unknown 1 + 5 = 6); ethnic minority 7 of 17 (unknown 2 + 5 = 7).
            let (body, _) = try await Fixtures.representedBody(register)
            for index in 0..<15 {
                let declared: (DeclaredSex, Ethnicity2021) =
                    index < 5 ? (.female, .indian) : index < 10 ? (.male, .whiteBritish) : (.notAsked, .notAsked)
                _ = try await Fixtures.appoint(
                    register, "D\(index)", "Declared", body: body, start: "2015-01-01", years: 4, declared: declared)
            }
            let report = try await BoardReportTests.report(register, audience: .board)
            var published = Set<String>()
            for table in report.tables {
                for row in table.rows {
                    for cell in row { if case .share = cell { published.insert(cell.display) } }
                }
            }
            let section = try #require(report.sections.first { $0.id == "representativeness" })
            let printed = section.finding.matches(of: /[0-9]+\.[0-9]%/).map { String($0.output) }
            #expect(!printed.isEmpty, "\(section.finding)")
            for share in printed {
                #expect(published.contains(share), "\(share) is printed but no table publishes it: \(section.finding)")
            }
        }
    }

    /// The board version's body reads in plain English: no regulation numbers, statistical
    /// terms, internal spellings or file names outside the method annex.
    @Test func theBoardVersionsBodyIsPlainEnglish() async throws {
        try await TestDatabase.withRegister { register, _ in
            let (body, _) = try await Fixtures.representedBody(register)
            // A breach to report: a second LA governor where the instrument has one seat.
            _ = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Extra", surname: "Governor")), bodyID: body,
                    category: .localAuthority, startDate: Fixtures.d("2015-01-01"), termYears: 4))
            // Officers read the rule's name and citation; the board reads the rule in words.
            let officer = try await BoardReportTests.report(register, audience: .officer)
            let officerFindings = try #require(officer.tables.first { $0.id == "constitution-findings" })
            #expect(officerFindings.columns.contains("Citation") && officerFindings.rows.first?.first == .text("seat surplus"))
            let report = try await BoardReportTests.report(register, audience: .board)
            let boardFindings = try #require(report.tables.first { $0.id == "constitution-findings" })
            #expect(!boardFindings.columns.contains("Citation"))
            #expect(boardFindings.rows.first?.first == .text("no more governors than places"), "\(boardFindings.rows)")
            for section in report.sections where section.id != "method" {
                var texts = [section.title, section.finding] + section.notes
                texts += section.charts.flatMap { [$0.title, $0.description] }
                for table in section.tables {
                    texts += [table.caption] + table.columns + (table.footnote.map { [$0] } ?? [])
                    texts += table.rows.flatMap { $0.map(\.display) }
                }
                for text in texts {
                    for jargon in [
                        "reg ", "regulation 1", "docs/", ".md", "Wilson", "Poisson", "binomial", "co_opted",
                        "insufficient_data", "not_started", "in_progress",
                    ] {
                        #expect(!text.contains(jargon), "\(section.id): \"\(jargon)\" in: \(text)")
                    }
                }
            }
        }
    }
}
