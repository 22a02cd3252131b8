import Foundation
import Governance
import Reports
import Store
import TestSupport
import Testing

/// Representativeness on a hand-made body, against numbers computed independently with Python:
/// scipy.stats.binom.cdf / binom.sf and statsmodels proportion_confint(method="wilson").
@Suite struct RepresentationTests {
    static func d(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static func isClose(_ a: Double?, _ b: Double, rel: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= rel * max(abs(a), abs(b))
    }

    @Test func bodyMeasuresMatchAnIndependentComputation() async throws {
        try await TestDatabase.withRegister { register, _ in
            let (body, people) = try await Fixtures.representedBody(register)
            let inputs = try await register.representationInputs(laCode: nil, bodyID: body, asOf: Self.d("2015-11-30"))
            let figures = try #require(
                RepresentationFigures.bodies(
                    inputs, groups: [.women, .ethnicMinority(.notWhiteBritish)], bands: BandThresholds(),
                    asOf: Self.d("2015-11-30")
                ).first)
            let minority = try #require(figures.groups.first { $0.group == "not-white-british" })
            #expect(minority.counts == GroupCounts(inPost: 9, unknown: 2, inGroup: 2))
            let m = try #require(minority.measures)
            // scipy: binom.cdf(2, 7, 0.516) = 0.20116060563459873; binom.sf(1, 7, 0.516) = 0.9473459092232224.
            #expect(Self.isClose(m.lowerTail, 0.20116060563459873) && Self.isClose(m.upperTail, 0.9473459092232224))
            // statsmodels proportion_confint(2, 7, method="wilson") = (0.08221892400405661, 0.6410655481673807).
            #expect(Self.isClose(m.interval?.lower, 0.08221892400405661) && Self.isClose(m.interval?.upper, 0.6410655481673807))
            // By hand: shortfall 7 x 0.516 - 2 = 1.612 >= 1, tail 0.20 >= 0.05, coverage 7/9 >= 0.7: below.
            #expect(Self.isClose(m.shortfall, 1.612) && minority.band == .below)
            let women = try #require(figures.groups.first { $0.group == "women" })
            #expect(women.counts == GroupCounts(inPost: 9, unknown: 1, inGroup: 3))
            // scipy: binom.cdf(3, 8, 0.506) = 0.3502368728283425.
            #expect(Self.isClose(women.measures?.lowerTail, 0.3502368728283425))
            // An objection turns the Indian governor's values into unknown in every computation made
            // from its date on, including computations about earlier dates.
            try await register.recordObjection(personID: people[0], on: Self.d("2015-06-01"))
            let after = try await register.representationInputs(laCode: nil, bodyID: body, asOf: Self.d("2015-11-30"))
            let objected = try #require(
                RepresentationFigures.bodies(
                    after, groups: [.ethnicMinority(.notWhiteBritish)], bands: BandThresholds(), asOf: Self.d("2015-11-30")
                ).first)
            #expect(objected.groups[0].counts == GroupCounts(inPost: 9, unknown: 3, inGroup: 1))
            let before = try await register.representationInputs(laCode: nil, bodyID: body, asOf: Self.d("2015-05-31"))
            #expect(
                RepresentationFigures.bodies(
                    before, groups: [.ethnicMinority(.notWhiteBritish)], bands: BandThresholds(),
                    asOf: Self.d("2015-05-31")
                ).first?.groups[0].counts.inGroup == 1)
        }
    }

    @Test func theBoardSeesNoCountBelowTheThreshold() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.representedBody(register)
            let board = try await CommandRunner.run(
                [
                    "represent", "borough", "315", "--as-of", "2015-11-30", "--audience", "board",
                    "--format", "csv",
                ], database: settings)
            #expect(board.status == 0, "\(board.stderr)")
            let lines = board.stdout.split(separator: "\r\n").dropFirst()
            #expect(!lines.isEmpty)
            for line in lines {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                // Columns: group, governors, in post, in group, not in group, unknown, share.
                for cell in cells[2...5] {
                    if let count = Int(cell) {
                        #expect(count == 0 || count >= 5, "\(line)")
                    } else {
                        #expect(cell == "c", "\(line)")
                    }
                }
            }
            let officer = try await CommandRunner.run(
                ["represent", "body", "102649", "--as-of", "2015-11-30", "--format", "json"],
                database: settings)
            let json = try JSONSerialization.jsonObject(with: Data(officer.stdout.utf8)) as? [String: Any]
            #expect((json?["groups"] as? [[String: Any]])?.count == 2)
        }
    }

    @Test func aProfileDescribingALaterCommunityIsWarnedAbout() async throws {
        try await TestDatabase.withRegister { register, settings in
            // The fixture's profile ("Testborough", census 2011) is dated 2011-03-27.
            _ = try await Fixtures.representedBody(register)
            let earlier = try await CommandRunner.run(
                ["represent", "body", "102649", "--as-of", "2010-06-01", "--format", "json"], database: settings)
            #expect(earlier.stderr.contains("warning: profile") && earlier.stderr.contains("2011-03-27"), "\(earlier.stderr)")
            #expect(earlier.stderr.contains("after the --as-of date 2010-06-01"))
            let later = try await CommandRunner.run(
                ["represent", "borough", "315", "--as-of", "2015-11-30", "--format", "json"], database: settings)
            #expect(later.status == 0 && !later.stderr.contains("warning"), "\(later.stderr)")
        }
    }
}
