import Foundation
import Governance
import Reports
import Store
import TestSupport
import Testing

/// The governor recruitment funnel end to end (docs/recruitment.md): candidates entered from the
/// command line and the register, `govmon recruitment funnel` against a hand count, the board's
/// version through the disclosure checker, and monitoring answers shown to no one.
@Suite struct RecruitmentFunnelTests {
    static let progress: [CandidateStage] = [.applied, .shortlisted, .appointed]

    /// A candidate who began on 2015-03-01 and got as far as `furthest` (0 interest ... 3 appointed),
    /// later stages a month apart; monitoring answers unless `sex` is nil.
    static func candidate(
        _ register: Register, _ route: CandidateRoute, _ furthest: Int, _ sex: DeclaredSex?,
        _ ethnicity: Ethnicity2021 = .notAsked,
        first: String = "2015-03-01"
    ) async throws {
        let start = Fixtures.d(first)
        let id = try await register.addCandidate(
            laCode: 315, name: "Candidate \(route.rawValue) \(furthest)", route: route, vacancyID: nil, recordedOn: start,
            note: nil)
        _ = try await register.addCandidateStage(id, stage: .expressedInterest, on: start, appointmentID: nil)
        for step in 0..<furthest {
            _ = try await register.addCandidateStage(
                id, stage: progress[step], on: start.adding(months: step + 1), appointmentID: nil)
        }
        if let sex {
            try await register.recordCandidateMonitoring(id, on: start, sex: sex, ethnicity: ethnicity, collectedBy: .paperForm)
        }
    }

    /// CandidateFunnelTests' fifteen candidates, less the one entered from the command line (W3).
    static func fixture(_ register: Register) async throws {
        for (route, furthest, sex, ethnicity) in [
            (CandidateRoute.parentElection, 0, DeclaredSex.female, Ethnicity2021.indian), (.parentElection, 2, .female, .indian),
            (.inspiringGovernance, 3, .female, .indian), (.laNomination, 3, .female, .caribbean),
            (.coOption, 3, .female, .whiteBritish),
            (.parentElection, 0, .male, .african), (.parentElection, 0, .male, .whiteBritish),
            (.parentElection, 1, .male, .african),
            (.parentElection, 1, .male, .whiteBritish), (.parentElection, 2, .male, .whiteBritish),
            (.parentElection, 3, .male, .african),
            (.parentElection, 3, .male, .whiteBritish),
        ] {
            try await candidate(register, route, furthest, sex, ethnicity)
        }
        try await candidate(register, .other, 0, nil)
        try await candidate(register, .other, 3, .preferNotToSay)
        // Began before the period: not counted.
        try await candidate(register, .parentElection, 3, .female, .indian, first: "2014-12-01")
    }

