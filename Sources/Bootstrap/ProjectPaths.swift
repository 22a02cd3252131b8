import Foundation
import Governance

/// Where govmon finds its own files: `config/govmon.json` and the `sql/` migrations.
///
/// GOVMON_HOME names the folder; otherwise the first folder holding `config/govmon.json`, looking
/// up from the working directory and then from the executable (`.build/debug/govmon` in a checkout).
public struct ProjectPaths: Sendable {
    public var home: String
    public var configFile: String { home + "/config/govmon.json" }
    public var migrations: String { home + "/sql" }

    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ProjectPaths {
        if let home = environment["GOVMON_HOME"], !home.isEmpty { return ProjectPaths(home: home) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        for start in [URL(fileURLWithPath: FileManager.default.currentDirectoryPath), executable.deletingLastPathComponent()] {
            var folder = start.standardizedFileURL
            while true {
                if FileManager.default.fileExists(atPath: folder.path + "/config/govmon.json") {
                    return ProjectPaths(home: folder.path)
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        throw InputError.usage(
            "cannot find govmon's config/govmon.json and sql/ folder; run from the project folder or set GOVMON_HOME")
    }
}
