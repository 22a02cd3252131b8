import Governance
import Interchange
import Store

/// The imports, all or nothing (or skipping bad rows when asked), as the command line and the
/// service's uploads run them: GIAS governance and establishment extracts, and community profiles.
public struct ImportRun: Sendable {
    /// What can be imported from a GIAS extract.
    public enum Extract: String, Sendable, CaseIterable {
        case gias, schools
    }

    public let register: Register

    public init(register: Register) { self.register = register }

    /// Imports a GIAS extract at `path` (`displayName` is what errors and the import run call it).
    public func extract(
        _ kind: Extract, path: String, displayName: String, encoding: TextEncoding?, options: ImportOptions
    ) async throws -> ImportReport {
        switch kind {
        case .gias:
            return try await GIASGovernanceImport(register: register).run(
                path: path, displayName: displayName, encoding: encoding, options: options)
        case .schools:
            return try await SchoolsImport(register: register).run(
                path: path, displayName: displayName, encoding: encoding, options: options)
        }
    }

    /// Imports community profiles at `path`, each attributed to its authority (`owner`).
    public func profiles(
        path: String, displayName: String, encoding: TextEncoding?, source: ProfileSource, owner: ProfileOwner
    ) async throws -> ProfileImport.Report {
        try await ProfileImport(register: register).run(
            path: path, displayName: displayName, encoding: encoding, source: source, owner: owner)
    }
}