    @Test func theFunnelMatchesAHandCountAndTheBoardSeesNoSmallCount() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.communitySchool(register)
            try await Self.fixture(register)
            func govmon(_ words: String...) async throws -> CommandRunner.Result {
                let result = try await CommandRunner.run(words, database: settings)
                #expect(result.status == 0, "\(words): \(result.stderr)")
                return result
            }
            // W3 from the command line: co-option, shortlisted 2015-05-01, appointed only on 2016-01-05
            // (after the period's end, so counted as shortlisted).
            let added = try await govmon(
                "candidate", "add", "--la", "315", "--name", "Wendy Three", "--route", "co-option", "--on", "2015-03-01")
            let id = try #require(added.stdout.split(separator: " ").dropFirst(2).first.map(String.init))
            _ = try await govmon("candidate", "stage", id, "--stage", "applied", "--on", "2015-04-01")
            _ = try await govmon("candidate", "stage", id, "--stage", "nominated", "--on", "2015-05-01")
            _ = try await govmon("candidate", "stage", id, "--stage", "elected", "--on", "2016-01-05")
            let monitored = try await govmon(
                "candidate", "monitor", id, "--on", "2015-03-01", "--sex", "female", "--ethnicity", "white-british",
                "--collected-by", "paper-form")
            // The answers are never echoed, listed or kept in the audit trail.
            #expect(SpecialCategoryWords.found(in: monitored.stdout).isEmpty)
            let listed = try await govmon("candidate", "list", "--la", "315", "--format", "json")
            #expect(listed.stdout.contains("Wendy Three") && SpecialCategoryWords.found(in: listed.stdout).isEmpty)
            let trail = try await register.audit(table: "candidate_monitoring", limit: 50)
            #expect(
                trail.count == 15
                    && trail.allSatisfy { SpecialCategoryWords.found(in: ($0.after ?? "") + ($0.before ?? "")).isEmpty })

            // Officer version, by hand (CandidateFunnelTests): women 1, 0, 2, 3 (6); men 2, 2, 1, 2 (7);
            // not declared 1, 0, 0, 1 (2); all 4, 2, 3, 6 (15). Reaching each stage: women 6, 5, 5, 3 (50.0%).
            let officer = try await govmon(
                "recruitment", "funnel", "--la", "315", "--from", "2015-01-01", "--to", "2015-12-31", "--audience", "officer",
                "--format", "csv")
            for line in [
                "Women,1,0,2,3,6", "Men,2,2,1,2,7", "Sex not declared,1,0,0,1,2", "All candidates,4,2,3,6,15",
                "Women,6,5,5,3,50.0%",
                "Ethnic minority (not White British),2,1,1,3,7", "Parent election,1,0,1,0,2", "Co-option,0,0,1,1,2",
            ] {
                // CSV rows end in CRLF (RFC 4180).
                #expect(officer.stdout.contains(line + "\r\n"), "\(line) missing from:\n\(officer.stdout)")
            }
            // The board's version: every published count of people is 0 or at least 5, and no hidden
            // cell can be had by subtraction (the checker every board table answers to).
            let board = try await govmon(
                "recruitment", "funnel", "--la", "315", "--from", "2015-01-01", "--to", "2015-12-31", "--format", "json")
            let section = try JSONSerialization.jsonObject(with: Data(board.stdout.utf8)) as? [String: Any]
            #expect((section?["tables"] as? [Any])?.count == 6)
            let report = try await BoardReportTests.report(register, audience: .board)
            let funnelTables = report.tables.filter { $0.id.hasPrefix("recruitment-") }
            #expect(funnelTables.count == 6)
            #expect(
                BoardReportTests.expectNothingRecoverable(
                    BoardReport(
                        title: "", laCode: 315, laName: "", asOf: report.asOf, since: nil, audience: .board, definition: "",
                        sections: [ReportSection(id: "recruitment", title: "", finding: "", tables: funnelTables)]),
                    threshold: 5) > 0)
            // Women 6 and men 7 came forward: publishable; the 1s and 2s are not.
            let women = try #require(funnelTables.first { $0.id == "recruitment-women" })
            #expect(women.rows.flatMap { $0 }.contains(.suppressed))
        }
    }

    @Test func badInputIsRefusedAndChangesNothing() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.communitySchool(register)
            try await register.addLocalAuthority(LocalAuthority(code: 319, name: "Sutton"))
            let other = try #require(
                try await register.addSchool(
                    School(urn: 102700, laCode: 319, establishmentNumber: 2001, name: "Avenue Primary", category: .community)))
            let suttonVacancy = try await register.openVacancy(
                bodyID: other, category: .coOpted, openedOn: Fixtures.d("2015-01-01"), reason: .resigned, note: nil)
            try await Self.candidate(register, .parentElection, 1, .female, .indian)
            let before = try await register.database.fingerprint()
            let cases: [[String]] = [
                ["candidate", "add", "--la", "315", "--name", " ", "--route", "co-option", "--on", "2015-03-01"],
                [
                    "candidate", "add", "--la", "315", "--name", "X", "--route", "co-option", "--on", "2015-03-01", "--vacancy",
                    suttonVacancy.labelled,
                ],
                [
                    "candidate", "add", "--la", "315", "--name", "X", "--route", "co-option", "--on", "2015-03-01", "--stage",
                    "appointed",
                ],
                ["candidate", "stage", "1", "--stage", "expressed-interest", "--on", "2015-06-01"],
                ["candidate", "stage", "1", "--stage", "withdrew", "--on", "2015-01-01"],
                ["candidate", "stage", "1", "--stage", "withdrew", "--on", "2015-06-01", "--appointment", "A1"],
                ["candidate", "stage", "999", "--stage", "applied", "--on", "2015-06-01"],
                [
                    "candidate", "monitor", "999", "--on", "2015-06-01", "--sex", "female", "--ethnicity", "indian",
                    "--collected-by", "other",
                ],
                ["recruitment", "funnel", "--la", "315", "--from", "2015-12-31", "--to", "2015-01-01"],
                ["recruitment", "funnel", "--la", "999", "--from", "2015-01-01", "--to", "2015-12-31"],
            ]
            for words in cases {
                let result = try await CommandRunner.run(words, database: settings)
                #expect(result.status == 1, "\(words): \(result.stdout)\(result.stderr)")
                #expect(
                    result.stderr.split(separator: "\n").count == 1 && result.stderr.hasPrefix("govmon: "),
                    "\(words): \(result.stderr)")
            }
            #expect(try await register.database.fingerprint() == before)
        }
    }
}

/// Declared values spelled as govmon accepts them, for searching outputs (as SpecialCategoryScanTests does).
enum SpecialCategoryWords {
    static let spellings: [String] = {
        let values = Ethnicity2021.allCases.map(\.rawValue) + DeclaredSex.allCases.map(\.rawValue)
        return Array(Set(values + values.map { $0.replacingOccurrences(of: "_", with: "-") })).sorted()
    }()

    static func found(in text: String) -> [String] {
        spellings.filter { value in
            text.range(
                of: #"(?<![A-Za-z_-])"# + NSRegularExpression.escapedPattern(for: value) + #"(?![A-Za-z_-])"#,
                options: [.regularExpression, .caseInsensitive]) != nil
        }
    }
}
