import ArgumentParser
import Governance

/// A command noun whose records can be voided, corrected and shown with their history
/// (docs/corrections.md): each noun gets the same `void ID --reason` and `history ID`.
protocol CorrectableNoun: Sendable {
    static var kind: CorrectableRecord { get }
    /// Added to `void`, `correct` and `history` where the noun's command holds other records
    /// too (`reconstitution void-stage`).
    static var commandSuffix: String { get }
}

extension CorrectableNoun {
    static var commandSuffix: String { "" }
}

/// A record's id for a noun: a number, or with the noun's letter where it has one (`A12`); another
/// kind's letter is refused.
struct RecordNumber<Noun: CorrectableNoun>: ExpressibleByArgument, Sendable {
    let value: Int64

    init?(argument: String) {
        guard let value = Identified.number(in: argument, prefix: Noun.kind.prefix) else { return nil }
        self.value = value
    }

    var labelled: String { Noun.kind.label(value) }
}

enum AppointmentNoun: CorrectableNoun { static let kind = CorrectableRecord.appointment }
enum PersonNoun: CorrectableNoun { static let kind = CorrectableRecord.person }
enum VacancyNoun: CorrectableNoun { static let kind = CorrectableRecord.vacancy }
enum InstrumentNoun: CorrectableNoun { static let kind = CorrectableRecord.instrument }
enum TrainingNoun: CorrectableNoun { static let kind = CorrectableRecord.training }
enum StageNoun: CorrectableNoun {
    static let kind = CorrectableRecord.stage
    static let commandSuffix = "-stage"
}
enum DeclarationNoun: CorrectableNoun { static let kind = CorrectableRecord.declaration }
enum DBSNoun: CorrectableNoun { static let kind = CorrectableRecord.dbsCheck }
enum ReviewNoun: CorrectableNoun { static let kind = CorrectableRecord.review }
enum RecruitmentNoun: CorrectableNoun { static let kind = CorrectableRecord.recruitment }

/// The options every correction takes besides its fields.
struct CorrectionReason: ParsableArguments {
    @Option(help: "Why (kept with the old version and in the audit trail).") var reason: String
}

extension CommandContext {
    /// Applies a correction and says what replaced what.
    func correct<Noun: CorrectableNoun>(_ id: RecordNumber<Noun>, with correction: Correction, reason: String)
        async throws
    {
        let new = try await corrections.correct(Noun.kind, id: id.value, with: correction, reason: reason)
        Console.out(
            "Corrected \(Noun.kind.noun) \(id.labelled): \(Noun.kind.label(new)) replaces it "
                + "(the old version is kept, void; see 'history \(Noun.kind.label(new))').\n")
    }
}
