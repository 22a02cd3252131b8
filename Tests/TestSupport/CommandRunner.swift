import Foundation
import Store

/// Runs the built `govmon` executable as a user would, against a test database.
package enum CommandRunner {
    package struct Result {
        package var status: Int32
        package var stdout: String
        package var stderr: String
    }

    package static var executable: String {
        if let path = ProcessInfo.processInfo.environment["GOVMON_BIN"] { return path }
        let debug = TestDatabase.root.appendingPathComponent(".build/debug/govmon").path
        return debug
    }

    /// Runs `govmon arguments...` with the database URL and actor in its environment.
    package static func run(
        _ arguments: [String], database: DatabaseSettings, actor: String = "cli-tester",
        environment: [String: String] = [:]
    ) async throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["GOVMON_DATABASE_URL"] = database.url
        env["GOVMON_ACTOR"] = actor
        env["GOVMON_HOME"] = TestDatabase.root.path
        for (key, value) in environment { env[key] = value }
        return try await ScriptRunner.program(executable, arguments, environment: env)
    }
}
