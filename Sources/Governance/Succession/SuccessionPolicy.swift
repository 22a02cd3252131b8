import Foundation

/// Where a school's succession planning policy came from (action plan rec 1): written by the
/// school, or the authority's model policy adopted.
public enum PolicySource: String, CaseIterable, Sendable, Codable {
    case own
    case model

    /// Reads `own` or `model`.
    public init?(userInput: String) { self.init(rawValue: userInput.lowercased()) }
}

/// A school's succession planning policy as its governing body adopted it (docs/succession.md).
public struct SuccessionPolicy: Sendable, Codable, Equatable {
    public var id: Int64
    public var urn: Int
    public var schoolName: String
    public var source: PolicySource
    /// The model policy's version, when the school adopted the authority's model.
    public var modelVersion: String?
    public var adoptedOn: CalendarDate
    public var reviewOn: CalendarDate?
    /// Whether representation and diversity are evidenced in the policy (rec 12), as the officer judged.
    public var diversityEvidenced: Bool
    public var diversityNote: String?
    /// The governing body's minute that adopted it.
    public var minute: String

    /// The record as given, field by field.
    public init(
        id: Int64, urn: Int, schoolName: String, source: PolicySource, modelVersion: String?, adoptedOn: CalendarDate,
        reviewOn: CalendarDate?, diversityEvidenced: Bool, diversityNote: String?, minute: String
    ) {
        self.id = id
        self.urn = urn
        self.schoolName = schoolName
        self.source = source
        self.modelVersion = modelVersion
        self.adoptedOn = adoptedOn
        self.reviewOn = reviewOn
        self.diversityEvidenced = diversityEvidenced
        self.diversityNote = diversityNote
        self.minute = minute
    }

    /// "own policy" or "authority model (v2)".
    public var sourcePhrase: String {
        switch source {
        case .own: "own policy"
        case .model: "authority model" + (modelVersion.map { " (\($0))" } ?? "")
        }
    }
}

/// A policy to record, as an officer enters it.
public struct NewSuccessionPolicy: Sendable, Equatable {
    public var urn: Int
    public var source: PolicySource
    public var modelVersion: String?
    public var adoptedOn: CalendarDate
    public var reviewOn: CalendarDate?
    public var diversityEvidenced: Bool
    public var diversityNote: String?
    public var minute: String

    /// The policy, field by field.
    public init(
        urn: Int, source: PolicySource, modelVersion: String?, adoptedOn: CalendarDate, reviewOn: CalendarDate?,
        diversityEvidenced: Bool, diversityNote: String?, minute: String
    ) {
        self.urn = urn
        self.source = source
        self.modelVersion = modelVersion
        self.adoptedOn = adoptedOn
        self.reviewOn = reviewOn
        self.diversityEvidenced = diversityEvidenced
        self.diversityNote = diversityNote
        self.minute = minute
    }

    /// What is wrong with the entry as a one-line sentence naming the option, or nil.
    public var problem: String? {
        if source == .model, (modelVersion ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            return "--model-version: expected the model policy's version when --source is model"
        }
        if source == .own, modelVersion != nil {
            return "--model-version: expected no model version when --source is own (the school wrote its own policy)"
        }
        if minute.trimmingCharacters(in: .whitespaces).isEmpty {
            return "--minute: expected the governing body minute that adopted the policy"
        }
        if let reviewOn, reviewOn <= adoptedOn {
            return "--review: expected a review date after the adoption date \(adoptedOn.iso), found \(reviewOn.iso)"
        }
        return nil
    }
}
