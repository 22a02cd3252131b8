import Testing

@testable import Governance

/// The funnel's counts on hand-made candidates; each expected number is counted by hand in the comments.
@Suite struct CandidateFunnelTests {
    static func d(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    static func c(
        _ route: CandidateRoute, _ furthest: Int, _ sex: DeclaredSex, _ ethnicity: Ethnicity2021, first: String = "2015-03-01"
    )
        -> FunnelCandidate
    {
        FunnelCandidate(route: route, firstOn: d(first), furthest: furthest, sex: sex, ethnicity: ethnicity)
    }

    static let candidates = [
        c(.parentElection, 0, .female, .indian), c(.parentElection, 2, .female, .indian), c(.coOption, 2, .female, .whiteBritish),
        c(.inspiringGovernance, 3, .female, .indian), c(.laNomination, 3, .female, .caribbean),
        c(.coOption, 3, .female, .whiteBritish),
        c(.parentElection, 0, .male, .african), c(.parentElection, 0, .male, .whiteBritish),
        c(.parentElection, 1, .male, .african),
        c(.parentElection, 1, .male, .whiteBritish), c(.parentElection, 2, .male, .whiteBritish),
        c(.parentElection, 3, .male, .african),
        c(.parentElection, 3, .male, .whiteBritish), c(.other, 0, .notAsked, .notAsked), c(.other, 3, .preferNotToSay, .notAsked),
        // Began before the period: left out.
        c(.parentElection, 3, .female, .indian, first: "2014-12-01"),
    ]

    @Test func countsEachCandidateOnceAtTheFurthestStage() {
        let cohort = CandidateFunnel.cohort(Self.candidates, from: Self.d("2015-01-01"), to: Self.d("2015-12-31"))
        #expect(cohort.count == 15)
        // Women: interest 1, applied 0, shortlisted 2, appointed 3; men 2, 2, 1, 2; not declared
        // (not asked, prefer not to say) 1, 0, 0, 1.
        #expect(CandidateFunnel.byGroup(cohort, .women) == [[1, 0, 2, 3], [2, 2, 1, 2], [1, 0, 0, 1]])
        // Not White British: the Indian, Caribbean and African candidates: 2 stopped at interest
        // (W1, M1), 1 at applying (M3), 1 at shortlisting (W2), 3 appointed (W4, W5, M6).
        #expect(
            CandidateFunnel.byGroup(cohort, .ethnicMinority(.notWhiteBritish)) == [[2, 1, 1, 3], [1, 1, 2, 2], [1, 0, 0, 1]])
        // Women by route: parent election 1 at interest and 1 shortlisted; LA nomination 1 appointed;
        // co-option 1 shortlisted and 1 appointed; Inspiring Governance 1 appointed.
        let routes = CandidateFunnel.byRoute(cohort, .women)
        #expect(
            routes == [[1, 0, 1, 0], [0, 0, 0, 1], [0, 0, 1, 1], [0, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]])
        // Reaching each stage: women 6 came forward, 5 applied (6 - 1), 5 shortlisted, 3 appointed.
        #expect(CandidateFunnel.reached([1, 0, 2, 3]) == [6, 5, 5, 3])
    }

    @Test func stagesGoForwardOnlyAndEndOnce() {
        let soFar: [(CandidateStage, CalendarDate)] = [
            (.expressedInterest, Self.d("2015-03-01")), (.shortlisted, Self.d("2015-04-01")),
        ]
        #expect(CandidateStage.problem(adding: .appointed, on: Self.d("2015-05-01"), after: soFar) == nil)
        #expect(
            CandidateStage.problem(adding: .applied, on: Self.d("2015-05-01"), after: soFar)?.contains("after shortlisted")
                == true)
        #expect(CandidateStage.problem(adding: .withdrew, on: Self.d("2015-03-15"), after: soFar)?.hasPrefix("--on") == true)
        let ended = soFar + [(.notAppointed, Self.d("2015-05-01"))]
        #expect(CandidateStage.problem(adding: .appointed, on: Self.d("2015-06-01"), after: ended)?.contains("ended") == true)
        #expect(CandidateStage(userInput: "nominated") == .shortlisted && CandidateStage(userInput: "elected") == .appointed)
    }
}
