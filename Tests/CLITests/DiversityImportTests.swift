import Foundation
import Governance
import Store
import TestSupport
import Testing

/// `diversity import`: a batch of paper forms, all or none, read as `diversity record` reads them.
@Suite struct DiversityImportTests {
    @Test func formsAreRecordedAllOrNone() async throws {
        try await TestDatabase.withRegister { register, settings in
            let (_, people) = try await Fixtures.representedBody(register)
            let (a, b) = (people[0], people[1])
            let good = try Fixtures.file(
                """
                person,date,sex,ethnicity,classification,collected_by
                P\(a),01/03/2016,female,pakistani,,paper-form
                \(b),2016-03-02,male,10,2011,paper-form

                """, name: "forms.csv")
            let before = try await register.database.fingerprint()
            // Line 3 is wrong three ways over the lines: a bare number, an unknown person, a future date.
            for (bad, words) in [
                ("P\(a),2016-03-01,female,10,,paper-form", "forms.csv:3: ethnicity: expected"),
                ("P999999,2016-03-01,female,indian,,paper-form", "forms.csv:3: no person"),
                ("P\(a),2099-03-01,female,indian,,paper-form", "forms.csv:3: date: expected today"),
            ] {
                let file = try Fixtures.file(
                    "person,date,sex,ethnicity,classification,collected_by\nP\(b),2016-03-01,male,indian,,paper-form\n\(bad)\n",
                    name: "forms.csv")
                let refused = try await CommandRunner.run(["diversity", "import", file], database: settings)
                #expect(refused.status == 1 && refused.stderr.contains(words), "\(refused.stderr)")
                // The value refused is not repeated: special category data even when mistyped.
                #expect(!refused.stderr.contains("paper-form") && !refused.stderr.contains(",10,"))
                #expect(try await register.database.fingerprint() == before)
            }
            let run = try await CommandRunner.run(["diversity", "import", good], database: settings)
            #expect(run.status == 0 && run.stdout.contains("Recorded 2 declaration(s)"), "\(run.stderr)")
            let (forA, _) = try await register.diversity(personID: a)
            let (forB, _) = try await register.diversity(personID: b)
            // 10 in the 2011 numbering is Pakistani (9 Indian, 10 Pakistani, 11 Bangladeshi).
            #expect(
                forA.contains { $0.recordedOn == Fixtures.d("2016-03-01") && $0.ethnicity == .pakistani && $0.sex == .female })
            #expect(forB.contains { $0.recordedOn == Fixtures.d("2016-03-02") && $0.ethnicity == .pakistani && $0.sex == .male })
        }
    }
}
