import Foundation
import Store

/// Runs the built `govmon` executable as a user would, against a test database.
enum CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var executable: String {
        if let path = ProcessInfo.processInfo.environment["GOVMON_BIN"] { return path }
        let debug = TestDatabase.root.appendingPathComponent(".build/debug/govmon").path
        return debug
    }

    /// Runs `govmon arguments...` with the database URL and actor in its environment.
    static func run(
        _ arguments: [String], database: DatabaseSettings, actor: String = "cli-tester",
        environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["GOVMON_DATABASE_URL"] = "postgres://\(database.user)@\(database.host):\(database.port)/\(database.database)"
        env["GOVMON_ACTOR"] = actor
        env["GOVMON_HOME"] = TestDatabase.root.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
