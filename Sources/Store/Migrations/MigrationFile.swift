import Crypto
import Foundation

/// One migration: `sql/NNNN_verb_object.sql`, its version, name and SHA-256 checksum.
public struct MigrationFile: Sendable, Equatable {
    public var version: Int
    /// The file name without `.sql`, e.g. `0002_create_register`.
    public var name: String
    public var sql: String
    public var checksum: String

    /// Reads every `NNNN_verb_object.sql` in `directory`, in version order.
    /// - Throws: `StoreError.invalid` for a misnamed file or a repeated version.
    public static func load(from directory: String) throws -> [MigrationFile] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw StoreError.invalid("cannot read the migrations folder \(directory)")
        }
        var files: [MigrationFile] = []
        for name in names.sorted() where name.hasSuffix(".sql") {
            let stem = String(name.dropLast(4))
            let parts = stem.split(separator: "_", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 4, let version = Int(parts[0]),
                parts[1].allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "_" })
            else {
                throw StoreError.invalid("migration file \(name) is not named NNNN_verb_object.sql")
            }
            guard let data = FileManager.default.contents(atPath: directory + "/" + name),
                let sql = String(data: data, encoding: .utf8)
            else { throw StoreError.invalid("cannot read migration \(name) as UTF-8") }
            if files.last?.version == version {
                throw StoreError.invalid("two migrations have version \(parts[0])")
            }
            let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            files.append(MigrationFile(version: version, name: stem, sql: sql, checksum: digest))
        }
        return files
    }
}
