import Foundation
import Store
import TestSupport
import Testing

/// `govmon represent body`, `borough` and `trend` on the demo borough, for both ethnic-minority
/// definitions and sex, against an independent computation:
/// scripts/references/demo_represent_refs.py (its own SQL over the raw tables; scipy
/// `binom.cdf`/`binom.sf`, statsmodels `proportion_confint(method="wilson")`, and a
/// `numpy.convolve` Poisson-binomial for the borough's total), breakdowns by category, chairs and
/// the flow included. Numbers match to 1e-9 relative.
enum DemoRepresentationCheck {
    static let dates = ["2014-11-30", "2015-11-30"]
    static let definitions = ["not-white-british", "not-white"]

    /// Runs the check on a database holding the demo borough (LA 315); returns how many figures matched.
    @discardableResult
    static func run(_ settings: DatabaseSettings) async throws -> Int {
        func govmon(_ words: String...) async throws -> [String: Any]? {
            let result = try await CommandRunner.run(words, database: settings)
            #expect(result.status == 0, "\(words): \(result.stderr)")
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        }
        for date in dates {
            let stored = try await CommandRunner.run(["represent", "snapshot", "--as-of", date], database: settings)
            #expect(stored.status == 0, "\(stored.stderr)")
        }
        let reference = try await self.reference(settings)
        var matched = 0
        func same(_ swift: Any?, _ python: Any?, _ what: String) {
            let a = (swift as? NSNumber)?.doubleValue, b = (python as? NSNumber)?.doubleValue
            guard let a, let b else {
                #expect(
                    swift == nil && python == nil,
                    "\(what): govmon \(String(describing: swift)), reference \(String(describing: python))")
                return
            }
            #expect(abs(a - b) <= 1e-9 * max(abs(a), abs(b)) || abs(a - b) < 1e-12, "\(what): govmon \(a), reference \(b)")
            matched += 1
        }

        // Every body, on the later date, both definitions (women come with each).
        let on = try #require(reference["2015-11-30"])
        let bodies = try #require(on["bodies"] as? [String: [String: [String: Any]]])
        #expect(bodies.count >= 50)
        for (body, expected) in bodies.sorted(by: { $0.key < $1.key }) {
            for definition in definitions {
                let figures = try await govmon(
                    "represent", "body", body, "--as-of", "2015-11-30", "--definition", definition, "--format", "json")
                let groups = (figures?["groups"] as? [[String: Any]]) ?? []
                for name in ["women", definition] {
                    let group = try #require(groups.first { $0["group"] as? String == name }, "body \(body) \(name)")
                    let want = try #require(expected[name])
                    let counts = group["counts"] as? [String: Any], measures = group["measures"] as? [String: Any]
                    for key in ["inPost", "unknown", "inGroup"] { same(counts?[key], want[key], "body \(body) \(name) \(key)") }
                    same(group["communityShare"], want["communityShare"], "body \(body) \(name) community share")
                    guard want["share"] != nil else { continue }
                    let interval = measures?["interval"] as? [String: Any]
                    same(interval?["lower"], want["intervalLower"], "body \(body) \(name) Wilson lower")
                    same(interval?["upper"], want["intervalUpper"], "body \(body) \(name) Wilson upper")
                    for key in ["lowerTail", "upperTail", "expected", "shortfall", "coverage"] {
                        same(measures?[key], want[key], "body \(body) \(name) \(key)")
                    }
                }
            }
        }

        // The borough, both definitions, every breakdown: all governors, each category, chairs, and
        // the flow (appointed from 2014-11-30) against the stock.
        let borough = try #require(on["borough"] as? [String: [String: [String: Any]]])
        #expect(borough.count == 7)
        for definition in definitions {
            let figures = try await govmon(
                "represent", "borough", "315", "--as-of", "2015-11-30", "--since", "2014-11-30", "--definition", definition,
                "--format", "json")
            let rows = (figures?["rows"] as? [[String: Any]]) ?? []
            for (breakdown, groups) in borough.sorted(by: { $0.key < $1.key }) {
                let label = breakdown == "flow" ? "appointed 2014-11-30 to 2015-11-30 (flow)" : breakdown
                for name in ["women", definition] {
                    let row = try #require(
                        rows.first { $0["group"] as? String == name && $0["breakdown"] as? String == label }, "\(label)")
                    let want = try #require(groups[name])
                    let what = "borough \(label) \(name)"
                    let counts = row["counts"] as? [String: Any]
                    for key in ["inPost", "unknown", "inGroup"] { same(counts?[key], want[key], "\(what) \(key)") }
                    same(row["bodies"], want["bodies"], "\(what) bodies")
                    same(row["pooledShare"], want["share"], "\(what) pooled share")
                    same(row["communityShare"], want["communityShare"], "\(what) community share")
                    same(row["expected"], want["expected"], "\(what) expected")
                    same(row["shortfall"], want["shortfall"], "\(what) shortfall")
                    same(row["lowerTail"], want["poissonBinomialLowerTail"], "\(what) Poisson-binomial tail")
                    same(row["upperTail"], want["upperTail"], "\(what) upper tail")
                }
            }
        }

        // The trend from the stored snapshots: the counts on each date, all three groups.
        let trend = try await CommandRunner.run(["represent", "trend", "315", "--format", "json"], database: settings)
        let points = try JSONSerialization.jsonObject(with: Data(trend.stdout.utf8)) as? [[String: Any]] ?? []
        for date in dates {
            let want = try #require((reference[date]?["borough"] as? [String: [String: [String: Any]]])?["all governors"])
            for name in ["women"] + definitions {
                let point = try #require(points.first { $0["as of"] as? String == date && $0["group"] as? String == name })
                let expected = try #require(want[name])
                for (column, key) in [("in post", "inPost"), ("unknown", "unknown"), ("in group", "inGroup")] {
                    same((point[column] as? String).flatMap(Int.init), expected[key], "trend \(date) \(name) \(column)")
                }
            }
        }
        return matched
    }

    /// The reference script's figures: date -> {"bodies": ..., "borough": ...}.
    static func reference(_ settings: DatabaseSettings) async throws -> [String: [String: Any]] {
        let script = TestDatabase.root.appendingPathComponent("scripts/references/demo_represent_refs.py").path
        let run = try await ScriptRunner.program("/usr/bin/env", ["python3", script, settings.url, "315", "2014-11-30"] + dates)
        try #require(
            run.status == 0, "the reference script failed (python3 with scipy, statsmodels, numpy): \(run.stderr)")
        let data = Data(run.stdout.utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
    }
}
