import Foundation
import Governance
import Testing

@Test("Wilson interval matches statsmodels")
func wilsonMatchesStatsmodels() throws {
    // statsmodels 0.15.0: proportion_confint(k, n, alpha=0.05, method="wilson"), whose z is
    // scipy.stats.norm.isf(0.025) = 1.9599639845400545.
    let cases: [(k: Int, n: Int, lower: Double, upper: Double)] = [
        (3, 9, 0.1205838183869109, 0.6457978644196039),
        (1, 12, 0.014865094404917095, 0.35387991114111705),
        (150, 400, 0.32895707946316294, 0.4234209941204112),
        (1, 10, 0.017876213095072924, 0.40415002679523854),
    ]
    for c in cases {
        let interval = try #require(WilsonInterval(successes: c.k, trials: c.n))
        #expect(isClose(interval.lower, c.lower), "lower \(c.k)/\(c.n)")
        #expect(isClose(interval.upper, c.upper), "upper \(c.k)/\(c.n)")
    }
}

@Test("Wilson interval ends are exact at k = 0 and k = n")
func wilsonEnds() throws {
    // statsmodels gives (2.7755575615628914e-17, 0.29914504841954415) for 0/9 and
    // (0.7008549515804557, 0.9999999999999999) for 9/9; algebraically the lower end at k = 0 is
    // (z²/2 - z·z/2)/(n + z²) = 0 and the upper end at k = n is 1, so the residues are rounding.
    let none = try #require(WilsonInterval(successes: 0, trials: 9))
    #expect(none.lower == 0)
    #expect(isClose(none.upper, 0.29914504841954415))
    let all = try #require(WilsonInterval(successes: 9, trials: 9))
    #expect(all.upper == 1)
    #expect(isClose(all.lower, 0.7008549515804557))
    #expect(WilsonInterval(successes: 0, trials: 0) == nil)
    #expect(WilsonInterval(successes: 4, trials: 3) == nil)
}
