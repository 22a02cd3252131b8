import Testing

@testable import Governance

/// The succession policy, diversity and panel confirmation checks, and the recruitment stage
/// order, on hand-made inputs; the day arithmetic is in the comments.
@Suite struct SuccessionCheckTests {
    static func d(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    static let body = DeadlineCheckTests.body
    static let school = TrackingInputs.GovernedSchool(urn: 102649, name: "Abbotsbury", bodyID: 1, laCode: 315)

    static func inputs(
        asOf: String, policies: [TrackingInputs.AdoptedPolicy] = [], recruitments: [TrackingInputs.HeadRecruitment] = []
    ) -> TrackingInputs {
        TrackingInputs(
            asOf: d(asOf), bodies: [body], serving: [], vacancies: [], firstAppointment: [:], inducted: [:], refreshers: [:],
            recruitments: recruitments, dbsApplied: [:], chairReviews: [:], schools: [school],
            policies: policies.isEmpty ? [:] : [school.urn: policies])
    }

    /// Defaults: first milestone 2015-03-31, warnings from 60 days before (2015-01-30).
    @Test func aSchoolWithoutAPolicyIsWarnedThenOverdue() {
        let check = SuccessionPolicyCheck(), t = TrackingThresholds()
        #expect(check.findings(Self.inputs(asOf: "2015-01-29"), t).isEmpty)
        let warned = check.findings(Self.inputs(asOf: "2015-01-30"), t)
        #expect(warned.map(\.severity) == [.warning] && warned.first?.dueOn == Self.d("2015-03-31"))
        let overdue = check.findings(Self.inputs(asOf: "2015-04-01"), t)
        #expect(overdue.map(\.severity) == [.overdue] && overdue.first?.dueOn == Self.d("2015-12-31"))
        #expect(overdue.first?.subject == "school:102649" && overdue.first?.bodyID == 1)
        // A policy adopted after the as-of date does not count yet; adopted by it, it does.
        let later = TrackingInputs.AdoptedPolicy(adoptedOn: Self.d("2015-05-01"), reviewOn: nil, diversityEvidenced: true)
        #expect(check.findings(Self.inputs(asOf: "2015-04-01", policies: [later]), t).count == 1)
        #expect(check.findings(Self.inputs(asOf: "2015-05-01", policies: [later]), t).isEmpty)
    }

    @Test func aPolicyPastItsReviewDateIsOverdueUntilAdoptedAgain() {
        let check = SuccessionPolicyCheck(), t = TrackingThresholds()
        let first = TrackingInputs.AdoptedPolicy(
            adoptedOn: Self.d("2015-03-01"), reviewOn: Self.d("2017-03-01"), diversityEvidenced: true)
        #expect(check.findings(Self.inputs(asOf: "2017-03-01", policies: [first]), t).isEmpty)
        let due = check.findings(Self.inputs(asOf: "2017-03-02", policies: [first]), t)
        #expect(due.map(\.subject) == ["school:102649:review:2015-03-01"] && due.first?.severity == .overdue)
        let again = TrackingInputs.AdoptedPolicy(adoptedOn: Self.d("2017-03-02"), reviewOn: nil, diversityEvidenced: true)
        #expect(check.findings(Self.inputs(asOf: "2017-03-02", policies: [first, again]), t).isEmpty)
    }

    /// Deadline 2015-12-31; warnings from 60 days before, 2015-11-01.
    @Test func aPolicyThatDoesNotEvidenceDiversityIsWarnedBeforeTheDeadline() {
        let check = SuccessionDiversityCheck(), t = TrackingThresholds()
        let silent = TrackingInputs.AdoptedPolicy(adoptedOn: Self.d("2015-03-01"), reviewOn: nil, diversityEvidenced: false)
        #expect(check.findings(Self.inputs(asOf: "2015-10-31", policies: [silent]), t).isEmpty)
        #expect(check.findings(Self.inputs(asOf: "2015-11-01", policies: [silent]), t).map(\.severity) == [.warning])
        #expect(check.findings(Self.inputs(asOf: "2016-01-01", policies: [silent]), t).map(\.severity) == [.overdue])
        // No policy at all is the other check's alert, not this one's.
        #expect(check.findings(Self.inputs(asOf: "2016-01-01"), t).isEmpty)
        // The latest adoption decides: a newer policy that evidences diversity clears it.
        let better = TrackingInputs.AdoptedPolicy(adoptedOn: Self.d("2015-12-01"), reviewOn: nil, diversityEvidenced: true)
        #expect(check.findings(Self.inputs(asOf: "2016-01-01", policies: [silent, better]), t).isEmpty)
    }

    /// Appointed 2015-09-20; 60 days on is 2015-11-19 (10 in September, 31 in October, 19 in November).
    @Test func anAppointmentWithoutThePanelsConfirmationIsAlerted() {
        let check = PanelConfirmationCheck(), t = TrackingThresholds()
        let appointed = TrackingInputs.HeadRecruitment(
            id: 7, bodyID: 1, plannedOn: Self.d("2015-10-01"), appointedOn: Self.d("2015-09-20"))
        #expect(check.findings(Self.inputs(asOf: "2015-09-19", recruitments: [appointed]), t).isEmpty)
        let warned = check.findings(Self.inputs(asOf: "2015-11-19", recruitments: [appointed]), t)
        #expect(warned.map(\.severity) == [.warning] && warned.first?.dueOn == Self.d("2015-11-19"))
        #expect(check.findings(Self.inputs(asOf: "2015-11-20", recruitments: [appointed]), t).map(\.severity) == [.overdue])
        var confirmed = appointed
        confirmed.confirmedOn = Self.d("2015-12-02")
        #expect(check.findings(Self.inputs(asOf: "2015-12-01", recruitments: [confirmed]), t).count == 1)
        #expect(check.findings(Self.inputs(asOf: "2015-12-02", recruitments: [confirmed]), t).isEmpty)
        // Appointed before the guidance (2015-01-01 by default): not alerted.
        let old = TrackingInputs.HeadRecruitment(
            id: 8, bodyID: 1, plannedOn: Self.d("2014-09-01"), appointedOn: Self.d("2014-06-01"))
        #expect(check.findings(Self.inputs(asOf: "2015-12-02", recruitments: [old]), t).isEmpty)
    }

    @Test func aWithdrawnRecruitmentNeedsNoRefresher() {
        let check = RefresherBeforeHeadAppointmentCheck(), t = TrackingThresholds()
        let planned = TrackingInputs.HeadRecruitment(id: 9, bodyID: 1, plannedOn: Self.d("2015-12-01"))
        #expect(check.findings(Self.inputs(asOf: "2015-11-01", recruitments: [planned]), t).count == 1)
        var withdrawn = planned
        withdrawn.withdrawnOn = Self.d("2015-10-15")
        #expect(check.findings(Self.inputs(asOf: "2015-11-01", recruitments: [withdrawn]), t).isEmpty)
    }

    @Test func stagesGoForwardAndEndAtAppointedOrWithdrawn() {
        func reached(_ pairs: [(RecruitmentStage, String)]) -> [RecruitmentStageReached] {
            pairs.enumerated().map {
                RecruitmentStageReached(id: Int64($0.offset), stage: $0.element.0, reachedOn: Self.d($0.element.1))
            }
        }
        let soFar = reached([(.advertised, "2015-06-01"), (.interviewed, "2015-07-01")])
        #expect(RecruitmentStage.problem(adding: .appointed, on: Self.d("2015-07-02"), after: soFar) == nil)
        // Skipping a stage is allowed (shortlisted was skipped); going back is not.
        #expect(
            RecruitmentStage.problem(adding: .shortlisted, on: Self.d("2015-07-02"), after: soFar)?.contains("after interviewed")
                == true)
        #expect(
            RecruitmentStage.problem(adding: .interviewed, on: Self.d("2015-07-02"), after: soFar)?.contains("already") == true)
        #expect(RecruitmentStage.problem(adding: .appointed, on: Self.d("2015-06-30"), after: soFar)?.hasPrefix("--on") == true)
        #expect(RecruitmentStage.problem(adding: .withdrawn, on: Self.d("2015-07-02"), after: soFar) == nil)
        let ended = reached([(.advertised, "2015-06-01"), (.withdrawn, "2015-06-10")])
        #expect(RecruitmentStage.problem(adding: .interviewed, on: Self.d("2015-07-02"), after: ended)?.contains("ended") == true)
    }

    @Test func aModelPolicyNeedsItsVersionAndAnOwnPolicyHasNone() {
        var policy = NewSuccessionPolicy(
            urn: 102649, source: .model, modelVersion: nil, adoptedOn: Self.d("2015-03-01"), reviewOn: nil,
            diversityEvidenced: true, diversityNote: nil, minute: "FGB 1 March 2015, minute 3")
        #expect(policy.problem?.hasPrefix("--model-version") == true)
        policy.modelVersion = "v1"
        #expect(policy.problem == nil)
        policy.source = .own
        #expect(policy.problem?.hasPrefix("--model-version") == true)
        policy.modelVersion = nil
        policy.reviewOn = Self.d("2015-03-01")
        #expect(policy.problem?.hasPrefix("--review") == true)
    }
}
