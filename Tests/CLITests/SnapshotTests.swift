import Foundation
import Governance
import Store
import TestSupport
import Testing

@Suite struct SnapshotTests {
    @Test func snapshotsKeepAggregatesAndReviewsKeepTheirFigures() async throws {
        try await TestDatabase.withRegister { register, settings in
            let (body, _) = try await Fixtures.representedBody(register)
            func govmon(_ words: String...) async throws -> CommandRunner.Result {
                try await CommandRunner.run(words, database: settings)
            }
            #expect(try await govmon("represent", "snapshot", "--as-of", "2015-11-30").status == 0)
            // Taking the same snapshot again replaces it rather than duplicating it.
            #expect(try await govmon("represent", "snapshot", "--as-of", "2015-11-30").status == 0)
            let snapshots = try await register.snapshots(laCode: 315, boroughOnly: false)
            // One body and the borough, for women and both minority definitions: 2 x 3 rows.
            #expect(snapshots.count == 6 && snapshots.filter { $0.bodyID == nil }.count == 3)
            let trend = try await govmon("represent", "trend", "315", "--format", "json")
            let rows = try JSONSerialization.jsonObject(with: Data(trend.stdout.utf8)) as? [[String: Any]]
            #expect(rows?.count == 3 && rows?.allSatisfy { $0["as of"] as? String == "2015-11-30" } == true)
            // A chair's review keeps the figures the chair saw.
            let chair = try await register.appointments(bodyID: body).first { $0.category == .coOpted }!
            try await register.setRole(chair.id, role: .chair, today: CalendarDate(iso: "2015-10-01")!)
            let review = try await govmon(
                "review", "record", String(body), "--chair", String(chair.id), "--date", "2015-10-20",
                "--judgement", "partly-representative", "--actions", "advertise through community groups")
            #expect(review.status == 0, "\(review.stderr)")
            let figures = try #require(try await register.chairReviews(bodyID: body).first?.figures)
            #expect(figures.contains("not-white-british") && figures.contains("\"inPost\": 9"))
        }
    }
}
