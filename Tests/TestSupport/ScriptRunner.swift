import Foundation

/// Runs one of the project's shell scripts (deploy/*.sh), a bash command line, or any program,
/// as an operator would, and collects what it printed.
package enum ScriptRunner {
    package static func run(_ script: String, _ arguments: [String], environment: [String: String] = [:]) throws
        -> CommandRunner.Result
    {
        try program(
            "/bin/bash", [TestDatabase.root.appendingPathComponent(script).path] + arguments,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    }

    /// Runs one bash command line (pipes and all) as a user would type it.
    package static func shell(_ line: String) throws -> CommandRunner.Result {
        try program("/bin/bash", ["-c", line])
    }

    /// Runs `executable` with `arguments` (and `environment`, else the test's own) to the end.
    package static func program(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws
        -> CommandRunner.Result
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRunner.Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
