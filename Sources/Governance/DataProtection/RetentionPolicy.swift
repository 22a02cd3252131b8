/// How long govmon keeps what it holds about governors who have left (config `retention.*`).
///
/// Two clocks start when a person's last appointment ends: after `demographicsMonths` their
/// self-declared sex and ethnic group are erased (aggregate snapshots already taken keep the
/// counts, so trends survive); after `identityYears` their name and GIAS id are replaced by a
/// pseudonym, while the appointment history (body, category, dates) stays for statistics.
/// A written objection erases the declarations at the next run, whatever the clocks say.
public struct RetentionPolicy: Sendable, Equatable {
    public var demographicsMonths: Int
    public var identityYears: Int
    /// A run that would erase the declarations of, or pseudonymise, more than this share of those
    /// it holds is held for an explicit confirmation (a mistaken import or a clock far ahead looks
    /// like that).
    public var largeShare: Double
    /// How long a candidate's record is kept after its last recorded activity (a stage, an answer,
    /// the record itself): then the monitoring answers are erased and the name pseudonymised
    /// (docs/data-protection.md "Candidates").
    public var candidateMonths: Int

    public init(demographicsMonths: Int = 12, identityYears: Int = 6, largeShare: Double = 0.10, candidateMonths: Int = 12) {
        self.demographicsMonths = demographicsMonths
        self.identityYears = identityYears
        self.largeShare = largeShare
        self.candidateMonths = candidateMonths
    }

    /// Whether acting on `acting` of `held` is an unusually large share (more than `largeShare`).
    public func isLarge(acting: Int, of held: Int) -> Bool {
        guard held > 0 else { return false }
        return Double(acting) > largeShare * Double(held)
    }

    /// People who left before this date have their declarations erased on `asOf`.
    public func demographicsCutoff(asOf: CalendarDate) -> CalendarDate { asOf.adding(months: -demographicsMonths) }

    /// People with no appointment since before this date are pseudonymised on `asOf`.
    public func identityCutoff(asOf: CalendarDate) -> CalendarDate { asOf.adding(years: -identityYears) }

    /// Candidacies with no activity since before this date are erased and pseudonymised on `asOf`.
    public func candidateCutoff(asOf: CalendarDate) -> CalendarDate { asOf.adding(months: -candidateMonths) }

    /// The name a pseudonymised candidate carries: "Former candidate C000007".
    public static func candidatePseudonym(candidateID: Int64) -> String {
        let digits = String(candidateID)
        return "Former candidate C" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The name a pseudonymised person carries: stable, unique, and meaningless outside govmon.
    public static func pseudonym(personID: PersonID) -> (forename: String, surname: String) {
        let digits = String(personID)
        return ("Former governor", "P" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits)
    }

    /// Whether the policy is usable: both periods positive, and identity kept at least as long
    /// as demographics (a pseudonymised person's declarations must already be gone).
    public var problem: String? {
        if demographicsMonths <= 0 { return "retention.demographics_months must be 1 or more" }
        if identityYears <= 0 { return "retention.identity_years must be 1 or more" }
        if candidateMonths <= 0 { return "retention.candidate_months must be 1 or more" }
        if !(largeShare > 0 && largeShare <= 1) { return "retention.large_share must be above 0 and at most 1" }
        if identityYears * 12 < demographicsMonths {
            return "retention.identity_years must cover retention.demographics_months"
        }
        return nil
    }
}

/// One thing a retention run does (or, in a dry run, would do) to one person.
public struct RetentionAction: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case demographicsErased = "demographics_erased"
        case pseudonymised
    }

    public var personID: PersonID
    public var kind: Kind
    /// The date their last appointment ended (nil when they never had one).
    public var leftOn: CalendarDate?
    /// Why, in a sentence (e.g. "left 2014-08-31, more than 12 months before 2015-11-30").
    public var reason: String

    public init(personID: PersonID, kind: Kind, leftOn: CalendarDate?, reason: String) {
        self.personID = personID
        self.kind = kind
        self.leftOn = leftOn
        self.reason = reason
    }
}

/// One thing a retention run does (or would do) to one candidate's record.
public struct CandidateRetentionAction: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case answersErased = "candidate_answers_erased"
        case pseudonymised = "candidate_pseudonymised"
    }

    public var candidateID: Int64
    public var kind: Kind
    /// The candidacy's last recorded activity: the latest of its record, stages and answers.
    public var lastActivityOn: CalendarDate
    /// Why, in a sentence (e.g. "last activity 2014-10-01, more than 12 months before 2015-11-30").
    public var reason: String

    public init(candidateID: Int64, kind: Kind, lastActivityOn: CalendarDate, reason: String) {
        self.candidateID = candidateID
        self.kind = kind
        self.lastActivityOn = lastActivityOn
        self.reason = reason
    }
}
