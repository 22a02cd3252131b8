import ArgumentParser
import Governance
import Store

/// `--include-void` on a listing: voided records are shown too, their id marked "(void)".
/// Without it they are left out, as they are from every computation (docs/corrections.md).
struct VoidOptions: ParsableArguments {
    @Flag(help: "Show voided records too, marked (void); 'history ID' shows why.") var includeVoid = false
}

extension CommandContext {
    /// The register seeing voided records too when `options` ask for them.
    func register(_ options: VoidOptions) -> Register { Register(database.includingVoid(options.includeVoid)) }

    /// `listing` with the first column of each voided record of `kind` marked "(void)".
    func markingVoid(_ listing: Listing, _ kind: CorrectableRecord, ids: [Int64], _ options: VoidOptions) async throws
        -> Listing
    {
        guard options.includeVoid else { return listing }
        let voided = try await register.voided(kind, among: ids)
        var marked = listing
        for (index, id) in ids.enumerated() where voided.contains(id) && index < marked.rows.count {
            marked.rows[index][0] = (marked.rows[index][0] ?? "") + " (void)"
        }
        return marked
    }
}
