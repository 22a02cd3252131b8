import APIContract
import Governance

/// Converts between a domain enum and its twin in the contract, which share their raw values (the
/// spelling stored in the database and sent on the wire). `ContractEnums.mismatches` holds every
/// pair to that, case by case, so a conversion here cannot fail at run time.
enum Wire {
    /// `value` as the other enum of its pair.
    static func map<From: RawRepresentable, To: RawRepresentable>(_ value: From, to: To.Type = To.self) -> To
    where From.RawValue == String, To.RawValue == String {
        guard let mapped = To(rawValue: value.rawValue) else {
            preconditionFailure("\(To.self) has no case \"\(value.rawValue)\" (see ContractEnums)")
        }
        return mapped
    }
}

/// The pairs of domain and contract enums, for the test that every case crosses both ways.
public enum ContractEnums {
    /// Each pair's cases that have no twin, as "Type.case"; empty when the contract and the domain agree.
    public static func mismatches() -> [String] {
        typealias S = Components.Schemas
        return missing(GovernorCategory.self, S.GovernorCategory.self)
            + missing(GovernorRole.self, S.GovernorRole.self) + missing(SchoolCategory.self, S.SchoolCategory.self)
            + missing(FoundationStatus.self, S.FoundationStatus.self) + missing(VacancyReason.self, S.VacancyReason.self)
            + missing(EndReason.self, S.EndReason.self) + missing(CourseKind.self, S.CourseKind.self)
            + missing(ReconstitutionStage.self, S.ReconstitutionStage.self)
            + missing(ReviewJudgement.self, S.ReviewJudgement.self) + missing(DeclaredSex.self, S.DeclaredSex.self)
            + missing(Ethnicity2021.self, S.Ethnicity.self) + missing(CollectionMethod.self, S.CollectionMethod.self)
            + missing(DepartureAuthority.self, S.DepartureAuthority.self)
            + missing(RepresentationBand.self, S.Band.self) + missing(AlertFinding.Severity.self, S.Severity.self)
            + missing(MinorityDefinition.self, S.MinorityDefinition.self)
            + missing(ProfileClassification.self, S.CommunityProfile.ClassificationPayload.self)
            + missing(GeographyKind.self, S.CommunityProfile.KindPayload.self)
            + missing(ConstitutionFinding.Severity.self, S.Finding.SeverityPayload.self)
            + missing(RetentionAction.Kind.self, S.RetentionAction.ActionPayload.self)
            + missing(CandidateRetentionAction.Kind.self, S.CandidateRetentionAction.ActionPayload.self)
            // Seats are every category but associate members, who hold none.
            + missing(S.SeatCategory.self, GovernorCategory.self)
    }

    private static func missing<A: CaseIterable & RawRepresentable, B: CaseIterable & RawRepresentable>(
        _ a: A.Type, _ b: B.Type
    ) -> [String] where A.RawValue == String, B.RawValue == String {
        let there = A.allCases.filter { B(rawValue: $0.rawValue) == nil }.map { "\(A.self).\($0.rawValue)" }
        let back = B.allCases.filter { A(rawValue: $0.rawValue) == nil }.map { "\(B.self).\($0.rawValue)" }
        // A seat category list is a subset of the domain's categories, not a twin.
        return B.self == GovernorCategory.self ? there : there + back
    }
}
