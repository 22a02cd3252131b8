import ArgumentParser
import Governance

/// `govmon <noun> void ID --reason ...`: the record stays, marked void with who, when and why,
/// and is left out of every computation and listing (`--include-void` shows it).
struct VoidRecord<Noun: CorrectableNoun>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "void\(Noun.commandSuffix)",
            abstract: "Void a \(Noun.kind.noun) entered by mistake (kept with the reason; counted nowhere).")
    }

    @Argument(help: "The \(Noun.kind.noun)'s id.") var id: RecordNumber<Noun>
    @OptionGroup var why: CorrectionReason
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await CommandContext.run(global, source: commandSource()) { context in
            let reopened = try await context.corrections.void(Noun.kind, id: id.value, reason: why.reason)
            Console.out("Voided \(Noun.kind.noun) \(id.labelled); it stays in its history.\n")
            for vacancy in reopened {
                Console.out("Vacancy \(vacancy.labelled), which it filled, is open again.\n")
            }
        }
    }
}

/// `govmon <noun> history ID`: every version of a record, with who entered and voided each.
struct RecordHistory<Noun: CorrectableNoun>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "history\(Noun.commandSuffix)",
            abstract: "Every version of a \(Noun.kind.noun): who entered it, and who voided or corrected it, when and why.")
    }

    @Argument(help: "The id of any of its versions.") var id: RecordNumber<Noun>
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        try await CommandContext.run(global, source: commandSource()) { context in
            let versions = try await context.corrections.history(Noun.kind, id: id.value)
            let rows = versions.map { v -> [String?] in
                let state =
                    if let replacement = v.replacedBy { "replaced by \(Noun.kind.label(replacement))" } else if v.isVoid {
                        "void"
                    } else { "in force" }
                return [
                    Noun.kind.label(v.id), state, v.enteredAt, v.enteredBy, v.voidedAt, v.voidedBy, v.voidReason, v.fields,
                ]
            }
            Console.out(
                Listing(
                    columns: ["version", "state", "entered", "entered by", "voided", "voided by", "reason", "fields"],
                    rows: rows
                ).rendered(as: output.format))
        }
    }
}
