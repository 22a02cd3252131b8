/// The stages of reconstituting a governing body (docs/constitution.md section 5), in order.
public enum ReconstitutionStage: String, CaseIterable, Sendable, Codable, Comparable {
    case reviewStarted = "review_started"
    case proposalAgreed = "proposal_agreed"
    case consultation
    case draftSentToLA = "draft_sent_to_la"
    case instrumentMade = "instrument_made"
    case instrumentEffective = "instrument_effective"
    case surplusResolved = "surplus_resolved"

    /// The name used on the command line, e.g. `draft-sent-to-la`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// A plain-English label, e.g. "draft IoG sent to the LA".
    public var label: String {
        switch self {
        case .reviewStarted: return "review started"
        case .proposalAgreed: return "proposal agreed by the GB"
        case .consultation: return "consultation"
        case .draftSentToLA: return "draft IoG sent to the LA"
        case .instrumentMade: return "IoG made by the LA"
        case .instrumentEffective: return "IoG effective"
        case .surplusResolved: return "surplus resolved"
        }
    }

    /// Reads `review-started`, `instrument_made`, ...
    public init?(userInput: String) {
        self.init(rawValue: userInput.lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}
